"""Prefect flows of hoptac: they sequence, batch, log and publish; the logic lives in transforms/."""
