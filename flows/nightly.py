"""The nightly run's second half: re-validate the whole warehouse, not just the batches of the day."""
from __future__ import annotations

import datetime as dt

import polars as pl
from prefect import get_run_logger, task
from prefect.cache_policies import NONE
from prefect.events import emit_event

from expectations import runner, suites
from transforms import gazetteer
from warehouse.db import Warehouse

TABLES = ("articles", "partners", "meetings", "meeting_sources", "meeting_fields", "statistics")


@task(name="revalidate", task_run_name="re-validate the warehouse", cache_policy=NONE)
def revalidate_warehouse(wh: Warehouse) -> pl.DataFrame:
    """The extracted and warehouse (foreign-key) suites over every row the warehouse holds.

    Results go to dq_results under batch_id `revalidate-YYYYMMDD` (a second run the same day adds
    nothing); a critical failure is logged and emitted as hoptac.expectations.failed, the data stay.
    """
    logger = get_run_logger()
    frames = {name: wh.table(name) for name in TABLES}
    quality = [
        runner.validate(suites.extracted_suite(f.code for f in gazetteer.fields()), frames),
        runner.validate(
            suites.warehouse_suite(
                partner_ids=set(frames["partners"]["partner_id"]),
                meeting_ids=set(frames["meetings"]["meeting_id"]),
                sourced_meeting_ids=set(frames["meeting_sources"]["meeting_id"]),
                article_ids=set(frames["articles"]["article_id"]),
            ),
            frames,
        ),
    ]
    now = dt.datetime.now().replace(microsecond=0)
    batch_id = f"revalidate-{now:%Y%m%d}"
    results = runner.stamp(pl.concat(quality), batch_id, now)
    wh.record_quality(results)
    failures = runner.critical_failures(results)
    logger.info("re-validated %s: %s checks over %s meetings, %s critical failures", wh.path, results.height,
                frames["meetings"].height, failures.height)
    if failures.height:
        failed = [f"{r['suite']}: {r['expectation']}({r['column_name']})" for r in failures.iter_rows(named=True)]
        logger.error("the warehouse fails %s critical expectation(s): %s", len(failed), "; ".join(failed))
        emit_event(event="hoptac.expectations.failed",
                   resource={"prefect.resource.id": f"hoptac.warehouse.{wh.path}"},
                   payload={"batch_id": batch_id, "failures": failed})
    return results
