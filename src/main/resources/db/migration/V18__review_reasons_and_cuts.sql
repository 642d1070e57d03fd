-- Issue 10 (design.md §5): why a pair is listed for review, and how many of the rules' merges the office's
-- 分开 decisions cut.
--   近似标题          titles alike (not equal), dates near
--   同题同日异文号    the same normalised title and date, different document numbers
--   同题异日          the same normalised title on other dates (beyond review-max-days too: re-uploads)
ALTER TABLE review_pair ADD COLUMN reason TEXT NOT NULL DEFAULT '近似标题'
    CHECK (reason IN ('近似标题', '同题同日异文号', '同题异日'));
COMMENT ON COLUMN review_pair.reason IS 'Why the pair is listed: 近似标题 (alike titles, near dates), 同题同日异文号 (same title and date, other document numbers), 同题异日 (same title, other dates).';

CREATE OR REPLACE VIEW v_review_pairs AS
SELECT p.item_a, p.item_b, round(p.similarity::numeric, 3) AS similarity,
       ra.title AS title_a, ra.publish_date AS date_a, ra.department AS department_a, fa.rel_path AS file_a,
       ra.sheet AS sheet_a, ra.row_no AS row_a, ra.doc_no AS doc_no_a,
       rb.title AS title_b, rb.publish_date AS date_b, rb.department AS department_b, fb.rel_path AS file_b,
       rb.sheet AS sheet_b, rb.row_no AS row_b, rb.doc_no AS doc_no_b,
       p.reason
  FROM review_pair p
  JOIN item_row ra ON ra.id = p.row_a JOIN source_file fa ON fa.id = ra.file_id
  JOIN item_row rb ON rb.id = p.row_b JOIN source_file fb ON fb.id = rb.file_id;
COMMENT ON COLUMN v_review_pairs.reason IS '列入核查的原因：近似标题（标题相近、日期相近）、同题同日异文号（标题和日期相同、文号不同）、同题异日（标题相同、日期不同）。';

ALTER TABLE dedup_run ADD COLUMN merges_cut INTEGER NOT NULL DEFAULT 0;
COMMENT ON COLUMN dedup_run.merges_cut IS 'How many of the office''s 分开 decisions cut a merge of the rules in this dedup (0: none).';
