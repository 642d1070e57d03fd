-- Issue 10: the office decides probable duplicates in the review workbook (design.md §5); the view's comment says so.
COMMENT ON VIEW v_review_pairs IS '疑似重复待核查：标题相近或相同、但未按规则合并的两条信息，附列入原因（reason）、两边的文号、文件、工作表、行号和部门。在核查清单 review-年份.xlsx 的“决定”列选择“合并”或“分开”，另存为 jobs/review-decisions.xlsx（或在 jobs/dedup-overrides.csv 中登记），下次运行生效；“分开”的两条即使按规则本应合并也分开计。';
