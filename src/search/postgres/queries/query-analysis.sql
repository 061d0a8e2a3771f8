-- Shape: what the query planner reads before a search (query-analysis.ts), and the IDF of relaxed matching

-- WORD_FACTS_SQL
-- params: [["omwonenden","bekendgemaakt","omwonendenbekendgemaakt"],["omwonenden","bekendgemaakt"],[]]
SELECT w.word,
  (SELECT coalesce(json_agg(json_build_object('lexeme', t.lexeme, 'pos', p) ORDER BY p, t.lexeme), '[]'::json)
     FROM unnest(to_tsvector('public.dutch_unaccent', w.word)) AS t, unnest(t.positions) AS p) AS lexemes,
  k.known,
  CASE WHEN NOT k.known AND w.word = ANY($2::text[]) AND length(w.word) >= 4 AND w.word ~ '^[a-z]+$' THEN
    (SELECT json_agg(json_build_object('word', c.word, 'similarity', c.sim) ORDER BY c.sim DESC, c.word) FROM (
       SELECT l.word, similarity(l.word, w.word) AS sim FROM search_lexicon l
       WHERE l.word % w.word AND similarity(l.word, w.word) >= 0.3
         AND abs(length(l.word) - length(w.word)) <= 3
       ORDER BY similarity(l.word, w.word) DESC, l.word LIMIT 30) c)
  END AS suggestions,
  CASE WHEN w.word = ANY($2::text[]) AND length(w.word) >= 5 AND w.word ~ '^[a-z]+$' THEN
    (SELECT coalesce(json_agg(json_build_object('lexemes', h.lexemes, 'covered', h.covered)), '[]'::json) FROM (
       SELECT (SELECT json_agg(json_build_object('lexeme', t.lexeme, 'pos', p) ORDER BY p, t.lexeme)
               FROM unnest(to_tsvector('public.dutch_unaccent', l.word)) AS t, unnest(t.positions) AS p) AS lexemes,
         -- Split at index time with the typed word as a part: its rows carry that part's lexeme already.
         EXISTS (SELECT 1 FROM search_compound_part c, unnest(c.parts) AS cp(part)
                 WHERE c.word = l.word AND to_tsvector('public.dutch_unaccent', cp.part) = to_tsvector('public.dutch_unaccent', w.word)) AS covered
       FROM search_lexicon l
       WHERE (l.word LIKE '%' || b.base OR l.word LIKE '%' || b.base || 'en' OR l.word LIKE '%' || b.base || 's'
              OR l.word LIKE w.word || '%') AND length(l.word) >= length(b.base) + 3
       ORDER BY l.word LIMIT 20) h
     WHERE h.lexemes IS NOT NULL)
  END AS heads,
  (SELECT json_agg(json_build_object('word', p.part, 'lexemes',
     (SELECT coalesce(json_agg(json_build_object('lexeme', t.lexeme, 'pos', tp) ORDER BY tp, t.lexeme), '[]'::json)
      FROM unnest(to_tsvector('public.dutch_unaccent', p.part)) AS t, unnest(t.positions) AS tp)) ORDER BY p.n)
   FROM search_compound_part c, unnest(c.parts) WITH ORDINALITY AS p(part, n) WHERE c.word = w.word) AS parts
FROM unnest($1::text[]) AS w(word),
  LATERAL (SELECT EXISTS (SELECT 1 FROM search_lexicon l WHERE l.word = w.word) AS known) AS k,
  -- The head without its plural ending: a compound's head may stand in the other number (`verzekering` is
  -- the head of `opstalverzekeringen`, `woningen` of `studentenwoning`).
  LATERAL (SELECT CASE WHEN length(regexp_replace(w.word, '(en|s)$', '')) >= 5
                       THEN regexp_replace(w.word, '(en|s)$', '') ELSE w.word END AS base) AS b
UNION ALL
SELECT c.word,
  (SELECT coalesce(json_agg(json_build_object('lexeme', t.lexeme, 'pos', p) ORDER BY p, t.lexeme), '[]'::json)
     FROM unnest(to_tsvector('public.dutch_unaccent', c.word)) AS t, unnest(t.positions) AS p),
  true, NULL::json, NULL::json, NULL::json
