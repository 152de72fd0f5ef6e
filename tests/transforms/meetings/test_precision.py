"""Precision: rows that are not meetings of the article, or not a second meeting, are not reported."""
from transforms.meetings import decision, find_meetings
from transforms.records import DateMention, Meeting, PartnerRef


def _row(partner: str, kind: str, fp: str | None, vp: str | None, conf: float, day: int | None = None) -> Meeting:
    date = DateMention(f"ngày {day}/5", day, 5, None) if day else None
    return Meeting(PartnerRef(partner, kind, "MM"), "…", vn_person=vp, foreign_person=fp, date=date, confidence=conf)


def test_one_encounter_under_two_partner_names_is_one_row():
    # ../shared/corpus/dev2/22414364.txt: the headline's "Đoàn đại biểu Myanmar" and the body's "Đoàn đại biểu Cục
    # Thông tin, Quân đội Myanmar do Thiếu tướng Thaw Lwin ... làm Trưởng đoàn" are one audience.
    title = "Phó Tổng Tham mưu trưởng QĐND tiếp Đoàn đại biểu Myanmar"
    body = ("Chiều 30/5, tại Hà Nội, Trung tướng Phạm Hồng Hương, Phó Tổng Tham mưu trưởng Quân đội nhân dân Việt Nam "
            "đã tiếp Đoàn đại biểu Cục Thông tin, Quân đội Myanmar do Thiếu tướng Thaw Lwin, Cục trưởng Cục Thông tin, "
            "Quân đội Myanmar làm Trưởng đoàn đang có chuyến thăm, làm việc tại Việt Nam.")
    rows = find_meetings(title, body)
    assert [m.foreign_person for m in rows] == ["Thaw Lwin"]
    assert rows[0].partner.kind == "organization"


def test_the_most_believed_reading_of_an_encounter_is_kept():
    army = _row("Quân đội Myanmar", "organization", "Thaw Lwin", "Phạm Hồng Hương", 0.97, 30)
    country = _row("Myanmar", "country", "Thaw Lwin", "Phạm Hồng Hương", 0.70)
    assert decision.one_per_encounter([country, army]) == [army]
    # A near spelling of the same guest ("Bob McCooey", "Bob McCoey") is the same person.
    a = _row("Sàn chứng khoán NASDAQ", "organization", "Bob McCooey", "Nguyễn Xuân Phúc", 0.95)
    b = _row("Hoa Kỳ", "country", "Bob McCoey", "Nguyễn Xuân Phúc", 0.81)
    assert decision.one_per_encounter([a, b]) == [a]


def test_other_people_or_other_days_stay_other_encounters():
    # Another Vietnamese host of the same guest (GUIDELINES §2: audiences with the President, then the Prime
    # Minister), the same pair on another day, and another guest of the same host are separate rows.
    first = _row("Cuba", "country", "Jose Ramon Balaguer Cabrera", "Nguyễn Phú Trọng", 0.97, 24)
    other_host = _row("Cuba", "country", "Jose Ramon Balaguer Cabrera", "Nguyễn Thị Kim Ngân", 0.97, 23)
    other_day = _row("Đảng Cuba", "organization", "Jose Ramon Balaguer Cabrera", "Nguyễn Phú Trọng", 0.9, 25)
    other_guest = _row("Cuba", "country", "Raul Castro", "Nguyễn Phú Trọng", 0.9, 24)
    unnamed = _row("Đại sứ quán Cuba", "embassy", None, "Nguyễn Phú Trọng", 0.9, 24)
    rows = [first, other_host, other_day, other_guest, unnamed]
    assert decision.one_per_encounter(rows) == rows
