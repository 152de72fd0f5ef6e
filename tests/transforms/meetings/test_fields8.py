"""Fields of found meetings (issue 8, fields8), on sentences of the 2017 corpus outside the gold articles: a body
named up to its country ends at "và" (the next body is another one); a name right after a bracketed country is
the holder of the office before it; an office after a comma that opens the next person's own title is not this
person's."""
from __future__ import annotations

import pytest

from transforms.meetings import article_sentences, candidate_meetings
from transforms.meetings.mentions import _scan
from transforms.meetings.parties import _Article, find_parties


def parties(sentence: str) -> list[tuple[str | None, str | None, str | None]]:
    """(person, title, partner name) of every party of one sentence, read with no earlier knowledge."""
    return [(p.person, p.title, p.partner.name if p.partner else None)
            for p in find_parties(_scan(sentence), _Article())]


def partner_names(sentence: str) -> set[str]:
    return {name for _, _, name in parties(sentence) if name}


@pytest.mark.parametrize(("sentence", "body", "glued"), [
    # corpus 22257448 (the co-organisers of a roundtable): "... Trung Quốc (CCPIT) và Tổng Thương hội Trung Hoa"
    ("Trước đó, vào sáng 12-5 đã diễn ra Tọa đàm Hợp tác kinh tế, thương mại Việt Nam - Trung Quốc 2017 do Bộ Kế "
     "hoạch và Đầu tư Việt Nam, Bộ Thương mại Trung Quốc, Ủy ban Xúc tiến Thương mại quốc tế Trung Quốc (CCPIT) và "
     "Tổng Thương hội Trung Hoa tại Hồng Công phối hợp tổ chức.",
     "Ủy ban Xúc tiến Thương mại quốc tế Trung Quốc", "Tổng Thương hội"),
    # corpus 22525611, 22227298: a clause went on after "và" into the next body and its verb.
    ("Cảnh báo chung của Bộ An ninh Nội địa Mỹ (DHS) và Cục Điều tra Liên bang (FBI) cho biết các tin tặc đã nhắm "
     "đến các mục tiêu.", "Bộ An ninh Nội địa Mỹ", "Cục Điều tra"),
    ("Bộ Quốc phòng Nga và FSB chưa đáp lại yêu cầu bình luận từ Reuters.", "Bộ Quốc phòng Nga", "FSB"),
])
def test_a_body_named_up_to_its_country_ends_at_va(sentence: str, body: str, glued: str) -> None:
    names = partner_names(sentence)
    assert body in names
    assert not any(glued in name for name in names)


@pytest.mark.parametrize("sentence", [
    # the "và" inside a name, before its country, still joins: "Phòng Thương mại và Công nghiệp Nhật Bản"
    "Thủ tướng tiếp Chủ tịch Phòng Thương mại và Công nghiệp Nhật Bản Akio Mimura.",
    "Thủ tướng đã tiếp lãnh đạo Liên đoàn Công nghiệp và Giới chủ Hà Lan tại La Haye.",
])
def test_va_inside_a_name_before_its_country_still_joins(sentence: str) -> None:
    names = partner_names(sentence)
    assert any(" và " in name for name in names)


def test_a_name_after_a_bracketed_country_holds_the_office_before_it() -> None:
    # corpus 22255099: Magesvaran Surajan took Linda Seah's office, her name glued to "Tập đoàn Shire", and his own
    # company P&G got no one; Linda Seah took Doreen Steidle's office.
    sentence = ("Cùng ngày, Thủ tướng Nguyễn Xuân Phúc đã có các cuộc gặp Chủ tịch phụ trách khu vực châu Á-Thái Bình "
                "Dương của Tập đoàn P&G (Mỹ) Magesvaran Surajan, Phó Chủ tịch Tập đoàn Shire (Ireland) Linda Seah, "
                "Giám đốc khu vực Ngân hàng HSBC (Anh) Doreen Steidle và Phó Chủ tịch Tập đoàn GE (Mỹ) Christian "
                "Bennett.")
    found = {person: (title, partner) for person, title, partner in parties(sentence) if person}
    assert found["Magesvaran Surajan"][1] == "Tập đoàn P&G"
    assert found["Linda Seah"] == ("Phó Chủ tịch Tập đoàn Shire (Ireland)", "Tập đoàn Shire")
    assert found["Doreen Steidle"][1] == "Ngân hàng HSBC"
    rows = {m.partner.name: m.foreign_person for m in candidate_meetings("Thủ tướng gặp lãnh đạo doanh nghiệp",
                                                                         article_sentences(sentence))}
    assert rows["Tập đoàn Shire"] == "Linda Seah"
    assert rows["Tập đoàn P&G"] == "Magesvaran Surajan"


