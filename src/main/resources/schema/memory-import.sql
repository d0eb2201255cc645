-- The job's own tables (the Spring Batch job repository is created by Spring Boot beside them).
-- Portable between HSQLDB 2.7 and PostgreSQL 13+.

-- Files seen by each run: fingerprint, format and what became of them.
CREATE TABLE IF NOT EXISTS mi_file (
    run_id      VARCHAR(64)   NOT NULL,
    file_no     INTEGER       NOT NULL,
    path        VARCHAR(2048) NOT NULL,
    sha256      VARCHAR(64),
    size_bytes  BIGINT,
    format      VARCHAR(16),
    status      VARCHAR(24)   NOT NULL,
    reason      VARCHAR(1024),
    PRIMARY KEY (run_id, file_no)
);

-- Fingerprints of files a completed run imported; a nightly run passes over them.
CREATE TABLE IF NOT EXISTS mi_imported (
    path    VARCHAR(2048) NOT NULL,
    sha256  VARCHAR(64)   NOT NULL,
    run_id  VARCHAR(64)   NOT NULL,
    PRIMARY KEY (path, sha256)
);

-- Entries read by the parse step, already screened: text holds no sensitive value in clear.
CREATE TABLE IF NOT EXISTS mi_entry (
    run_id         VARCHAR(64)   NOT NULL,
    entry_id       VARCHAR(32)   NOT NULL,
    user_id        VARCHAR(512)  NOT NULL,
    bucket         INTEGER       NOT NULL,
    source_file    VARCHAR(2048) NOT NULL,
    line           INTEGER       NOT NULL,
    saved_at       VARCHAR(10),
    heading        VARCHAR(512),
    text           VARCHAR(32000) NOT NULL,
    invalid_reason VARCHAR(1024),
    must_drop      BOOLEAN       NOT NULL,
    findings       VARCHAR(4000),
    -- the key leads with the bucket: decide and publish read a run a range of buckets at a time
    PRIMARY KEY (run_id, bucket, entry_id)
);

-- One decision for every entry read.
CREATE TABLE IF NOT EXISTS mi_decision (
    run_id       VARCHAR(64)   NOT NULL,
    entry_id     VARCHAR(32)   NOT NULL,
    user_id      VARCHAR(512)  NOT NULL,
    bucket       INTEGER       NOT NULL,
    source_file  VARCHAR(2048) NOT NULL,
    line         INTEGER       NOT NULL,
    saved_at     VARCHAR(10),
    decision     VARCHAR(24)   NOT NULL,
    category     VARCHAR(64),
    reason       VARCHAR(4000),
    duplicate_of VARCHAR(32),
    replaces     VARCHAR(32),
    replaced_text VARCHAR(32000),
    text         VARCHAR(32000) NOT NULL,
    PRIMARY KEY (run_id, bucket, entry_id)
);
-- (no index on entry_id: every insert would pay for it, while only a reviewer's overrides look entries up by id,
-- and they do it in one pass over the newest runs)

-- Each user's memory: what every run kept. A row holds the memories one chunk of one run kept for one user, as a JSON
-- array of [entry_id, text, category, saved_at] (a row a memory made the store's inserts a sixth of decide's time).
CREATE TABLE IF NOT EXISTS mi_memory_set (
    user_id      VARCHAR(512)      NOT NULL,
    run_id       VARCHAR(64)       NOT NULL,
    first_entry  VARCHAR(32)       NOT NULL,
    memories     VARCHAR(10485760) NOT NULL,
    PRIMARY KEY (user_id, run_id, first_entry)
);

-- A row a memory, as versions before mi_memory_set stored them: moved into mi_memory_set when the job starts.
CREATE TABLE IF NOT EXISTS mi_memory (
    user_id   VARCHAR(512)  NOT NULL,
    run_id    VARCHAR(64)   NOT NULL,
    entry_id  VARCHAR(32)   NOT NULL,
    text      VARCHAR(32000) NOT NULL,
    category  VARCHAR(64),
    saved_at  VARCHAR(10),
    PRIMARY KEY (user_id, run_id, entry_id)
);

-- Memories taken out of a user's memory: replaced by a newer value or dropped by a reviewer. The same text read
-- again (an export sent again with more lines) stays out; text_key is the text normalised as exact repeats are.
CREATE TABLE IF NOT EXISTS mi_removed (
    user_id        VARCHAR(512)   NOT NULL,
    text_key       VARCHAR(32000) NOT NULL,
    reason         VARCHAR(1024)  NOT NULL,
    superseded_at  VARCHAR(10),
    run_id         VARCHAR(64)    NOT NULL
);
CREATE INDEX IF NOT EXISTS mi_removed_user ON mi_removed (user_id);
