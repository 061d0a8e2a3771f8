-- Shape: the last resort (lenientMatch): the known words OR-ed, counted in the subject only, at least half an unknown word of weight
-- Query: {"q":"kunnen omwonenden meedelen in de opbrengst van windturbines","sort":"relevance","limit":20,"offset":0}
-- Actor: public

-- sampleFacetsSql
-- params: ["('omwon' | 'bewoner') | 'opbrengst' | 'windturbin'","('omwon':A | 'bewoner':A)",1.2,"'opbrengst':A",3.9,"'windturbin':A",3.6,2.784]
SELECT CASE WHEN GROUPING(d.municipality_slug) = 0 THEN 'municipality'
            WHEN GROUPING(d.party_name) = 0 THEN 'party'
            WHEN GROUPING(d.portfolio_holder_name) = 0 THEN 'portfolioHolder'
            WHEN GROUPING(d.status) = 0 THEN 'status'
            WHEN GROUPING(d.year) = 0 THEN 'year'
            WHEN GROUPING(search_month(d.rank_date)) = 0 THEN 'month'
            ELSE 'total' END AS dim,
       coalesce(d.municipality_slug, d.party_name, d.portfolio_holder_name, d.status, d.year::text, search_month(d.rank_date)::text) AS key,
       count(*) AS n, count(*) AS unfiltered,
       (SELECT search_month(max(x.rank_date)) FROM search_document x) AS max_month
FROM search_document d WHERE ("d".status = 'published' OR ("d".municipality_id IN (SELECT vis_m.id FROM municipality vis_m WHERE vis_m.questions_public) AND "d".status IN ('registered', 'postponed', 'answered')) OR ("d".municipality_id IN (SELECT vis_m.id FROM municipality vis_m WHERE vis_m.questions_public) AND "d".status = 'withdrawn' AND "d".received_on IS NOT NULL)) AND d.tsv @@ $1::tsquery AND ("d".status = 'published' OR search_vector_split(d.subject, d.meta, d.question, NULL, '') @@ $1::tsquery) AND (CASE WHEN (CASE WHEN "d".status = 'published' THEN d.tsv ELSE search_vector_split(d.subject, d.meta, d.question, NULL, '') END) @@ $2::tsquery THEN $3::float8 ELSE 0 END + CASE WHEN (CASE WHEN "d".status = 'published' THEN d.tsv ELSE search_vector_split(d.subject, d.meta, d.question, NULL, '') END) @@ $4::tsquery THEN $5::float8 ELSE 0 END + CASE WHEN (CASE WHEN "d".status = 'published' THEN d.tsv ELSE search_vector_split(d.subject, d.meta, d.question, NULL, '') END) @@ $6::tsquery THEN $7::float8 ELSE 0 END) >= $8::float8 AND d.question_id % 256 = 0
GROUP BY GROUPING SETS ((d.municipality_slug), (d.party_name), (d.portfolio_holder_name), (d.status), (d.year), (search_month(d.rank_date)), ())

-- fineSampleFacetsSql
-- params: ["('omwon' | 'bewoner') | 'opbrengst' | 'windturbin'","('omwon':A | 'bewoner':A)",1.2,"'opbrengst':A",3.9,"'windturbin':A",3.6,2.784]
SELECT CASE WHEN GROUPING(d.municipality_slug) = 0 THEN 'municipality'
            WHEN GROUPING(d.party_name) = 0 THEN 'party'
            WHEN GROUPING(d.portfolio_holder_name) = 0 THEN 'portfolioHolder'
            WHEN GROUPING(d.status) = 0 THEN 'status'
            WHEN GROUPING(d.year) = 0 THEN 'year'
            WHEN GROUPING(search_month(d.rank_date)) = 0 THEN 'month'
            ELSE 'total' END AS dim,
       coalesce(d.municipality_slug, d.party_name, d.portfolio_holder_name, d.status, d.year::text, search_month(d.rank_date)::text) AS key,
       count(*) AS n, count(*) AS unfiltered,
       (SELECT search_month(max(x.rank_date)) FROM search_document x) AS max_month