FROM unnest($3::text[]) AS c(word),
  -- One lookup per candidate, as for the typed words (`= ANY` may take the trigram index: slow).
  LATERAL (SELECT EXISTS (SELECT 1 FROM search_lexicon l WHERE l.word = c.word) AS known) AS k
WHERE k.known AND c.word <> ALL($1::text[])

-- TERM_LEXEMES_SQL
-- params: [["bekend","gemaakt"]]
SELECT w.word,
  (SELECT coalesce(json_agg(json_build_object('lexeme', t.lexeme, 'pos', p) ORDER BY p, t.lexeme), '[]'::json)
     FROM unnest(to_tsvector('public.dutch_unaccent', w.word)) AS t, unnest(t.positions) AS p) AS lexemes,
  EXISTS (SELECT 1 FROM search_lexicon l WHERE l.word = w.word) AS known
FROM unnest($1::text[]) AS w(word)

-- KNOWN_NAMES_SQL
-- params: []
SELECT 'municipality' AS kind, m.slug AS value, m.name AS label, m.id FROM municipality m
UNION ALL
SELECT DISTINCT 'party', p.name, p.name, NULL::int FROM party p
UNION ALL
SELECT DISTINCT 'portfolioHolder', pe.name, pe.name, NULL::int FROM person pe
WHERE EXISTS (SELECT 1 FROM question_set s WHERE s.portfolio_holder_id = pe.id)

-- documentFrequenciesSql
-- params: ["('omwon' | 'bewoner')",10000,"'bekendgemaakt'",10000,"('azc' | 'asielzoekerscentrum')",10000]
SELECT (SELECT CASE WHEN c.reltuples < 10000 THEN (SELECT count(*) FROM search_document) ELSE c.reltuples::bigint END
  FROM pg_class c WHERE c.oid = 'public.search_document'::regclass) AS total,
  ARRAY[(SELECT count(*) FROM (SELECT 1 FROM search_document d WHERE ("d".status = 'published' OR ("d".municipality_id IN (SELECT vis_m.id FROM municipality vis_m WHERE vis_m.questions_public) AND "d".status IN ('registered', 'postponed', 'answered')) OR ("d".municipality_id IN (SELECT vis_m.id FROM municipality vis_m WHERE vis_m.questions_public) AND "d".status = 'withdrawn' AND "d".received_on IS NOT NULL)) AND d.tsv @@ $1::tsquery AND ("d".status = 'published' OR search_vector_split(d.subject, d.meta, d.question, NULL, '') @@ $1::tsquery) LIMIT $2) x), (SELECT count(*) FROM (SELECT 1 FROM search_document d WHERE ("d".status = 'published' OR ("d".municipality_id IN (SELECT vis_m.id FROM municipality vis_m WHERE vis_m.questions_public) AND "d".status IN ('registered', 'postponed', 'answered')) OR ("d".municipality_id IN (SELECT vis_m.id FROM municipality vis_m WHERE vis_m.questions_public) AND "d".status = 'withdrawn' AND "d".received_on IS NOT NULL)) AND d.tsv @@ $3::tsquery AND ("d".status = 'published' OR search_vector_split(d.subject, d.meta, d.question, NULL, '') @@ $3::tsquery) LIMIT $4) x), (SELECT count(*) FROM (SELECT 1 FROM search_document d WHERE ("d".status = 'published' OR ("d".municipality_id IN (SELECT vis_m.id FROM municipality vis_m WHERE vis_m.questions_public) AND "d".status IN ('registered', 'postponed', 'answered')) OR ("d".municipality_id IN (SELECT vis_m.id FROM municipality vis_m WHERE vis_m.questions_public) AND "d".status = 'withdrawn' AND "d".received_on IS NOT NULL)) AND d.tsv @@ $5::tsquery AND ("d".status = 'published' OR search_vector_split(d.subject, d.meta, d.question, NULL, '') @@ $5::tsquery) LIMIT $6) x)]::bigint[] AS counts
