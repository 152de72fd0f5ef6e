"""Title phrases as the Vietnamese press writes them (GUIDELINES §3: the title as written next to the person, the most
specific one): a title head and its organ or country up to the name, comma chains of offices, ranks, a diplomat's
or a branch's post, an acronym in brackets, the subject of a committee or an envoy."""
from __future__ import annotations

import pytest

from transforms.meetings import find_meetings
from transforms.meetings.mentions import _scan
from transforms.meetings.parties import _Article, find_parties


def titles(sentence: str) -> dict[str, str | None]:
    """Person -> title of every named person (a delegation's head too) of one sentence, read with no earlier
    knowledge."""
    scan = _scan(sentence)
    return {p.person: p.title for p in find_parties(scan, _Article()) if p.kind in ("person", "delegation")
            and p.person}


@pytest.mark.parametrize(("sentence", "person", "title"), [
    # The organ after the title word runs up to the name, "và" inside a ministry's name included.
    ("Bộ trưởng Bưu chính và Viễn thông Lào Thansamay Kommasith mong muốn Chính phủ Việt Nam tiếp tục ủng hộ.",
     "Thansamay Kommasith", "Bộ trưởng Bưu chính và Viễn thông Lào"),
    ("Bộ trưởng Ngoại giao Phạm Bình Minh đã hội đàm với Bộ trưởng Ngoại giao và Hợp tác Tây Ban Nha Alfonso Dastis.",
     "Alfonso Dastis", "Bộ trưởng Ngoại giao và Hợp tác Tây Ban Nha"),
    ("Chiều 12/6, Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch Nguyễn Ngọc Thiện đã tiếp Đại sứ Pháp.",
     "Nguyễn Ngọc Thiện", "Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch"),
    # A diplomat's post, even when the country is not read as a place before the name.
    ("Đại sứ Việt Nam tại Mỹ Phạm Quang Vinh đã gặp Phó Thống đốc bang Maryland Boyd Rutherford.",
     "Phạm Quang Vinh", "Đại sứ Việt Nam tại Mỹ"),
    # An ordinary noun of an organ's name does not end the title ("nhân dân", "xã hội chủ nghĩa").
    ("Chiều 30/5, Trung tướng Phạm Hồng Hương, Phó Tổng Tham mưu trưởng Quân đội nhân dân Việt Nam đã tiếp Đoàn.",
     "Phạm Hồng Hương", "Trung tướng, Phó Tổng Tham mưu trưởng Quân đội nhân dân Việt Nam"),
    # Comma chains of organs after the name, an acronym in brackets and the post after it.
    ("Thủ tướng tiếp ông Atsusuke Kawada, Trưởng đại diện Tổ chức Xúc tiến thương mại Nhật Bản (JETRO) tại Việt Nam.",
     "Atsusuke Kawada", "Trưởng đại diện Tổ chức Xúc tiến thương mại Nhật Bản (JETRO) tại Việt Nam"),
    ("Thứ trưởng Trần Thanh Nam đã làm việc với ông Robert Macke - Giám đốc Văn phòng phụ trách các Hiệp định và các "
     "Vấn đề Khoa học, Cơ quan Nông nghiệp Đối ngoại, Bộ Nông nghiệp Mỹ (USDA) nhằm thúc đẩy thương mại.",
     "Robert Macke", "Giám đốc Văn phòng phụ trách các Hiệp định và các Vấn đề Khoa học, Cơ quan Nông nghiệp Đối "
     "ngoại, Bộ Nông nghiệp Mỹ (USDA)"),
    # A rank opens the title; the office after the comma and its army follow.
    ("Phó Tổng Tham mưu trưởng đã tiếp Đoàn đại biểu Cục Thông tin, Quân đội Myanmar do Thiếu tướng Thaw Lwin, "
     "Cục trưởng Cục Thông tin, Quân đội Myanmar làm Trưởng đoàn.",
     "Thaw Lwin", "Thiếu tướng, Cục trưởng Cục Thông tin, Quân đội Myanmar"),
    # A committee's subject after "về".
    ("Phó Chủ tịch Quốc hội Đỗ Bá Tỵ đã tiếp Đoàn do ông Michael Rogers, Chủ tịch Tiểu ban về các lực lượng chiến "
     "lược, Ủy ban Quân vụ làm trưởng Đoàn.",
     "Michael Rogers", "Chủ tịch Tiểu ban về các lực lượng chiến lược, Ủy ban Quân vụ"),
    # A chain of offices before the name, the first naming its party.
    ("Chủ tịch nước đã gặp Tổng thư ký Đảng Dân chủ Tự do Nhật Bản, Chủ tịch Liên minh nghị sĩ hữu nghị Nhật - Việt "
     "Tô-xi-hi-rô Na-cai.",
     "Tô-xi-hi-rô Na-cai", "Tổng thư ký Đảng Dân chủ Tự do Nhật Bản, Chủ tịch Liên minh nghị sĩ hữu nghị Nhật - Việt"),
    # A person introduced after the name keeps the apposition; the title of a city.
    ("Chủ tịch UBND TP Hồ Chí Minh đã tiếp bà Sheng Thao, Thị trưởng thành phố Oakland, bang California.",
     "Sheng Thao", "Thị trưởng thành phố Oakland, bang California"),
    # A membership opening the clause heads the chain; offices of courts and high commissions are titles.
    ("Đoàn gồm Chủ tịch Ủy ban Đối ngoại Thượng viện Bob Corker; thành viên Ủy ban Ngân sách Thượng viện, Thượng "
     "Nghị sỹ Sheldon Whitehouse và Hạ Nghị sỹ Ted Yoho.",
     "Sheldon Whitehouse", "thành viên Ủy ban Ngân sách Thượng viện, Thượng Nghị sỹ"),
    ("Phó Thủ tướng đã tiếp Chánh án Tòa án Tối cao Singapore Sundaresh Menon.",
     "Sundaresh Menon", "Chánh án Tòa án Tối cao Singapore"),
    ("Bộ trưởng đã tiếp ông Henk Ovink, Phó Cao ủy Chương trình Đồng bằng Hà Lan.",
     "Henk Ovink", "Phó Cao ủy Chương trình Đồng bằng Hà Lan"),
])
def test_a_title_runs_over_its_organ_up_to_the_name(sentence: str, person: str, title: str) -> None:
    assert titles(sentence)[person] == title


