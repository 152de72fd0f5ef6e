"""False rows of the meeting decision stage, classes found by reading non-gold rows of the full 2017 corpus
warehouse (/tmp/s8/full.duckdb, precision8's note). The texts are the articles' own sentences."""
from __future__ import annotations

from transforms.meetings import find_meetings
from transforms.meetings.decision import headed_ministry
from transforms.records import DateMention, Meeting, PartnerRef

# 2017 corpus 22434931: the minister received, then his ministry named alone in "Tại buổi tiếp".
_TITLE = "Việt - Mỹ đang có rất nhiều cơ hội phía trước"
_BODY = (
    "Chiều 31.5, Thủ tướng Nguyễn Xuân Phúc đã tiếp Bộ trưởng Thương mại Mỹ Wilbur Ross. Tại buổi tiếp, trên cơ sở "
    "quan hệ kinh tế - thương mại - đầu tư cùng có lợi, tạo việc làm và tăng trưởng cho cả hai bên, Thủ tướng đề nghị "
    "Bộ Thương mại Mỹ sớm công nhận Quy chế kinh tế thị trường cho VN, đánh giá khách quan phản ánh đúng bản chất của "
    "vấn đề thâm hụt thương mại giữa hai nước. Bộ trưởng Wilbur Ross ủng hộ quan hệ VN - Mỹ phát triển toàn diện và "
    "mạnh mẽ hơn nữa; nhất trí hai bên cần khởi động lại cơ chế trao đổi về vấn đề Quy chế thị trường cho VN."
)


def test_a_ministry_named_alone_is_its_ministers_meeting() -> None:
    rows = find_meetings(_TITLE, _BODY)
    names = [m.partner.name for m in rows]
    assert "Hoa Kỳ" in names
    assert not any(n.startswith("Bộ Thương mại") for n in names), names
    wilbur = next(m for m in rows if m.partner.name == "Hoa Kỳ")
    assert wilbur.foreign_person == "Wilbur Ross"


def _row(name: str, kind: str, code: str | None, person: str | None = None, title: str | None = None,
         day: int | None = 30) -> Meeting:
    return Meeting(partner=PartnerRef(name, kind, code), evidence="", vn_person="Trần Đại Quang",
                   foreign_person=person, foreign_title=title,
                   date=DateMention(f"sáng {day}/6", day, 6, None) if day else None)


def test_headed_ministry_reads_the_ministers_title_whatever_the_country_is_called() -> None:
    minister = _row("Nga", "country", "RU", "Maxim Oreshkin", "Bộ trưởng Phát triển Kinh tế Nga")
    assert headed_ministry(_row("Bộ Phát triển Kinh tế Nga", "organization", "RU"), minister)
    assert headed_ministry(_row("Bộ Thương mại Mỹ", "organization", "US"),
                           _row("Hoa Kỳ", "country", "US", "Wilbur Ross", "Bộ trưởng Thương mại Hoa Kỳ"))


def test_headed_ministry_keeps_other_bodies_and_other_days() -> None:
    minister = _row("Nga", "country", "RU", "Maxim Oreshkin", "Bộ trưởng Phát triển Kinh tế Nga")
    # Another ministry, another day, a company whose head is named under the country, an embassy: separate rows.
    assert not headed_ministry(_row("Bộ Ngoại giao Nga", "organization", "RU"), minister)
    assert not headed_ministry(_row("Bộ Phát triển Kinh tế Nga", "organization", "RU", day=28), minister)
    assert not headed_ministry(_row("Tập đoàn Hilton Worldwide", "organization", "US"),
                               _row("Hoa Kỳ", "country", "US", "Christopher J. Nassetta",
                                    "Chủ tịch Tập đoàn Hilton Worldwide"))
    assert not headed_ministry(_row("Đại sứ quán Séc", "embassy", "CZ"),
                               _row("Séc", "country", "CZ", "Milos Zeman", "Tổng thống Cộng hòa Séc"))
    # The minister's own row is never dropped for the ministry's.
    assert not headed_ministry(minister, _row("Bộ Phát triển Kinh tế Nga", "organization", "RU"))
