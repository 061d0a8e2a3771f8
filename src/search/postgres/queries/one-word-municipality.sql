-- Shape: one word within a small municipality (its own 1-in-16 sample first)
-- Query: {"q":"opvang","sort":"relevance","limit":20,"offset":0,"municipalityId":3}
-- Actor: public

-- sampleFacetsSql
-- params: ["('opvang' | 'noodopvang')",3]
SELECT CASE WHEN GROUPING(d.municipality_slug) = 0 THEN 'municipality'
            WHEN GROUPING(d.party_name) = 0 THEN 'party'
            WHEN GROUPING(d.portfolio_holder_name) = 0 THEN 'portfolioHolder'
            WHEN GROUPING(d.status) = 0 THEN 'status'
            WHEN GROUPING(d.year) = 0 THEN 'year'
            WHEN GROUPING(search_month(d.rank_date)) = 0 THEN 'month'
            ELSE 'total' END AS dim,
       coalesce(d.municipality_slug, d.party_name, d.portfolio_holder_name, d.status, d.year::text, search_month(d.rank_date)::text) AS key,
       count(*) FILTER (WHERE d.municipality_id = $2) AS n, count(*) AS unfiltered,
       (SELECT search_month(max(x.rank_date)) FROM search_document x) AS max_month
FROM search_document d WHERE ("d".status = 'published' OR ("d".municipality_id IN (SELECT vis_m.id FROM municipality vis_m WHERE vis_m.questions_public) AND "d".status IN ('registered', 'postponed', 'answered')) OR ("d".municipality_id IN (SELECT vis_m.id FROM municipality vis_m WHERE vis_m.questions_public) AND "d".status = 'withdrawn' AND "d".received_on IS NOT NULL)) AND d.tsv @@ $1::tsquery AND ("d".status = 'published' OR search_vector_split(d.subject, d.meta, d.question, NULL, '') @@ $1::tsquery) AND d.question_id % 256 = 0
GROUP BY GROUPING SETS ((d.municipality_slug), (d.party_name), (d.portfolio_holder_name), (d.status), (d.year), (search_month(d.rank_date)), ())

-- fineSampleFacetsSql
-- params: ["('opvang' | 'noodopvang')",3]
SELECT CASE WHEN GROUPING(d.municipality_slug) = 0 THEN 'municipality'
            WHEN GROUPING(d.party_name) = 0 THEN 'party'
            WHEN GROUPING(d.portfolio_holder_name) = 0 THEN 'portfolioHolder'
            WHEN GROUPING(d.status) = 0 THEN 'status'
            WHEN GROUPING(d.year) = 0 THEN 'year'
            WHEN GROUPING(search_month(d.rank_date)) = 0 THEN 'month'
            ELSE 'total' END AS dim,
       coalesce(d.municipality_slug, d.party_name, d.portfolio_holder_name, d.status, d.year::text, search_month(d.rank_date)::text) AS key,
       count(*) FILTER (WHERE d.municipality_id = $2) AS n, count(*) AS unfiltered,
       (SELECT search_month(max(x.rank_date)) FROM search_document x) AS max_month
FROM search_document d WHERE ("d".status = 'published' OR ("d".municipality_id IN (SELECT vis_m.id FROM municipality vis_m WHERE vis_m.questions_public) AND "d".status IN ('registered', 'postponed', 'answered')) OR ("d".municipality_id IN (SELECT vis_m.id FROM municipality vis_m WHERE vis_m.questions_public) AND "d".status = 'withdrawn' AND "d".received_on IS NOT NULL)) AND d.tsv @@ $1::tsquery AND ("d".status = 'published' OR search_vector_split(d.subject, d.meta, d.question, NULL, '') @@ $1::tsquery) AND d.municipality_id = $2 AND d.question_id % 16 = 0
GROUP BY GROUPING SETS ((d.municipality_slug), (d.party_name), (d.portfolio_holder_name), (d.status), (d.year), (search_month(d.rank_date)), ())

