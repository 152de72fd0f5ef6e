"""The spelling vote of a foreign name (merge._usual_spelling) counts the body's sentences only (issue 8): a headline
or a photo caption that restates the lead repeats the lead's slip, it is not another writing of the name."""
from __future__ import annotations

from transforms.extract import extract_article

# The sentences of corpus 22236292 (lead "La Khanh Thụy", body "La Khang Thụy" twice).
LEAD = ("Chiều 10/5, tại Trụ sở Chính phủ, Thủ tướng Nguyễn Xuân Phúc tiếp Đoàn doanh nghiệp Hong Kong, Trung Quốc "
        "do ông La Khanh Thụy, Chủ tịch Hội đồng Phát triển thương mại Hong Kong dẫn đầu.")
BODY = ("Bày tỏ cảm ơn Thủ tướng dành thời gian tiếp, ông La Khang Thụy cho biết, chuyến thăm này của Đoàn nhằm tìm "
        "hiểu cơ hội đầu tư tại Việt Nam. Ông La Khang Thụy cho biết, các doanh nghiệp Hong Kong mong muốn tham gia "
        "vào thị trường Việt Nam, một thị trường đầy tiềm năng.")
RESTATED = ("Thủ tướng Nguyễn Xuân Phúc tiếp Đoàn doanh nghiệp Hong Kong, Trung Quốc do ông La Khanh Thụy, Chủ tịch "
            "Hội đồng Phát triển thương mại Hong Kong dẫn đầu")


def persons(title: str, captions: tuple[str, ...] = ()) -> set[str | None]:
    found = extract_article(title, f"{LEAD}\n{BODY}", captions=captions)
    return {m.foreign_person for m in found.meetings if m.is_primary}


def test_the_body_decides_the_spelling() -> None:
    assert persons("Thủ tướng tiếp Đoàn doanh nghiệp Hong Kong (Trung Quốc)") == {"La Khang Thụy"}


def test_a_headline_and_a_caption_restating_the_lead_do_not_vote() -> None:
    # Counting them, the lead's "La Khanh Thụy" is written three times against the body's two.
    assert persons(RESTATED, captions=(RESTATED,)) == {"La Khang Thụy"}
