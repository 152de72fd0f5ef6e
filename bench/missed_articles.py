"""Corpus articles that look like Vietnam-foreign meetings by a simple, independent test but get no meeting row.

    python bench/missed_articles.py WAREHOUSE [--sample N] [--seed S] [--vn] [--lead N] [--pair] [--stage] [--ids]

WAREHOUSE is a full-corpus warehouse (e.g. a copy of /tmp/s4/full.duckdb). Every gold article (the file names of
../shared/gold/*.jsonl) is left out: this looks for classes of misses on articles nobody tuned rules for.

The test is deliberately cruder than the extractor and shares none of its rules: the headline or the first body
sentence has a meeting cue (tiếp, hội kiến, hội đàm, làm việc với, gặp, chào xã giao, thăm, đón, điện đàm ...,
without the usual non-meeting compounds "tiếp tục", "gặp khó"...) AND a foreign marker (a foreign country or place
of the gazetteer, "Đại sứ", "Lãnh sự", "Trưởng đại diện", a company or group with a Latin-script name). With --vn the
same lines must also show a Vietnamese marker (Việt Nam, a Vietnamese province, a Vietnamese body or leader title),
which leaves out most foreign-foreign news. Sports pages (trận, HLV, U20, V.League ...) are left out always.
With --pair the test is another one: the headline names both sides and one of the first five sentences has a cue.
It prints the totals and a random sample (fixed seed) of the articles
with no meeting row; with --stage each sampled article is run through triage and the candidate stage again to say
where it is lost (triage, no candidate, candidates all rejected by the decision model).
"""
from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path

import duckdb

from transforms import gazetteer

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"

_CUE = re.compile(
    r"(?i)(?<![\w])(?:"
    r"tiếp(?!\s+(?:tục|nhận|cận|theo|thu|tế|thị|sức|giáp|diễn|quản|nối|viên|xúc|đến|sau|đó|tới|liệu|"
    r"tân|nữa|trợ|máu|đất|vốn|điện|thêm|tay))"
    r"|hội\s+kiến|hội\s+đàm|làm\s+việc\s+với|gặp(?!\s+(?:khó|nạn|sự\s+cố|phải|rắc|trục|vấn\s+đề|lỗi|nhau))"
    r"|chào\s+xã\s+giao|chào\s+từ\s+biệt|thăm(?!\s+(?:dò|khám|quan|hỏi))|đón(?!\s+(?:nhận|đầu|Tết|năm|xem|lõng))"
    r"|điện\s+đàm|tiếp\s+xúc\s+với"
    r")(?![\w])")
# Words before "tiếp" that make it no meeting: "trực tiếp", "gián tiếp", "liên tiếp", "kế tiếp", "chuyển tiếp".
_NOT_TIEP = re.compile(r"(?i)(?:trực|gián|liên|kế|chuyển|tiếp|nối|giao|tiếp)\s+tiếp(?![\w])")
_LATIN_FIRM = re.compile(
    r"(?:Tập\s+đoàn|Công\s+ty|Tổng\s+công\s+ty|Quỹ|Ngân\s+hàng|Đại\s+học|Tổ\s+chức)\s+(?:[A-Z][A-Za-z&.\-]*[A-Z]?"
    r"[A-Za-z]*\s*)+(?![\w])")
_DIPLOMAT = re.compile(r"(?<![\w])(?:Đại\s+sứ|Tổng\s+Lãnh\s+sự|Lãnh\s+sự|Trưởng\s+đại\s+diện|Đại\s+biện)(?![\w])")
# Sports pages "gặp", "đón", "tiếp" their opponents: "trận gặp U20 Pháp", "HLV", "V.League".
_SPORTS = re.compile(
    r"(?<![\w])(?:trận|HLV|U\.?\d\d|V\.League|đội\s+tuyển|Ngoại\s+hạng|vòng\s+loại|SEA\s+Games)(?![\w])")
_VN_MARK = re.compile(
    r"(?i)(?<![\w])(?:Việt\s+Nam|VN|UBND|HĐND|Tỉnh\s+ủy|Thành\s+ủy|Bí\s+thư|Chủ\s+tịch\s+nước|Quốc\s+hội|Chính\s+phủ|"
    r"Bộ\s+trưởng\s+Bộ|Thứ\s+trưởng|Phó\s+Thủ\s+tướng|Thủ\s+tướng\s+Nguyễn|Tổng\s+Bí\s+thư|Ủy\s+ban\s+nhân\s+dân|"
    r"tỉnh|thành\s+phố|TP\.?)(?![\w])")


_PROVINCES = re.compile(r"(?<![\w])(?:" + "|".join(
    re.escape(p.name) for p in sorted(gazetteer.provinces(), key=lambda p: -len(p.name))) + r")(?![\w])")


def _alternation(words: set[str]) -> re.Pattern[str]:
    items = sorted((w for w in words if len(w) >= 3), key=len, reverse=True)
    return re.compile(r"(?<![\w])(?:" + "|".join(re.escape(w) for w in items) + r")(?![\w])")