-- exactWithItemsSql
-- params: ["('opvang' | 'noodopvang')",3,20,0,"'opvang':* | 'noodopvang':*"]
WITH m AS MATERIALIZED (SELECT d.question_id, d.rank_date, d.municipality_slug, d.party_name, d.portfolio_holder_name, d.status, d.year FROM search_document d WHERE ("d".status = 'published' OR ("d".municipality_id IN (SELECT vis_m.id FROM municipality vis_m WHERE vis_m.questions_public) AND "d".status IN ('registered', 'postponed', 'answered')) OR ("d".municipality_id IN (SELECT vis_m.id FROM municipality vis_m WHERE vis_m.questions_public) AND "d".status = 'withdrawn' AND "d".received_on IS NOT NULL)) AND d.tsv @@ $1::tsquery AND ("d".status = 'published' OR search_vector_split(d.subject, d.meta, d.question, NULL, '') @@ $1::tsquery) AND d.municipality_id = $2),
f AS (
SELECT CASE WHEN GROUPING(d.municipality_slug) = 0 THEN 'municipality'
            WHEN GROUPING(d.party_name) = 0 THEN 'party'
            WHEN GROUPING(d.portfolio_holder_name) = 0 THEN 'portfolioHolder'
            WHEN GROUPING(d.status) = 0 THEN 'status'
            WHEN GROUPING(d.year) = 0 THEN 'year'
            ELSE 'total' END AS dim,
       coalesce(d.municipality_slug, d.party_name, d.portfolio_holder_name, d.status, d.year::text) AS key,
       count(*) AS n
FROM m d
GROUP BY GROUPING SETS ((d.municipality_slug), (d.party_name), (d.portfolio_holder_name), (d.status), (d.year), ()))
SELECT CASE WHEN i.ord IS NULL OR i.ord = 1 THEN (SELECT json_agg(f) FROM f) END AS facets, i.*
FROM (SELECT 1) one LEFT JOIN LATERAL (
  SELECT row_number() OVER () AS ord, x.* FROM (
SELECT d.question_set_id, d.municipality_slug, d.number, d.subject, d.question,
  CASE WHEN "d".status = 'published' THEN d.answer END AS answer, d.party_name, d.portfolio_holder_name, d.status,
  CASE WHEN "d".status = 'published' THEN to_char(d.answered_on, 'YYYY-MM-DD') END AS answered_on,
  (SELECT $5::tsquery::text) AS hl_query,
  page.score
FROM (SELECT d.question_id, CASE WHEN "d".status = 'published' THEN ts_rank_cd(d.tsv, $1::tsquery) ELSE ts_rank_cd(search_vector_split(d.subject, d.meta, d.question, NULL, ''), $1::tsquery) END AS score FROM (SELECT question_id FROM m ORDER BY rank_date DESC, question_id DESC LIMIT 100) c
       JOIN search_document d USING (question_id)
       ORDER BY score DESC, d.rank_date DESC, d.question_id DESC LIMIT $3 OFFSET $4) page JOIN search_document d USING (question_id)
ORDER BY page.score DESC, d.rank_date DESC, d.question_id DESC) x
) i ON true
ORDER BY i.ord

-- itemsInMonthsSql
-- params: ["('opvang' | 'noodopvang')",3,20,0,"'opvang':* | 'noodopvang':*",[24290,24291]]
WITH m AS MATERIALIZED (SELECT d.question_id, d.rank_date FROM search_document d WHERE ("d".status = 'published' OR ("d".municipality_id IN (SELECT vis_m.id FROM municipality vis_m WHERE vis_m.questions_public) AND "d".status IN ('registered', 'postponed', 'answered')) OR ("d".municipality_id IN (SELECT vis_m.id FROM municipality vis_m WHERE vis_m.questions_public) AND "d".status = 'withdrawn' AND "d".received_on IS NOT NULL)) AND d.tsv @@ $1::tsquery AND ("d".status = 'published' OR search_vector_split(d.subject, d.meta, d.question, NULL, '') @@ $1::tsquery) AND d.municipality_id = $2 AND search_month(d.rank_date) = ANY($6::int[])),
c AS MATERIALIZED (SELECT question_id, rank_date FROM m ORDER BY rank_date DESC, question_id DESC LIMIT 100)
SELECT (SELECT count(*) FROM c) AS found, x.* FROM (
SELECT d.question_set_id, d.municipality_slug, d.number, d.subject, d.question,
  CASE WHEN "d".status = 'published' THEN d.answer END AS answer, d.party_name, d.portfolio_holder_name, d.status,
  CASE WHEN "d".status = 'published' THEN to_char(d.answered_on, 'YYYY-MM-DD') END AS answered_on,
  (SELECT $5::tsquery::text) AS hl_query,
  page.score
FROM (SELECT d.question_id, CASE WHEN "d".status = 'published' THEN ts_rank_cd(d.tsv, $1::tsquery) ELSE ts_rank_cd(search_vector_split(d.subject, d.meta, d.question, NULL, ''), $1::tsquery) END AS score FROM (SELECT question_id FROM c ORDER BY rank_date DESC, question_id DESC LIMIT 100) c
       JOIN search_document d USING (question_id)
       ORDER BY score DESC, d.rank_date DESC, d.question_id DESC LIMIT $3 OFFSET $4) page JOIN search_document d USING (question_id)
ORDER BY page.score DESC, d.rank_date DESC, d.question_id DESC) x