def test_a_bracketed_acronym_still_lets_the_title_go_on() -> None:
    # "Tổ chức Cảnh sát hình sự quốc tế (Interpol) sang thăm": the bracket is the body's short name, not a country
    sentence = ("Thượng tướng Tô Lâm, Bộ trưởng Bộ Công an làm việc với Ngài Jurgen Stock, Tổng Thư ký Tổ chức Cảnh "
                "sát hình sự Quốc tế (Interpol) sang thăm và làm việc tại Việt Nam.")
    found = {person: title for person, title, _ in parties(sentence) if person}
    assert found["Jurgen Stock"].startswith("Tổng Thư ký Tổ chức Cảnh sát hình sự Quốc tế")


def test_a_same_day_opener_takes_the_narrations_day_across_a_day_of_history() -> None:
    # corpus 22517194: a day of history told inside the talks ("ngày 28/11/2016, ... dự Lễ tang") clears the day the
    # narration is at, so undated meetings after it take none; but "Chiều cùng ngày, ..." names the narration's own
    # day (GUIDELINES §3: "chiều cùng ngày" takes the date of the event it refers back to).
    sentences = [
        "Sáng 12/6, Lễ đón chính thức Chủ tịch Quốc hội Cuba Esteban Lazo Hernández và Đoàn đã diễn ra trọng thể tại "
        "Nhà Quốc hội dưới sự chủ trì của Chủ tịch Quốc hội Nguyễn Thị Kim Ngân.",
        "Ngay sau Lễ đón, hai bên đã tiến hành Hội đàm.",
        "Nhận lời mời của Chủ tịch Quốc hội Nguyễn Thị Kim Ngân, Đoàn đại biểu cấp cao Quốc hội Cuba do Chủ tịch Quốc "
        "hội Esteban Lazo Hernández dẫn đầu đã đến Hà Nội, bắt đầu chuyến thăm chính thức từ ngày 11- 18/6/2017.",
        "Và đặc biệt, ngày 28/11/2016, Chủ tịch Quốc hội cũng đã thay mặt Đảng, Nhà nước, nhân dân Việt Nam đến dự Lễ "
        "tang đồng chí Fidel- người bạn lớn, người đồng chí, người anh em vô cùng thân thiết của nhân dân Việt Nam.",
        "Chiều cùng ngày, Đoàn đại biểu cấp cao Quốc hội của Chính quyền Nhân dân nước Cộng hòa Cuba do Ủy viên Bộ "
        "Chính trị Đảng Cộng sản Cuba, Chủ tịch Quốc hội Esteban Lazo Hernández dẫn đầu sẽ hội kiến Thủ tướng Nguyễn "
        "Xuân Phúc; chào xã giao Chủ tịch nước Trần Đại Quang.",
    ]
    rows = {m.vn_person: m.date for m in candidate_meetings("Chủ tịch Quốc hội hội đàm với Chủ tịch Quốc hội Cuba",
                                                            sentences)}
    assert rows["Nguyễn Xuân Phúc"] is not None and (rows["Nguyễn Xuân Phúc"].day, rows["Nguyễn Xuân Phúc"].month) == (
        12, 6)


def test_an_undated_meeting_after_a_day_of_history_still_takes_no_day() -> None:
    # the history rule itself (dates6) is unchanged: a sentence that does not open on "cùng ngày" inherits nothing.
    sentences = [
        "Sáng 12/6, Chủ tịch Quốc hội Nguyễn Thị Kim Ngân hội đàm với Chủ tịch Quốc hội Cuba Esteban Lazo Hernández.",
        "Nhận lời mời của Chủ tịch Quốc hội Nguyễn Thị Kim Ngân, Đoàn đại biểu cấp cao Quốc hội Cuba do Chủ tịch Quốc "
        "hội Esteban Lazo Hernández dẫn đầu đã đến Hà Nội, bắt đầu chuyến thăm chính thức từ ngày 11- 18/6/2017.",
        "Và đặc biệt, ngày 28/11/2016, Chủ tịch Quốc hội cũng đã thay mặt Đảng, Nhà nước, nhân dân Việt Nam đến dự Lễ "
        "tang đồng chí Fidel.",
        "Chủ tịch Quốc hội Nguyễn Thị Kim Ngân đã hội kiến Chủ tịch Hội đồng Nhà nước Cuba Raul Castro.",
    ]
    rows = {m.foreign_person: m.date for m in candidate_meetings("Chủ tịch Quốc hội thăm Cuba", sentences)}
    assert "Raul Castro" in rows and rows["Raul Castro"] is None


