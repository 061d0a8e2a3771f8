import { isValidIsoDate } from '../deadlines';
import type { CommitmentStatus } from '../commitments/commitment.entity';
import { COMMITMENT_STATUS_LABELS } from '../commitments/status-labels';
import { CommitmentFilterDto } from '../commitments/dto/commitment.dto';
import { withParams } from './set-list-filters';

/**
 * The filters of the commitments register (`/toezeggingen`), read from Dutch query parameters and
 * turned into the API's list query, so the page, its CSV, its print page and `GET /api/commitments`
 * answer the same question with the same rows.
 */

export const REGISTER_PAGE_SIZE = 25;

/** The statuses in lifecycle order (the keys of the one table of their Dutch labels). */
export const REGISTER_STATUSES = Object.keys(COMMITMENT_STATUS_LABELS) as CommitmentStatus[];

/** `bron`: where the commitment was made. */
const SOURCES: Record<string, 'answer' | 'meeting'> = { schriftelijk: 'answer', vergadering: 'meeting' };

export interface RegisterFilters {
  gemeente: string;
  status: string;
  portefeuillehouder: string;
  uiterlijkVan: string;
  uiterlijkTot: string;
  teLaat: boolean;
  bron: string;
}

export interface ParsedRegister {
  filters: RegisterFilters;
  query: CommitmentFilterDto;
  ignored: string[];
  page: number;
}

function text(raw: unknown, max: number): string {
  return typeof raw === 'string' ? raw.trim().slice(0, max) : '';
}

/** Reads the register's query string; values it cannot use are reported above the list, never a 500. */
export function parseRegister(raw: Record<string, unknown>, municipality: string | undefined): ParsedRegister {
  const ignored: string[] = [];
  const filters: RegisterFilters = {
    gemeente: text(raw.gemeente, 60),
    status: text(raw.status, 20),
    portefeuillehouder: text(raw.portefeuillehouder, 12),
    uiterlijkVan: text(raw.uiterlijkVan, 10),
    uiterlijkTot: text(raw.uiterlijkTot, 10),
    teLaat: raw.teLaat === 'ja',
    bron: text(raw.bron, 20),
  };
  // Older links (the weekly digest) name the municipality by its slug as the API does.
  if (!filters.gemeente && typeof raw.municipality === 'string') filters.gemeente = text(raw.municipality, 60);
  if (filters.status && !REGISTER_STATUSES.includes(filters.status as CommitmentStatus)) {
    ignored.push(`status "${filters.status}"`);
    filters.status = '';
  }
  if (filters.portefeuillehouder && !/^\d{1,9}$/.test(filters.portefeuillehouder)) {
    ignored.push(`portefeuillehouder "${filters.portefeuillehouder}"`);
    filters.portefeuillehouder = '';
  }
  for (const [key, label] of [
    ['uiterlijkVan', 'uiterlijk vanaf'],
    ['uiterlijkTot', 'uiterlijk tot en met'],
  ] as const) {
    if (filters[key] && !(/^\d{4}-\d{2}-\d{2}$/.test(filters[key]) && isValidIsoDate(filters[key]))) {
      ignored.push(`${label} "${filters[key]}" (geen datum als 2026-01-31)`);
      filters[key] = '';
    }
  }
  if (filters.bron && !SOURCES[filters.bron]) {
    ignored.push(`bron "${filters.bron}"`);
    filters.bron = '';
  }
  const pageRaw = text(raw.pagina, 6);
  const page = /^\d{1,5}$/.test(pageRaw) && Number(pageRaw) > 0 ? Number(pageRaw) : 1;
  const query = Object.assign(new CommitmentFilterDto(), {
    municipality: municipality ?? (filters.gemeente || undefined),
    status: (filters.status || undefined) as CommitmentStatus | undefined,
    portfolioHolder: filters.portefeuillehouder || undefined,
    dueFrom: filters.uiterlijkVan || undefined,
    dueTo: filters.uiterlijkTot || undefined,
    overdue: filters.teLaat ? true : undefined,
    source: SOURCES[filters.bron],
    sort: 'deadline',
    limit: REGISTER_PAGE_SIZE,
    offset: (page - 1) * REGISTER_PAGE_SIZE,
  });
  return { filters, query, ignored, page };
}

/** The filters as the register's query parameters (links that keep them: counts, paging). */
export function registerParams(
  filters: RegisterFilters,
  overrides: Partial<RegisterFilters> = {},
): Record<string, string> {
  const params: Record<string, string> = {};
  for (const [key, value] of Object.entries({ ...filters, ...overrides })) {
    if (value === true) params[key] = 'ja';
    else if (typeof value === 'string' && value !== '') params[key] = value;
  }
  return params;
}

/** The same filters in the API's names, for the print page (which takes the API's query). */
export function apiParams(query: CommitmentFilterDto): Record<string, string> {
  const params: Record<string, string> = {};
  const { municipality, status, portfolioHolder, dueFrom, dueTo, overdue, source } = query;
  for (const [key, value] of Object.entries({ municipality, status, portfolioHolder, dueFrom, dueTo, source })) {
    if (value) params[key] = String(value);
  }
  if (overdue === true) params.overdue = 'true';
  return params;
}

export { withParams };
