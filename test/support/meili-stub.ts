import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';

type Doc = Record<string, unknown> & { id: number };

interface StubTask {
  taskUid: number;
  indexUid: string;
  type: string;
  status: 'enqueued' | 'processing' | 'succeeded' | 'failed';
  error: { message: string; code: string; type: string; link: string } | null;
  enqueuedAt: string;
  /** Work done when the task is processed (asynchronously, as the server does). */
  run: () => void;
}

interface StubIndex {
  uid: string;
  primaryKey: string | null;
  documents: Map<number, Doc>;
  settings: StubSettings;
}

interface StubSettings {
  searchableAttributes: string[];
  filterableAttributes: string[];
  sortableAttributes: string[];
  rankingRules: string[];
  synonyms: Record<string, string[]>;
  pagination: { maxTotalHits: number };
  faceting: { maxValuesPerFacet: number; sortFacetValuesBy?: Record<string, string> };
  [key: string]: unknown;
}

/** Meilisearch v1.12's defaults for a new index (its documentation, "Settings"). */
function defaultSettings(): StubSettings {
  return {
    displayedAttributes: ['*'],
    searchableAttributes: ['*'],
    filterableAttributes: [],
    sortableAttributes: [],
    rankingRules: ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness'],
    stopWords: [],
    nonSeparatorTokens: [],
    separatorTokens: [],
    dictionary: [],
    synonyms: {},
    distinctAttribute: null,
    proximityPrecision: 'byWord',
    typoTolerance: {
      enabled: true,
      minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 },
      disableOnWords: [],
      disableOnAttributes: [],
    },
    faceting: { maxValuesPerFacet: 100, sortFacetValuesBy: { '*': 'alpha' } },
    pagination: { maxTotalHits: 1000 },
    searchCutoffMs: null,
    localizedAttributes: null,
    facetSearch: true,
    prefixSearch: 'indexingTime',
  };
}

const DOCS_LINK = 'https://docs.meilisearch.com/errors#';

/** An API error body as Meilisearch sends it: message, code, type and link. */
function apiError(code: string, message: string, type = 'invalid_request') {
  return { message, code, type, link: `${DOCS_LINK}${code}` };
}

/**
 * A node:http stand-in for Meilisearch v1.12, faithful where the adapter's tests depend on it:
 * - writes are tasks, processed asynchronously; a task can fail (`failNextTask`, or a delete by
 *   filter on an attribute that is not filterable) and `GET /tasks/:uid` then says `failed`;
 * - adding documents to a missing index creates it with the server's defaults (nothing filterable,
 *   `maxTotalHits` 1,000, 100 facet values), so an index without settings misbehaves as the real one;
 * - search validates filters and sorts against the settings (`invalid_search_filter`,
 *   `invalid_search_sort`), honours `maxTotalHits`, `maxValuesPerFacet`, `attributesToSearchOn`,
 *   and ranks by the first ranking rule `sort` when present;
 * - error bodies carry the real `code`, `type` and `link`.
 * Its matching is simple word matching (prefix of the last word, no typos, synonyms one way): what
 * it proves is the adapter's protocol, not Meilisearch's relevance. See docs/search.md.
 */
export class SearchServerStub {
  readonly indexes = new Map<string, StubIndex>();
  /** Every document received, in order (a document sent twice appears twice here). */
  readonly received: Doc[] = [];
  /** Search request bodies, in order. */
  readonly searches: Record<string, unknown>[] = [];
  down = false;
  requests = 0;
  /** The next task (of any kind) fails with this error code. */
  failNextTask: string | null = null;
  private readonly tasks = new Map<number, StubTask>();
  private nextTask = 1;
  private server: Server | null = null;
  url = '';

  /** Documents of the main index (`questions`). */
  get documents(): Map<number, Doc> {
    return this.indexes.get('questions')?.documents ?? new Map<number, Doc>();
  }

  async start(): Promise<string> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this.url;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /** Loses every index (a server started on an empty data folder). */
  wipe(): void {
    this.indexes.clear();
  }

  settingsOf(uid: string): StubSettings | null {
    return this.indexes.get(uid)?.settings ?? null;
  }

