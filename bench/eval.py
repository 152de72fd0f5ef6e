"""`make eval`: run the real pipeline on the gold articles and print score.py's report for each gold file."""
from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", default=str(REPO.parent / "shared"))
    parser.add_argument("--keep", help="keep the warehouse at this path")
    args = parser.parse_args()
    shared = Path(args.shared)
    gold_sets = {"seeds": (REPO / "seeds", shared / "gold" / "seeds.jsonl"),
                 "dev": (shared / "corpus" / "dev", shared / "gold" / "dev.jsonl")}
    with tempfile.TemporaryDirectory() as tmp:
        inbox = Path(tmp) / "gold-articles"
        inbox.mkdir()
        for folder, gold in gold_sets.values():
            for line in gold.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    name = json.loads(line)["file"]
                    shutil.copy(folder / name, inbox / name)
        warehouse = Path(args.keep) if args.keep else Path(tmp) / "eval.duckdb"
        if warehouse.exists():
            warehouse.unlink()
        run = subprocess.run([sys.executable, "-m", "flows.cli", "run", str(inbox), "--warehouse", str(warehouse)],
                             cwd=REPO)
        if run.returncode != 0:
            return run.returncode
        for name, (_, gold) in gold_sets.items():
            print(f"\n===== {name}: {gold}")
            subprocess.run([sys.executable, str(shared / "eval" / "score.py"), str(warehouse), str(gold)], check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
