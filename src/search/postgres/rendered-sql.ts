/**
 * The SQL the PostgreSQL engine sends, rendered for each query shape, as immich keeps its
 * repositories' queries (`src/search/postgres/queries/*.sql`): a reviewer sees what a change does
 * to the statements, and a test (rendered-sql.spec.ts) fails when the files are stale. Regenerate
 * with `npm run search:sql` (scripts/search-sql.ts). Pure: the statements are compiled from fixed
 * actors and queries, without a database.
 */
import { Actor, PUBLIC_ACTOR } from '../../auth/actor';
import { SearchQuery } from '../search-engine';
import { CompiledSearch, CompileOptions, compileSearch, documentFrequenciesSql } from './postgres-search-engine';
import { KNOWN_NAMES_SQL, TERM_LEXEMES_SQL, WORD_FACTS_SQL } from './query-analysis';

const BASE: SearchQuery = { q: '', sort: 'relevance', limit: 20, offset: 0 };
const CLERK: Actor = { role: 'clerk', municipalityId: 3, partyId: null, portfolioHolderId: null, label: 'griffie' };
const PARTY: Actor = { role: 'party', municipalityId: 3, partyId: 7, portfolioHolderId: null, label: 'fractie' };

interface Shape {
  file: string;
  description: string;
  actor: Actor;
  query: SearchQuery;
  match: string | null;
  highlight: string | null;
  options?: CompileOptions;
}

const RELAXED_SLOTS = ["('omwon' | 'bewoner')", "'bekendgemaakt'", "('azc' | 'asielzoekerscentrum')"];

const SHAPES: Shape[] = [
  {
    file: 'one-word',
    description: 'one word, no filter (public): `meldingen`',
    actor: PUBLIC_ACTOR,
    query: { ...BASE, q: 'meldingen' },
    match: "'melding'",
    highlight: "'melding':*",
  },
  {
    file: 'one-word-municipality',
    description: 'one word within a small municipality (its own 1-in-16 sample first)',
    actor: PUBLIC_ACTOR,
    query: { ...BASE, q: 'opvang', municipalityId: 3 },
    match: "('opvang' | 'noodopvang')",
    highlight: "'opvang':* | 'noodopvang':*",
    options: { smallMunicipality: true },
  },
  {
    file: 'two-words-year-range',
    description: 'two slots (one with thesaurus alternatives) and a date range',
    actor: PUBLIC_ACTOR,
    query: { ...BASE, q: 'azc omwonenden', from: '2021-01-01', to: '2024-12-31' },
    match: "('azc' | 'asielzoekerscentrum' | ('opvang' <-> 'asielzoeker')) & ('omwon' | 'bewoner')",
    highlight: "'azc' | 'asielzoekerscentrum':* | 'opvang':* | 'asielzoeker':* | 'omwon':* | 'bewoner':*",
  },
  {
    file: 'relaxed',
    description: 'relaxed matching: the slots OR-ed, IDF weights, at least half the weight covered',
    actor: PUBLIC_ACTOR,
    query: { ...BASE, q: 'hoe worden omwonenden bekendgemaakt over het azc' },
    match: RELAXED_SLOTS.join(' | '),
    highlight: "'omwon':* | 'bewoner':* | 'bekendgemaakt':* | 'azc' | 'asielzoekerscentrum':*",
    options: {
      relaxed: {
        slots: RELAXED_SLOTS,
        fieldSlots: ["('omwon':AB | 'bewoner':AB)", "'bekendgemaakt':AB", "('azc':AB | 'asielzoekerscentrum':AB)"],
        weights: [1.2, 5.9, 4.4],
        minShare: 0.5,
      },
    },
  },
  {
    file: 'relaxed-last-resort',
    description:
      'the last resort (lenientMatch): the known words OR-ed, counted in the subject only, at least half an unknown word of weight',
    actor: PUBLIC_ACTOR,
    query: { ...BASE, q: 'kunnen omwonenden meedelen in de opbrengst van windturbines' },
    match: "('omwon' | 'bewoner') | 'opbrengst' | 'windturbin'",
    highlight: "'omwon':* | 'bewoner':* | 'meedel':* | 'opbrengst':* | 'windturbin':*",
    options: {
      relaxed: {
        slots: ["('omwon' | 'bewoner')", "'opbrengst'", "'windturbin'"],
        fieldSlots: ["('omwon':AB | 'bewoner':AB)", "'opbrengst':AB", "'windturbin':AB"],
        conditionSlots: ["('omwon':A | 'bewoner':A)", "'opbrengst':A", "'windturbin':A"],
        weights: [1.2, 3.9, 3.6],
        minShare: 0.32,
      },
    },
  },
  {
    file: 'date-sort',
    description: 'one word, newest first, second page, a party filter',
    actor: PUBLIC_ACTOR,
    query: { ...BASE, q: 'parkeren', sort: 'date', offset: 20, party: 'VVD' },
    match: "'parker'",
    highlight: "'parker':*",
  },
  {
    file: 'party-own-sets',
    description: 'a party account: its own unpublished sets match without their answers',
    actor: PARTY,
    query: { ...BASE, q: 'warmtenet' },
    match: "('warmtenet' | 'stadsverwarm')",
    highlight: "'warmtenet':* | 'stadsverwarm':*",
  },
  {
    file: 'clerk-filters',
    description: 'griffie of a municipality: its embargoed answers too; status, year, document, open commitments',
    actor: CLERK,
    query: { ...BASE, q: 'motie', status: 'answered', year: 2024, documentIds: [4, 9], openCommitments: true },
    match: "'motie'",
    highlight: "'motie':*",
  },
  {
    file: 'filters-only',
    description: 'no words, only a portfolio holder named in the query (interpreted as a filter)',
    actor: PUBLIC_ACTOR,
    query: { ...BASE, q: 'Lot van Hooijdonk', portfolioHolder: 'Lot van Hooijdonk' },
    match: null,
    highlight: null,
  },
];

