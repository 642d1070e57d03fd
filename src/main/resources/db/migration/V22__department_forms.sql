-- Department forms (表二、表四填报表, issue 14): the figures of Tables 二 and 四 that no list in the inbox holds,
-- returned by the departments on the form `./pubstats forms` writes and read from the inbox like any file.
--   form_return          one row per form sheet read: the department and year its fixed cells name
--   form_figure          its accepted figures (one per form row), with the labels of the form
--   counted_form         per department and year, the form that counts: the latest active one (a resubmission,
--                        whatever its file name, replaces the earlier form; a changed file replaces its old version)
--   counted_form_figure  the figures of the counted forms
--   v_department_forms   the analyst view of counted_form_figure

ALTER TABLE source_file DROP CONSTRAINT source_file_kind;
ALTER TABLE source_file ADD CONSTRAINT source_file_kind CHECK (kind IN ('items', 'requests', 'form', 'skipped', 'rejected'));

CREATE TABLE form_return (
    id         BIGSERIAL PRIMARY KEY,
    file_id    BIGINT NOT NULL REFERENCES source_file (id) ON DELETE CASCADE,
    sheet      TEXT   NOT NULL,
    row_no     INT    NOT NULL,
    department TEXT   NOT NULL,
    year       INT    NOT NULL
);
CREATE INDEX form_return_file_idx ON form_return (file_id);
COMMENT ON TABLE form_return IS 'Returned department forms (表二、表四填报表): one row per form sheet read, with the department and year of its fixed cells; row_no is its header row.';

CREATE TABLE form_figure (
    id           BIGSERIAL PRIMARY KEY,
    file_id      BIGINT        NOT NULL REFERENCES source_file (id) ON DELETE CASCADE,
    sheet        TEXT          NOT NULL,
    row_no       INT           NOT NULL,
    department   TEXT          NOT NULL,
    year         INT           NOT NULL,
    code         TEXT          NOT NULL,
    table_no     TEXT          NOT NULL,
    block        TEXT          NOT NULL,
    row_label    TEXT          NOT NULL,
    column_label TEXT          NOT NULL,
    unit         TEXT          NOT NULL,
    value        NUMERIC(16,2) NOT NULL
);
CREATE INDEX form_figure_file_idx ON form_figure (file_id);
COMMENT ON TABLE form_figure IS 'Accepted figures of returned department forms, one per form row (blank figures are not stored).';

CREATE VIEW counted_form AS
SELECT DISTINCT ON (r.department, r.year) r.department, r.year, r.file_id, r.sheet, f.rel_path, f.loaded_at
  FROM form_return r JOIN source_file f ON f.id = r.file_id AND f.status = 'active'
 ORDER BY r.department, r.year, f.loaded_at DESC, f.id DESC, r.sheet;
COMMENT ON VIEW counted_form IS 'Per department and year the form that counts: the latest active one.';

CREATE VIEW counted_form_figure AS
SELECT DISTINCT ON (c.department, c.year, g.code)
       c.department, c.year, g.code, g.table_no, g.block, g.row_label, g.column_label, g.unit, g.value,
       c.rel_path, g.sheet, g.row_no
  FROM counted_form c JOIN form_figure g ON g.file_id = c.file_id AND g.sheet = c.sheet
 ORDER BY c.department, c.year, g.code, g.row_no;
COMMENT ON VIEW counted_form_figure IS 'The figures of the counted forms (one per department, year and code).';

CREATE VIEW v_department_forms AS
SELECT department, year, code, table_no, block, row_label, column_label, unit, value, rel_path AS file, sheet, row_no
  FROM counted_form_figure;
COMMENT ON VIEW v_department_forms IS '各部门报回的表二、表四填报表中的数字：每个部门每年只计最新报回的一份（重新报送即取代前一份）；未填的项不列出。全县表二、表四为各部门之和。';
COMMENT ON COLUMN v_department_forms.department IS '部门：填报表上写明的填报单位。';
COMMENT ON COLUMN v_department_forms.year IS '年度：填报表上写明的年度。';
COMMENT ON COLUMN v_department_forms.code IS '代码：填报表中该项的代码，如 T2-04（2021年格式表二 行政规范性文件·本年制发件数）、T2S-04（2019年试行格式）、T4-05（表四 行政复议·总计）。';
COMMENT ON COLUMN v_department_forms.table_no IS '表：二 或 四。';
COMMENT ON COLUMN v_department_forms.block IS '项目：表二为条款（第二十条第（一）项等），表四为行政复议或行政诉讼。';
COMMENT ON COLUMN v_department_forms.row_label IS '信息内容：表二的行（规章、行政规范性文件、行政许可等）；表四的案件类别（行政复议、未经复议直接起诉、复议后起诉）。';
COMMENT ON COLUMN v_department_forms.column_label IS '指标：表二的列（本年制发件数等），表四的结果（结果维持、结果纠正、其他结果、尚未审结、总计）。';
COMMENT ON COLUMN v_department_forms.unit IS '单位：件、项或万元。';
COMMENT ON COLUMN v_department_forms.value IS '填报数（万元保留两位小数）。';
COMMENT ON COLUMN v_department_forms.file IS '文件：报回的填报表，相对于收件箱的路径。';
COMMENT ON COLUMN v_department_forms.sheet IS '工作表。';
COMMENT ON COLUMN v_department_forms.row_no IS '行号（与Excel中显示的一致）。';
