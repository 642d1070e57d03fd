-- An inbox is a named scope, named by its folder (inbox-2018, inbox-2019 …): a run compares, replaces and
-- withdraws only the files of its own inbox, so runs of different inboxes do not disturb each other. The
-- figures of a year still count every active row dated in that year, whichever inbox brought it.

ALTER TABLE run ADD COLUMN scope TEXT;
UPDATE run SET scope = regexp_replace(rtrim(inbox, '/'), '^.*/', '');
ALTER TABLE run ALTER COLUMN scope SET NOT NULL;
COMMENT ON COLUMN run.scope IS 'The inbox''s name (its folder name): the scope whose files this run compared, replaced and withdrew.';

ALTER TABLE source_file ADD COLUMN scope TEXT;
UPDATE source_file f SET scope = r.scope FROM run r WHERE r.id = f.loaded_run_id;
ALTER TABLE source_file ALTER COLUMN scope SET NOT NULL;
COMMENT ON COLUMN source_file.scope IS 'The inbox (scope) the file came from; rel_path is relative to that inbox.';

DROP INDEX source_file_one_active;
CREATE UNIQUE INDEX source_file_one_active ON source_file (scope, md5(rel_path)) WHERE status = 'active';

CREATE OR REPLACE VIEW v_files AS
SELECT f.rel_path AS file, f.department, f.kind, f.status, f.sheets_read, f.rows_read, f.rows_accepted,
       f.rows_rejected, f.rows_skipped, f.message, f.loaded_at, f.ended_at,
       coalesce(f.reason, (SELECT min(r.reason) FROM rejected_row r WHERE r.file_id = f.id AND r.row_no IS NULL))
           AS reason,
       f.scope AS inbox
  FROM source_file f;
COMMENT ON VIEW v_files IS 'Every version of every inbox file and its accounting; status active is what counts now; reason: why an entry was not read, or why a file was rejected as a whole; inbox: the inbox (scope) it came from.';

-- A run computes the figures of its own year only. Figures an earlier version computed for the year before a
-- run, from the stray rows of that year in the run's files, are not that year's figures: a year that was never
-- run has none.
DELETE FROM department_figures f WHERE NOT EXISTS (SELECT 1 FROM run r WHERE r.year = f.year AND r.status = 'COMPLETED');
DELETE FROM month_figures f WHERE NOT EXISTS (SELECT 1 FROM run r WHERE r.year = f.year AND r.status = 'COMPLETED');
DELETE FROM channel_figures f WHERE NOT EXISTS (SELECT 1 FROM run r WHERE r.year = f.year AND r.status = 'COMPLETED');
DELETE FROM category_figures f WHERE NOT EXISTS (SELECT 1 FROM run r WHERE r.year = f.year AND r.status = 'COMPLETED');
DELETE FROM county_figures f WHERE NOT EXISTS (SELECT 1 FROM run r WHERE r.year = f.year AND r.status = 'COMPLETED');
COMMENT ON VIEW v_county_years IS 'Each year''s county row beside the year before, where that year was run too.';
