-- item_row is written only by the load step, always for a file version it registered in the same
-- transaction, and by COPY: the per-row check of its foreign key to source_file was a trigger call and an
-- index lookup for each of a million rows. The rows of a discarded version are deleted explicitly
-- (FileRegistry.discardIncomplete, discardRows); the views join source_file, so a row of a version that
-- is gone counts nowhere.
ALTER TABLE item_row DROP CONSTRAINT item_row_file_id_fkey;
COMMENT ON COLUMN item_row.file_id IS 'The file version (source_file.id) the row was read from; no foreign key (see V15), the loader keeps it right.';
