"""The DuckDB warehouse: schema files by layer under sql/, and the one access layer in db.py."""
