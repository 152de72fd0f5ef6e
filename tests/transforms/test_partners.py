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
