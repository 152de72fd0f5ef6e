"""Loose readings (candidates._loose): a second reading of every sentence with a meeting cue proposes what the strict
rules miss, with the signals the loose model weighs; a loose row never repeats a strict one."""
from transforms.meetings import article_sentences, candidate_meetings
from transforms.meetings.candidates import read_candidates


def _loose(title: str, sentences: list[str]):
    found, _, _ = read_candidates(title, sentences)
    return [f for f in found if f.reading != "strict"]


# ../shared/corpus/dev2/22677080.txt: the second object of the sentence ("Bộ trưởng Quốc phòng kiêm Bộ trưởng Tài
# chính", once split by the strict reading and proposed by the loose one alone) is another audience of the same host.
JAITLEY = ("Cũng trong ngày 4/7, Phó Thủ tướng, Bộ trưởng Ngoại giao Phạm Bình Minh đã chào xã giao Phó Tổng thống "
           "kiêm Chủ tịch Thượng viện Ấn Độ Hamid Ansari và tiếp Bộ trưởng Quốc phòng kiêm Bộ trưởng Tài chính Ấn Độ "
           "Arun Jaitley.")


def test_a_second_object_read_strictly_gets_no_second_loose_row():
    title = "Phó Thủ tướng Phạm Bình Minh thăm chính thức Ấn Độ"
    loose = [f for f in _loose(title, [JAITLEY]) if f.foreign.person == "Arun Jaitley"]
    assert loose and loose[0].reading == "sentence" and loose[0].told["object"] and loose[0].told["cue_between"]
    rows = candidate_meetings(title, article_sentences(JAITLEY))
    jaitley = [m for m in rows if m.foreign_person == "Arun Jaitley"]
    # Since "kiêm" joins the two offices (recall4), the strict reading has the audience: one row, not extra.
    assert len(jaitley) == 1 and not jaitley[0].signals.get("extra")
    assert jaitley[0].vn_person == "Phạm Bình Minh" and jaitley[0].date is not None
    assert (jaitley[0].date.day, jaitley[0].date.month) == (4, 7)


def test_a_loose_reading_of_an_encounter_a_strict_row_tells_gives_no_second_row():
    text = "Chiều 4/7, tại Trụ sở Chính phủ, Thủ tướng Nguyễn Xuân Phúc tiếp Đại sứ Nhật Bản Kunio Umeda."
    title = "Thủ tướng tiếp Đại sứ Nhật Bản"
    assert _loose(title, [text])  # the loose reading sees the pair too ...
    rows = candidate_meetings(title, article_sentences(text))
    assert [(m.foreign_person, bool(m.signals.get("extra"))) for m in rows] == [("Kunio Umeda", False)]  # ... once


def test_an_inviter_of_the_visit_is_read_loosely_and_flagged():
    # ../shared/corpus/dev2/22445118.txt: the inviter is never a party of the strict rules; the visit to the
    # inviter's country is read strictly as a meeting with the country (recall5 `_state_visits`), the inviter loosely.
    text = ("Nhận lời mời của Thủ tướng Nhật Bản Shinzo Abe, Thủ tướng Chính phủ Nguyễn Xuân Phúc và Phu nhân sẽ thăm "
            "chính thức Nhật Bản từ ngày 4-8/6.")
    title = "Bước tiến mới trong quan hệ đối tác chiến lược Việt Nam-Nhật Bản"
    found, _, _ = read_candidates(title, [text])
    assert [(f.vn.person, f.foreign.partner.name, f.foreign.person) for f in found if f.reading == "strict"] == [
        ("Nguyễn Xuân Phúc", "Nhật Bản", None)]
    [abe] = [f for f in found if f.foreign.person == "Shinzo Abe"]
    assert abe.told["foreign_not_met"] and abe.told["partner_in_headline"] and abe.future
    assert abe.vn.person == "Nguyễn Xuân Phúc"


def test_one_side_from_the_headline_and_an_interviewee_flagged():
    # A sentence with a cue and the Vietnamese side only: the foreign side is the headline's. Its Vietnamese party
    # speaks of meetings ("Theo Đại sứ X, ..."), a signal against it.
    text = ("Theo Đại sứ Nguyễn Quốc Cường, tần suất gặp gỡ thường xuyên của những người đứng đầu chính phủ hai nước "
            "nói lên mức độ tin cậy.")
    title = "Thủ tướng Nhật Bản Shinzo Abe thăm chính thức Việt Nam"
    [f] = [f for f in _loose(title, [text]) if f.sentence == 1]
    assert f.reading == "headline_foreign" and f.foreign.person == "Shinzo Abe"
    assert f.vn.person == "Nguyễn Quốc Cường" and f.told["speaker"] and f.told["partner_in_headline"]


def test_a_sentence_without_a_meeting_cue_is_not_read_loosely():
    text = "Đại sứ Nhật Bản Kunio Umeda và Thủ tướng Nguyễn Xuân Phúc cùng dự lễ khánh thành nhà máy."
    assert _loose("Khánh thành nhà máy", [text]) == []
