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


# 2017 corpus 22376214: a retrospective of 22 years of relations; the photos show meetings of earlier years.
_RETRO_TITLE = "22 năm Việt - Mỹ: Từ cái bắt tay của Bill Clinton đến bún chả Obama"
_RETRO_BODY = (
    "Cùng thời gian đó, vào ngày 29/12/2006, Tổng thống Mỹ George W. Bush ký thông qua Quan hệ Thương mại Bình thường "
    "Vĩnh viễn với Việt Nam. Trong giai đoạn từ năm 2011 - 2015, Mỹ trở thành thị trường xuất khẩu lớn nhất của Việt "
    "Nam. Trong ảnh, ông Bush đón tiếp Chủ tịch nước Nguyễn Minh Triết tại Phòng Bầu dục ở Nhà Trắng ngày 22/7/2007. "
    "Ảnh: AFP. Trong ảnh, lễ hồi hương hài cốt quân nhân Mỹ lần thứ 139 tại Sân bay Quốc tế Nội Bài hồi tháng "
    "12/2016."
)


def test_a_meeting_dated_in_an_earlier_year_than_the_article_is_background() -> None:
    assert find_meetings(_RETRO_TITLE, _RETRO_BODY) == []


def test_the_only_year_an_article_dates_is_its_own() -> None:
    # With no later year written, the photo's meeting may be the article's own (dev2 21479424 writes only 2016).
    body = _RETRO_BODY.rsplit(" Ảnh: AFP.", 1)[0]
    rows = find_meetings(_RETRO_TITLE, body)
    assert [(m.partner.name, m.vn_person) for m in rows] == [("Hoa Kỳ", "Nguyễn Minh Triết")]


def test_a_vietnamese_firms_head_is_no_foreign_side() -> None:
    # 2017 corpus 22570310: the chairman of Vinatex (a Vietnamese firm) meets the Prime Minister's task force; China
    # is only the competitor he speaks of.
    title = "'Một Chính phủ lo lắng bằng một kho người làm'"
    body = (
        "Chủ tịch Vinatex Trần Quang Nghị bày tỏ như vậy tại cuộc làm việc với tổ công tác của Thủ tướng Chính phủ. "
        "Tại cuộc làm việc với đoàn công tác của Thủ tướng Chính phủ sáng 20-6, Chủ tịch Tập đoàn Dệt may Việt Nam "
        "(Vinatex) Trần Quang Nghị nói Việt Nam đang phải chấp nhận một cuộc cạnh tranh rất khốc liệt trong sản xuất "
        "dệt may. Nỗi lo với “ông lớn” dệt may Trung Quốc “Chúng ta phải nhìn nhận một sự thật rất sự thật là chúng "
        "ta ở cạnh một cường quốc dệt may khổng lồ. Không hình dung được sức phát triển liên tục cũng như sự chăm sóc "
        "của cả hệ thống quốc gia cho ngành dệt may Trung Quốc” - ông Nghị nói."
    )
    rows = find_meetings(title, body)
    assert not any(m.foreign_person and "Vinatex" in m.foreign_person for m in rows), rows
