-- One table contract for the stages: what counts now is the rows of active file versions, and each
-- business rule lives in one place here instead of being repeated as a join in every query.
--   active_item_row     accepted item rows of active files (with the file's path)
--   active_request_row  accepted request rows of active files (with the file's path)
--   active_rejected_row rejected rows and whole files of active files (with the file's path and department)
--   counted_request     one row per request (request_key), counted in the year of its first receipt
-- item.rep_row_id is the item's representative row (the earliest by date, department, file, sheet,
-- row): it gives the item's title and date; dedup writes it.

CREATE VIEW active_item_row AS
SELECT r.*, f.rel_path
  FROM item_row r JOIN source_file f ON f.id = r.file_id AND f.status = 'active';
COMMENT ON VIEW active_item_row IS 'Accepted item rows of active file versions: what counts now.';

CREATE VIEW active_request_row AS
SELECT rr.*, f.rel_path
  FROM request_row rr JOIN source_file f ON f.id = rr.file_id AND f.status = 'active';
COMMENT ON VIEW active_request_row IS 'Accepted request rows of active file versions: what counts now.';

CREATE VIEW active_rejected_row AS
SELECT j.*, f.rel_path, f.department
  FROM rejected_row j JOIN source_file f ON f.id = j.file_id AND f.status = 'active';
COMMENT ON VIEW active_rejected_row IS 'Rejected rows and whole files (row_no empty) of active file versions.';

CREATE VIEW counted_request AS
SELECT request_key, min(received_date) AS first_received,
       extract(year FROM min(received_date))::int AS year
  FROM active_request_row
 GROUP BY request_key;
COMMENT ON VIEW counted_request IS 'Each request once (request_key), counted in the year of its first receipt.';

ALTER TABLE item ADD COLUMN rep_row_id BIGINT;
COMMENT ON COLUMN item.rep_row_id IS 'The representative row (earliest by date, department, file, sheet, row): the item''s title and date.';