-- itemsSql
-- params: ["('opvang' | 'noodopvang')",3,20,0,"'opvang':* | 'noodopvang':*"]
SELECT d.question_set_id, d.municipality_slug, d.number, d.subject, d.question,
  CASE WHEN "d".status = 'published' THEN d.answer END AS answer, d.party_name, d.portfolio_holder_name, d.status,
  CASE WHEN "d".status = 'published' THEN to_char(d.answered_on, 'YYYY-MM-DD') END AS answered_on,
  (SELECT $5::tsquery::text) AS hl_query,
  page.score
FROM (SELECT d.question_id, CASE WHEN "d".status = 'published' THEN ts_rank_cd(d.tsv, $1::tsquery) ELSE ts_rank_cd(search_vector_split(d.subject, d.meta, d.question, NULL, ''), $1::tsquery) END AS score FROM (SELECT d.question_id FROM search_document d WHERE ("d".status = 'published' OR ("d".municipality_id IN (SELECT vis_m.id FROM municipality vis_m WHERE vis_m.questions_public) AND "d".status IN ('registered', 'postponed', 'answered')) OR ("d".municipality_id IN (SELECT vis_m.id FROM municipality vis_m WHERE vis_m.questions_public) AND "d".status = 'withdrawn' AND "d".received_on IS NOT NULL)) AND d.tsv @@ $1::tsquery AND ("d".status = 'published' OR search_vector_split(d.subject, d.meta, d.question, NULL, '') @@ $1::tsquery) AND d.municipality_id = $2
         ORDER BY d.rank_date DESC, d.question_id DESC LIMIT 100) c
       JOIN search_document d USING (question_id)
       ORDER BY score DESC, d.rank_date DESC, d.question_id DESC LIMIT $3 OFFSET $4) page JOIN search_document d USING (question_id)
ORDER BY page.score DESC, d.rank_date DESC, d.question_id DESC

-- itemsBitmapSql
-- params: ["('opvang' | 'noodopvang')",3,20,0,"'opvang':* | 'noodopvang':*"]
SELECT d.question_set_id, d.municipality_slug, d.number, d.subject, d.question,
  CASE WHEN "d".status = 'published' THEN d.answer END AS answer, d.party_name, d.portfolio_holder_name, d.status,
  CASE WHEN "d".status = 'published' THEN to_char(d.answered_on, 'YYYY-MM-DD') END AS answered_on,
  (SELECT $5::tsquery::text) AS hl_query,
  page.score
FROM (SELECT d.question_id, CASE WHEN "d".status = 'published' THEN ts_rank_cd(d.tsv, $1::tsquery) ELSE ts_rank_cd(search_vector_split(d.subject, d.meta, d.question, NULL, ''), $1::tsquery) END AS score FROM (WITH m AS MATERIALIZED (SELECT d.question_id, d.rank_date FROM search_document d WHERE ("d".status = 'published' OR ("d".municipality_id IN (SELECT vis_m.id FROM municipality vis_m WHERE vis_m.questions_public) AND "d".status IN ('registered', 'postponed', 'answered')) OR ("d".municipality_id IN (SELECT vis_m.id FROM municipality vis_m WHERE vis_m.questions_public) AND "d".status = 'withdrawn' AND "d".received_on IS NOT NULL)) AND d.tsv @@ $1::tsquery AND ("d".status = 'published' OR search_vector_split(d.subject, d.meta, d.question, NULL, '') @@ $1::tsquery) AND d.municipality_id = $2)
         SELECT question_id FROM m ORDER BY rank_date DESC, question_id DESC LIMIT 100) c
       JOIN search_document d USING (question_id)
       ORDER BY score DESC, d.rank_date DESC, d.question_id DESC LIMIT $3 OFFSET $4) page JOIN search_document d USING (question_id)
ORDER BY page.score DESC, d.rank_date DESC, d.question_id DESC