def test_offices_after_a_comma_that_run_into_another_name_are_that_persons():
    found = titles("Nhận lời mời của Bộ trưởng Ngoại giao Tây Ban Nha Alfonso Dastis, Phó Thủ tướng, Bộ trưởng Ngoại "
                   "giao Phạm Bình Minh đã thăm chính thức Tây Ban Nha.")
    assert found["Alfonso Dastis"] == "Bộ trưởng Ngoại giao Tây Ban Nha"
    assert found["Phạm Bình Minh"] == "Phó Thủ tướng, Bộ trưởng Ngoại giao"
    # Without a title of its own before the name, the apposition up to the last comma stays the guest's.
    found = titles("Tiếp ông Han Myoung-Sup, Tổng giám đốc Tổ hợp Samsung Việt Nam, Thủ tướng Nguyễn Xuân Phúc "
                   "hoan nghênh kết quả.")
    assert found["Han Myoung-Sup"] == "Tổng giám đốc Tổ hợp Samsung Việt Nam"
    assert found["Nguyễn Xuân Phúc"] == "Thủ tướng"


def test_a_diplomats_post_before_the_next_name_ends_the_previous_title():
    found = titles("Đón Chủ tịch nước có Thứ trưởng Bộ Ngoại giao Liên bang Nga Igor Morgulov, Đại sứ Liên bang Nga "
                   "tại Việt Nam Konstantin Vnukov.")
    assert found["Igor Morgulov"] == "Thứ trưởng Bộ Ngoại giao Liên bang Nga"
    assert found["Konstantin Vnukov"] == "Đại sứ Liên bang Nga tại Việt Nam"