  private index(uid: string, create: boolean): StubIndex | null {
    let index = this.indexes.get(uid) ?? null;
    if (!index && create) {
      index = { uid, primaryKey: null, documents: new Map(), settings: defaultSettings() };
      this.indexes.set(uid, index);
    }
    return index;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    this.requests++;
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const send = (status: number, payload: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(payload));
    };
    if (this.down) return send(503, apiError('unavailable', 'stub down', 'system'));
    let body: unknown;
    try {
      body = raw !== '' ? (JSON.parse(raw) as unknown) : null;
    } catch {
      return send(400, apiError('malformed_payload', 'The json payload provided is malformed.'));
    }
    const url = new URL(req.url ?? '/', 'http://stub');
    const path = url.pathname;
    const method = req.method ?? 'GET';
    const indexPath = /^\/indexes\/([^/]+)(\/.*)?$/.exec(path);

    if (method === 'GET' && path === '/health') return send(200, { status: 'available' });
    if (method === 'GET' && /^\/tasks\/\d+$/.test(path)) {
      const task = this.tasks.get(Number(path.split('/')[2]));
      if (!task) return send(404, apiError('task_not_found', 'Task not found.'));
      // Processing happens between the enqueue and the first look at the task, as on the server.
      this.process(task);
      const now = new Date().toISOString();
      return send(200, {
        uid: task.taskUid,
        indexUid: task.indexUid,
        status: task.status,
        type: task.type,
        enqueuedAt: task.enqueuedAt,
        startedAt: now,
        finishedAt: now,
        duration: 'PT0S',
        details: {},
        error: task.error,
        canceledBy: null,
        batchUid: task.taskUid,
      });
    }
    if (method === 'POST' && path === '/indexes') {
      const { uid, primaryKey } = body as { uid: string; primaryKey?: string };
      return this.enqueue(send, uid, 'indexCreation', () => {
        if (this.indexes.has(uid)) throw new TaskError('index_already_exists', `Index \`${uid}\` already exists.`);
        (this.index(uid, true) as StubIndex).primaryKey = primaryKey ?? null;
      });
    }
    if (!indexPath) return send(404, apiError('not_found', `not stubbed: ${method} ${path}`));
    const uid = decodeURIComponent(indexPath[1]);
    const rest = indexPath[2] ?? '';

