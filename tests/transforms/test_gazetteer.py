"""Gazetteer lookups and finders on real phrases from the seeds and the dev corpus."""
from __future__ import annotations

import time
from pathlib import Path

import pytest

from transforms import gazetteer as g
from transforms.text import normalize_text, sentences

SHARED = Path("/work/shared")


def names(mentions: list[g.Mention]) -> list[str]:
    return [m.entry.name for m in mentions]  # type: ignore[attr-defined]


def texts(mentions: list[g.Mention]) -> list[str]:
    return [m.text for m in mentions]


# ----------------------------------------------------------------------------------------- data files


def test_provinces_cover_the_63_old_and_34_new_units() -> None:
    units = g.provinces()
    assert len(units) == 63
    survivors = [p for p in units if p.merged_into is None]
    assert len(survivors) == 34
    assert sum(p.kind == "city" for p in survivors) == 6
    survivor_names = {p.name for p in survivors}
    assert all(p.merged_into in survivor_names for p in units if p.merged_into)


def test_merger_mapping() -> None:
    assert g.province_by_name("Bình Dương").merged_into == "Hồ Chí Minh"
    assert g.province_by_name("tỉnh Bà Rịa - Vũng Tàu").merged_into == "Hồ Chí Minh"
    assert g.province_by_name("Sóc Trăng").merged_into == "Cần Thơ"
    assert g.province_by_name("Hà Giang").current == "Tuyên Quang"
    assert g.province_by_name("Hồ Chí Minh").current == "Hồ Chí Minh"
    assert g.province_by_name("Thừa Thiên Huế").name == "Huế"
    assert g.province_by_name("Huế").kind == "city"


def test_countries_have_unique_codes_and_include_territories() -> None:
    codes = [c.code for c in g.countries()]
    assert len(codes) == len(set(codes))
    assert {"US", "CN", "TW", "HK", "MO", "PS", "VA", "VN", "HT"} <= set(codes)
    assert len(codes) >= 199
    assert "EU" not in codes and "UN" not in codes


def test_places_refer_to_known_parents_and_countries() -> None:
    place_names = {p.name for p in g.places()}
    codes = {c.code for c in g.countries()}
    for p in g.places():
        assert p.kind in ("state", "province", "city"), p
        assert p.country_code in codes, p
        assert p.parent is None or p.parent in place_names, p


def test_all_us_states_and_japanese_prefectures() -> None:
    assert sum(p.country_code == "US" and p.kind == "state" and p.name != "Puerto Rico" and p.name != "Guam"
               for p in g.places()) == 50
    jp = {p.name for p in g.places() if p.country_code == "JP" and p.kind == "province"}
    assert {"Osaka", "Hyogo", "Ibaraki", "Nara", "Hokkaido", "Okinawa"} <= jp
    assert len(jp) + 1 == 47  # Tokyo is listed as a city


# ----------------------------------------------------------------------------------------- lookups by name


@pytest.mark.parametrize(
    "written, expected",
    [
        ("TP.HCM", "Hồ Chí Minh"),
        ("TPHCM", "Hồ Chí Minh"),
        ("Thành phố Hồ Chí Minh", "Hồ Chí Minh"),
        ("Sài Gòn", "Hồ Chí Minh"),
        ("tỉnh Khánh Hoà", "Khánh Hòa"),
        ("khanh hoa", "Khánh Hòa"),
        ("Thừa Thiên - Huế", "Huế"),
        ("Bà Rịa-Vũng Tàu", "Bà Rịa - Vũng Tàu"),
        ("Đắc Lắc", "Đắk Lắk"),
    ],
)
def test_province_by_name(written: str, expected: str) -> None:
    found = g.province_by_name(written)
    assert found is not None and found.name == expected


def test_country_and_place_by_name() -> None:
    assert g.country_by_name("Mỹ").code == "US"
    assert g.country_by_name("Hợp chủng quốc Hoa Kỳ").code == "US"
    assert g.country_by_name("United States").code == "US"
    assert g.country_by_name("Mi-an-ma").code == "MM"
    assert g.country_by_name("Liên minh châu Âu") is None
    kansas = g.place_by_name("bang Kansas")
    assert kansas.country_code == "US" and kansas.kind == "state"
    assert g.place_by_name("Oakland").parent == "California"
    assert g.place_by_name("Quảng Châu").parent == "Quảng Đông"
    assert g.place_by_name("Guangzhou").name == "Quảng Châu"
    assert g.place_by_name("Daejeon").kind == "city"
    assert g.province_by_name("Kansas") is None


