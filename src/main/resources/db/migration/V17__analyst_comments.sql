-- Chinese comments on everything the analysts' read-only role pubstats_analyst may read (afterMigrate.sql): the
-- analyst views (v_*) and the figure tables, each of them and each of their columns, in the words of the office.
-- psql shows them with \d+ and \dv+, DBeaver and other tools beside the column. WarehouseCommentsTest requires a
-- Chinese comment on every column of every v_* view and figure table, so a new view comes with its comments.
-- A view that a later migration replaces (CREATE OR REPLACE VIEW) keeps these comments; one dropped and made
-- again must be commented again there.

-- 全县汇总 ---------------------------------------------------------------------------------------------------

COMMENT ON VIEW v_county_summary IS '全县政府信息公开情况：每个统计年度一行，即年度报告中的全县表（相同信息计1条）。数字来自 county_figures，每次运行该年度时重新计算。';
COMMENT ON COLUMN v_county_summary.年度 IS '统计年度（信息的发布日期在该年1月1日至12月31日之间）。';
COMMENT ON COLUMN v_county_summary.政府网站 IS '在政府网站公开的信息条数（去重后，相同信息计1条）。';
COMMENT ON COLUMN v_county_summary.通过其他方式公开 IS '通过政府网站以外的渠道（微信、微博、公开栏等，含“其他”）公开的信息条数；一条信息可同时计入政府网站和本列。';
COMMENT ON COLUMN v_county_summary.规范性文件 IS '类别为规范性文件的信息条数。';
COMMENT ON COLUMN v_county_summary.试点领域 IS '类别为试点领域的信息条数。';
COMMENT ON COLUMN v_county_summary.重点领域 IS '重点领域的信息条数，含各子领域（财政预决算、公共资源配置、社会公益事业、重大建设项目）。';
COMMENT ON COLUMN v_county_summary.在线调查 IS '类别为在线调查的信息条数。';
COMMENT ON COLUMN v_county_summary.依申请公开 IS '本年度首次收到的政府信息公开申请件数（同一申请多行登记计1件）。';
COMMENT ON COLUMN v_county_summary.信息总数 IS '去重后本年度的信息总条数。';
COMMENT ON COLUMN v_county_summary.政策解读 IS '类别为政策解读的信息条数。';
COMMENT ON COLUMN v_county_summary.解读率_百分比 IS '解读率：政策解读 ÷ 规范性文件 × 100，保留一位小数；没有规范性文件时为空。';
COMMENT ON COLUMN v_county_summary.计算时间 IS '这一年度的数字最近一次计算的时间。';

COMMENT ON VIEW v_county_years IS '逐年对比：每个年度的全县数字与上一年度并列（同比）。上一年度没有运行过时，“上年”各列为空。';
COMMENT ON COLUMN v_county_years.年度 IS '统计年度。';
COMMENT ON COLUMN v_county_years.政府网站 IS '本年度在政府网站公开的信息条数。';
COMMENT ON COLUMN v_county_years.上年政府网站 IS '上一年度在政府网站公开的信息条数；上一年度未运行时为空。';
COMMENT ON COLUMN v_county_years.通过其他方式公开 IS '本年度通过其他方式公开的信息条数。';
COMMENT ON COLUMN v_county_years.上年通过其他方式公开 IS '上一年度通过其他方式公开的信息条数；上一年度未运行时为空。';
COMMENT ON COLUMN v_county_years.规范性文件 IS '本年度规范性文件条数。';
COMMENT ON COLUMN v_county_years.上年规范性文件 IS '上一年度规范性文件条数；上一年度未运行时为空。';
COMMENT ON COLUMN v_county_years.试点领域 IS '本年度试点领域信息条数。';
COMMENT ON COLUMN v_county_years.上年试点领域 IS '上一年度试点领域信息条数；上一年度未运行时为空。';
COMMENT ON COLUMN v_county_years.重点领域 IS '本年度重点领域信息条数（含各子领域）。';
COMMENT ON COLUMN v_county_years.上年重点领域 IS '上一年度重点领域信息条数；上一年度未运行时为空。';
COMMENT ON COLUMN v_county_years.在线调查 IS '本年度在线调查信息条数。';
COMMENT ON COLUMN v_county_years.上年在线调查 IS '上一年度在线调查信息条数；上一年度未运行时为空。';
COMMENT ON COLUMN v_county_years.依申请公开 IS '本年度首次收到的依申请公开件数。';
COMMENT ON COLUMN v_county_years.上年依申请公开 IS '上一年度首次收到的依申请公开件数；上一年度未运行时为空。';
COMMENT ON COLUMN v_county_years.信息总数 IS '本年度去重后的信息总条数。';
COMMENT ON COLUMN v_county_years.上年信息总数 IS '上一年度去重后的信息总条数；上一年度未运行时为空。';

