-- Views for analysts (psql, DBeaver, BI tools): stable names, Chinese-friendly columns, only what
-- counts now (active file versions). The tables behind them are the job's working state.

CREATE VIEW v_county_summary AS
SELECT year AS 年度,
       website AS 政府网站, other_channels AS 通过其他方式公开, normative_documents AS 规范性文件,
       pilot_areas AS 试点领域, key_areas AS 重点领域, online_surveys AS 在线调查, requests AS 依申请公开,
       distinct_items AS 信息总数, policy_interpretations AS 政策解读,
       CASE WHEN normative_documents > 0
            THEN round(100.0 * policy_interpretations / normative_documents, 1) END AS 解读率_百分比,
       computed_at AS 计算时间
  FROM county_figures;
COMMENT ON VIEW v_county_summary IS 'The county row of the annual report per year (相同信息计1条).';

CREATE VIEW v_items AS
SELECT i.id AS item_id, i.title, i.publish_date, i.channels, i.categories, i.departments, i.row_count,
       extract(year FROM i.publish_date)::int AS year, extract(month FROM i.publish_date)::int AS month
  FROM item i;
COMMENT ON VIEW v_items IS 'Distinct items after deduplication, with the union of their channels and categories.';

CREATE VIEW v_item_sources AS
SELECT m.item_id, f.rel_path AS file, r.sheet, r.row_no AS row, r.department, r.title, r.publish_date,
       r.raw_channel, r.raw_category, r.doc_no, r.index_no, r.url
  FROM item_member m
  JOIN item_row r ON r.id = m.row_id
  JOIN source_file f ON f.id = r.file_id;
COMMENT ON VIEW v_item_sources IS 'Lineage: the source rows (file, sheet, row, department) behind each distinct item.';

CREATE VIEW v_rejected AS
SELECT f.rel_path AS file, r.sheet, r.row_no AS row, r.reason, r.message, f.department, r.raw_cells
  FROM rejected_row r JOIN source_file f ON f.id = r.file_id AND f.status = 'active';
COMMENT ON VIEW v_rejected IS 'Rows and whole files that could not be used, with the reason.';

CREATE VIEW v_files AS
SELECT rel_path AS file, department, kind, status, sheets_read, rows_read, rows_accepted, rows_rejected,
       rows_skipped, message, loaded_at, ended_at
  FROM source_file;
COMMENT ON VIEW v_files IS 'Every version of every inbox file and its accounting; status active is what counts now.';

CREATE VIEW v_department_rows AS
SELECT r.department, extract(year FROM r.publish_date)::int AS year, count(*) AS rows_reported,
       count(DISTINCT m.item_id) AS distinct_items
  FROM item_row r
  JOIN source_file f ON f.id = r.file_id AND f.status = 'active'
  JOIN item_member m ON m.row_id = r.id
 GROUP BY r.department, extract(year FROM r.publish_date);
COMMENT ON VIEW v_department_rows IS 'Per department and year: rows reported and the distinct items they belong to.';