    if (method === 'DELETE' && rest === '') {
      return this.enqueue(send, uid, 'indexDeletion', () => {
        if (!this.indexes.delete(uid)) throw new TaskError('index_not_found', `Index \`${uid}\` not found.`);
      });
    }
    if (method === 'GET' && rest === '/settings') {
      const index = this.index(uid, false);
      if (!index) return send(404, apiError('index_not_found', `Index \`${uid}\` not found.`));
      return send(200, index.settings);
    }
    if (method === 'PATCH' && rest === '/settings') {
      const patch = body as Partial<StubSettings>;
      return this.enqueue(send, uid, 'settingsUpdate', () => {
        const index = this.index(uid, true) as StubIndex;
        for (const [key, value] of Object.entries(patch)) {
          const current = index.settings[key];
          // As on the server: these three are updated field by field, every other setting is replaced.
          index.settings[key] = ['typoTolerance', 'faceting', 'pagination'].includes(key)
            ? { ...(current as object), ...(value as object) }
            : value;
        }
      });
    }
    if (method === 'POST' && rest === '/documents') {
      const docs = body as Doc[];
      const primaryKey = url.searchParams.get('primaryKey');
      return this.enqueue(send, uid, 'documentAdditionOrUpdate', () => {
        const index = this.index(uid, true) as StubIndex;
        index.primaryKey = index.primaryKey ?? primaryKey ?? 'id';
        for (const doc of docs) {
          this.received.push(doc);
          index.documents.set(doc.id, doc);
        }
      });
    }
    if (method === 'POST' && rest === '/documents/delete') {
      const filter = String((body as { filter: string }).filter);
      return this.enqueue(send, uid, 'documentDeletion', () => {
        const index = this.index(uid, false);
        if (!index) throw new TaskError('index_not_found', `Index \`${uid}\` not found.`);
        const test = compileFilter(filter, index.settings.filterableAttributes, 'invalid_document_filter');
        for (const [id, doc] of index.documents) if (test(doc)) index.documents.delete(id);
      });
    }
    if (method === 'POST' && rest === '/search') {
      const index = this.index(uid, false);
      if (!index) return send(404, apiError('index_not_found', `Index \`${uid}\` not found.`));
      this.searches.push(body as Record<string, unknown>);
      try {
        return send(200, search(index, body as SearchBody));
      } catch (error) {
        if (error instanceof TaskError) return send(400, apiError(error.code, error.message));
        throw error;
      }
    }
    return send(404, apiError('not_found', `not stubbed: ${method} ${path}`));
  }

  private enqueue(send: (status: number, payload: unknown) => void, indexUid: string, type: string, run: () => void) {
    const task: StubTask = {
      taskUid: this.nextTask++,
      indexUid,
      type,
      status: 'enqueued',
      error: null,
      enqueuedAt: new Date().toISOString(),
      run,
    };
    if (this.failNextTask) {
      const code = this.failNextTask;
      this.failNextTask = null;
      task.run = () => {
        throw new TaskError(code, `Stub: task failed with ${code}.`);
      };
    }
    this.tasks.set(task.taskUid, task);
    send(202, {
      taskUid: task.taskUid,
      indexUid,
      status: 'enqueued',
      type,
      enqueuedAt: task.enqueuedAt,
    });
  }

  private process(task: StubTask): void {
    if (task.status !== 'enqueued') return;
    try {
      task.run();
      task.status = 'succeeded';
    } catch (error) {
      task.status = 'failed';
      task.error =
        error instanceof TaskError
          ? apiError(error.code, error.message)
          : apiError('internal', String(error), 'internal');
    }
  }
}

class TaskError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

interface SearchBody {
  q?: string;
  filter?: string;
  facets?: string[];
  sort?: string[];
  limit?: number;
  offset?: number;
  attributesToSearchOn?: string[];
  attributesToHighlight?: string[];
  highlightPreTag?: string;
  highlightPostTag?: string;
  attributesToCrop?: string[];
  cropLength?: number;
  cropMarker?: string;
  matchingStrategy?: 'last' | 'all' | 'frequency';
  showRankingScore?: boolean;
}

const words = (text: string): string[] =>
  text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '');