FROM search_document d WHERE ("d".status = 'published' OR ("d".municipality_id IN (SELECT vis_m.id FROM municipality vis_m WHERE vis_m.questions_public) AND "d".status IN ('registered', 'postponed', 'answered')) OR ("d".municipality_id IN (SELECT vis_m.id FROM municipality vis_m WHERE vis_m.questions_public) AND "d".status = 'withdrawn' AND "d".received_on IS NOT NULL)) AND d.tsv @@ $1::tsquery AND ("d".status = 'published' OR search_vector_split(d.subject, d.meta, d.question, NULL, '') @@ $1::tsquery) AND (CASE WHEN (CASE WHEN "d".status = 'published' THEN d.tsv ELSE search_vector_split(d.subject, d.meta, d.question, NULL, '') END) @@ $2::tsquery THEN $3::float8 ELSE 0 END + CASE WHEN (CASE WHEN "d".status = 'published' THEN d.tsv ELSE search_vector_split(d.subject, d.meta, d.question, NULL, '') END) @@ $4::tsquery THEN $5::float8 ELSE 0 END + CASE WHEN (CASE WHEN "d".status = 'published' THEN d.tsv ELSE search_vector_split(d.subject, d.meta, d.question, NULL, '') END) @@ $6::tsquery THEN $7::float8 ELSE 0 END) >= $8::float8 AND d.question_id % 16 = 0
GROUP BY GROUPING SETS ((d.municipality_slug), (d.party_name), (d.portfolio_holder_name), (d.status), (d.year), (search_month(d.rank_date)), ())

-- exactWithItemsSql
-- params: ["('omwon' | 'bewoner') | 'opbrengst' | 'windturbin'","('omwon':A | 'bewoner':A)",1.2,"'opbrengst':A",3.9,"'windturbin':A",3.6,2.784,20,0,"('omwon' | 'bewoner')",1.2,"'opbrengst'",3.9,"'windturbin'",3.6,"('omwon':AB | 'bewoner':AB)",1.2,"'opbrengst':AB",3.9,"'windturbin':AB",3.6,8.7,"'omwon':* | 'bewoner':* | 'meedel':* | 'opbrengst':* | 'windturbin':*"]
WITH m AS MATERIALIZED (SELECT d.question_id, d.rank_date, d.municipality_slug, d.party_name, d.portfolio_holder_name, d.status, d.year FROM search_document d WHERE ("d".status = 'published' OR ("d".municipality_id IN (SELECT vis_m.id FROM municipality vis_m WHERE vis_m.questions_public) AND "d".status IN ('registered', 'postponed', 'answered')) OR ("d".municipality_id IN (SELECT vis_m.id FROM municipality vis_m WHERE vis_m.questions_public) AND "d".status = 'withdrawn' AND "d".received_on IS NOT NULL)) AND d.tsv @@ $1::tsquery AND ("d".status = 'published' OR search_vector_split(d.subject, d.meta, d.question, NULL, '') @@ $1::tsquery) AND (CASE WHEN (CASE WHEN "d".status = 'published' THEN d.tsv ELSE search_vector_split(d.subject, d.meta, d.question, NULL, '') END) @@ $2::tsquery THEN $3::float8 ELSE 0 END + CASE WHEN (CASE WHEN "d".status = 'published' THEN d.tsv ELSE search_vector_split(d.subject, d.meta, d.question, NULL, '') END) @@ $4::tsquery THEN $5::float8 ELSE 0 END + CASE WHEN (CASE WHEN "d".status = 'published' THEN d.tsv ELSE search_vector_split(d.subject, d.meta, d.question, NULL, '') END) @@ $6::tsquery THEN $7::float8 ELSE 0 END) >= $8::float8),
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
  (SELECT $24::tsquery::text) AS hl_query,
  page.score
