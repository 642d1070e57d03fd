-- Nothing changed → nothing recomputed. A run records the fingerprint of everything its figures and files
-- depend on, and the folder it wrote them to; the files written into an output folder are listed with a
-- digest of their content where one is known, so unchanged files need not be written again.

ALTER TABLE run ADD COLUMN fingerprint TEXT;
ALTER TABLE run ADD COLUMN out_dir TEXT;
ALTER TABLE run ADD COLUMN unchanged BOOLEAN NOT NULL DEFAULT false;
COMMENT ON COLUMN run.fingerprint IS 'Digest of what the figures and files depend on: the active file versions (id, sha256), the files under jobs/ (dictionaries, dedup overrides), the settings and the generation of the code. A run whose fingerprint equals the last completed run''s for its year, with that run''s files still in its output folder, recomputes nothing.';
COMMENT ON COLUMN run.out_dir IS 'The output folder of the run (--out).';
COMMENT ON COLUMN run.unchanged IS 'true when the run found nothing changed and left the figures and files as they were.';

CREATE TABLE export_file (
    out_dir    TEXT        NOT NULL,
    path       TEXT        NOT NULL,
    year       INT         NOT NULL,
    part       TEXT        NOT NULL,
    digest     TEXT,
    written_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (out_dir, path),
    CONSTRAINT export_file_part CHECK (part IN ('contract', 'year-end', 'feedback'))
);
CREATE INDEX export_file_year_idx ON export_file (out_dir, year);
COMMENT ON TABLE export_file IS 'The files an export wrote into an output folder (path relative to it) for a year: the contract CSV files, the year-end workbook and report, the feedback workbooks (with a digest of their content, so a department whose feedback did not change keeps its file as it is).';
