"""Partner identity across articles: one key per foreign counterpart, however the text names it."""
from transforms import gazetteer
from transforms.partners import (
    country_partner,
    embassy_partner,
    organization_partner,
    partner_key,
    place_partner,
    with_parent,
)
from transforms.records import PartnerRef


def key(name: str, kind: str, code: str | None) -> str:
    return partner_key(PartnerRef(name=name, kind=kind, country_code=code))


def test_a_state_named_with_prefix_or_country_is_one_partner():
    assert key("Kansas", "state", "US") == key("bang Kansas", "state", "US") == key("Kansas (Hoa Kỳ)", "state", "US")


def test_country_aliases_are_one_partner():
    assert key("Mỹ", "country", "US") == key("Hoa Kỳ", "country", "US") == key("Hợp chúng quốc Hoa Kỳ", "country", "US")
    assert key("Hoa Kỳ", "country", "US") != key("Nhật Bản", "country", "JP")


def test_embassy_names_are_one_partner_but_not_the_consulate():
    embassy = key("Đại sứ quán Hoa Kỳ", "embassy", "US")
    assert embassy == key("Đại sứ quán Hoa Kỳ tại Việt Nam", "embassy", "US") == key("Đại sứ quán Mỹ", "embassy", "US")
    assert embassy != key("Tổng Lãnh sự quán Hoa Kỳ tại Thành phố Hồ Chí Minh", "embassy", "US")
    assert embassy != key("Hoa Kỳ", "country", "US")


def test_a_city_council_is_keyed_as_its_city():
    assert key("Hội đồng TP Daejeon", "council", "KR") == key("Daejeon", "city", "KR")


def test_a_place_alias_or_english_name_is_the_place():
    assert key("Guangzhou", "city", "CN") == key("TP Quảng Châu", "city", "CN")


def test_organisations_without_head_word_or_own_country_are_one_partner():
    assert key("Tập đoàn Nidec", "organization", "JP") == key("Nidec", "organization", "JP")
    assert key("Đảng Dân tiến Nhật Bản", "organization", "JP") == key("Đảng Dân tiến", "organization", "JP")
    assert key("Hội Hữu nghị Nhật-Việt tỉnh Sakai", "organization", "JP") == key(
        "Hội Hữu nghị Nhật-Việt thành phố Sakai", "organization", "JP")


def test_partner_builders_use_gazetteer_names():
    us = gazetteer.country_by_name("Mỹ")
    assert us is not None
    assert country_partner(us) == PartnerRef("Hoa Kỳ", "country", "US", "United States")
    assert embassy_partner(us).name == "Đại sứ quán Hoa Kỳ"
    kansas = gazetteer.place_by_name("bang Kansas")
    assert kansas is not None
    assert place_partner(kansas).name == "Kansas" and place_partner(kansas).kind == "state"


def test_with_parent_sets_the_enclosing_place_once():
    oakland = PartnerRef("Oakland", "city", "US")
    california = PartnerRef("California", "state", "US")
    inside = with_parent(oakland, california)
    assert (inside.parent_name, inside.parent_kind) == ("California", "state")
    assert with_parent(oakland, PartnerRef("Tokyo", "city", "JP")).parent_name is None


def test_a_named_organisation_takes_its_gazetteer_name():
    jbic = organization_partner("JBIC", "JP")
    assert jbic.name_en == "Japan Bank for International Cooperation"
    assert organization_partner("Tập đoàn Nidec", "JP") == PartnerRef("Tập đoàn Nidec", "organization", "JP")


# ---- resolution (issue 11): one row per counterpart, names as written, parents, no Vietnamese body


def test_vietnamese_firms_and_bodies_are_never_partners() -> None:
    from transforms.partners import resolve

    for name, code in (("Tập đoàn Viettel", "FR"), ("Công ty TNHH MTV Nam Triệu", "KR"), ("Tập đoàn BRG", "US"),
                       ("Bộ Ngoại giao", None)):
        assert resolve(PartnerRef(name, "organization", code)) is None, name
    assert resolve(PartnerRef("Tập đoàn Nidec", "organization", "JP")) is not None


def test_names_lose_the_residue_the_page_glued_on() -> None:
    from transforms.partners import resolve

    assert resolve(PartnerRef("Tập đoàn Nike Theo VGP", "organization", "US")).name == "Tập đoàn Nike"
    assert resolve(PartnerRef("Đảng Công Minh - Ngài", "organization", "JP")).name == "Đảng Công Minh"
    vamed = resolve(PartnerRef("Tập đoàn Vamed của Austria", "organization", "NL"))
    assert (vamed.name, vamed.country_code) == ("Tập đoàn Vamed", "AT")