FROM (SELECT d.question_id, ((10 * (CASE WHEN (CASE WHEN "d".status = 'published' THEN d.tsv ELSE search_vector_split(d.subject, d.meta, d.question, NULL, '') END) @@ $11::tsquery THEN $12::float8 ELSE 0 END + CASE WHEN (CASE WHEN "d".status = 'published' THEN d.tsv ELSE search_vector_split(d.subject, d.meta, d.question, NULL, '') END) @@ $13::tsquery THEN $14::float8 ELSE 0 END + CASE WHEN (CASE WHEN "d".status = 'published' THEN d.tsv ELSE search_vector_split(d.subject, d.meta, d.question, NULL, '') END) @@ $15::tsquery THEN $16::float8 ELSE 0 END) + 3 * (CASE WHEN (CASE WHEN "d".status = 'published' THEN d.tsv ELSE search_vector_split(d.subject, d.meta, d.question, NULL, '') END) @@ $17::tsquery THEN $18::float8 ELSE 0 END + CASE WHEN (CASE WHEN "d".status = 'published' THEN d.tsv ELSE search_vector_split(d.subject, d.meta, d.question, NULL, '') END) @@ $19::tsquery THEN $20::float8 ELSE 0 END + CASE WHEN (CASE WHEN "d".status = 'published' THEN d.tsv ELSE search_vector_split(d.subject, d.meta, d.question, NULL, '') END) @@ $21::tsquery THEN $22::float8 ELSE 0 END)) / $23::float8
        + ts_rank_cd((CASE WHEN "d".status = 'published' THEN d.tsv ELSE search_vector_split(d.subject, d.meta, d.question, NULL, '') END), $1::tsquery) + 0.3 / (1 + (current_date - d.rank_date) / 1095.0)) AS score FROM (SELECT question_id FROM m ORDER BY rank_date DESC, question_id DESC LIMIT 300) c
       JOIN search_document d USING (question_id)
       ORDER BY score DESC, d.rank_date DESC, d.question_id DESC LIMIT $9 OFFSET $10) page JOIN search_document d USING (question_id)
ORDER BY page.score DESC, d.rank_date DESC, d.question_id DESC) x
) i ON true
ORDER BY i.ord