function search(index: StubIndex, body: SearchBody) {
  const settings = index.settings;
  const test = body.filter ? compileFilter(body.filter, settings.filterableAttributes, 'invalid_search_filter') : null;
  for (const sort of body.sort ?? []) {
    const attribute = sort.split(':')[0];
    if (!settings.sortableAttributes.includes(attribute)) {
      throw new TaskError(
        'invalid_search_sort',
        `Attribute \`${attribute}\` is not sortable. Available sortable attributes are: \`${settings.sortableAttributes.join(', ')}\`.`,
      );
    }
  }
  const searchable =
    body.attributesToSearchOn ?? (settings.searchableAttributes.includes('*') ? null : settings.searchableAttributes);
  const queryWords = words(body.q ?? '');
  const strategy = body.matchingStrategy ?? 'last';
  const expand = (word: string) => [word, ...(settings.synonyms[word] ?? []).flatMap(words)];
  const scored: { doc: Doc; score: number }[] = [];
  for (const doc of index.documents.values()) {
    if (test && !test(doc)) continue;
    const fields = searchable ?? Object.keys(doc);
    const text = new Set(fields.flatMap((f) => (typeof doc[f] === 'string' ? words(doc[f]) : [])));
    const matched = queryWords.filter((w, i) =>
      expand(w).some((x) => text.has(x) || (i === queryWords.length - 1 && [...text].some((t) => t.startsWith(x)))),
    ).length;
    const needed = strategy === 'all' ? queryWords.length : Math.min(1, queryWords.length);
    if (matched < needed) continue;
    // More occurrences rank higher, so relevance order differs from date order as on the server.
    const occurrences = fields
      .flatMap((f) => (typeof doc[f] === 'string' ? words(doc[f]) : []))
      .filter((w) => queryWords.includes(w)).length;
    const score = queryWords.length === 0 ? 1 : (matched + Math.min(occurrences, 9) / 10) / (queryWords.length + 1);
    scored.push({ doc, score });
  }
  const sortKeys = (body.sort ?? []).map((s) => s.split(':') as [string, string]);
  const bySort = (a: Doc, b: Doc) => {
    for (const [attribute, direction] of sortKeys) {
      const x = a[attribute] as number;
      const y = b[attribute] as number;
      if (x !== y) return direction === 'desc' ? y - x : x - y;
    }
    return 0;
  };
  const sortFirst = settings.rankingRules[0] === 'sort';
  scored.sort((a, b) =>
    sortFirst ? bySort(a.doc, b.doc) || b.score - a.score : b.score - a.score || bySort(a.doc, b.doc),
  );
  const reachable = scored.slice(0, settings.pagination.maxTotalHits);
  const offset = body.offset ?? 0;
  const limit = body.limit ?? 20;
  const facetDistribution: Record<string, Record<string, number>> = {};
  for (const facet of body.facets ?? []) {
    if (!settings.filterableAttributes.includes(facet)) {
      throw new TaskError('invalid_search_facets', `Attribute \`${facet}\` is not filterable.`);
    }
    const counts: Record<string, number> = {};
    for (const { doc } of scored) {
      const value = doc[facet];
      if (value === null || value === undefined) continue;
      counts[String(value)] = (counts[String(value)] ?? 0) + 1;
    }
    const values = Object.keys(counts).sort().slice(0, settings.faceting.maxValuesPerFacet);
    facetDistribution[facet] = Object.fromEntries(values.map((v) => [v, counts[v]]));
  }
  const pre = body.highlightPreTag ?? '<em>';
  const post = body.highlightPostTag ?? '</em>';
  const wanted = new Set(queryWords.flatMap(expand));
  const isWanted = (w: string) => wanted.has(words(w)[0] ?? '');
  const mark = (value: string) => value.replace(/[\p{L}\p{N}]+/gu, (w) => (isWanted(w) ? `${pre}${w}${post}` : w));
  const crops = new Map(
    (body.attributesToCrop ?? []).map((c) => {
      const [field, length] = c.split(':');
      return [field, Number(length ?? body.cropLength ?? 10)] as const;
    }),
  );
  const cropMarker = body.cropMarker ?? '…';
  // As the server: the window of `length` words with the most matched words, at word boundaries,
  // the marker where text was left out.
  const crop = (value: string, length: number) => {
    const tokens = [...value.matchAll(/\S+/g)].map((m) => ({ word: m[0], start: m.index, end: m.index + m[0].length }));
    if (tokens.length <= length) return mark(value);
    let best = 0;
    let bestCount = -1;
    for (let i = 0; i + length <= tokens.length; i++) {
      const count = tokens.slice(i, i + length).filter((t) => t.word.split(/[^\p{L}\p{N}]+/u).some(isWanted)).length;
      if (count > bestCount) [best, bestCount] = [i, count];
    }
    const window = mark(value.slice(tokens[best].start, tokens[best + length - 1].end));
    return `${best > 0 ? cropMarker : ''}${window}${best + length < tokens.length ? cropMarker : ''}`;
  };
  const format = (field: string, value: unknown) => {
    if (typeof value !== 'string') return value;
    const length = crops.get(field);
    return length === undefined ? mark(value) : crop(value, length);
  };
  return {
    hits: reachable.slice(offset, offset + limit).map(({ doc, score }) => ({
      ...doc,
      _formatted: Object.fromEntries(
        (body.attributesToHighlight ?? []).map((f) => [f, format(f, doc[f])] as [string, unknown]),
      ),
      ...(body.showRankingScore ? { _rankingScore: score } : {}),
    })),
    query: body.q ?? '',
    processingTimeMs: 0,
    limit,
    offset,
    estimatedTotalHits: reachable.length,
    facetDistribution,
  };
}