def _foreign_names() -> re.Pattern[str]:
    names = {n for c in gazetteer.countries() if c.code != "VN" for n in (c.name, *c.aliases)}
    names |= {n for p in gazetteer.places() for n in (p.name, *p.aliases)}
    return _alternation(names)


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZĐÀ-Ỹ\"“])")


def first_sentence(body: str) -> str:
    m = _SENTENCE_END.search(body[:600])
    return body[: m.start()] if m else body[:600]


def lead_sentences(body: str, n: int) -> list[str]:
    """The first N sentences of BODY (a crude cut: enough for a test that shares nothing with the extractor)."""
    return _SENTENCE_END.split(body[: 600 * n], maxsplit=n)[:n]


def looks_like_meeting(title: str, body: str, foreign: re.Pattern[str], need_vn: bool, lead: int = 1) -> str | None:
    """The first line (headline or lead sentence) that passes the test, else None."""
    lines = [title, *lead_sentences(body, lead)]
    if _SPORTS.search(" ".join(lines[:2])):
        return None
    for line in lines:
        cue = _CUE.search(_NOT_TIEP.sub(" ", line))
        if cue and (foreign.search(line) or _DIPLOMAT.search(line) or _LATIN_FIRM.search(line)):
            if not need_vn or _VN_MARK.search(line if lead > 1 else " ".join(lines)):
                return line
    return None


def pair_in_headline(title: str, body: str, foreign: re.Pattern[str], lead: int = 5) -> str | None:
    """A second test: the headline names a foreign and a Vietnamese side (no cue needed: "Thúc đẩy hợp tác Việt Nam -
    Nhật Bản"), and one of the first LEAD body sentences has a meeting cue. Returns that sentence."""
    if _SPORTS.search(title) or not (foreign.search(title) or _DIPLOMAT.search(title) or _LATIN_FIRM.search(title)):
        return None
    if not _VN_MARK.search(title) and not _PROVINCES.search(title):
        return None
    for line in lead_sentences(body, lead):
        if _CUE.search(_NOT_TIEP.sub(" ", line)):
            return line
    return None


def gold_files() -> set[str]:
    out: set[str] = set()
    for path in (SHARED / "gold").glob("*.jsonl"):
        for line in path.read_text("utf-8").splitlines():
            if line.strip():
                out.add(json.loads(line)["file"])
    return out


def stage(title: str, body: str, captions: str | None, published: object) -> str:
    """Where the article is lost: triage, no candidate, or every candidate rejected by the decision model."""
    import polars as pl

    from transforms import extract, triage
    from transforms.meetings.decision import decide

    frame = pl.DataFrame({"article_id": ["x"], "title": [title], "body": [body], "captions": [captions]})
    if not triage.mark_candidates(frame.lazy()).collect()["is_candidate"][0]:
        return "triage"
    cands = extract.article_candidates(title, body, (captions or "").split("\n"), published)  # type: ignore[arg-type]
    if not cands:
        return "no-candidate"
    kept = decide(cands)
    best = max(cands, key=lambda m: m.confidence or 0.0)
    desc = f"{best.partner.name} / {best.vn_person or best.vn_locality}"
    return f"{'kept' if kept else 'rejected'}({len(cands)}: {desc})"


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("warehouse")
    parser.add_argument("--sample", type=int, default=60)
    parser.add_argument("--seed", type=int, default=8)
    parser.add_argument("--vn", action="store_true", help="also require a Vietnamese marker")
    parser.add_argument("--stage", action="store_true", help="run triage and candidates again on the sample")
    parser.add_argument("--pair", action="store_true", help="the second test: both sides in the headline")
    parser.add_argument("--lead", type=int, default=1, help="body sentences searched (default: the first)")
    parser.add_argument("--ids", action="store_true", help="print only the file names of every missed article")
    args = parser.parse_args(argv)
    con = duckdb.connect(args.warehouse, read_only=True)
    rows = con.execute(
        "SELECT a.source_path, a.title, a.body, a.captions, a.published_date, a.is_meeting_article"
        " FROM articles a ORDER BY a.source_path").fetchall()
    gold = gold_files()
    foreign = _foreign_names()
    looked = missed = 0
    misses: list[tuple] = []
    for path, title, body, captions, published, is_meeting in rows:
        if Path(path).name in gold:
            continue
        line = (pair_in_headline(title, body, foreign) if args.pair
                else looks_like_meeting(title, body, foreign, args.vn, args.lead))
        if line is None:
            continue
        looked += 1
        if not is_meeting:
            missed += 1
            misses.append((Path(path).name, title, body, captions, published, line))
    print(f"articles {len(rows)} (gold left out: {len(gold)}); look like a meeting {looked}; "
          f"with no meeting row {missed} ({missed / max(looked, 1):.3f})")
    if args.ids:
        for m in misses:
            print(m[0])
        return 0
    sample = random.Random(args.seed).sample(misses, min(args.sample, len(misses)))
    for name, title, body, captions, published, line in sample:
        where = stage(title, body, captions, published) if args.stage else ""
        shown = line if line != title else first_sentence(body)
        print(f"\n== {name} [{where}]\n   {title}\n   {shown[:400]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
