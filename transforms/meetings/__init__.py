"""Finds the Vietnam–foreign meetings an article reports: who met whom, on which day, read from which sentence.

How a meeting is read
---------------------
1. The body is cut into sentences (";" does not end one); embedded links ("[...]") and photo credits ("Ảnh:
   X/TTXVN") are removed. Captions stay: sometimes they are the only report of a welcome.
2. Each sentence is scanned for *parties*: people (a title and/or honorific with a name: "Thủ tướng Nguyễn
   Xuân Phúc", "ông Hashimoto Masaru, Thống đốc tỉnh Ibaraki", "ông Hwang Kyoung Ah - Phó Chủ tịch Hội
   đồng -"), delegations ("đoàn ... do X dẫn đầu"), bodies ("Tập đoàn Nidec", "Bộ Tư pháp Nhật Bản",
   "lãnh đạo HĐND TP HCM"), bare titles ("Thủ tướng", "Thị trưởng thành phố Oakland") and bare "Đoàn".
   The side of a party comes from whose place or country its title names ("Thủ tướng Lào" is foreign,
   "Bí thư Thành ủy Cần Thơ" Vietnamese), then from the title itself ("Thống đốc" is foreign-only), then
   from the name (Vietnamese syllables or not; Sino-Vietnamese names in an article about China that never
   names Việt Nam are not trusted). A first pass over the article learns who is who, so "Tổng Bí thư, Chủ tịch
   nước Tập Cận Bình" stays Chinese after "Chủ tịch Trung Quốc Tập Cận Bình". Bare titles and "Đoàn" are
   resolved to the last party that fits; an inviter ("theo lời mời của X"), a sender of greetings or the
   honoured dead is never a party of a meeting.
3. A sentence with a meeting cue (a verb of lexicons/meeting_verbs.tsv, or its event noun: "buổi tiếp",
   "cuộc hội đàm") and both a Vietnamese and a foreign party reports a meeting. A verb takes the party right
   after it as its object ("tiếp ông X", "hội đàm với Thủ tướng Y"; "được Thủ tướng Lào ... tiếp" has the host
   before it); an event noun pairs the nearest parties. Nothing is a meeting without both sides: Trump
   receiving el-Sissi or a ministry team visiting a province is not; nor is visiting a company or museum.
4. Meetings of one article are merged by (Vietnamese side, partner); missing people are filled from the
   article (the head of the partner's delegation, the Vietnamese official of the same title or locality).
   "Tại buổi tiếp, ..." sentences only add to a meeting read elsewhere; planned meetings ("sẽ hội đàm") count
   only in an article that reports no held one. When no sentence states a meeting, an event noun with a
   Vietnamese speaker ("Phát biểu tại buổi tiếp, ông X") meets the foreign partner the headline names.
5. Dates come from the meeting's sentence ("Chiều 1/8"), from "cùng ngày" (the previous date), from the day
   the narration is at when it spoke of the same country, or from a dated visit of the same partner to the
   same place; never from a visit range, a bracketed reference date, a departure or a plan.
6. A list of Vietnamese provinces the visiting side met ("các cuộc gặp lãnh đạo ... thành phố Hà Nội, TP. Hồ
   Chí Minh, ... và tỉnh Long An") gives secondary, undated meetings, only next to a primary one.
"""
from __future__ import annotations

from transforms.meetings.candidates import CUE_BLOCKER_PHRASES, read_candidates
from transforms.meetings.decision import decide, loose_reported, mark_article_signals, with_loose
from transforms.meetings.mentions import Party, article_sentences, split_sentences
from transforms.meetings.merge import assemble
from transforms.records import Meeting

__all__ = ["CUE_BLOCKER_PHRASES", "Party", "article_sentences", "candidate_meetings", "find_meetings", "meetings_in",
           "split_sentences"]


def find_meetings(title: str, body: str) -> list[Meeting]:
    """The Vietnam–foreign meetings TITLE and BODY report; [] when there are none."""
    return meetings_in(title, article_sentences(body))


def meetings_in(title: str, sentences: list[str], captions: int = 0) -> list[Meeting]:
    """find_meetings over a body already cut by article_sentences (extract reuses the sentences for figures);
    CAPTIONS: how many of the last sentences are photo captions."""
    # The loose readings cost time: they are made only when the loose model may report one of them.
    return decide(candidate_meetings(title, sentences, loose=loose_reported(), captions=captions))


def candidate_meetings(title: str, sentences: list[str], loose: bool = True, captions: int = 0) -> list[Meeting]:
    """Every meeting the article may report, one per encounter, with the signals the decision stage weighs;
    LOOSE: with the rows only loose readings propose (what flows/train.py learns from); CAPTIONS: how many of the
    last sentences are photo captions (a caption restates the body: it does not vote on a name's spelling)."""
    found, visits, article = read_candidates(title, sentences, read_loose=loose)
    if not found:
        return []
    if captions:
        article.captions_from = 1 + len(sentences) - captions  # texts are the headline, then the sentences
    # The strict readings and the loose ones are grouped apart; a loose encounter a strict row already tells gives
    # no second row (decision.with_loose).
    strict = [f for f in found if f.reading == "strict"]
    loosely = [f for f in found if f.reading != "strict"]
    rows = assemble(strict, visits, article) if strict else []
    out = with_loose(rows, assemble(loosely, visits, article) if loosely else [])
    mark_article_signals(out, [title, *sentences])
    return out
