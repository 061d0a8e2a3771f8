import { isValidIsoDate } from '../deadlines';
import type { QuestionSetStatus } from '../questions/question-set.entity';
import { QuestionSetsQueryDto } from '../questions/dto/question-set.dto';
import { CsvColumn, toCsv } from '../commitments/export-csv';
import type { QuestionSetDto } from '../questions/dto/question-set.dto';
import { pager, Pager, STATUS_LABELS } from './view-models';
import { setsQuery } from './web-helpers';

/**
 * The filters of the question-set lists (`/beheer/vragen` for the griffie, `/vragen` for everyone),
 * read from Dutch query parameters and turned into the API's list query, so the pages, their CSV
 * and `GET /api/question-sets` answer the same question with the same rows.
 */

export const PAGE_SIZE = 25;

/** The statuses in lifecycle order (the keys of the one table of their Dutch labels). */
export const SET_STATUSES = Object.keys(STATUS_LABELS) as QuestionSetStatus[];

/** Dutch query parameter → the API's field, for the columns a list can sort on. */
const SORT_FIELDS: Record<string, string> = {
  nummer: 'reference',
  onderwerp: 'subject',
  fractie: 'party',
  portefeuillehouder: 'portfolioHolder',
  status: 'status',
  ontvangen: 'receivedOn',
  uiterlijk: 'dueOn',
  beantwoord: 'answeredOn',
};

export interface SetListFilters {
  gemeente: string;
  status: string;
  fractie: string;
  portefeuillehouder: string;
  ontvangenVan: string;
  ontvangenTot: string;
  uiterlijkVan: string;
  uiterlijkTot: string;
  teLaat: boolean;
  laatBeantwoord: boolean;
  tekst: string;
  sorteer: string;
}

export interface ParsedSetList {
  filters: SetListFilters;
  query: QuestionSetsQueryDto;
  /** Values that were not understood and are left out of the list (shown above it). */
  ignored: string[];
  page: number;
}

function text(raw: unknown, max = 200): string {
  return typeof raw === 'string' ? raw.trim().slice(0, max) : '';
}

const DATE_LABELS: Record<string, string> = {
  ontvangenVan: 'ontvangen vanaf',
  ontvangenTot: 'ontvangen tot en met',
  uiterlijkVan: 'uiterlijk vanaf',
  uiterlijkTot: 'uiterlijk tot en met',
};

/** Reads the list's query string; values it cannot use are reported, never a 500. */
export function parseSetList(raw: Record<string, unknown>, municipality: string | undefined): ParsedSetList {
  const ignored: string[] = [];
  const filters: SetListFilters = {
    gemeente: text(raw.gemeente, 60),
    status: text(raw.status, 20),
    fractie: text(raw.fractie, 12),
    portefeuillehouder: text(raw.portefeuillehouder, 12),
    ontvangenVan: text(raw.ontvangenVan, 10),
    ontvangenTot: text(raw.ontvangenTot, 10),
    uiterlijkVan: text(raw.uiterlijkVan, 10),
    uiterlijkTot: text(raw.uiterlijkTot, 10),
    teLaat: raw.teLaat === 'ja',
    laatBeantwoord: raw.laatBeantwoord === 'ja',
    tekst: text(raw.tekst),
    sorteer: text(raw.sorteer, 30),
  };
  if (filters.status && !SET_STATUSES.includes(filters.status as QuestionSetStatus)) {
    ignored.push(`status "${filters.status}"`);
    filters.status = '';
  }
  for (const key of ['fractie', 'portefeuillehouder'] as const) {
    if (filters[key] && !/^\d{1,9}$/.test(filters[key])) {
      ignored.push(`${key} "${filters[key]}"`);
      filters[key] = '';
    }
  }
  for (const key of ['ontvangenVan', 'ontvangenTot', 'uiterlijkVan', 'uiterlijkTot'] as const) {
    if (filters[key] && !(/^\d{4}-\d{2}-\d{2}$/.test(filters[key]) && isValidIsoDate(filters[key]))) {
      ignored.push(`${DATE_LABELS[key]} "${filters[key]}" (geen datum als 2026-01-31)`);
      filters[key] = '';
    }
  }
  const sortKey = filters.sorteer.replace(/^-/, '');
  if (filters.sorteer && !SORT_FIELDS[sortKey]) {
    ignored.push(`sorteren op "${filters.sorteer}"`);
    filters.sorteer = '';
  }
  const pageRaw = text(raw.pagina, 6);
  const page = /^\d{1,5}$/.test(pageRaw) && Number(pageRaw) > 0 ? Number(pageRaw) : 1;
  const query = setsQuery({
    municipality: municipality ?? (filters.gemeente || undefined),
    status: (filters.status || undefined) as QuestionSetStatus | undefined,
    party: filters.fractie || undefined,
    portfolioHolder: filters.portefeuillehouder || undefined,
    receivedFrom: filters.ontvangenVan || undefined,
    receivedTo: filters.ontvangenTot || undefined,
    dueFrom: filters.uiterlijkVan || undefined,
    dueTo: filters.uiterlijkTot || undefined,
    overdue: filters.teLaat ? true : undefined,
    answeredLate: filters.laatBeantwoord ? true : undefined,
    text: filters.tekst || undefined,
    sort: filters.sorteer ? `${filters.sorteer.startsWith('-') ? '-' : ''}${SORT_FIELDS[sortKey]}` : '-receivedOn',
    limit: PAGE_SIZE,
    offset: (page - 1) * PAGE_SIZE,
  });
  return { filters, query, ignored, page };
}

