"""Reads the language data files under transforms/lexicons/ (TSV, '#' lines are provenance notes)."""
from __future__ import annotations

import csv
from functools import cache
from pathlib import Path

from transforms.text import normalize_text

LEXICON_DIR = Path(__file__).parent / "lexicons"


@cache
def load_tsv(name: str) -> tuple[dict[str, str], ...]:
    """Rows of lexicons/NAME as dicts keyed by the header line; cells NFC-normalised and stripped.

    Lines starting with '#' (the provenance header) and blank lines are skipped. A cell that lists
    several values separates them with '|' (see split_list).
    """
    path = LEXICON_DIR / name
    with path.open(encoding="utf-8") as handle:
        lines = [line for line in handle if line.strip() and not line.startswith("#")]
    reader = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    return tuple({k.strip(): normalize_text((v or "").strip()) for k, v in row.items() if k} for row in reader)


def split_list(cell: str) -> tuple[str, ...]:
    """'TP.HCM|TPHCM|Sài Gòn' -> ('TP.HCM', 'TPHCM', 'Sài Gòn'); '' -> ()."""
    return tuple(part.strip() for part in cell.split("|") if part.strip())
