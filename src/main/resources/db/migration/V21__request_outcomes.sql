-- Table 三 of the national format from the request logs (issue 14, design.md §2.4): each request row now carries
-- its applicant column, the format's outcome row and its completion; the figures step counts the year's Table 三
-- per department and county-wide into request_figures, which v_table3 shows in the format's rows.

ALTER TABLE request_row ADD COLUMN applicant_column TEXT;
ALTER TABLE request_row ADD COLUMN outcome_row      TEXT;
ALTER TABLE request_row ADD COLUMN completed        BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE request_row ADD COLUMN completed_date   DATE;
COMMENT ON COLUMN request_row.applicant_column IS 'The Table 三 column of the applicant type (jobs/applicant-types.csv): 自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构 or 其他.';
COMMENT ON COLUMN request_row.outcome_row IS 'The Table 三 outcome row of 办理结果 (jobs/request-outcomes.csv), e.g. （三）1.属于国家秘密; empty while in progress.';
COMMENT ON COLUMN request_row.completed IS 'Whether the row says the request is completed (a completion date, 已办结, or an outcome without 办理中).';
COMMENT ON COLUMN request_row.completed_date IS 'The completion date (办结日期, 答复日期 …); empty when completed without a date (then the received date counts).';

-- active_request_row expanded rr.* when it was made: the new columns are added at its end.
CREATE OR REPLACE VIEW active_request_row AS
SELECT rr.id, rr.file_id, rr.sheet, rr.row_no, rr.department, rr.request_no, rr.received_date, rr.applicant_type,
       rr.outcome, rr.request_key, f.rel_path, rr.applicant_column, rr.outcome_row, rr.completed, rr.completed_date
  FROM request_row rr JOIN source_file f ON f.id = rr.file_id AND f.status = 'active';

-- The rows of Table 三 in the 2021 format, in order: line is what request_figures holds, label what the format prints.
CREATE TABLE table3_line (
    line  TEXT PRIMARY KEY,
    ord   INT  NOT NULL UNIQUE,
    label TEXT NOT NULL
);
COMMENT ON TABLE table3_line IS 'The numbered rows of Table 三 (2021 format) in order; the 2019 trial format prints （六）其他处理 as one row, the sum of its three.';
INSERT INTO table3_line (line, ord, label) VALUES
    ('一', 1, '一、本年新收政府信息公开申请数量'),
    ('二', 2, '二、上年结转政府信息公开申请数量'),
    ('（一）予以公开', 3, '（一）予以公开'),
    ('（二）部分公开', 4, '（二）部分公开（区分处理的，只计这一情形，不计其他情形）'),
    ('（三）1.属于国家秘密', 5, '（三）1.属于国家秘密'),
    ('（三）2.其他法律行政法规禁止公开', 6, '（三）2.其他法律行政法规禁止公开'),
    ('（三）3.危及“三安全一稳定”', 7, '（三）3.危及“三安全一稳定”'),
    ('（三）4.保护第三方合法权益', 8, '（三）4.保护第三方合法权益'),
    ('（三）5.属于三类内部事务信息', 9, '（三）5.属于三类内部事务信息'),
    ('（三）6.属于四类过程性信息', 10, '（三）6.属于四类过程性信息'),
    ('（三）7.属于行政执法案卷', 11, '（三）7.属于行政执法案卷'),
    ('（三）8.属于行政查询事项', 12, '（三）8.属于行政查询事项'),
    ('（四）1.本机关不掌握相关政府信息', 13, '（四）1.本机关不掌握相关政府信息'),
    ('（四）2.没有现成信息需要另行制作', 14, '（四）2.没有现成信息需要另行制作'),
    ('（四）3.补正后申请内容仍不明确', 15, '（四）3.补正后申请内容仍不明确'),
    ('（五）1.信访举报投诉类申请', 16, '（五）1.信访举报投诉类申请'),
    ('（五）2.重复申请', 17, '（五）2.重复申请'),
    ('（五）3.要求提供公开出版物', 18, '（五）3.要求提供公开出版物'),
    ('（五）4.无正当理由大量反复申请', 19, '（五）4.无正当理由大量反复申请'),
    ('（五）5.要求行政机关确认或重新出具已获取信息', 20, '（五）5.要求行政机关确认或重新出具已获取信息'),
    ('（六）1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', 21, '（六）1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请'),
    ('（六）2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', 22, '（六）2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请'),
    ('（六）3.其他', 23, '（六）3.其他'),
    ('（七）总计', 24, '（七）总计'),
    ('四', 25, '四、结转下年度继续办理');

-- One line per request (design.md §2.4): its department, first receipt, applicant column (of its earliest row),
-- and, when a row says it is completed, the latest completion (a row completed without a date: its received date)
-- with that row's outcome.
CREATE VIEW request_case AS
SELECT request_key,
       min(department) AS department,
       min(received_date) AS received,
       (array_agg(applicant_column ORDER BY received_date, rel_path, sheet, row_no))[1] AS applicant,
       max(coalesce(completed_date, received_date)) FILTER (WHERE completed) AS completed_on,
       (array_agg(outcome_row ORDER BY coalesce(completed_date, received_date) DESC, rel_path DESC, sheet DESC, row_no DESC)
            FILTER (WHERE completed))[1] AS outcome
  FROM active_request_row
 GROUP BY request_key;
