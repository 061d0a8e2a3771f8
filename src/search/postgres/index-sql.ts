/**
 * The SQL that builds `search_document` rows from the core tables: one row per question, with
 * its answer and its set's fields. Used by the change hook (one set, inside the transaction
 * that changed it), by `reindex` and by the benchmark, so all three index alike.
 */

/**
 * A reference as printed, with its separators as spaces and without them (`HW/SV/2025/0502`, `HW SV 2025 0502`,
 * `HWSV20250502`): the text search reads `HW/SV/2025/0502` as one path token, `WKW-2026-1793` as a word and two
 * signed numbers, so a user typing the number alone (`2025/0502`) or with other separators found nothing; griffie
 * staff also type a reference with no separators at all (`25r00428` for `25R.00428`). The query side spells a
 * typed reference with spaces too (query-plan.ts, referenceForms).
 */
function referenceWords(expression: string): string {
  const spaced = `regexp_replace(${expression}, '[^[:alnum:]]+', ' ', 'g')`;
  // A fourth spelling, only where it differs: each number without its leading zeros (`SWL RV 2024 213` for
  // `SWL-RV-2024-0213`), as people type a number they read aloud; the query side drops them too.
  const unpadded = `NULLIF(regexp_replace(${spaced}, '(^| )0+([0-9])', '\\1\\2', 'g'), ${spaced})`;
  return `${expression}, ${spaced}, regexp_replace(${expression}, '[^[:alnum:]]+', '', 'g'), ${unpadded}`;
}

/** Dutch names of document kinds, so `RIB 2024-085` or `motie 2018-115M` find the document. */
const KIND_WORDS = `CASE d.kind
  WHEN 'motion' THEN 'motie'
  WHEN 'amendment' THEN 'amendement'
  WHEN 'council_letter' THEN 'raadsinformatiebrief RIB'
  WHEN 'council_proposal' THEN 'raadsvoorstel'
  WHEN 'policy' THEN 'beleidsnota'
  WHEN 'regulation' THEN 'verordening'
  ELSE '' END`;

/**
 * Open commitments come from the commitments module (table `commitment`), which may not exist
 * yet in a database; the caller checks with to_regclass and picks the variant.
 */
function openCommitmentsExpression(hasCommitmentTable: boolean): string {
  return hasCommitmentTable
    ? `EXISTS (SELECT 1 FROM commitment c WHERE c.question_set_id = s.id AND c.status = 'open')`
    : 'false';
}

/** INSERT … SELECT of the rows of the sets in `$1` (int[]). Delete the old rows first. */
export function insertSearchDocumentsSql(hasCommitmentTable: boolean): string {
  return `
INSERT INTO search_document (question_id, question_set_id, municipality_id, municipality_slug, party_id, party_name,
  portfolio_holder_id, portfolio_holder_name, status, number, position, subject, question, answer, meta, answer_meta,
  received_on, answered_on, published_on, year, rank_date, document_ids, answer_document_ids, open_commitments, tsv)
SELECT r.*, search_vector_split(r.subject, r.meta, r.question, r.answer, r.answer_meta) FROM (
SELECT q.id, s.id, s.municipality_id, m.slug, s.party_id, p.name, s.portfolio_holder_id, ph.name, s.status, q.number, q.position,
  s.subject, q.text AS question, a.text AS answer,
  concat_ws(' ', p.name, ph.name, ${referenceWords('s.reference')},
    (SELECT string_agg(pe.name, ' ') FROM question_set_submitter qss JOIN person pe ON pe.id = qss.person_id WHERE qss.question_set_id = s.id),
    (SELECT string_agg(concat_ws(' ', ${KIND_WORDS}, ${referenceWords('d.reference')}, d.title), ' ') FROM question_set_document qsd JOIN document d ON d.id = qsd.document_id WHERE qsd.question_set_id = s.id),
    s.explanation) AS meta,
  concat_ws(' ', (SELECT string_agg(concat_ws(' ', ${KIND_WORDS}, ${referenceWords('d.reference')}, d.title), ' ') FROM answer_document ad JOIN document d ON d.id = ad.document_id WHERE ad.answer_id = a.id),
    CASE WHEN a.id IS NOT NULL THEN s.introduction END) AS answer_meta,
  s.received_on, s.answered_on, s.published_on,
  extract(year FROM coalesce(s.answered_on, s.received_on, (s.created_at AT TIME ZONE 'Europe/Amsterdam')::date))::smallint,
  coalesce(s.answered_on, s.received_on, (s.created_at AT TIME ZONE 'Europe/Amsterdam')::date),
  ARRAY(SELECT qsd.document_id FROM question_set_document qsd WHERE qsd.question_set_id = s.id),
  ARRAY(SELECT ad.document_id FROM answer_document ad WHERE ad.answer_id = a.id),
  ${openCommitmentsExpression(hasCommitmentTable)}
FROM question_set s
JOIN municipality m ON m.id = s.municipality_id
JOIN question q ON q.question_set_id = s.id
LEFT JOIN answer a ON a.id = q.answer_id
LEFT JOIN party p ON p.id = s.party_id
LEFT JOIN person ph ON ph.id = s.portfolio_holder_id
WHERE s.id = ANY($1::int[])
-- In date order: see SearchIndexer.allSetIds.
ORDER BY coalesce(s.answered_on, s.received_on, (s.created_at AT TIME ZONE 'Europe/Amsterdam')::date), q.id) r`;
}

