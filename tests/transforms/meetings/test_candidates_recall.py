"""Candidates the recall work added: country abbreviations, compatriots of one object list, receiving lines."""
from transforms import gazetteer
from transforms.meetings import candidate_meetings
from transforms.meetings.candidates import _Found
from transforms.meetings.candidates import read_candidates as _read_all


def read_candidates(title: str, sentences: list[str]) -> tuple[list[_Found], list[_Found], object]:
    """The strict readings only: what these tests pin down (the loose ones are tested in test_candidates_loose.py)."""
    found, visits, article = _read_all(title, sentences)
    return [f for f in found if f.reading == "strict"], visits, article

# ../shared/corpus/dev2/22246466.txt: "TQ" is Trung Quốc, even right before a Sino-Vietnamese name.
TALKS_TQ = ("Sau lễ đón chính thức lúc 17h (giờ địa phương), Chủ tịch nước Trần Đại Quang đã hội đàm với Tổng bí "
            "thư, Chủ tịch TQ Tập Cận Bình.")


def test_a_country_abbreviation_before_a_name_is_the_country():
    assert [(m.kind, m.text) for m in gazetteer.find_geo("Chủ tịch TQ Tập Cận Bình")] == [("country", "TQ")]
    assert [(m.kind, m.text) for m in gazetteer.find_geo("đoàn đại biểu cấp cao VN Nguyễn Văn A")][0] == (
        "country", "VN")


def test_a_chinese_leader_after_tq_is_the_foreign_side():
    [m] = candidate_meetings("Hình ảnh ngày đầu tiên thăm Trung Quốc của Chủ tịch nước", [TALKS_TQ])
    assert (m.vn_person, m.foreign_person, m.partner.country_code) == ("Trần Đại Quang", "Tập Cận Bình", "CN")


# ../shared/corpus/dev2/22753901.txt: a programme; the Prime Minister's Sino-Vietnamese name looks Vietnamese.
PROGRAMME = ("Trong khuôn khổ chuyến thăm 3 ngày tại Singapore, Phó Thủ tướng Thường trực Trương Hòa Bình đã có cuộc "
             "hội đàm và dự chiêu đãi chính thức của Phó Thủ tướng Singapore Tiêu Chí Hiền; chào xã giao Tổng thống "
             "Tony Tan Keng Yam và Thủ tướng Lý Hiển Long; gặp làm việc và dự chiêu đãi trưa của Chánh án Tòa án Tối "
             "cao Sundaresh Menon.")


def test_the_second_object_of_one_verb_is_the_first_ones_compatriot():
    rows = candidate_meetings("Phó Thủ tướng Trương Hòa Bình thăm chính thức Singapore", [PROGRAMME])
    met = {m.foreign_person: m.partner.country_code for m in rows if m.vn_person == "Trương Hòa Bình"}
    assert met.get("Lý Hiển Long") == "SG" and met.get("Tony Tan Keng Yam") == "SG"
    assert "Trương Hòa Bình" not in met


def test_meeting_and_lunch_with_one_host_is_a_meeting_with_that_host():
    found, _, _ = read_candidates("Phó Thủ tướng Trương Hòa Bình thăm chính thức Singapore", [PROGRAMME])
    menon = [f for f in found if f.foreign.person == "Sundaresh Menon"]
    assert menon and all(f.how == "object" and not f.dropped for f in menon)


def test_a_vietnamese_official_listed_with_a_foreign_one_stays_vietnamese():
    # The host's own side after "cùng" is not the guest's: only "và" and "," join objects of one side.
    text = ("Thủ tướng Nguyễn Xuân Phúc tiếp Đại sứ Nhật Bản Umeda Kunio cùng Bộ trưởng Nguyễn Chí Dũng.")
    found, _, _ = read_candidates("Thủ tướng tiếp Đại sứ Nhật Bản", [text])
    assert {f.foreign.person for f in found} == {"Umeda Kunio"}


