-- Probable duplicates that the rules of SPEC §5 do not merge (titles alike on the same or a near
-- date), for the office to review, recomputed on every run. Pairs decided in jobs/dedup-overrides.csv
-- are not listed.
CREATE TABLE review_pair (
    item_a     BIGINT NOT NULL,
    item_b     BIGINT NOT NULL,
    row_a      BIGINT NOT NULL REFERENCES item_row (id) ON DELETE CASCADE,
    row_b      BIGINT NOT NULL REFERENCES item_row (id) ON DELETE CASCADE,
    similarity REAL   NOT NULL,
    PRIMARY KEY (item_a, item_b)
);
COMMENT ON TABLE review_pair IS 'Probable duplicates for review: two distinct items whose titles are alike on the same or a near date.';

CREATE VIEW v_review_pairs AS
SELECT p.item_a, p.item_b, round(p.similarity::numeric, 3) AS similarity,
       ra.title AS title_a, ra.publish_date AS date_a, ra.department AS department_a, fa.rel_path AS file_a,
       ra.sheet AS sheet_a, ra.row_no AS row_a, ra.doc_no AS doc_no_a,
       rb.title AS title_b, rb.publish_date AS date_b, rb.department AS department_b, fb.rel_path AS file_b,
       rb.sheet AS sheet_b, rb.row_no AS row_b, rb.doc_no AS doc_no_b
  FROM review_pair p
  JOIN item_row ra ON ra.id = p.row_a JOIN source_file fa ON fa.id = ra.file_id
  JOIN item_row rb ON rb.id = p.row_b JOIN source_file fb ON fb.id = rb.file_id;
COMMENT ON VIEW v_review_pairs IS 'Probable duplicates with both rows'' provenance (file, sheet, row, department) and the similarity.';
