/**
 * A small OParl 1.1 client: objects by URL, and external lists followed page by page through
 * `links.next` (OParl 1.1, 2.5). Network and format failures become HarvestError with a Dutch message.
 */
export type OparlJson = Record<string, unknown>;

export class HarvestError extends Error {}

/** Most pages one list may have: a server whose `next` never ends must not keep a harvest busy forever. */
const MAX_PAGES = 100_000;
const TIMEOUT_MS = 30_000;

export async function fetchBytes(url: string): Promise<Buffer> {
  let response: Response;
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(TIMEOUT_MS), redirect: 'follow' });
  } catch (error) {
    throw new HarvestError(`${url} is niet bereikbaar (${error instanceof Error ? error.message : String(error)})`);
  }
  if (!response.ok) throw new HarvestError(`${url} antwoordt met HTTP ${response.status}`);
  return Buffer.from(await response.arrayBuffer());
}

export async function fetchObject(url: string): Promise<OparlJson> {
  const bytes = await fetchBytes(url);
  let parsed: unknown;
  try {
    parsed = JSON.parse(bytes.toString('utf8'));
  } catch {
    throw new HarvestError(`${url} geeft geen JSON`);
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new HarvestError(`${url} geeft geen OParl-object`);
  }
  return parsed as OparlJson;
}

/** The short type name of an object: `https://schema.oparl.org/1.1/Paper` → `Paper` (1.0 too). */
export function oparlType(object: OparlJson): string | null {
  return typeof object.type === 'string' ? (/\/1\.[01]\/(\w+)$/.exec(object.type)?.[1] ?? null) : null;
}

/** Every item of an external list, page after page. */
export async function* listItems(url: string): AsyncGenerator<OparlJson> {
  const seen = new Set<string>();
  let next: string | undefined = url;
  while (next && !seen.has(next) && seen.size < MAX_PAGES) {
    seen.add(next);
    const page = await fetchObject(next);
    if (!Array.isArray(page.data)) throw new HarvestError(`${next} is geen OParl-lijst (geen data)`);
    for (const item of page.data) if (item && typeof item === 'object') yield item as OparlJson;
    const links = page.links as OparlJson | undefined;
    next = typeof links?.next === 'string' ? links.next : undefined;
  }
}

export const asString = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);
export const asStrings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
export const asObjects = (value: unknown): OparlJson[] =>
  (Array.isArray(value) ? value : value ? [value] : []).filter(
    (v): v is OparlJson => v !== null && typeof v === 'object' && !Array.isArray(v),
  );