/** The filters as query parameters (for links that keep them: sorting, paging, CSV, print). */
export function filterParams(filters: SetListFilters, overrides: Partial<SetListFilters> = {}): Record<string, string> {
  const all = { ...filters, ...overrides };
  const params: Record<string, string> = {};
  for (const [key, value] of Object.entries(all)) {
    if (value === true) params[key] = 'ja';
    else if (typeof value === 'string' && value !== '') params[key] = value;
  }
  return params;
}

export function withParams(path: string, params: Record<string, string>): string {
  const query = new URLSearchParams(params).toString();
  return query ? `${path}?${query}` : path;
}

export interface SortableColumn {
  label: string;
  url: string;
  /** `ascending` / `descending` for aria-sort on the sorted column, else null. */
  sorted: 'ascending' | 'descending' | null;
  arrow: string;
}

/** Column headers that sort the list: a click on the sorted column reverses it. */
export function sortableColumns(path: string, filters: SetListFilters): Record<string, SortableColumn> {
  const current = filters.sorteer || '-ontvangen';
  const columns: Record<string, SortableColumn> = {};
  const labels: Record<string, string> = {
    nummer: 'Nr.',
    onderwerp: 'Onderwerp',
    fractie: 'Fractie',
    portefeuillehouder: 'Portefeuillehouder',
    status: 'Status',
    ontvangen: 'Ontvangen',
    uiterlijk: 'Uiterlijk',
    beantwoord: 'Beantwoord',
  };
  for (const [key, label] of Object.entries(labels)) {
    const sorted = current === key ? 'ascending' : current === `-${key}` ? 'descending' : null;
    const next = sorted === 'ascending' ? `-${key}` : key;
    const arrow = sorted === 'ascending' ? ' ▲' : sorted === 'descending' ? ' ▼' : '';
    columns[key] = { label, url: withParams(path, filterParams(filters, { sorteer: next })), sorted, arrow };
  }
  return columns;
}

export interface SetRow {
  id: number;
  url: string;
  reference: string | null;
  subject: string;
  municipality: string;
  party: string | null;
  portfolioHolder: string | null;
  status: string;
  statusLabel: string;
  receivedOn: string | null;
  dueOn: string | null;
  answeredOn: string | null;
  overdue: boolean;
  answeredLate: boolean;
  daysLate: number | null;
}

export function setRow(dto: QuestionSetDto): SetRow {
  return {
    id: dto.id,
    url: `/vragen/${dto.id}`,
    reference: dto.reference,
    subject: dto.subject,
    municipality: dto.municipality.name,
    party: dto.party?.name ?? null,
    portfolioHolder: dto.portfolioHolder?.name ?? null,
    status: dto.status,
    statusLabel: STATUS_LABELS[dto.status] ?? dto.status,
    receivedOn: dto.receivedOn,
    dueOn: dto.dueOn,
    answeredOn: dto.answeredOn,
    overdue: dto.overdue,
    answeredLate: dto.answeredLate,
    daysLate: dto.daysLate,
  };
}

export function listPager(total: number, parsed: ParsedSetList, path: string): Pager {
  return pager(total, PAGE_SIZE, parsed.query.offset, filterParams(parsed.filters), path);
}

/** The list as CSV (`;`, UTF-8 with BOM, as the commitments CSV): one row per set, dates as ISO. */
export function setsCsv(rows: SetRow[], baseUrl: string): string {
  const columns: CsvColumn<SetRow>[] = [
    { header: 'id', value: (r) => r.id },
    { header: 'gemeente', value: (r) => r.municipality },
    { header: 'registratienummer', value: (r) => r.reference },
    { header: 'onderwerp', value: (r) => r.subject },
    { header: 'status', value: (r) => r.statusLabel },
    { header: 'fractie', value: (r) => r.party },
    { header: 'portefeuillehouder', value: (r) => r.portfolioHolder },
    { header: 'ontvangen', value: (r) => r.receivedOn },
    { header: 'uiterlijk', value: (r) => r.dueOn },
    { header: 'beantwoord', value: (r) => r.answeredOn },
    { header: 'te laat', value: (r) => (r.overdue ? 'ja' : 'nee') },
    { header: 'te laat beantwoord', value: (r) => (r.answeredLate ? 'ja' : 'nee') },
    { header: 'dagen te laat', value: (r) => r.daysLate },
    { header: 'adres', value: (r) => `${baseUrl}${r.url}` },
  ];
  return toCsv(columns, rows);
}
