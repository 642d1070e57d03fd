-- The figures of SPEC §6 beyond the county row, recomputed for the run's year and the year before.

CREATE TABLE department_figures (
    year            INT    NOT NULL,
    department      TEXT   NOT NULL,
    rows_reported   INT    NOT NULL,
    distinct_items  INT    NOT NULL,
    rejected_rows   INT    NOT NULL,
    unmapped_values INT    NOT NULL,
    PRIMARY KEY (year, department)
);
COMMENT ON TABLE department_figures IS 'Per department: rows it reported for the year, the distinct items they belong to, its rejected rows (all years) and values the dictionaries do not know. Distinct items do not add up to the county figure: an item reported by several departments counts once county-wide.';

CREATE TABLE month_figures (
    year           INT NOT NULL,
    month          INT NOT NULL,
    distinct_items INT NOT NULL,
    website        INT NOT NULL,
    other_channels INT NOT NULL,
    PRIMARY KEY (year, month)
);
COMMENT ON TABLE month_figures IS 'Distinct items per month of their (merged) publish date.';

CREATE TABLE channel_figures (
    year           INT  NOT NULL,
    channel        TEXT NOT NULL,
    distinct_items INT  NOT NULL,
    PRIMARY KEY (year, channel)
);
COMMENT ON TABLE channel_figures IS 'Distinct items carried by each canonical channel (an item on several channels counts in each).';

CREATE TABLE category_figures (
    year           INT  NOT NULL,
    category       TEXT NOT NULL,
    distinct_items INT  NOT NULL,
    PRIMARY KEY (year, category)
);
COMMENT ON TABLE category_figures IS 'Distinct items per canonical category, including each 重点领域 sub-area (财政预决算, 公共资源配置 …).';

CREATE VIEW v_county_years AS
SELECT y.year AS 年度, y.website AS 政府网站, p.website AS 上年政府网站,
       y.other_channels AS 通过其他方式公开, p.other_channels AS 上年通过其他方式公开,
       y.normative_documents AS 规范性文件, p.normative_documents AS 上年规范性文件,
       y.pilot_areas AS 试点领域, p.pilot_areas AS 上年试点领域,
       y.key_areas AS 重点领域, p.key_areas AS 上年重点领域,
       y.online_surveys AS 在线调查, p.online_surveys AS 上年在线调查,
       y.requests AS 依申请公开, p.requests AS 上年依申请公开,
       y.distinct_items AS 信息总数, p.distinct_items AS 上年信息总数
  FROM county_figures y LEFT JOIN county_figures p ON p.year = y.year - 1;
COMMENT ON VIEW v_county_years IS 'Each year''s county row beside the year before, where loaded.';