-- itemsInMonthsSql
-- params: ["('omwon' | 'bewoner') | 'opbrengst' | 'windturbin'","('omwon':A | 'bewoner':A)",1.2,"'opbrengst':A",3.9,"'windturbin':A",3.6,2.784,20,0,"('omwon' | 'bewoner')",1.2,"'opbrengst'",3.9,"'windturbin'",3.6,"('omwon':AB | 'bewoner':AB)",1.2,"'opbrengst':AB",3.9,"'windturbin':AB",3.6,8.7,"'omwon':* | 'bewoner':* | 'meedel':* | 'opbrengst':* | 'windturbin':*",[24290,24291]]
WITH m AS MATERIALIZED (SELECT d.question_id, d.rank_date FROM search_document d WHERE ("d".status = 'published' OR ("d".municipality_id IN (SELECT vis_m.id FROM municipality vis_m WHERE vis_m.questions_public) AND "d".status IN ('registered', 'postponed', 'answered')) OR ("d".municipality_id IN (SELECT vis_m.id FROM municipality vis_m WHERE vis_m.questions_public) AND "d".status = 'withdrawn' AND "d".received_on IS NOT NULL)) AND d.tsv @@ $1::tsquery AND ("d".status = 'published' OR search_vector_split(d.subject, d.meta, d.question, NULL, '') @@ $1::tsquery) AND (CASE WHEN (CASE WHEN "d".status = 'published' THEN d.tsv ELSE search_vector_split(d.subject, d.meta, d.question, NULL, '') END) @@ $2::tsquery THEN $3::float8 ELSE 0 END + CASE WHEN (CASE WHEN "d".status = 'published' THEN d.tsv ELSE search_vector_split(d.subject, d.meta, d.question, NULL, '') END) @@ $4::tsquery THEN $5::float8 ELSE 0 END + CASE WHEN (CASE WHEN "d".status = 'published' THEN d.tsv ELSE search_vector_split(d.subject, d.meta, d.question, NULL, '') END) @@ $6::tsquery THEN $7::float8 ELSE 0 END) >= $8::float8 AND search_month(d.rank_date) = ANY($25::int[])),
c AS MATERIALIZED (SELECT question_id, rank_date FROM m ORDER BY rank_date DESC, question_id DESC LIMIT 300)
SELECT (SELECT count(*) FROM c) AS found, x.* FROM (
SELECT d.question_set_id, d.municipality_slug, d.number, d.subject, d.question,
  CASE WHEN "d".status = 'published' THEN d.answer END AS answer, d.party_name, d.portfolio_holder_name, d.status,
  CASE WHEN "d".status = 'published' THEN to_char(d.answered_on, 'YYYY-MM-DD') END AS answered_on,
  (SELECT $24::tsquery::text) AS hl_query,
  page.score
FROM (SELECT d.question_id, ((10 * (CASE WHEN (CASE WHEN "d".status = 'published' THEN d.tsv ELSE search_vector_split(d.subject, d.meta, d.question, NULL, '') END) @@ $11::tsquery THEN $12::float8 ELSE 0 END + CASE WHEN (CASE WHEN "d".status = 'published' THEN d.tsv ELSE search_vector_split(d.subject, d.meta, d.question, NULL, '') END) @@ $13::tsquery THEN $14::float8 ELSE 0 END + CASE WHEN (CASE WHEN "d".status = 'published' THEN d.tsv ELSE search_vector_split(d.subject, d.meta, d.question, NULL, '') END) @@ $15::tsquery THEN $16::float8 ELSE 0 END) + 3 * (CASE WHEN (CASE WHEN "d".status = 'published' THEN d.tsv ELSE search_vector_split(d.subject, d.meta, d.question, NULL, '') END) @@ $17::tsquery THEN $18::float8 ELSE 0 END + CASE WHEN (CASE WHEN "d".status = 'published' THEN d.tsv ELSE search_vector_split(d.subject, d.meta, d.question, NULL, '') END) @@ $19::tsquery THEN $20::float8 ELSE 0 END + CASE WHEN (CASE WHEN "d".status = 'published' THEN d.tsv ELSE search_vector_split(d.subject, d.meta, d.question, NULL, '') END) @@ $21::tsquery THEN $22::float8 ELSE 0 END)) / $23::float8
        + ts_rank_cd((CASE WHEN "d".status = 'published' THEN d.tsv ELSE search_vector_split(d.subject, d.meta, d.question, NULL, '') END), $1::tsquery) + 0.3 / (1 + (current_date - d.rank_date) / 1095.0)) AS score FROM (SELECT question_id FROM c ORDER BY rank_date DESC, question_id DESC LIMIT 300) c
       JOIN search_document d USING (question_id)
       ORDER BY score DESC, d.rank_date DESC, d.question_id DESC LIMIT $9 OFFSET $10) page JOIN search_document d USING (question_id)
ORDER BY page.score DESC, d.rank_date DESC, d.question_id DESC) x

-- itemsSql
-- params: ["('omwon' | 'bewoner') | 'opbrengst' | 'windturbin'","('omwon':A | 'bewoner':A)",1.2,"'opbrengst':A",3.9,"'windturbin':A",3.6,2.784,20,0,"('omwon' | 'bewoner')",1.2,"'opbrengst'",3.9,"'windturbin'",3.6,"('omwon':AB | 'bewoner':AB)",1.2,"'opbrengst':AB",3.9,"'windturbin':AB",3.6,8.7,"'omwon':* | 'bewoner':* | 'meedel':* | 'opbrengst':* | 'windturbin':*"]
SELECT d.question_set_id, d.municipality_slug, d.number, d.subject, d.question,
  CASE WHEN "d".status = 'published' THEN d.answer END AS answer, d.party_name, d.portfolio_holder_name, d.status,
  CASE WHEN "d".status = 'published' THEN to_char(d.answered_on, 'YYYY-MM-DD') END AS answered_on,
  (SELECT $24::tsquery::text) AS hl_query,
  page.score