# ----------------------------------------------------------------------------------------- finders (seed phrases)


def test_seed_hcm_and_kansas() -> None:
    text = "Phó Chủ tịch UBND TP.HCM Võ Văn Hoan (bên phải) và ông David Toland, Phó Thống đốc Kansas, Hoa Kỳ"
    assert names(g.find_localities(text)) == ["Hồ Chí Minh"]
    assert texts(g.find_localities(text)) == ["TP.HCM"]
    assert names(g.find_places(text)) == ["Kansas"]
    assert [m.entry.code for m in g.find_countries(text)] == ["US"]
    assert [m.entry.text for m in g.find_titles(text)] == ["Phó Chủ tịch UBND", "Phó Thống đốc"]


def test_prefixed_state_and_country_in_brackets() -> None:
    text = "Nhiều cơ hội hợp tác giữa thành phố Hồ Chí Minh và bang Kansas (Hoa Kỳ)"
    assert texts(g.find_localities(text)) == ["thành phố Hồ Chí Minh"]
    found = g.find_places(text)
    assert texts(found) == ["bang Kansas"]
    assert text[found[0].start:found[0].end] == "bang Kansas"
    assert names(g.find_countries(text)) == ["Hoa Kỳ"]


def test_chinese_city_province_and_autonomous_region() -> None:
    text = "ông Lại Chí Hồng, Phó Thị trưởng TP Quảng Châu, tỉnh Quảng Đông (Trung Quốc) trong khuôn khổ chuyến thăm"
    assert texts(g.find_places(text)) == ["TP Quảng Châu", "tỉnh Quảng Đông"]
    assert [m.entry.country_code for m in g.find_places(text)] == ["CN", "CN"]
    assert g.find_localities(text) == []
    text = "Thủ tướng Nguyễn Xuân Phúc tiếp Bí thư Khu ủy Khu tự trị dân tộc Choang Quảng Tây (Trung Quốc)"
    assert names(g.find_places(text)) == ["Quảng Tây"]
    assert texts(g.find_places(text)) == ["Khu tự trị dân tộc Choang Quảng Tây"]


def test_korean_and_japanese_localities() -> None:
    text = "buổi tiếp xã giao và chiêu đãi đoàn công tác Hội đồng TP Daejeon"
    assert texts(g.find_places(text)) == ["TP Daejeon"]
    text = "Hội Hữu nghị Nhật-Việt tỉnh Osaka, Hyogo, Nara và Hội Hữu nghị Nhật-Việt Sakai."
    assert names(g.find_places(text)) == ["Osaka", "Hyogo", "Nara", "Sakai"]
    assert [m.entry.code for m in g.find_countries(text)] == ["JP", "VN", "JP", "VN"]


def test_us_city_with_parent_state() -> None:
    text = "Thủ tướng Phạm Minh Chính tiếp bà Sheng Thao, Thị trưởng thành phố Oakland, bang California, Hoa Kỳ."
    places = g.find_places(text)
    assert texts(places) == ["thành phố Oakland", "bang California"]
    assert places[0].entry.parent == places[1].entry.name


def test_lao_provinces_in_both_spellings() -> None:
    text = "tập trung ở các tỉnh Vientiane, Xiengkhuang, Xaysomboun, Savannakhet và các tỉnh Bắc Lào"
    assert names(g.find_places(text)) == ["Viêng Chăn", "Xiangkhouang", "Xaysomboun", "Savannakhet"]
    assert g.place_by_name("Xay-xổm-bun").name == "Xaysomboun"
    assert g.place_by_name("Luông Pha Bang").name == "Luang Prabang"


# ----------------------------------------------------------------------------------------- ambiguity


def test_chu_nhat_is_not_japan_and_trung_uong_is_not_china() -> None:
    assert g.find_countries("Chủ nhật tuần trước, đoàn đã về nước") == []
    text = "Chủ tịch UBND tỉnh Đồng Tháp Nguyễn Thanh Hùng kiến nghị Trung ương hỗ trợ nguồn vốn 244 tỷ đồng"
    assert g.find_countries(text) == []
    assert names(g.find_localities(text)) == ["Đồng Tháp"]