# ../shared/corpus/dev2/22628099.txt: the airport welcome, a day before the talks.
AIRPORT = ("Ra đón Chủ tịch nước Trần Đại Quang và Phu nhân tại Sân bay quốc tế Minsk có Phó Thủ tướng Belarus "
           "Vladimir Semashko, Thứ trưởng Bộ Ngoại giao Valentin Rybakov, Đại sứ Belarus tại Việt Nam Vladimir "
           "Goshin, cùng nhiều quan chức Chính phủ, Bộ Ngoại giao Belarus.")


def test_a_receiving_line_is_one_welcome_by_the_state():
    found, _, _ = read_candidates("Hình ảnh chuyến thăm Belarus của Chủ tịch nước Trần Đại Quang", [
        "Chiều 26/6, Chủ tịch nước Trần Đại Quang đã tới thủ đô Minsk, bắt đầu chuyến thăm chính thức Belarus.",
        AIRPORT])
    [welcome] = [f for f in found if f.sentence == 2]
    assert (welcome.vn.person, welcome.foreign.person, welcome.foreign.partner.name) == (
        "Trần Đại Quang", "Vladimir Semashko", "Belarus")
    assert welcome.how == "host_before" and not welcome.dropped


def test_a_receiving_line_names_a_minister_before_the_ambassador():
    # ../shared/corpus/dev2/22453279.txt
    text = ("Đón Thủ tướng Nguyễn Xuân Phúc, phu nhân và đoàn tại sân bay có Đại sứ Nhật Bản tại Việt Nam Kunio Umeda "
            "và phu nhân; Nghị sỹ, Thứ trưởng Bộ Ngoại giao Nhật Bản Kiyoshi Odawara và cán bộ Bộ Ngoại giao Nhật "
            "Bản; Đại sứ Việt Nam tại Nhật Bản Nguyễn Quốc Cường và phu nhân.")
    found, _, _ = read_candidates("Thủ tướng tới Tokyo", [text])
    welcomes = [f for f in found if f.how == "host_before"]
    assert [(f.foreign.person, f.foreign.partner.kind) for f in welcomes] == [("Kiyoshi Odawara", "country")]


def test_a_state_official_at_the_airport_welcomes_for_the_state():
    # baomoi 2017, 22682218.txt: "bang Hessen" is the partner, not Germany.
    text = ("Ra tận sân bay đón Thủ tướng Nguyễn Xuân Phúc và Đoàn có Bộ trưởng Khoa học và Nghệ thuật bang Hessen "
            "Boris Rhein và các quan chức bang Hessen.")
    found, _, _ = read_candidates("Thủ tướng tới Frankfurt", [text])
    assert [(f.foreign.person, f.foreign.partner.name) for f in found if f.how == "host_before"] == [
        ("Boris Rhein", "Hessen")]


def test_a_welcome_without_a_receiving_line_is_not_one():
    text = "Người dân Hà Nội đón Chủ tịch nước Trần Đại Quang tại sân bay có nhiều hoa tươi."
    found, _, _ = read_candidates("Chủ tịch nước về nước", [text])
    assert not [f for f in found if f.how == "host_before"]


# ../shared/corpus/dev2/22473649.txt: a forum co-organised by two Czech bodies, the Vice Prime Minister speaks at it.
FORUM = [
    "Ngày 6/6, Diễn đàn doanh nghiệp Việt – Czech đã được tổ chức tại Hà Nội.",
    "Phòng Thương mại và Công nghiệp Việt Nam (VCCI) phối hợp với Liên đoàn công nghiệp Cộng hòa Czech và Đại sứ quán "
    "Cộng hòa Czech tại Việt Nam tổ chức Diễn đàn doanh nghiệp Việt – Czech.",
    "Phát biểu tại diễn đàn, Phó Thủ tướng Vương Đình Huệ đánh giá cao mối quan hệ hợp tác truyền thống lâu đời giữa "
    "Việt Nam và CH Czech.",
    "Tổng thống CH Czech Milos Zeman phát biểu tại diễn đàn.",
]


