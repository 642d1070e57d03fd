-- Bounded keys: a btree index entry must stay under ~2.7 kB, and titles, paths and department names
-- from cells have no length limit (1,000 Chinese characters are 3 kB in UTF-8). Every index or
-- unique constraint on such a text is on the md5 of it instead, so one long value never stops a run.
-- Queries that look a row up by the text compare md5(column) = md5(?) to use these indexes.

DROP INDEX source_file_one_active;
CREATE UNIQUE INDEX source_file_one_active ON source_file (md5(rel_path)) WHERE status = 'active';

-- Departments come from folder names and from 发布单位 cells.
ALTER TABLE department_figures DROP CONSTRAINT department_figures_pkey;
CREATE UNIQUE INDEX department_figures_key ON department_figures (year, md5(department));

-- Channels and categories are canonical dictionary values, but the office edits the dictionaries.
ALTER TABLE channel_figures DROP CONSTRAINT channel_figures_pkey;
CREATE UNIQUE INDEX channel_figures_key ON channel_figures (year, md5(channel));
ALTER TABLE category_figures DROP CONSTRAINT category_figures_pkey;
CREATE UNIQUE INDEX category_figures_key ON category_figures (year, md5(category));