-- 信息与来源 -------------------------------------------------------------------------------------------------

COMMENT ON VIEW v_items IS '去重后的信息，每条一行（相同信息计1条），各年度都在内，按 year 筛选年度。渠道和类别是合并进来的各行之和。';
COMMENT ON COLUMN v_items.item_id IS '信息编号：去重后一条信息的编号，用它与 v_item_sources、v_figure_items、v_review_pairs 关联。每次去重可能重新编号，不宜长期保存。';
COMMENT ON COLUMN v_items.title IS '标题：取代表行（发布日期最早的一行，日期相同再按部门、文件、工作表、行号）的原文。';
COMMENT ON COLUMN v_items.publish_date IS '发布日期：代表行的发布日期，决定这条信息计入哪一年、哪一月。';
COMMENT ON COLUMN v_items.channels IS '公开渠道（词典中的标准名称，如 政府网站、政务微信、其他），合并进来的各行渠道之和。';
COMMENT ON COLUMN v_items.categories IS '信息类别（标准名称，如 规范性文件、重点领域、公共资源配置），各行类别之和；子领域的信息同时带有重点领域。';
COMMENT ON COLUMN v_items.departments IS '报送了这条信息的部门（一个或多个）。';
COMMENT ON COLUMN v_items.row_count IS '报送行数：合并成这条信息的来源行数。';
COMMENT ON COLUMN v_items.year IS '年度：发布日期所在年份。';
COMMENT ON COLUMN v_items.month IS '月份：发布日期所在月份（1–12）。';

COMMENT ON VIEW v_item_sources IS '信息的来源：每条信息由哪些报送行合并而成，每行的文件、工作表、行号、部门和原文。按 item_id 与 v_items、v_figure_items 关联。';
COMMENT ON COLUMN v_item_sources.item_id IS '这一行归入的信息编号（v_items.item_id）。';
COMMENT ON COLUMN v_item_sources.file IS '来源文件：相对于收件箱的路径，如 财政局/2018年目录.xlsx。';
COMMENT ON COLUMN v_item_sources.sheet IS '工作表名称；CSV 文件为空字符串。';
COMMENT ON COLUMN v_item_sources.row IS '行号，与 Excel 或文本编辑器中显示的一致（从1起，表头和标题行也计算在内）。';
COMMENT ON COLUMN v_item_sources.department IS '报送部门：有“发布单位”等列时取该列，否则为收件箱中的部门文件夹名。';
COMMENT ON COLUMN v_item_sources.title IS '这一行填写的标题原文。';
COMMENT ON COLUMN v_item_sources.publish_date IS '这一行填写的发布日期。';
COMMENT ON COLUMN v_item_sources.raw_channel IS '这一行填写的公开渠道原文（未对照词典）；未填写时为空。';
COMMENT ON COLUMN v_item_sources.raw_category IS '这一行填写的信息类别原文（未对照词典）；未填写时为空。';
COMMENT ON COLUMN v_item_sources.doc_no IS '这一行填写的文号原文。';
COMMENT ON COLUMN v_item_sources.index_no IS '这一行填写的索引号原文。';
COMMENT ON COLUMN v_item_sources.url IS '这一行填写的链接原文。';

