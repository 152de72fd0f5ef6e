"""Closed vocabularies the expectation suites check against (independent of the extraction lexicons)."""
from __future__ import annotations

# ISO 3166-1 alpha-2, officially assigned codes.
ISO_3166_ALPHA2 = frozenset("""
AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW
BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI
FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN
IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME
MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF
PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV
SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE
YT ZA ZM ZW
""".split())

# ISO 4217 codes of currencies that Vietnamese news reports figures in.
ISO_4217 = frozenset("""
USD VND EUR JPY KRW CNY GBP AUD CAD CHF SGD THB LAK KHR RUB INR TWD HKD NZD MYR IDR PHP MMK SEK NOK DKK
PLN CZK HUF BRL MXN ARS ZAR AED SAR KWD QAR ILS TRY EGP NGN KZT UAH BDT PKR LKR NPR MNT CUP
""".split())

# Units that are measures rather than counted things.
MEASURE_UNITS = frozenset(
    "percent km m m2 m3 km2 cm mm ha ton kg MW kW GW kWh MWh GWh TWh TEU DWT rank".split()
)

PARTNER_KINDS = frozenset({"state", "province", "city", "council", "embassy", "organization", "country"})
QUALIFIERS = frozenset({"exact", "more_than", "less_than", "about", "nearly", "up_to"})
RAW_STATUSES = frozenset({"loaded", "duplicate", "quarantined", "superseded"})

# Left in a body, these mean the cleaner let page furniture through: a related-links or most-read
# heading (as sites write it, capitalised and followed by a headline: "thông tin liên quan đến" and
# "Tin liên quan đến vụ việc" are prose) or an embedded image. Polars (Rust) regex syntax.
FURNITURE_PATTERN = (
    r"(?:(?:Tin liên quan|Tin bài liên quan|Đọc thêm|Xem nhiều|Bài viết cùng chủ đề|Tin cùng chuyên mục)"
    r"\s*:?\s+[\"“'‘]?[\p{Lu}\d]|!\[)"
)
# A photo credit left inside a paragraph ("... trên sân. Ảnh: Đình Viên. Về ..."): tolerated in a few
# bodies of flattened pages, where a credit cannot always be told from the prose around it.
CREDIT_PATTERN = r"(?:\b[Ảả]nh\s*:|\(Nguồn\s*:)"
COUNTED_UNIT_PATTERN = r"^[a-z][a-z0-9_]*$"
