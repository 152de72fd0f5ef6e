"""Candidates stage: every cue with parties of both sides proposes a meeting, with the rules' verdict as a flag."""
from transforms.meetings import candidate_meetings
from transforms.meetings.candidates import _Found
from transforms.meetings.candidates import read_candidates as _read_all


def read_candidates(title: str, sentences: list[str]) -> tuple[list[_Found], list[_Found], object]:
    """The strict readings only: what these tests pin down (the loose ones are tested in test_candidates_loose.py)."""
    found, visits, article = _read_all(title, sentences)
    return [f for f in found if f.reading == "strict"], visits, article

# ../shared/corpus/dev2/22424654.txt: a telephone call, then a list of four senators after "gồm".
CALL = ("Thủ tướng Nguyễn Xuân Phúc điện đàm với Thượng nghị sỹ Bob Corker, Chủ tịch Ủy ban Đối ngoại Thượng viện "
        "Hoa Kỳ.")
LIST = ("Theo đặc phái viên TTXVN, trong khuôn khổ chuyến thăm chính thức Hoa Kỳ, ngày 31/5, tại thủ đô Washington, "
        "Thủ tướng Nguyễn Xuân Phúc đã điện đàm với một số nghị sỹ chủ chốt của hai đảng Cộng hòa và Dân chủ, "
        "gồm Chủ tịch Thường trực Thượng viện và Chủ tịch Ủy ban Tài chính Thượng viện, Thượng nghị sỹ Orrin Hatch; "
        "Chủ tịch Ủy ban Đối ngoại Thượng viện Bob Corker; thành viên Ủy ban Ngân sách Thượng viện, Thượng Nghị sỹ "
        "Sheldon Whitehouse và Chủ tịch Tiểu ban châu Á-Thái Bình Dương Hạ viện Mỹ, Hạ Nghị sỹ Ted Yoho.")


def test_a_telephone_call_is_a_meeting():
    [m] = candidate_meetings("Thủ tướng Nguyễn Xuân Phúc điện đàm với các nghị sỹ Hoa Kỳ", [CALL])
    assert (m.vn_person, m.foreign_person, m.partner.country_code) == ("Nguyễn Xuân Phúc", "Bob Corker", "US")
    assert m.signals["rule_kept"]


def test_a_list_after_a_phrase_gives_every_person_of_it():
    rows = candidate_meetings("Thủ tướng Nguyễn Xuân Phúc điện đàm với các nghị sỹ Hoa Kỳ", [LIST])
    persons = {m.foreign_person for m in rows}
    assert {"Orrin Hatch", "Sheldon Whitehouse", "Ted Yoho"} <= persons
    assert all(m.partner.country_code == "US" for m in rows)


def test_a_plan_beside_a_held_meeting_is_proposed_but_flagged():
    held = "Chiều 16/5, tại Trụ sở Chính phủ, Thủ tướng Nguyễn Xuân Phúc tiếp Đại sứ Nhật Bản Umeda Kunio."
    plan = "Thủ tướng Nguyễn Xuân Phúc sẽ hội đàm với Thủ tướng Lào Thongloun Sisoulith vào tuần tới."
    found, _, _ = read_candidates("Thủ tướng tiếp Đại sứ Nhật Bản", [held, plan])
    planned = [f for f in found if f.foreign.person == "Thongloun Sisoulith"]
    assert planned and all(f.future and f.dropped for f in planned)
    assert any(f.foreign.person == "Umeda Kunio" and not f.dropped for f in found)


def test_no_cue_no_candidate():
    assert candidate_meetings("Giá vàng hôm nay", ["Giá vàng trong nước tăng 200.000 đồng mỗi lượng."]) == []