def test_a_forum_is_a_meeting_with_each_foreign_organiser_and_guest():
    found, _, _ = read_candidates("Đẩy mạnh hợp tác thương mại giữa Việt Nam – Cộng hòa Czech", FORUM)
    forum = {(f.vn.person, f.foreign.partner.kind, f.foreign.person) for f in found if f.how == "forum"}
    assert forum == {("Vương Đình Huệ", "organization", None), ("Vương Đình Huệ", "embassy", None),
                     ("Vương Đình Huệ", "country", "Milos Zeman")}
    assert all(f.date is not None and (f.date.day, f.date.month) == (6, 6) for f in found if f.how == "forum")


def test_a_forum_without_a_vietnamese_official_taking_part_is_no_meeting():
    found, _, _ = read_candidates("Diễn đàn doanh nghiệp Việt – Czech", FORUM[:2] + FORUM[3:])
    assert not [f for f in found if f.how == "forum"]


def test_organisers_named_after_the_event_and_an_official_who_attends():
    # ../shared/corpus/dev2/22649366.txt
    text = ("Tiếp tục chuyến thăm chính thức Liên bang Nga, sáng 30-6, Chủ tịch nước Trần Đại Quang đã tham dự Tọa đàm "
            "kinh tế Việt Nam - Liên bang Nga do Bộ Kế hoạch và Đầu tư Việt Nam và Bộ Kinh tế Liên bang Nga phối hợp "
            "tổ chức.")
    found, _, _ = read_candidates("Quan hệ hợp tác Việt Nam - LB Nga", [text])
    assert [(f.vn.person, f.foreign.partner.name) for f in found if f.how == "forum"] == [
        ("Trần Đại Quang", "Bộ Kinh tế Liên bang Nga")]


def test_co_chairs_of_a_seminar_meet():
    # ../shared/corpus/dev2/22628099.txt: talks, then a co-chaired seminar with the same president: two rows.
    sentences = ["Ngay sau Lễ đón, Chủ tịch nước Trần Đại Quang đã tiến hành hội đàm với Tổng thống Belarus "
                 "Lukashenko.",
                 "Trong sáng 27/6, Chủ tịch nước Trần Đại Quang và Tổng thống Belarus - Alexander Lukashenko đồng chủ "
                 "trì Tọa đàm kinh tế Việt Nam - Belarus."]
    rows = candidate_meetings("Hình ảnh chuyến thăm Belarus của Chủ tịch nước Trần Đại Quang", sentences)
    assert len([m for m in rows if m.partner.country_code == "BY"]) == 2


def test_a_forum_recalled_or_to_be_organised_by_another_is_not_organised_by_the_subject():
    # baomoi 2017, 22246938.txt and 22636743.txt: "để tổ chức thành công", "việc tổ chức Tọa đàm".
    helped = ("Với vai trò là chủ nhà của APPF-25, Quốc hội Fiji sẽ ủng hộ, giúp đỡ Quốc hội Việt Nam để tổ chức thành "
              "công hội nghị này.")
    speech = "Phát biểu tại hội nghị, Chủ tịch Quốc hội Nguyễn Thị Kim Ngân cảm ơn Quốc hội Fiji."
    found, _, _ = read_candidates("APPF-26", [helped, speech])
    assert not [f for f in found if f.how == "forum"]


def test_the_next_call_after_a_comma_is_the_subjects():
    # ../shared/corpus/dev2/22737938.txt: "...; gặp A, tiếp B, C, D": the programme's subject makes each call.
    text = ("Trong ngày 12/7, Phó Thủ tướng Trương Hòa Bình đã hội đàm với Phó Thủ tướng Malaysia Ahmad Zahid Hamidi; "
            "gặp Tổng thư ký đảng cầm quyền UMNO Tengku Adnan Tengku Mansor, tiếp Chánh án Tòa liên bang Raus bin "
            "Sharif.")
    found, _, _ = read_candidates("Phó Thủ tướng Trương Hòa Bình thăm chính thức Malaysia", [text])
    calls = {(f.vn.person, f.foreign.person) for f in found if not f.dropped}
    assert ("Trương Hòa Bình", "Raus bin Sharif") in calls
    assert ("Trương Hòa Bình", "Tengku Adnan Tengku Mansor") in calls