def test_short_forms_only_in_compounds_or_after_cues() -> None:
    text = "nhằm đóng góp vào sự phát triển của quan hệ Việt-Nhật, tăng cường hiểu biết"
    assert [m.entry.code for m in g.find_countries(text)] == ["VN", "JP"]
    assert [m.entry.code for m in g.find_countries("'Hạt hòa bình' gieo mầm ngoại giao nông sản Mỹ-Trung")] == [
        "US", "CN"]
    assert [m.entry.code for m in g.find_countries("sẵn sàng đối thoại với phía Anh và nước Nhật")] == ["GB", "JP"]
    assert g.find_countries("Anh Tuấn cho biết anh sẽ học tiếng Anh") == []


def test_single_word_country_inside_vietnamese_name() -> None:
    assert g.find_countries("ca sĩ Thúy Nga biểu diễn tại Mỹ Tho") == []
    assert [m.entry.code for m in g.find_countries("Tổng thống Nga Vladimir Putin")] == ["RU"]
    assert g.find_countries("Bệnh viện Việt Đức") == []
    assert g.find_countries("khách du lịch châu Mỹ và Bắc Mỹ") == []
    assert [m.entry.code for m in g.find_countries("các nhà đầu tư Đức còn tồn đọng")] == ["DE"]


def test_vietnamese_homonyms_of_chinese_places() -> None:
    assert [m.kind for m in g.find_geo("Đoàn đại biểu tỉnh Hà Nam đến thăm")] == ["province"]
    found = g.find_geo("Đoàn đại biểu tỉnh Hà Nam (Trung Quốc) đến thăm")
    assert [(m.kind, m.text) for m in found] == [("place", "tỉnh Hà Nam"), ("country", "Trung Quốc")]
    found = g.find_places("thành phố Trịnh Châu, tỉnh Hà Nam")
    assert [m.entry.country_code for m in found] == ["CN", "CN"]
    assert g.find_places("ông Nguyễn Thanh Hải, Giám đốc Sở") == []
    assert names(g.find_places("Phó Tỉnh trưởng tỉnh Thanh Hải")) == ["Thanh Hải"]


def test_prefix_chooses_state_or_city() -> None:
    assert [m.entry.kind for m in g.find_places("bang Washington và Washington")] == ["state", "city"]
    assert names(g.find_places("tỉnh Viêng Chăn và thủ đô Viêng Chăn")) == ["Tỉnh Viêng Chăn", "Viêng Chăn"]


def test_tone_placement_and_dash_spacing() -> None:
    assert names(g.find_localities("Khánh Hoà, Thanh Hoá và Hoà Bình")) == ["Khánh Hòa", "Thanh Hóa", "Hòa Bình"]
    assert names(g.find_localities("tỉnh Bà Rịa – Vũng Tàu và Thừa Thiên - Huế")) == ["Bà Rịa - Vũng Tàu", "Huế"]


def test_words_inside_longer_words_are_not_matched() -> None:
    assert g.find_localities("Huếch") == []
    assert g.find_places("Nagoyaaa") == []


# ----------------------------------------------------------------------------------------- titles, fields, lists


def test_titles() -> None:
    text = "Bí thư Khu ủy Khu tự trị dân tộc Choang Quảng Tây Bành Thanh Hoa bày tỏ vui mừng"
    assert [m.entry.text for m in g.find_titles(text)] == ["Bí thư Khu ủy"]
    text = "Phó Chủ nhiệm Ủy ban đối ngoại của Quốc hội Nguyễn Mạnh Tiến đón Chủ tịch Thượng viện Cộng hòa Haiti"
    assert [m.entry.text for m in g.find_titles(text)] == ["Phó Chủ nhiệm Ủy ban", "Chủ tịch Thượng viện"]
    assert g.find_titles("tại Đại sứ quán Hoa Kỳ") == []
    ranks = {t.text: t.rank for t in g.titles()}
    assert ranks["Tổng thống"] > ranks["Thủ tướng"] > ranks["Bộ trưởng"] > ranks["Thứ trưởng"] > ranks["Phó Giám đốc"]