export const DELETE_SEARCH_DOCUMENTS_SQL = `DELETE FROM search_document WHERE question_set_id = ANY($1::int[])`;

/**
 * Words of the sets' texts into the typo lexicon (unaccented, lower case, 4+ letters), kept
 * incrementally: building it with ts_stat over a large archive takes minutes. Read from the core
 * tables, before the search rows are written, so a new compound's parts are known when its row
 * is indexed. Returns the words that were new (their compound parts are computed next).
 */
export const UPDATE_LEXICON_SQL = `
INSERT INTO search_lexicon (word)
SELECT DISTINCT w FROM question_set s
  JOIN question q ON q.question_set_id = s.id
  LEFT JOIN answer a ON a.id = q.answer_id,
  regexp_split_to_table(lower(search_unaccent(concat_ws(' ', s.subject, s.explanation, q.text, a.text))), '[^a-z]+') AS w
WHERE s.id = ANY($1::int[]) AND length(w) BETWEEN 4 AND 40
ON CONFLICT (word) DO NOTHING
RETURNING word`;

/**
 * Dutch compound heads and modifiers that may be missing from a young lexicon (the lexicon holds
 * the corpus's own words; these make splitting work from the first documents on).
 */
export const KNOWN_COMPOUND_PARTS: readonly string[] = [
  'anti',
  'agenda',
  'beleid',
  'plan',
  'zorg',
  'loket',
  'voorziening',
  'voorzieningen',
  'meldpunt',
  'melding',
  'meldingen',
  'klacht',
  'klachten',
  'verordening',
  'regeling',
  'subsidie',
  'budget',
  'kosten',
  'onderzoek',
  'overleg',
  'raad',
  'gemeente',
  'woning',
  'woningen',
  'bouw',
  'school',
  'scholen',
  'jeugd',
  'verkeer',
  'veiligheid',
  'handhaving',
  'vergunning',
  'afval',
  'energie',
  'klimaat',
  'groen',
  'water',
  'fiets',
  'parkeer',
  'parkeren',
  'wijk',
  'buurt',
  'sport',
  'cultuur',
  'armoede',
  'schuld',
  'schulden',
  'hulp',
  'dienst',
  'diensten',
  'project',
  'programma',
  'beheer',
  'gebied',
  'terrein',
  'centrum',
];

/**
 * Splits lexicon words of 9+ letters into known words (per distinct word, never per row): a
 * prefix of 4+ letters that is a lexicon or known word, an optional linking `s`, `e` or `en`, and
 * a remainder of 4+ letters that is itself a word or splits again. The finest split wins
 * (`antidiscriminatievoorziening` → anti, discriminatie, voorziening). `$1` is the words to
 * split (NULL: the whole lexicon), `$2` KNOWN_COMPOUND_PARTS.
 */
export const COMPOUND_PARTS_SQL = `
WITH RECURSIVE split(word, rest, parts) AS (
  SELECT l.word, l.word, ARRAY[]::text[] FROM search_lexicon l
  WHERE length(l.word) >= 9 AND ($1::text[] IS NULL OR l.word = ANY($1::text[]))
  UNION ALL
  SELECT s.word, substr(s.rest, i + 1 + length(k.link)), s.parts || left(s.rest, i)
  FROM split s
  CROSS JOIN LATERAL generate_series(4, length(s.rest) - 4) AS i
  CROSS JOIN (VALUES (''), ('s'), ('e'), ('en')) AS k(link)
  WHERE cardinality(s.parts) < 6
    AND length(s.rest) - i - length(k.link) >= 4
    AND substr(s.rest, i + 1, length(k.link)) = k.link
    AND (left(s.rest, i) = ANY($2::text[]) OR EXISTS (SELECT 1 FROM search_lexicon x WHERE x.word = left(s.rest, i)))
)
INSERT INTO search_compound_part (word, parts)
SELECT DISTINCT ON (word) word, parts || rest FROM split
WHERE cardinality(parts) > 0 AND (rest = ANY($2::text[]) OR EXISTS (SELECT 1 FROM search_lexicon x WHERE x.word = split.rest))
ORDER BY word, cardinality(parts) DESC, parts
ON CONFLICT (word) DO UPDATE SET parts = EXCLUDED.parts`;

export const HAS_COMMITMENT_TABLE_SQL = `SELECT to_regclass('public.commitment') IS NOT NULL AS present`;