const STATEMENTS: (keyof CompiledSearch)[] = [
  'sampleFacetsSql',
  'fineSampleFacetsSql',
  'exactWithItemsSql',
  'itemsInMonthsSql',
  'itemsSql',
  'itemsBitmapSql',
];

function statement(name: string, sql: string, params: unknown[]): string {
  return `-- ${name}\n-- params: ${JSON.stringify(params)}\n${sql.trim()}\n`;
}

function renderShape(shape: Shape): string {
  const compiled = compileSearch(shape.actor, shape.query, shape.match, shape.highlight, {
    ...shape.options,
    lexemes: true,
  });
  const parts = [
    `-- Shape: ${shape.description}\n-- Query: ${JSON.stringify(shape.query)}\n-- Actor: ${shape.actor.role}\n`,
  ];
  for (const name of STATEMENTS) {
    const sql = compiled[name] as string;
    const params =
      name === 'sampleFacetsSql' || name === 'fineSampleFacetsSql' ? compiled.facetParams : compiled.itemParams;
    const values = name === 'itemsInMonthsSql' ? [...params.values, [24290, 24291]] : params.values;
    parts.push(statement(name, sql, values));
  }
  return parts.join('\n');
}

/** File name (without directory) → content, for every shape and the query-understanding statements. */
export function renderSearchSql(): Map<string, string> {
  const files = new Map<string, string>();
  for (const shape of SHAPES) files.set(`${shape.file}.sql`, renderShape(shape));
  const frequencies = documentFrequenciesSql(PUBLIC_ACTOR, RELAXED_SLOTS);
  files.set(
    'query-analysis.sql',
    [
      '-- Shape: what the query planner reads before a search (query-analysis.ts), and the IDF of relaxed matching\n',
      statement('WORD_FACTS_SQL', WORD_FACTS_SQL, [
        ['omwonenden', 'bekendgemaakt', 'omwonendenbekendgemaakt'],
        ['omwonenden', 'bekendgemaakt'],
        [],
      ]),
      statement('TERM_LEXEMES_SQL', TERM_LEXEMES_SQL, [['bekend', 'gemaakt']]),
      statement('KNOWN_NAMES_SQL', KNOWN_NAMES_SQL, []),
      statement('documentFrequenciesSql', frequencies.sql, frequencies.params),
    ].join('\n'),
  );
  return files;
}