COMMENT ON VIEW v_figure_items IS '数字的来历：某年度每个数字（政府网站、通过其他方式公开、规范性文件、试点领域、重点领域、在线调查、政策解读、各重点领域子领域、信息总数）由哪些信息组成，每条信息一行。与 v_item_sources 按 item_id 关联可查到来源行。渠道名按默认词典（政府网站）。';
COMMENT ON COLUMN v_figure_items.year IS '年度：信息发布日期所在年份。';
COMMENT ON COLUMN v_figure_items.figure IS '数字的名称：政府网站、通过其他方式公开、规范性文件、试点领域、重点领域、在线调查、政策解读、财政预决算、公共资源配置、社会公益事业、重大建设项目、信息总数。';
COMMENT ON COLUMN v_figure_items.item_id IS '计入这个数字的信息编号（v_items.item_id）。';
COMMENT ON COLUMN v_figure_items.title IS '信息标题（代表行的原文）。';
COMMENT ON COLUMN v_figure_items.publish_date IS '信息的发布日期（代表行的日期）。';

COMMENT ON VIEW v_request_sources IS '依申请公开的来源：每件申请的登记行（文件、工作表、行号），只含收件箱中现有文件。同一 request_key 的多行是同一件申请，计入最早收到日期所在年度。';
COMMENT ON COLUMN v_request_sources.request_key IS '申请标识：部门加申请编号（没有编号时为部门加整行内容），同一标识的各行计1件申请。';
COMMENT ON COLUMN v_request_sources.year IS '这件申请计入的年度：它各行中最早收到日期的年份。';
COMMENT ON COLUMN v_request_sources.file IS '来源文件：相对于收件箱的路径。';
COMMENT ON COLUMN v_request_sources.sheet IS '工作表名称；CSV 文件为空字符串。';
COMMENT ON COLUMN v_request_sources.row IS '行号，与 Excel 或文本编辑器中显示的一致。';
COMMENT ON COLUMN v_request_sources.department IS '登记这件申请的部门。';
COMMENT ON COLUMN v_request_sources.request_no IS '申请编号原文；未填写时为空。';
COMMENT ON COLUMN v_request_sources.received_date IS '这一行填写的收到申请日期。';
COMMENT ON COLUMN v_request_sources.applicant_type IS '申请人类型原文（自然人、商业企业、科研机构等）。';
COMMENT ON COLUMN v_request_sources.outcome IS '办理结果原文（予以公开、部分公开、不予公开等）。';

-- 报送情况 ---------------------------------------------------------------------------------------------------

COMMENT ON VIEW v_department_rows IS '各部门按年度报送情况：报送的行数及这些行归入的去重后信息条数。这里的年度是每行自己填写的发布日期所在年份；department_figures 则按信息（代表行）的日期计年度，两者在跨年信息上可能略有不同。';
COMMENT ON COLUMN v_department_rows.department IS '部门。';
COMMENT ON COLUMN v_department_rows.year IS '年度：这些行填写的发布日期所在年份。';
COMMENT ON COLUMN v_department_rows.rows_reported IS '报送行数：该部门该年度被采用的行数。';
COMMENT ON COLUMN v_department_rows.distinct_items IS '这些行归入的去重后信息条数；一条信息可能也由其他部门报送，各部门相加不等于全县数。';

COMMENT ON VIEW v_files IS '收件箱文件清单：每个文件的每个版本一行及其行数核对（读取行数 = 采用 + 未采用 + 跳过）。status 为 active 的是现在计数的版本；文件修改后旧版本为 replaced，从收件箱移走后为 withdrawn。';
COMMENT ON COLUMN v_files.file IS '文件：相对于收件箱的路径，如 财政局/2018年目录.xlsx。';
COMMENT ON COLUMN v_files.department IS '部门：收件箱中的部门文件夹名。';
COMMENT ON COLUMN v_files.kind IS '文件类型：items（信息目录）、requests（依申请公开登记）、skipped（未读取，如非表格文件）、rejected（整个文件无法读取）。';
COMMENT ON COLUMN v_files.status IS '状态：active（现有版本，计入统计）、replaced（已被新版本取代）、withdrawn（已从收件箱移走）、loading（正在读取）。';
COMMENT ON COLUMN v_files.sheets_read IS '读取的工作表数。';
COMMENT ON COLUMN v_files.rows_read IS '读取的行数 = 采用 + 未采用 + 跳过。';
COMMENT ON COLUMN v_files.rows_accepted IS '采用的行数。';
COMMENT ON COLUMN v_files.rows_rejected IS '未采用的行数（原因见 v_rejected）。';
COMMENT ON COLUMN v_files.rows_skipped IS '跳过的行数：空行、标题行、表头、合计行和备注行。';
COMMENT ON COLUMN v_files.message IS '说明：文件未读取或整个未能读取的原因，或读取时的提示（如“工作表未读取：隐藏工作表”）；没有时为空。';
COMMENT ON COLUMN v_files.loaded_at IS '这个版本读入数据库的时间。';
COMMENT ON COLUMN v_files.ended_at IS '这个版本被取代或撤回的时间；现有版本为空。';
COMMENT ON COLUMN v_files.reason IS '原因代码：未读取的原因（UNSUPPORTED_FILE、SYMLINK、HIDDEN_FILE 等），或整个文件未能读取的原因（UNREADABLE_FILE、NO_HEADER 等）；正常读取的文件为空。';
COMMENT ON COLUMN v_files.inbox IS '收件箱名称（收件箱文件夹名，如 huma-2018）。';