@pytest.mark.parametrize(("sentence", "person", "title"), [
    # corpus 22570310, 22567073, 22733724, 22508254: a firm's short name (or a country the gazetteer does not hold)
    # between the title and a Vietnamese name was read as the first word of a foreign person's name.
    ("Tại buổi làm việc, Chủ tịch Vinacomin Lê Minh Chuẩn cho hay tập đoàn sẽ tồn 13 triệu tấn than.",
     "Lê Minh Chuẩn", "Chủ tịch Vinacomin"),
    ("CEO Bkav Nguyễn Tử Quảng đã có cuộc gặp gỡ với ông chủ của hệ thống bán lẻ điện thoại di động.",
     "Nguyễn Tử Quảng", "CEO Bkav"),
    ("Chủ tịch Hội đồng quản trị Maxland Trần Đức Diễn cho rằng, đây là cơ hội cho tất cả các bên.",
     "Trần Đức Diễn", "Chủ tịch Hội đồng quản trị Maxland"),
])
def test_a_firms_short_name_before_a_vietnamese_name_is_the_titles_organ(sentence: str, person: str,
                                                                          title: str) -> None:
    found = {p.person: (p.title, p.side) for p in find_parties(_scan(sentence), _Article()) if p.person}
    assert found[person] == (title, "vn")


@pytest.mark.parametrize(("sentence", "person"), [
    # a foreign name that merely starts with a non-Vietnamese word keeps it
    ("Thủ tướng tiếp ông Adel Mohamed Ali Ba Hamid, Đại sứ Cộng hòa Yemen tại Việt Nam.", "Adel Mohamed Ali Ba Hamid"),
    ("Thủ tướng tiếp Chủ tịch Tập đoàn Samsung Lee Kun Hee.", "Lee Kun Hee"),
])
def test_a_foreign_name_keeps_its_first_word(sentence: str, person: str) -> None:
    assert person in {p.person for p in find_parties(_scan(sentence), _Article())}


def test_a_publications_name_is_no_person() -> None:
    # corpus 22434305: "tạp chí The Diplomat" gave the Trump row the person "The Diplomat".
    sentence = ("Theo bài viết đăng ngày 31/5 của ông Prashanth Parameswaran, Phó Tổng Biên tập tạp chí The Diplomat, "
                "chuyến thăm của Thủ tướng Nguyễn Xuân Phúc tới Hoa Kỳ là một tín hiệu tốt.")
    persons = {p.person for p in find_parties(_scan(sentence), _Article())}
    assert "The Diplomat" not in persons
    assert "Prashanth Parameswaran" in persons


def test_a_body_after_phu_trach_is_the_portfolio_when_another_body_follows() -> None:
    # corpus 22693615: the BMW executive's row had the partner ASEAN.
    sentence = ("Tại cuộc gặp với Thủ tướng Nguyễn Xuân Phúc, ông Karsten Engel TGĐ phụ trách ASEAN, Tập đoàn BMW "
                "bày tỏ mong muốn sản xuất linh kiện ô tô tại Việt Nam.")
    found = {person: partner for person, _, partner in parties(sentence) if person}
    assert found["Karsten Engel"] == "Tập đoàn BMW"


def test_a_body_after_phu_trach_alone_is_still_the_partner() -> None:
    sentence = "Thủ tướng tiếp ông Kim Jong Hoon, Phó Tổng Thư ký phụ trách Ban Thư ký ASEAN."
    assert "ASEAN" in " ".join(name for name in partner_names(sentence))


def test_an_office_is_kept_when_the_next_title_is_a_chain_read_too_far() -> None:
    # dev2 22557824: the Prime Minister's left title ran back over the minister's last office ("Bộ trưởng Bộ Quốc
    # phòng Việt Nam, Thủ tướng"); that is no office of the next person's own, so the minister keeps it.
    sentence = ("Đánh giá cao kết quả hội đàm giữa Thượng tướng Phạm Trường Long và Đại tướng Ngô Xuân Lịch, Ủy viên "
                "Bộ Chính trị, Phó Bí thư Quân ủy Trung ương, Bộ trưởng Bộ Quốc phòng Việt Nam, Thủ tướng Nguyễn Xuân "
                "Phúc cũng hoan nghênh Quân ủy Trung ương hai nước thiết lập cơ chế hợp tác.")
    found = {person: title for person, title, _ in parties(sentence) if person}
    assert found["Ngô Xuân Lịch"].endswith("Bộ trưởng Bộ Quốc phòng Việt Nam")
