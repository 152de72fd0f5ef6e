"""Vietnamese firms under names the lexicon did not know were stored as foreign partners (2017 corpus, non-gold rows):
Viettel under its older name "Tập đoàn Viễn thông Quân đội" (27 times in the corpus) and VietinBank spelt
"Viettinbank" (50 files). A Vietnamese firm is never a foreign partner: partners.resolve drops the row."""
from __future__ import annotations

from transforms.meetings import find_meetings
from transforms.partners import resolve


def test_vietinbank_spelt_viettinbank_is_no_foreign_co_organiser() -> None:
    # 2017 corpus 22460916: the investment conference in Tokyo "do JETRO phối hợp với Bộ Kế hoạch và Đầu tư Việt Nam,
    # Ngân hàng BTMU, Ngân hàng Viettinbank tổ chức" gave a Japanese partner "Ngân hàng Viettinbank".
    meetings = find_meetings(
        "Thủ tướng: Cách đây hơn 400 năm, các thương nhân Nhật Bản thành lập 'thị trấn Nhật Bản' tại Hội An",
        "Chiều 5/6, Thủ tướng Nguyễn Xuân Phúc đã dự Hội nghị xúc tiến đầu tư Việt Nam với sự tham dự của 1.600 đại "
        "biểu. Đây là Hội nghị xúc tiến đầu tư Việt Nam quy mô lớn nhất từ trước đến nay tại Nhật Bản, do JETRO phối "
        "hợp với Bộ Kế hoạch và Đầu tư Việt Nam, Ngân hàng BTMU, Ngân hàng Viettinbank tổ chức.")
    kept = {resolve(m.partner).name for m in meetings if resolve(m.partner) is not None}  # type: ignore[union-attr]
    assert "Ngân hàng Viettinbank" in {m.partner.name for m in meetings}  # read as a co-organiser ...
    assert not any("viettinbank" in name.lower() for name in kept)  # ... but never stored as a foreign partner


def test_viettel_under_its_older_name_is_vietnamese() -> None:
    # 2017 corpus 22455466: "Quỹ Tấm lòng Việt - Đài Truyền hình Việt Nam và Tập đoàn Viễn thông Quân đội (Viettel)
    # phối hợp tổ chức Gala" gave a foreign partner "Tập đoàn Viễn thông Quân đội phối hợp tổ chức Gala".
    from transforms.records import PartnerRef

    for name in ("Tập đoàn Viễn thông Quân đội phối hợp tổ chức Gala", "Tập đoàn Viễn thông Quân đội"):
        assert resolve(PartnerRef(name, "organization", "FR")) is None
    assert resolve(PartnerRef("Ngân hàng BTMU", "organization", "JP")) is not None
