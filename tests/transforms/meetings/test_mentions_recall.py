"""Mentions the recall work fixed: a family name after a military rank, a second person joined by "và" and a rank."""
from transforms.meetings.mentions import _name_runs, _scan
from transforms.meetings.parties import _Article, find_parties

# ../shared/corpus/dev2/22710951.txt: two delegation heads named with their ranks in one sentence.
TALKS = ("Tại buổi hội đàm, Đại tá Hàn Mạnh Thắng, Vụ trưởng Vụ Pháp chế, Bộ Quốc phòng Việt Nam và Đại tướng Mom "
         "Sophat, Cục trưởng Cục pháp chế, Bộ Quốc phòng Vương quốc Campuchia đánh giá cao quá trình chuẩn bị.")


def test_a_family_name_that_opens_no_name_elsewhere_is_one_after_a_rank():
    # "Hàn" (as in Hàn Quốc), "Văn" open no name in running text; after "Đại tá", "Đại tướng" they are family names.
    assert "Hàn Mạnh Thắng" in [r.text for r in _name_runs(_scan(TALKS))]
    assert "Văn Tiến Dũng" in [r.text for r in _name_runs(_scan("Đại tướng Văn Tiến Dũng chỉ huy chiến dịch."))]
    assert "Hàn Quốc" not in [r.text for r in _name_runs(_scan("Đoàn Hàn Quốc tới Hà Nội."))]


def test_a_rank_after_and_starts_another_person():
    people = {p.person: (p.side, p.partner.country_code if p.partner else None)
              for p in find_parties(_scan(TALKS), _Article()) if p.kind == "person"}
    assert people == {"Hàn Mạnh Thắng": ("vn", None), "Mom Sophat": ("foreign", "KH")}


def test_a_name_after_a_place_noun_is_the_place():
    # ../shared/corpus/dev2/22411488.txt: a caption; "John F.Kennedy" is the airport, not a person met.
    runs = [r.text for r in _name_runs(_scan("Lễ đón Thủ tướng Nguyễn Xuân Phúc tại sân bay John F.Kennedy."))]
    assert runs == ["Nguyễn Xuân Phúc"]
    assert [r.text for r in _name_runs(_scan("tại cảng Tiên Sa, Đại tá Toyota Chikara cho biết"))] == [
        "Toyota Chikara"]
    # "yêu cầu" (to request) and "thành phố" (the city) are no place nouns: the person after them stays a person.
    assert "Trần Chí Cường" in [r.text for r in _name_runs(_scan(
        "Chiều 5-6, Phó Chủ tịch UBND thành phố Trần Chí Cường tiếp bà Gillian Bird."))]
    assert "Nguyễn Văn Bình" in [r.text for r in _name_runs(_scan("Thủ tướng yêu cầu ông Nguyễn Văn Bình báo cáo."))]
