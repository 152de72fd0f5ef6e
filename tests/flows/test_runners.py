"""The process pool's workers start with the flow and warm up before the first batch reaches them."""
from __future__ import annotations

import pytest


def test_the_warm_up_article_goes_the_whole_way_through_extraction() -> None:
    """The warm-up only compiles what the extract step needs if its article gets past the early exits: it must
    be read as a meeting article, with a date and a figure."""
    from flows import runners
    from transforms import extract

    result = extract.extract_article(runners._WARM_UP_TITLE, runners._WARM_UP_BODY, ("Quang cảnh buổi tiếp.",))
    assert result.is_meeting_article and result.meetings
    assert result.meetings[0].date is not None
    assert result.figures
    runners.warm_up_worker()  # and the function itself runs in a fresh-enough process without raising


def test_the_process_runner_warms_each_worker_up_as_it_starts(monkeypatch: pytest.MonkeyPatch) -> None:
    from prefect.task_runners import ProcessPoolTaskRunner

    from flows import etl, runners

    monkeypatch.setenv("HOPTAC_TASK_RUNNER", "process")
    monkeypatch.setenv("HOPTAC_WORKERS", "2")
    runner = runners.with_configured_runner(etl.etl).task_runner
    assert isinstance(runner, ProcessPoolTaskRunner)
    assert runner._initializer is runners.warm_up_worker and runner._max_workers == 2


def test_the_flow_starts_its_worker_processes_before_any_task_is_submitted(prefect_server: None) -> None:
    from prefect import flow
    from prefect.task_runners import ProcessPoolTaskRunner

    from flows import etl

    @flow(task_runner=ProcessPoolTaskRunner(max_workers=2))
    def starts() -> tuple[int, int]:
        from prefect.context import FlowRunContext

        context = FlowRunContext.get()
        assert context is not None
        executor = context.task_runner._executor  # type: ignore[attr-defined]
        before = len(executor._processes)
        etl._start_worker_processes()
        return before, len(executor._processes)

    before, after = starts()
    assert before == 0  # Python's pool starts a process only when work is submitted and no worker is idle
    assert after == 2  # both workers started (and warming up) before the flow's first task