FROM (SELECT d.question_id, ((10 * (CASE WHEN (CASE WHEN "d".status = 'published' THEN d.tsv ELSE search_vector_split(d.subject, d.meta, d.question, NULL, '') END) @@ $11::tsquery THEN $12::float8 ELSE 0 END + CASE WHEN (CASE WHEN "d".status = 'published' THEN d.tsv ELSE search_vector_split(d.subject, d.meta, d.question, NULL, '') END) @@ $13::tsquery THEN $14::float8 ELSE 0 END + CASE WHEN (CASE WHEN "d".status = 'published' THEN d.tsv ELSE search_vector_split(d.subject, d.meta, d.question, NULL, '') END) @@ $15::tsquery THEN $16::float8 ELSE 0 END) + 3 * (CASE WHEN (CASE WHEN "d".status = 'published' THEN d.tsv ELSE search_vector_split(d.subject, d.meta, d.question, NULL, '') END) @@ $17::tsquery THEN $18::float8 ELSE 0 END + CASE WHEN (CASE WHEN "d".status = 'published' THEN d.tsv ELSE search_vector_split(d.subject, d.meta, d.question, NULL, '') END) @@ $19::tsquery THEN $20::float8 ELSE 0 END + CASE WHEN (CASE WHEN "d".status = 'published' THEN d.tsv ELSE search_vector_split(d.subject, d.meta, d.question, NULL, '') END) @@ $21::tsquery THEN $22::float8 ELSE 0 END)) / $23::float8
        + ts_rank_cd((CASE WHEN "d".status = 'published' THEN d.tsv ELSE search_vector_split(d.subject, d.meta, d.question, NULL, '') END), $1::tsquery) + 0.3 / (1 + (current_date - d.rank_date) / 1095.0)) AS score FROM (SELECT d.question_id FROM search_document d WHERE ("d".status = 'published' OR ("d".municipality_id IN (SELECT vis_m.id FROM municipality vis_m WHERE vis_m.questions_public) AND "d".status IN ('registered', 'postponed', 'answered')) OR ("d".municipality_id IN (SELECT vis_m.id FROM municipality vis_m WHERE vis_m.questions_public) AND "d".status = 'withdrawn' AND "d".received_on IS NOT NULL)) AND d.tsv @@ $1::tsquery AND ("d".status = 'published' OR search_vector_split(d.subject, d.meta, d.question, NULL, '') @@ $1::tsquery) AND (CASE WHEN (CASE WHEN "d".status = 'published' THEN d.tsv ELSE search_vector_split(d.subject, d.meta, d.question, NULL, '') END) @@ $2::tsquery THEN $3::float8 ELSE 0 END + CASE WHEN (CASE WHEN "d".status = 'published' THEN d.tsv ELSE search_vector_split(d.subject, d.meta, d.question, NULL, '') END) @@ $4::tsquery THEN $5::float8 ELSE 0 END + CASE WHEN (CASE WHEN "d".status = 'published' THEN d.tsv ELSE search_vector_split(d.subject, d.meta, d.question, NULL, '') END) @@ $6::tsquery THEN $7::float8 ELSE 0 END) >= $8::float8
         ORDER BY d.rank_date DESC, d.question_id DESC LIMIT 300) c
       JOIN search_document d USING (question_id)
       ORDER BY score DESC, d.rank_date DESC, d.question_id DESC LIMIT $9 OFFSET $10) page JOIN search_document d USING (question_id)
ORDER BY page.score DESC, d.rank_date DESC, d.question_id DESC

-- itemsBitmapSql
-- params: ["('omwon' | 'bewoner') | 'opbrengst' | 'windturbin'","('omwon':A | 'bewoner':A)",1.2,"'opbrengst':A",3.9,"'windturbin':A",3.6,2.784,20,0,"('omwon' | 'bewoner')",1.2,"'opbrengst'",3.9,"'windturbin'",3.6,"('omwon':AB | 'bewoner':AB)",1.2,"'opbrengst':AB",3.9,"'windturbin':AB",3.6,8.7,"'omwon':* | 'bewoner':* | 'meedel':* | 'opbrengst':* | 'windturbin':*"]
SELECT d.question_set_id, d.municipality_slug, d.number, d.subject, d.question,
  CASE WHEN "d".status = 'published' THEN d.answer END AS answer, d.party_name, d.portfolio_holder_name, d.status,
  CASE WHEN "d".status = 'published' THEN to_char(d.answered_on, 'YYYY-MM-DD') END AS answered_on,
  (SELECT $24::tsquery::text) AS hl_query,
  page.score