def test_fields_in_vocabulary_order() -> None:
    text = ("Thành phố Hồ Chí Minh mong muốn hợp tác cùng với bang Kansas trong các lĩnh vực thương mại đầu tư, "
            "giáo dục, công nghệ cao.")
    assert g.find_fields(text) == ["trade", "investment", "education", "high_tech"]
    assert g.find_fields("thúc đẩy kinh tế số và đổi mới sáng tạo") == ["digital_economy", "innovation"]


def test_meeting_verbs_bodies_and_org_heads() -> None:
    verbs = g.meeting_verbs()
    assert {"tiếp", "hội kiến", "hội đàm", "làm việc với", "chào xã giao", "điện đàm"} <= set(verbs)
    assert verbs.index("tiếp xã giao") < verbs.index("tiếp")
    assert {"Chính phủ", "Quốc hội", "Bộ Ngoại giao", "VCCI", "Ủy ban Đối ngoại của Quốc hội"} <= set(g.vn_bodies())
    heads = dict(g.foreign_org_heads())
    assert heads["Đại sứ quán"] == "embassy" and heads["Tổng Lãnh sự quán"] == "embassy"
    assert heads["Tập đoàn"] == "organization" and heads["Hội đồng"] == "council"
    assert [m.entry.name_en for m in g.find_orgs("đại diện Ngân hàng JBIC và JICA")] == [
        "Japan Bank for International Cooperation", "Japan International Cooperation Agency"]
    assert all(o.country_code == "" for o in g.foreign_orgs() if o.name_en in ("United Nations", "ASEAN"))
    assert [m.entry.name for m in g.find_vn_bodies("Phó Chủ nhiệm Ủy ban đối ngoại của Quốc hội")] == [
        "Ủy ban Đối ngoại của Quốc hội"]


# ----------------------------------------------------------------------------------------- speed


def test_finders_are_fast_on_the_dev_corpus() -> None:
    files = sorted((SHARED / "corpus" / "dev").glob("*.txt"))
    if not files:
        pytest.skip("dev corpus not available")
    all_sentences = [s for f in files for s in sentences(normalize_text(f.read_text(encoding="utf-8")))]
    g.find_geo("warm up")
    g.find_titles("warm up")
    start = time.perf_counter()
    for s in all_sentences:
        # Distinct strings defeat the per-sentence cache, so this measures real scanning.
        s = s + " "
        g.find_localities(s), g.find_countries(s), g.find_places(s), g.find_titles(s)
    assert time.perf_counter() - start < 0.5


def test_sino_vietnamese_place_name_ending_a_person_name() -> None:
    assert g.find_places("- Ông Nguyễn Sĩ Triều Châu, Sáng lập - Atoha") == []
    assert names(g.find_places("Bí thư Thành ủy Quảng Châu")) == ["Quảng Châu"]


def test_person_names_and_blocked_phrases_are_not_provinces() -> None:
    assert g.find_localities("Phó Thủ tướng Thường trực Trương Hòa Bình, Chủ tịch Ủy ban ATGT Quốc gia") == []
    assert g.find_localities("học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh") == []
    assert g.find_localities("dâng hương tưởng niệm Chủ tịch Hồ Chí Minh") == []
    assert names(g.find_localities("Chủ tịch UBND TP Hồ Chí Minh")) == ["Hồ Chí Minh"]


def test_abbreviation_with_and_without_space_after_the_dot() -> None:
    text = ("lãnh đạo Ủy ban nhân dân thành phố Hà Nội, TP. Hồ Chí Minh, thành phố Đà Nẵng, tỉnh Quảng Nam "
            "và tỉnh Long An")
    assert names(g.find_localities(text)) == ["Hà Nội", "Hồ Chí Minh", "Đà Nẵng", "Quảng Nam", "Long An"]
    assert names(g.find_localities("TP.HCM, TP. HCM, Tp.HCM và TP HCM")) == ["Hồ Chí Minh"] * 4