def test_the_audits_duplicate_names_resolve_to_one_partner() -> None:
    from transforms.partners import resolve

    def resolved_key(name: str, code: str | None) -> str:
        ref = resolve(PartnerRef(name, "organization", code))
        assert ref is not None
        return partner_key(ref)

    groups = [
        [("Tổ chức Xúc tiến ngoại thương Nhật Bản", "JP"), ("Tổ chức Xúc tiến thương mại Nhật Bản", "JP")],
        [("Tập đoàn Alphabet", "US"), ("Công ty mẹ của Google", "US")],
        [("Sàn chứng khoán NASDAQ", "US"), ("tập đoàn NASDAQ", "US")],
        [("Tổ chức Cảnh sát hình sự quốc tế", "SG"), ("Tổ chức Cảnh sát Hình sự Quốc tế", None)],
        [("Ủy ban Quân lực Thượng viện", None), ("Ủy ban Quân vụ Thượng viện Hoa Kỳ", "US")],
        [("Đảng Dân tiến Nhật Bản", "JP"), ("Đảng Dân tiến của Nhật Bản", "JP")],
        [("Hội Hữu nghị Belarus", "BY"), ("Hội hữu nghị Belarus-Việt Nam", "BY")],
    ]
    for group in groups:
        assert len({resolved_key(name, code) for name, code in group}) == 1, group
    assert resolved_key("Hội Hữu nghị Belarus", "BY") != resolved_key("Hội Hữu nghị Nga", "RU")


def test_every_place_gets_a_parent_that_is_itself_a_partner() -> None:
    from transforms.partners import parent_ref, resolve

    hessen = resolve(PartnerRef("Hessen", "state", "DE"))
    assert (hessen.parent_name, hessen.parent_kind) == ("Đức", "country")
    assert parent_ref(hessen) == PartnerRef("Đức", "country", "DE", "Germany")
    frankfurt = resolve(PartnerRef("Frankfurt", "city", "DE"))
    assert parent_ref(frankfurt).name == "Hessen" and parent_ref(parent_ref(frankfurt)).kind == "country"
    assert resolve(PartnerRef("Xiangkhouang", "province", "LA")).name == "Xiêng Khoảng"
    assert resolve(PartnerRef("Hamburg", "city", "DE")).kind == "state"


def test_a_body_named_by_a_common_noun_and_a_word_read_as_its_head_is_the_body() -> None:
    # Corpus 22414855 beside 22410089: "Phó chủ tịch sàn chứng khoán Nasdaq" read as the body "sàn chứng khoán"
    # met through a person "Nasdaq"; the other articles name "Sàn chứng khoán NASDAQ".
    from transforms.records import ArticleExtraction, Meeting
    from transforms.tables import to_frames

    cut = Meeting(partner=organization_partner("sàn chứng khoán", "US"), foreign_person="Nasdaq",
                  foreign_title="Phó chủ tịch sàn chứng khoán", vn_person="Nguyễn Xuân Phúc",
                  evidence="Trong cuộc gặp với Phó chủ tịch sàn chứng khoán Nasdaq trước đó một ngày, Thủ tướng nói.")
    whole = Meeting(partner=organization_partner("Sàn chứng khoán NASDAQ", "US"), foreign_person="Bob McCooey",
                    vn_person="Nguyễn Xuân Phúc",
                    evidence="Thủ tướng tiếp Phó chủ tịch Sàn chứng khoán NASDAQ Bob McCooey.")
    # a common noun with a person's name after it elsewhere stays as it is
    other = Meeting(partner=organization_partner("tập đoàn", "JP"), foreign_person="Tanaka",
                    vn_person="Nguyễn Xuân Phúc", evidence="Thủ tướng tiếp ông Tanaka, đại diện tập đoàn.")
    frames = to_frames({"a1": ArticleExtraction(True, [cut]), "a2": ArticleExtraction(True, [whole]),
                        "a3": ArticleExtraction(True, [other])})
    us = frames.partners.filter(frames.partners["country_code"] == "US")
    assert us.height == 1
    readings = {r["article_id"]: r for r in frames.meetings.iter_rows(named=True)}
    assert readings["a1"]["partner_id"] == readings["a2"]["partner_id"] == us["partner_id"][0]
    assert readings["a1"]["foreign_person"] is None
    assert readings["a3"]["foreign_person"] == "Tanaka"


def test_a_body_named_up_to_the_texts_ellipsis_ends_before_it() -> None:
    assert organization_partner("Hải quân Nga…", "RU").name == "Hải quân Nga"
    assert organization_partner("Tập đoàn Samsung...", None).name == "Tập đoàn Samsung"