FROM (SELECT d.question_id, ((10 * (CASE WHEN (CASE WHEN "d".status = 'published' THEN d.tsv ELSE search_vector_split(d.subject, d.meta, d.question, NULL, '') END) @@ $11::tsquery THEN $12::float8 ELSE 0 END + CASE WHEN (CASE WHEN "d".status = 'published' THEN d.tsv ELSE search_vector_split(d.subject, d.meta, d.question, NULL, '') END) @@ $13::tsquery THEN $14::float8 ELSE 0 END + CASE WHEN (CASE WHEN "d".status = 'published' THEN d.tsv ELSE search_vector_split(d.subject, d.meta, d.question, NULL, '') END) @@ $15::tsquery THEN $16::float8 ELSE 0 END) + 3 * (CASE WHEN (CASE WHEN "d".status = 'published' THEN d.tsv ELSE search_vector_split(d.subject, d.meta, d.question, NULL, '') END) @@ $17::tsquery THEN $18::float8 ELSE 0 END + CASE WHEN (CASE WHEN "d".status = 'published' THEN d.tsv ELSE search_vector_split(d.subject, d.meta, d.question, NULL, '') END) @@ $19::tsquery THEN $20::float8 ELSE 0 END + CASE WHEN (CASE WHEN "d".status = 'published' THEN d.tsv ELSE search_vector_split(d.subject, d.meta, d.question, NULL, '') END) @@ $21::tsquery THEN $22::float8 ELSE 0 END)) / $23::float8
        + ts_rank_cd((CASE WHEN "d".status = 'published' THEN d.tsv ELSE search_vector_split(d.subject, d.meta, d.question, NULL, '') END), $1::tsquery) + 0.3 / (1 + (current_date - d.rank_date) / 1095.0)) AS score FROM (WITH m AS MATERIALIZED (SELECT d.question_id, d.rank_date FROM search_document d WHERE ("d".status = 'published' OR ("d".municipality_id IN (SELECT vis_m.id FROM municipality vis_m WHERE vis_m.questions_public) AND "d".status IN ('registered', 'postponed', 'answered')) OR ("d".municipality_id IN (SELECT vis_m.id FROM municipality vis_m WHERE vis_m.questions_public) AND "d".status = 'withdrawn' AND "d".received_on IS NOT NULL)) AND d.tsv @@ $1::tsquery AND ("d".status = 'published' OR search_vector_split(d.subject, d.meta, d.question, NULL, '') @@ $1::tsquery) AND (CASE WHEN (CASE WHEN "d".status = 'published' THEN d.tsv ELSE search_vector_split(d.subject, d.meta, d.question, NULL, '') END) @@ $2::tsquery THEN $3::float8 ELSE 0 END + CASE WHEN (CASE WHEN "d".status = 'published' THEN d.tsv ELSE search_vector_split(d.subject, d.meta, d.question, NULL, '') END) @@ $4::tsquery THEN $5::float8 ELSE 0 END + CASE WHEN (CASE WHEN "d".status = 'published' THEN d.tsv ELSE search_vector_split(d.subject, d.meta, d.question, NULL, '') END) @@ $6::tsquery THEN $7::float8 ELSE 0 END) >= $8::float8)
         SELECT question_id FROM m ORDER BY rank_date DESC, question_id DESC LIMIT 300) c
       JOIN search_document d USING (question_id)
       ORDER BY score DESC, d.rank_date DESC, d.question_id DESC LIMIT $9 OFFSET $10) page JOIN search_document d USING (question_id)
ORDER BY page.score DESC, d.rank_date DESC, d.question_id DESC