def test_chinese_homonym_needs_adjacent_context() -> None:
    assert g.find_places("hoạt động ở quần đảo Hoàng Sa và Trường Sa, Trung Quốc còn") == []
    assert g.find_places("quần đảo Trường Sa của Việt Nam") == []
    found = g.find_places("thành phố Trường Sa, tỉnh Hồ Nam, Trung Quốc")
    assert [(m.text, m.entry.country_code) for m in found] == [("thành phố Trường Sa", "CN"), ("tỉnh Hồ Nam", "CN")]
    assert names(g.find_places("đoàn đại biểu tỉnh Thanh Hải, Trung Quốc")) == ["Thanh Hải"]


def test_short_form_after_title_cues() -> None:
    assert [m.entry.code for m in g.find_countries("Thủ tướng Anh Theresa May và Đại sứ Nhật")] == ["GB", "JP"]
    assert g.find_countries("Chủ tịch Trung cho biết") == []
    assert g.find_countries("cô gái người Mông và người Thái ở Hà Giang") == []


def test_foreign_bodies_are_not_vietnamese_bodies() -> None:
    text = "Chủ tịch Quốc hội Cộng hòa Cu Ba và Bộ trưởng Bộ Quốc phòng Nga, Chính phủ Nhật Bản"
    assert g.find_vn_bodies(text) == []
    text = "Ủy ban Đối ngoại Thượng viện Mỹ làm việc với Bộ Ngoại giao Việt Nam và Quốc hội"
    assert [m.entry.name for m in g.find_vn_bodies(text)] == ["Bộ Ngoại giao", "Quốc hội"]


def test_tq_is_china_and_the_opec_fund_is_a_named_organisation() -> None:
    # baomoi 2017: "Moon Jae-in khiến Mỹ lo lắng khi xây dựng tuần trăng mật với TQ"
    found = g.find_countries("Moon Jae-in khiến Mỹ lo lắng khi xây dựng tuần trăng mật với TQ")
    assert [(m.text, m.entry.code) for m in found] == [("Mỹ", "US"), ("TQ", "CN")]  # type: ignore[attr-defined]
    orgs = g.find_orgs("Tổng Giám đốc Quỹ Phát triển Quốc tế của các nước xuất khẩu dầu mỏ (OFID)")
    assert {m.entry.name_en for m in orgs} == {"OPEC Fund for International Development"}  # type: ignore[attr-defined]


def test_memberships_bare_party_secretary_and_new_organisation_heads() -> None:
    [councillor] = g.find_titles("cuộc gặp với Ủy viên Quốc vụ Trung Quốc Dương Khiết Trì tại Tokyo")
    assert (councillor.text, councillor.entry.side) == ("Ủy viên Quốc vụ", "foreign")  # type: ignore[attr-defined]
    assert [t.text for t in g.find_titles("Ủy viên Ban Thường vụ Thành ủy, Bí thư Quận ủy Quận 1")] == [
        "Ủy viên Ban Thường vụ", "Bí thư"]
    heads = dict(g.foreign_org_heads())
    assert heads["Ban"] == heads["Sàn chứng khoán"] == "organization"


def test_a_place_name_after_a_family_name_is_the_persons_name() -> None:
    assert g.find_localities("Phó Thủ tướng Trương Hòa Bình tiếp đoàn") == []
    assert [m.text for m in g.find_countries("nhà đầu tư Nhật và doanh nghiệp Hàn")] == ["Nhật", "Hàn"]


@pytest.mark.parametrize(("text", "place"), [
    ("Đại sứ Cuba tại Việt Nam Orlando Nicolás Hernández Guillén.", None),  # a given name
    ("Thẩm phán liên bang Mỹ ở Seattle James Robart (trên).", "Seattle"),  # corpus 2017: after its preposition
    ("Thị trưởng Busan Park Heong-joon đã tiếp đoàn.", "Busan"),  # after the title whose place it is
])
def test_a_latin_place_name_opening_a_persons_name_is_no_place(text: str, place: str | None) -> None:
    found = [m.text for m in g.find_places(text)]
    assert found == ([place] if place else [])


def test_the_eurasian_economic_commission_is_an_international_body() -> None:
    [found] = g.find_orgs("đồng chủ trì với Chủ tịch Ủy ban Kinh tế Á-Âu Tigran Sargsyan")
    assert (found.text, found.entry.name, found.entry.country_code or None) == (
        "Ủy ban Kinh tế Á-Âu", "Ủy ban Kinh tế Á - Âu", None)
