-- Why an inbox entry was not read (SYMLINK, HIDDEN_FILE, UNSUPPORTED_FILE …) is a column of its own,
-- not a prefix of the message. v_files also gives the code of a file rejected as a whole.
ALTER TABLE source_file ADD COLUMN reason TEXT;

UPDATE source_file SET reason = substring(message FROM '^\[([A-Z_]+)\] '),
                       message = regexp_replace(message, '^\[[A-Z_]+\] ', '')
 WHERE message ~ '^\[[A-Z_]+\] ';
UPDATE source_file SET reason = 'UNSUPPORTED_FILE' WHERE kind = 'skipped' AND reason IS NULL;

CREATE OR REPLACE VIEW v_files AS
SELECT f.rel_path AS file, f.department, f.kind, f.status, f.sheets_read, f.rows_read, f.rows_accepted,
       f.rows_rejected, f.rows_skipped, f.message, f.loaded_at, f.ended_at,
       coalesce(f.reason, (SELECT min(r.reason) FROM rejected_row r WHERE r.file_id = f.id AND r.row_no IS NULL))
           AS reason
  FROM source_file f;
COMMENT ON VIEW v_files IS 'Every version of every inbox file and its accounting; status active is what counts now; reason: why an entry was not read, or why a file was rejected as a whole.';
