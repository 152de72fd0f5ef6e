-- Raw layer: what was dropped in, byte for byte, loaded or not.
CREATE TABLE IF NOT EXISTS raw_files (
    source_path     VARCHAR NOT NULL,
    content_sha256  VARCHAR NOT NULL,
    size_bytes      BIGINT  NOT NULL,
    -- superseded: the path's earlier content, replaced by a newer version of the file (text kept in staging)
    status          VARCHAR NOT NULL CHECK (status IN ('loaded', 'duplicate', 'quarantined', 'superseded')),
    article_id      VARCHAR,            -- the article these bytes became, when loaded or duplicate
    batch_id        VARCHAR NOT NULL,
    ingested_at     TIMESTAMP NOT NULL,
    PRIMARY KEY (source_path, content_sha256)
);

CREATE TABLE IF NOT EXISTS quarantine (
    source_path      VARCHAR NOT NULL,
    content_sha256   VARCHAR NOT NULL,
    reason           VARCHAR NOT NULL,
    step             VARCHAR NOT NULL,  -- ingest, clean, extract, validate
    quarantined_path VARCHAR,           -- the kept copy of the bytes
    batch_id         VARCHAR NOT NULL,
    quarantined_at   TIMESTAMP NOT NULL,
    PRIMARY KEY (source_path, content_sha256)
);