def test_an_envoys_title_is_kept_but_the_queen_stays_her_countrys():
    body = ("Chiều 1/6, tại buổi tiếp Hoàng hậu Hà Lan Máxima Zorreguieta Cerruti, Đặc phái viên của Tổng Thư ký Liên "
            "hợp quốc về tài chính toàn diện cho phát triển, Phó Thủ tướng Vương Đình Huệ khẳng định đây là dịp để hai "
            "bên chia sẻ kinh nghiệm.")
    meeting = next(m for m in find_meetings("Phó Thủ tướng tiếp Hoàng hậu Hà Lan", body)
                   if m.foreign_person == "Máxima Zorreguieta Cerruti")
    assert meeting.partner.name == "Hà Lan"
    assert meeting.foreign_title is not None
    assert meeting.foreign_title.startswith("Hoàng hậu Hà Lan, Đặc phái viên của Tổng Thư ký Liên hợp quốc về tài "
                                            "chính toàn diện")


def test_the_fullest_title_of_the_person_comes_from_any_mention_an_invitation_too():
    body = ("Thủ tướng Nguyễn Xuân Phúc bắt đầu chuyến thăm chính thức Hợp chủng quốc Hoa Kỳ theo lời mời của Tổng "
            "thống Hợp chủng quốc Hoa Kỳ Donald Trump.\n"
            "Chiều 31/5, Tổng thống Donald Trump đã hội đàm với Thủ tướng Nguyễn Xuân Phúc tại Nhà Trắng.")
    meeting = next(m for m in find_meetings("Thủ tướng hội đàm với Tổng thống Hoa Kỳ", body)
                   if m.foreign_person == "Donald Trump")
    assert meeting.foreign_title == "Tổng thống Hợp chủng quốc Hoa Kỳ"


def bodies(sentence: str) -> dict[str, str | None]:
    parties = find_parties(_scan(sentence), _Article())
    return {p.partner.name: p.title for p in parties if p.kind == "body" and p.partner}


def test_a_body_met_through_its_leaders_has_that_phrase_as_its_title():
    found = bodies("Chiều 1/6, Thủ tướng Nguyễn Xuân Phúc đã tiếp lãnh đạo Tập đoàn Boeing của Hoa Kỳ.")
    assert list(found.values()) == ["lãnh đạo Tập đoàn Boeing của Hoa Kỳ"]
    found = bodies("Sau đó, Thủ tướng Nguyễn Xuân Phúc tiếp Ban lãnh đạo Phòng Thương mại Hà Lan.")
    assert list(found.values()) == ["Ban lãnh đạo Phòng Thương mại Hà Lan"]
    assert list(bodies("Thủ tướng Nguyễn Xuân Phúc tiếp Tập đoàn Boeing của Hoa Kỳ.").values()) == [None]


def test_an_organ_listed_over_commas_before_an_apposed_name_is_the_persons_title():
    found = titles("Trưa cùng ngày, Thủ tướng Chính phủ Nguyễn Xuân Phúc đã có cuộc làm việc với Bộ trưởng Kinh tế, "
                   "Giao thông và Nông nghiệp bang Rai-lan Phan-xờ, ông Phôn-cơ Vít-xing (Volker Wissing).")
    assert found["Phôn-cơ Vít-xing"] == "Bộ trưởng Kinh tế, Giao thông và Nông nghiệp bang Rai-lan Phan-xờ"
    # A verb between the title and the name is another clause: the name takes no title from it.
    found = titles("Bộ trưởng Kinh tế, Giao thông đã phát biểu, ông Phôn-cơ Vít-xing cho biết thêm.")
    assert found.get("Phôn-cơ Vít-xing") is None


def test_an_envoys_subject_runs_over_cho_and_a_chamber_keeps_its_pair_of_countries():
    found = titles("Tại buổi tiếp Hoàng hậu Hà Lan Máxima Zorreguieta Cerruti, Đặc phái viên của Tổng Thư ký Liên hợp "
                   "quốc về tài chính toàn diện cho phát triển, Phó Thủ tướng Vương Đình Huệ khẳng định.")
    assert found["Máxima Zorreguieta Cerruti"] == ("Hoàng hậu Hà Lan, Đặc phái viên của Tổng Thư ký Liên hợp quốc "
                                                   "về tài chính toàn diện cho phát triển")
    assert found["Vương Đình Huệ"] == "Phó Thủ tướng"
    found = bodies("Sau đó, Thủ tướng Nguyễn Xuân Phúc tiếp Ban lãnh đạo Phòng Thương mại Hà Lan - Việt Nam.")
    assert list(found.values()) == ["Ban lãnh đạo Phòng Thương mại Hà Lan - Việt Nam"]
