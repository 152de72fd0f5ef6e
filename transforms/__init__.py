"""Pure transforms: text and Polars frames in, records and frames out; no Prefect, no DuckDB."""