COMMENT ON VIEW v_rejected IS '未采用的行和整个未能读取的文件，附原因，只含现有文件（各年度都在内）。整个文件未能读取时 row 为空。';
COMMENT ON COLUMN v_rejected.file IS '文件：相对于收件箱的路径。';
COMMENT ON COLUMN v_rejected.sheet IS '工作表名称；CSV 文件或整个文件未能读取时为空字符串或空。';
COMMENT ON COLUMN v_rejected.row IS '行号，与 Excel 或文本编辑器中显示的一致；整个文件未能读取时为空。';
COMMENT ON COLUMN v_rejected.reason IS '原因代码（稳定不变，可供脚本使用）：NO_TITLE 未填写标题、NO_DATE 未填写发布日期、BAD_DATE 日期无法识别、DATE_OUT_OF_RANGE 日期不在1949至2100年之间、JUNK_TITLE 标题无文字、BAD_ENCODING 编码错误，以及整个文件的原因。';
COMMENT ON COLUMN v_rejected.message IS '给经办人员看的中文说明。';
COMMENT ON COLUMN v_rejected.department IS '部门：收件箱中的部门文件夹名。';
COMMENT ON COLUMN v_rejected.raw_cells IS '这一行各单元格的原文。';

COMMENT ON VIEW v_review_pairs IS '疑似重复待核查：标题相近、日期相近但未按规则合并的两条信息，附两边的文件、工作表、行号和部门。核实后在 jobs/dedup-overrides.csv 中登记“合并”或“分开”。';
COMMENT ON COLUMN v_review_pairs.item_a IS '第一条信息的编号（v_items.item_id）。';
COMMENT ON COLUMN v_review_pairs.item_b IS '第二条信息的编号（v_items.item_id）。';
COMMENT ON COLUMN v_review_pairs.similarity IS '标题相似度，0 到 1，1 为标题相同。';
COMMENT ON COLUMN v_review_pairs.title_a IS '第一条的标题原文。';
COMMENT ON COLUMN v_review_pairs.date_a IS '第一条的发布日期。';
COMMENT ON COLUMN v_review_pairs.department_a IS '第一条的报送部门。';
COMMENT ON COLUMN v_review_pairs.file_a IS '第一条的来源文件（相对于收件箱的路径）。';
COMMENT ON COLUMN v_review_pairs.sheet_a IS '第一条的工作表名称。';
COMMENT ON COLUMN v_review_pairs.row_a IS '第一条的行号。';
COMMENT ON COLUMN v_review_pairs.doc_no_a IS '第一条的文号原文。';
COMMENT ON COLUMN v_review_pairs.title_b IS '第二条的标题原文。';
COMMENT ON COLUMN v_review_pairs.date_b IS '第二条的发布日期。';
COMMENT ON COLUMN v_review_pairs.department_b IS '第二条的报送部门。';
COMMENT ON COLUMN v_review_pairs.file_b IS '第二条的来源文件（相对于收件箱的路径）。';
COMMENT ON COLUMN v_review_pairs.sheet_b IS '第二条的工作表名称。';
COMMENT ON COLUMN v_review_pairs.row_b IS '第二条的行号。';
COMMENT ON COLUMN v_review_pairs.doc_no_b IS '第二条的文号原文。';

