-- Data-quality results of every Great Expectations suite run on a batch.
CREATE TABLE IF NOT EXISTS dq_results (
    batch_id     VARCHAR NOT NULL,   -- hash of the batch's content: a rerun of the same batch adds nothing
    suite        VARCHAR NOT NULL,   -- raw, clean, extracted, warehouse
    expectation  VARCHAR NOT NULL,
    column_name  VARCHAR,
    critical     BOOLEAN NOT NULL,
    success      BOOLEAN NOT NULL,
    unexpected   BIGINT,
    details      VARCHAR,
    checked_at   TIMESTAMP NOT NULL,
    PRIMARY KEY (batch_id, suite, expectation, column_name)
);
