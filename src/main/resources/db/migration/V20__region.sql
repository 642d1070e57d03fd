-- Region runs (issue 13): a region inbox holds one folder per county; each county is computed as a county run of
-- its folder would be, in a warehouse of its own — the schema county_<id>, with the same tables as this one (see
-- warehouse.CountySchemas). The county is the schema of every row, item and figure of a region run; here, in the
-- database's own schema, are the counties and the figures of each county side by side.
CREATE TABLE region_county (
    id         serial PRIMARY KEY,
    county     text NOT NULL UNIQUE,
    created_at timestamptz NOT NULL DEFAULT now()
);

-- The county row of each county's figures, as its last completed region run computed them (the region summary).
CREATE TABLE region_figures (
    county        text NOT NULL REFERENCES region_county (county),
    year          int  NOT NULL,
    政府网站          bigint NOT NULL,
    通过其他方式公开      bigint NOT NULL,
    规范性文件         bigint NOT NULL,
    试点领域          bigint NOT NULL,
    重点领域          bigint NOT NULL,
    在线调查          bigint NOT NULL,
    依申请公开         bigint NOT NULL,
    run_id        bigint,
    computed_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (county, year)
);

CREATE VIEW v_region_summary AS
SELECT county AS "县（市、区）", year AS 年度, 政府网站, 通过其他方式公开, 规范性文件, 试点领域, 重点领域, 在线调查, 依申请公开
FROM region_figures;
COMMENT ON VIEW v_region_summary IS '地区汇总：各县（市、区）按县级运行分别去重后的全县数据（年报表格的一行），每县每年一行；合计为各行之和（region-summary-年份.csv）。';
COMMENT ON COLUMN v_region_summary."县（市、区）" IS '县（市、区）：地区收件箱中该县的文件夹名';
COMMENT ON COLUMN v_region_summary.年度 IS '统计年度';
COMMENT ON COLUMN v_region_summary.政府网站 IS '该县政府网站公开的信息数（县内去重）';
COMMENT ON COLUMN v_region_summary.通过其他方式公开 IS '该县通过其他方式公开的信息数（县内去重）';
COMMENT ON COLUMN v_region_summary.规范性文件 IS '该县公开的规范性文件数';
COMMENT ON COLUMN v_region_summary.试点领域 IS '该县试点领域信息数';
COMMENT ON COLUMN v_region_summary.重点领域 IS '该县重点领域信息数';
COMMENT ON COLUMN v_region_summary.在线调查 IS '该县在线调查数';
COMMENT ON COLUMN v_region_summary.依申请公开 IS '该县依申请公开数';