-- 统计表 -----------------------------------------------------------------------------------------------------

COMMENT ON TABLE county_figures IS '全县数字：每个统计年度一行，运行该年度时重新计算（v_county_summary 以中文列名展示同样的数字）。';
COMMENT ON COLUMN county_figures.year IS '统计年度（主键）。';
COMMENT ON COLUMN county_figures.run_id IS '最近一次计算这一年度的运行编号。';
COMMENT ON COLUMN county_figures.computed_at IS '最近一次计算的时间。';
COMMENT ON COLUMN county_figures.website IS '政府网站：在政府网站公开的信息条数（去重后）。';
COMMENT ON COLUMN county_figures.other_channels IS '通过其他方式公开：通过政府网站以外渠道公开的信息条数。';
COMMENT ON COLUMN county_figures.normative_documents IS '规范性文件条数。';
COMMENT ON COLUMN county_figures.pilot_areas IS '试点领域信息条数。';
COMMENT ON COLUMN county_figures.key_areas IS '重点领域信息条数（含各子领域）。';
COMMENT ON COLUMN county_figures.online_surveys IS '在线调查信息条数。';
COMMENT ON COLUMN county_figures.requests IS '依申请公开：本年度首次收到的申请件数。';
COMMENT ON COLUMN county_figures.distinct_items IS '信息总数：去重后本年度的信息条数。';
COMMENT ON COLUMN county_figures.policy_interpretations IS '政策解读条数。';

COMMENT ON TABLE department_figures IS '各部门数字：每个年度每个部门一行（年度 + 部门唯一）。报送行数和信息条数按信息的发布日期计年度；同一信息可由多个部门报送，各部门信息条数相加不等于全县数。';
COMMENT ON COLUMN department_figures.year IS '统计年度。';
COMMENT ON COLUMN department_figures.department IS '部门：收件箱中的部门文件夹名，或“发布单位”等列中填写的单位。';
COMMENT ON COLUMN department_figures.rows_reported IS '报送行数：该部门被采用、且所属信息在本年度的行数。';
COMMENT ON COLUMN department_figures.distinct_items IS '这些行归入的去重后信息条数。';
COMMENT ON COLUMN department_figures.rejected_rows IS '该部门现有文件中未采用的行和文件数（不分年度，即现在需要更正的）。';
COMMENT ON COLUMN department_figures.unmapped_values IS '该部门本年度各行中词典里没有的渠道或类别个数（已按“其他”计）。';

COMMENT ON TABLE month_figures IS '各月数字：每个年度12个月各一行（年度 + 月份唯一），没有信息的月份为0。按信息的发布日期计月份。';
COMMENT ON COLUMN month_figures.year IS '统计年度。';
COMMENT ON COLUMN month_figures.month IS '月份（1–12）。';
COMMENT ON COLUMN month_figures.distinct_items IS '该月去重后的信息条数；12个月相加等于全年信息总数。';
COMMENT ON COLUMN month_figures.website IS '该月在政府网站公开的信息条数。';
COMMENT ON COLUMN month_figures.other_channels IS '该月通过其他方式公开的信息条数。';

COMMENT ON TABLE channel_figures IS '各渠道数字：每个年度每个公开渠道一行（年度 + 渠道唯一）。一条信息在几个渠道公开，就在每个渠道各计1条。';
COMMENT ON COLUMN channel_figures.year IS '统计年度。';
COMMENT ON COLUMN channel_figures.channel IS '公开渠道（词典中的标准名称，如 政府网站、政务微信、公开栏、其他）。';
COMMENT ON COLUMN channel_figures.distinct_items IS '在该渠道公开的去重后信息条数。';

COMMENT ON TABLE category_figures IS '各类别数字：每个年度每个信息类别一行（年度 + 类别唯一），含重点领域及其子领域（财政预决算、公共资源配置、社会公益事业、重大建设项目）。一条信息可计入几个类别。';
COMMENT ON COLUMN category_figures.year IS '统计年度。';
COMMENT ON COLUMN category_figures.category IS '信息类别（词典中的标准名称，如 规范性文件、重点领域、公共资源配置、其他）。';
COMMENT ON COLUMN category_figures.distinct_items IS '该类别的去重后信息条数。';
