"""`make ui-check` as a test: the service in a real headless Chromium (skipped only where there is no Chromium;
`make test` installs it from Debian where it can)."""
from __future__ import annotations

import importlib.util
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import REPO

spec = importlib.util.spec_from_file_location("ui_check", REPO / "bench" / "ui_check.py")
assert spec and spec.loader
ui_check = importlib.util.module_from_spec(spec)
sys.modules["ui_check"] = ui_check  # its dataclasses look their module up
spec.loader.exec_module(ui_check)

pytestmark = pytest.mark.skipif(ui_check.find_browser() is None, reason="no Chromium on this machine")


def test_the_triggered_run_its_artifacts_and_the_report_show_in_a_browser(capsys: pytest.CaptureFixture) -> None:
    out = REPO / "warehouse" / "screenshots"
    started = time.time()
    code = ui_check.run_check(out=out, timeout=120)
    printed = capsys.readouterr().out
    assert code == 0, printed
    for name in ("flow-run", "run-summary", "report"):
        shot = out / f"{name}.png"
        assert shot.stat().st_mtime >= started - 1 and shot.stat().st_size > 10_000, name
        assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    flow_run = (out / "flow-run.txt").read_text(encoding="utf-8")
    assert "Completed" in flow_run and "hoptac-run-summary-" in flow_run
    summary = (out / "run-summary.txt").read_text(encoding="utf-8")
    assert "hoptac run: 5 new article(s) loaded" in summary
    report = (out / "report.txt").read_text(encoding="utf-8")
    assert "Daejeon" in report and "Meetings per month" in report
    assert Path(out / "hoptac-report.html").exists()
