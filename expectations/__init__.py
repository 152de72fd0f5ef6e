"""Great Expectations suites, one per pipeline step, and the runner that applies them to frames."""