def test_a_welcome_wished_for_is_a_visit_to_come():
    # ../shared/corpus/dev2/22515554.txt: the guest of the day is met; the leader to be welcomed one day is not.
    held = "Chiều 12/6, Thủ tướng Nguyễn Xuân Phúc hội kiến Chủ tịch Quốc hội Cuba Esteban Lazo Hernandez."
    wish = ("Thủ tướng cho biết, lãnh đạo và nhân dân Việt Nam luôn mong được đón Chủ tịch Cuba Raul Castro trở lại "
            "thăm Việt Nam.")
    found, _, _ = read_candidates("Thủ tướng hội kiến Chủ tịch Quốc hội Cuba", [held, wish])
    castro = [f for f in found if f.foreign.person == "Raul Castro"]
    assert castro and all(f.future and f.dropped for f in castro)
    assert any(f.foreign.person == "Esteban Lazo Hernandez" and not f.future for f in found)


def test_a_programme_clause_takes_the_subject_of_the_first_clause():
    # ../shared/corpus/dev2/22753901.txt: "X đã hội đàm với A; chào xã giao B; ..." — one subject, several hosts.
    text = ("Trong khuôn khổ chuyến thăm, Phó Thủ tướng Thường trực Trương Hòa Bình đã có cuộc hội đàm với Phó Thủ "
            "tướng Singapore Teo Chee Hean; chào xã giao Tổng thống Singapore Tony Tan Keng Yam.")
    rows = candidate_meetings("Phó Thủ tướng Trương Hòa Bình thăm Singapore", [text])
    pairs = {(m.vn_person, m.foreign_person) for m in rows}
    assert ("Trương Hòa Bình", "Tony Tan Keng Yam") in pairs and ("Trương Hòa Bình", "Teo Chee Hean") in pairs


def test_visiting_names_the_person_right_after_the_verb():
    # ../shared/corpus/dev2/22411488.txt: the White House is visited; the former president is a remark.
    text = ("Thủ tướng Nguyễn Xuân Phúc tới thăm Nhà Trắng thể hiện mong muốn thúc đẩy các mối quan hệ dưới thời "
            "cựu Tổng thống Mỹ Barack Obama.")
    found, _, _ = read_candidates("Dư luận quốc tế về chuyến thăm Hoa Kỳ của Thủ tướng", [text])
    assert not any(f.foreign.person == "Barack Obama" for f in found)
    visit = "Thủ tướng Nguyễn Xuân Phúc đến thăm Tổng thống Mỹ Barack Obama tại Nhà Trắng."
    found, _, _ = read_candidates("Thủ tướng thăm Tổng thống Mỹ", [visit])
    assert any(f.foreign.person == "Barack Obama" for f in found)


def test_a_host_preparing_to_receive_is_a_plan():
    held = "Chiều 29/5, Thủ tướng Nguyễn Xuân Phúc tiếp ông Robert McCooey, Phó chủ tịch Sàn chứng khoán NASDAQ."
    plan = "Tổng thống Mỹ Donald Trump đang chuẩn bị đón tiếp Thủ tướng Việt Nam Nguyễn Xuân Phúc."
    found, _, _ = read_candidates("Thủ tướng tiếp Phó chủ tịch NASDAQ", [held, plan])
    trump = [f for f in found if f.foreign.person == "Donald Trump"]
    assert trump and all(f.future for f in trump)


def test_a_day_abroad_is_the_local_one_not_the_hanoi_time():
    from transforms.dates import find_dates
    from transforms.meetings.candidates import _pick_date

    text = ("Chiều ngày 30/5, (theo giờ địa phương), tức sáng sớm 31/5, giờ Hà Nội, Thủ tướng Nguyễn Xuân Phúc đã "
            "đến Washington.")
    picked = _pick_date(find_dates(text), text)
    assert picked is not None and (picked.day, picked.month) == (30, 5)
    lone = "Sáng sớm 31/5, giờ Hà Nội, Thủ tướng Nguyễn Xuân Phúc đã đến Washington."
    picked = _pick_date(find_dates(lone), lone)
    assert picked is not None and (picked.day, picked.month) == (31, 5)  # the only day the sentence gives