/**
 * Meilisearch's filter syntax, as far as the adapter uses it: comparisons (`=`, `!=`, `>=`, `<=`,
 * `>`, `<`), `IN [..]`, `EXISTS`, `IS NULL`, `NOT`, `AND`, `OR` and parentheses. Attributes must be
 * filterable, as on the server.
 */
function compileFilter(filter: string, filterable: string[], code: string): (doc: Doc) => boolean {
  const tokens = filter.match(/"(?:[^"\\]|\\.)*"|\[|\]|\(|\)|,|!=|>=|<=|=|>|<|[^\s[\](),!=<>]+/g) ?? [];
  let i = 0;
  const peek = () => tokens[i];
  const take = () => tokens[i++];
  const fail = (message: string): never => {
    throw new TaskError(code, message);
  };
  const value = (token: string | undefined): string => {
    if (token === undefined) return fail('Was expecting a value.');
    return token.startsWith('"') ? token.slice(1, -1).replace(/\\(.)/g, '$1') : token;
  };
  const equal = (docValue: unknown, v: string) =>
    Array.isArray(docValue)
      ? docValue.some((x) => String(x).toLowerCase() === v.toLowerCase())
      : docValue !== null && docValue !== undefined && String(docValue).toLowerCase() === v.toLowerCase();
  type Test = (doc: Doc) => boolean;
  const or = (): Test => {
    const parts = [and()];
    while (peek() === 'OR') {
      take();
      parts.push(and());
    }
    return (doc) => parts.some((p) => p(doc));
  };
  const and = (): Test => {
    const parts = [unary()];
    while (peek() === 'AND') {
      take();
      parts.push(unary());
    }
    return (doc) => parts.every((p) => p(doc));
  };
  const unary = (): Test => {
    if (peek() === 'NOT') {
      take();
      const inner = unary();
      return (doc) => !inner(doc);
    }
    if (peek() === '(') {
      take();
      const inner = or();
      if (take() !== ')') fail('Expected a closing parenthesis.');
      return inner;
    }
    return comparison();
  };
  const comparison = (): Test => {
    const attribute = value(take());
    if (!filterable.includes(attribute)) {
      fail(
        `Attribute \`${attribute}\` is not filterable. Available filterable attributes are: \`${filterable.join(', ')}\`.`,
      );
    }
    const op = take();
    if (op === 'EXISTS') return (doc) => attribute in doc;
    if (op === 'IS') {
      const next = take();
      if (next === 'NULL') return (doc) => doc[attribute] === null;
      if (next === 'NOT' && take() === 'NULL') return (doc) => doc[attribute] !== null && attribute in doc;
      return fail('Was expecting NULL.');
    }
    if (op === 'NOT' && peek() === 'IN') {
      take();
      const list = listValues();
      return (doc) => !list.some((v) => equal(doc[attribute], v));
    }
    if (op === 'IN') {
      const list = listValues();
      return (doc) => list.some((v) => equal(doc[attribute], v));
    }
    const v = value(take());
    const n = Number(v);
    const numeric = (compare: (x: number) => boolean): Test => {
      if (Number.isNaN(n)) fail(`Was expecting a number, found \`${v}\`.`);
      return (doc) => typeof doc[attribute] === 'number' && compare(doc[attribute]);
    };
    switch (op) {
      case '=':
        return (doc) => equal(doc[attribute], v);
      case '!=':
        return (doc) => !equal(doc[attribute], v);
      case '>=':
        return numeric((x) => x >= n);
      case '<=':
        return numeric((x) => x <= n);
      case '>':
        return numeric((x) => x > n);
      case '<':
        return numeric((x) => x < n);
      default:
        return fail(`Was expecting an operation, found \`${op ?? ''}\`.`);
    }
  };
  const listValues = (): string[] => {
    if (take() !== '[') fail('Expected `[`.');
    const list: string[] = [];
    while (peek() !== ']') {
      if (peek() === undefined) fail('Expected `]`.');
      list.push(value(take()));
      if (peek() === ',') take();
    }
    take();
    return list;
  };
  if (tokens.length === 0) return () => true;
  const test = or();
  if (i < tokens.length)
    fail(`Found unexpected characters at the end of the filter: \`${tokens.slice(i).join(' ')}\`.`);
  return test;
}
