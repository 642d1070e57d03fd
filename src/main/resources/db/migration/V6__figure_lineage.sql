-- Lineage of the county row: for each figure of a year, the distinct items behind it; join
-- v_item_sources for the source rows (file, sheet, row, department) of each item.
-- Example: SELECT * FROM v_figure_items f JOIN v_item_sources s USING (item_id)
--           WHERE f.year = 2018 AND f.figure = '重点领域' ORDER BY f.item_id, s.file, s.row;
CREATE VIEW v_figure_items AS
WITH items AS (
    SELECT i.*, extract(year FROM i.publish_date)::int AS year FROM item i
)
SELECT year, '政府网站' AS figure, id AS item_id, title, publish_date FROM items WHERE '政府网站' = ANY (channels)
UNION ALL
SELECT year, '通过其他方式公开', id, title, publish_date FROM items
 WHERE EXISTS (SELECT 1 FROM unnest(channels) c WHERE c <> '政府网站')
UNION ALL
SELECT year, c, id, title, publish_date FROM items, unnest(categories) c
 WHERE c IN ('规范性文件', '试点领域', '重点领域', '在线调查', '政策解读',
             '财政预决算', '公共资源配置', '社会公益事业', '重大建设项目')
UNION ALL
SELECT year, '信息总数', id, title, publish_date FROM items;
COMMENT ON VIEW v_figure_items IS 'Which distinct items make up each figure of a year (政府网站, 通过其他方式公开, 规范性文件 …); the channel names are those of the default dictionary.';

CREATE VIEW v_request_sources AS
SELECT rr.request_key, extract(year FROM min(rr.received_date) OVER (PARTITION BY rr.request_key))::int AS year,
       f.rel_path AS file, rr.sheet, rr.row_no AS row, rr.department, rr.request_no, rr.received_date,
       rr.applicant_type, rr.outcome
  FROM request_row rr JOIN source_file f ON f.id = rr.file_id AND f.status = 'active';
COMMENT ON VIEW v_request_sources IS 'Lineage of 依申请公开: each request (request_key, counted in the year of its first receipt) and its source rows.';