COMMENT ON VIEW request_case IS 'Each request once (request_key): first receipt, applicant column, latest completion and its outcome row.';

CREATE TABLE request_figures (
    year       INT  NOT NULL,
    department TEXT NOT NULL,
    line       TEXT NOT NULL REFERENCES table3_line (line),
    applicant  TEXT NOT NULL,
    requests   INT  NOT NULL,
    PRIMARY KEY (year, department, line, applicant)
);
COMMENT ON TABLE request_figures IS 'Table 三 of a year from the request logs: requests per department ('''' = the county), row and applicant column (总计 included). Only non-zero cells; v_table3 shows the whole table.';

CREATE VIEW v_table3 AS
SELECT d.year,
       CASE WHEN d.department = '' THEN '全县' ELSE '部门' END AS scope,
       nullif(d.department, '') AS department,
       t.ord AS row_order,
       t.label AS row_label,
       coalesce(sum(f.requests) FILTER (WHERE f.applicant = '自然人'), 0)::int AS natural_person,
       coalesce(sum(f.requests) FILTER (WHERE f.applicant = '商业企业'), 0)::int AS business,
       coalesce(sum(f.requests) FILTER (WHERE f.applicant = '科研机构'), 0)::int AS research,
       coalesce(sum(f.requests) FILTER (WHERE f.applicant = '社会公益组织'), 0)::int AS public_interest,
       coalesce(sum(f.requests) FILTER (WHERE f.applicant = '法律服务机构'), 0)::int AS legal_services,
       coalesce(sum(f.requests) FILTER (WHERE f.applicant = '其他'), 0)::int AS other,
       coalesce(sum(f.requests) FILTER (WHERE f.applicant = '总计'), 0)::int AS total
  FROM (SELECT DISTINCT year, department FROM request_figures) d
 CROSS JOIN table3_line t
  LEFT JOIN request_figures f ON f.year = d.year AND f.department = d.department AND f.line = t.line
 GROUP BY d.year, d.department, t.ord, t.label;
COMMENT ON VIEW v_table3 IS '年度报告表三“收到和处理政府信息公开申请情况”，由依申请公开登记表计算：每年全县一张、每个有申请的部门一张，按2021年格式的各行排列（2019—2020年试行格式的“（六）其他处理”为其三行之和）。一件申请（request_key）只计一次：一为本年收到，二为上年以前收到、本年初仍未办结，三为本年办结的按办理结果分行，四为本年底仍未办结。';
COMMENT ON COLUMN v_table3.year IS '年度。';
COMMENT ON COLUMN v_table3.scope IS '全县或部门。';
COMMENT ON COLUMN v_table3.department IS '部门名称；全县的表为空。';
COMMENT ON COLUMN v_table3.row_order IS '行的顺序（1 为“一、本年新收”，25 为“四、结转下年度继续办理”）。';
COMMENT ON COLUMN v_table3.row_label IS '行的名称，与年报格式印刷的一致（子项前加所属分项，如“（三）3.危及“三安全一稳定””）。';
COMMENT ON COLUMN v_table3.natural_person IS '申请人为自然人的申请件数。';
COMMENT ON COLUMN v_table3.business IS '法人或其他组织中商业企业的申请件数。';
COMMENT ON COLUMN v_table3.research IS '法人或其他组织中科研机构的申请件数。';
COMMENT ON COLUMN v_table3.public_interest IS '法人或其他组织中社会公益组织的申请件数。';
COMMENT ON COLUMN v_table3.legal_services IS '法人或其他组织中法律服务机构的申请件数。';
COMMENT ON COLUMN v_table3.other IS '法人或其他组织中其他类型（含未注明类别、未填写类型）的申请件数。';
COMMENT ON COLUMN v_table3.total IS '总计：六列之和。';

CREATE OR REPLACE VIEW v_request_sources AS
SELECT rr.request_key, extract(year FROM min(rr.received_date) OVER (PARTITION BY rr.request_key))::int AS year,
       f.rel_path AS file, rr.sheet, rr.row_no AS row, rr.department, rr.request_no, rr.received_date,
       rr.applicant_type, rr.outcome, rr.applicant_column, rr.outcome_row, rr.completed, rr.completed_date
  FROM request_row rr JOIN source_file f ON f.id = rr.file_id AND f.status = 'active';
COMMENT ON COLUMN v_request_sources.applicant_column IS '申请人类型对应的表三列（jobs/applicant-types.csv）：自然人、商业企业、科研机构、社会公益组织、法律服务机构或其他。';
COMMENT ON COLUMN v_request_sources.outcome_row IS '办理结果对应的表三行（jobs/request-outcomes.csv），如“（三）1.属于国家秘密”；办理中为空。';
COMMENT ON COLUMN v_request_sources.completed IS '这一行是否表明申请已办结（填有办结日期、写明已办结，或填有办理结果且未注明办理中）。';
COMMENT ON COLUMN v_request_sources.completed_date IS '办结日期（办结日期、答复日期等列）；已办结但未填日期时为空，按收到日期计。';
