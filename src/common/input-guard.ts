import type { NextFunction, Request, Response } from 'express';
import { isValidIsoDate } from '../deadlines';
import { FieldError } from './domain-errors';
import { sendProblem } from './problem-details.filter';

/** PostgreSQL `integer`: every id, count and number the API stores. */
export const MAX_INTEGER = 2_147_483_647;
/** Objects and lists inside one request; real forms and bodies nest 3–4 deep. */
export const MAX_DEPTH = 32;

/** Search text is free text: `q=20240230` or `q=2024-13-01` is a search, not a date or an id. */
const FREE_TEXT_QUERY_KEYS = new Set(['q']);

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

function textProblem(value: string): string | null {
  if (value.includes('\u0000')) return 'mag geen NUL-teken bevatten';
  if (LONE_SURROGATE.test(value)) return 'bevat een ongeldig teken (een losse UTF-16-surrogaat)';
  return null;
}

/** Problems of one string from the URL (path segment or query value). */
function urlValueProblem(value: string, key: string): string | null {
  const text = textProblem(value);
  if (text) return text;
  if (FREE_TEXT_QUERY_KEYS.has(key)) return null;
  if (NUMBER.test(value) && !(Math.abs(Number(value)) <= MAX_INTEGER))
    return `is groter dan het grootste toegestane getal (${MAX_INTEGER})`;
  if (ISO_DATE.test(value) && !isValidIsoDate(value)) return 'is geen bestaande datum';
  return null;
}

/** Problems of one value in a body (JSON or form): numbers in range, strings clean, dates real. */
function bodyValueProblem(value: unknown): string | null {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return 'moet een eindig getal zijn';
    if (Number.isInteger(value) && Math.abs(value) > MAX_INTEGER)
      return `is groter dan het grootste toegestane getal (${MAX_INTEGER})`;
    return null;
  }
  if (typeof value !== 'string') return null;
  const text = textProblem(value);
  if (text) return text;
  if (ISO_DATE.test(value) && !isValidIsoDate(value)) return 'is geen bestaande datum';
  return null;
}

/**
 * Walks a parsed body or query without recursion (a body nested 5,000 deep overflowed the stack
 * in validation) and returns the first problems found, at most 20.
 */
export function inspect(
  root: unknown,
  prefix: string,
  check: (value: unknown, key: string) => string | null,
): FieldError[] {
  const errors: FieldError[] = [];
  const stack: Array<{ value: unknown; path: string; key: string; depth: number }> = [
    { value: root, path: prefix, key: '', depth: 0 },
  ];
  while (stack.length > 0 && errors.length < 20) {
    const { value, path, key, depth } = stack.pop()!;
    if (value !== null && typeof value === 'object') {
      if (depth > MAX_DEPTH) {
        errors.push({ path, message: `is dieper genest dan ${MAX_DEPTH} niveaus` });
        break;
      }
      for (const [childKey, child] of Object.entries(value)) {
        const keyProblem = textProblem(childKey);
        const childPath = path ? `${path}.${childKey}` : childKey;
        if (keyProblem) errors.push({ path: childPath, message: `veldnaam ${keyProblem}` });
        else stack.push({ value: child, path: childPath, key: childKey, depth: depth + 1 });
      }
      continue;
    }
    const problem = check(value, key);
    if (problem) errors.push({ path, message: problem });
  }
  return errors;
}

function pathErrors(req: Request): FieldError[] {
  const errors: FieldError[] = [];
  for (const raw of req.path.split('/')) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      errors.push({ path: 'pad', message: 'bevat een ongeldige %-codering' });
      continue;
    }
    const problem = urlValueProblem(segment, '');
    if (problem)
      errors.push({ path: `pad (${segment.replace(/[\u0000\ud800-\udfff]/g, '?').slice(0, 40)})`, message: problem });
  }
  return errors;
}

/**
 * One check at the edge for every route, API and pages alike, after the body parsers: ids and
 * integers within PostgreSQL's `integer`, no NUL or lone surrogate in any string, dates that
 * exist (2024-02-30 does not), nesting at most 32 deep. What passes cannot reach the database as
 * a value it refuses; a refused value answers 400 problem details, never 500.
 */
export function inputGuard(req: Request, res: Response, next: NextFunction): void {
  const errors = [
    ...pathErrors(req),
    ...inspect(req.query, '', (value, key) => (typeof value === 'string' ? urlValueProblem(value, key) : null)),
    ...inspect(req.body, '', bodyValueProblem),
  ];
  if (errors.length === 0) return next();
  sendProblem(req, res, {
    type: 'https://raadsvragen.nl/problemen/validation',
    title: 'Ongeldige invoer',
    status: 400,
    detail: 'De invoer is niet geldig.',
    errors,
  });
}

/** body-parser errors (`type` and `status` on the error) as problem details instead of Express's HTML. */
interface BodyParserError {
  type?: string;
  status?: number;
}

const BODY_ERRORS: Record<string, { code: string; status: number; detail: string }> = {
  'entity.too.large': { code: 'payload-too-large', status: 413, detail: 'De aanvraag is groter dan 2 MB.' },
  'parameters.too.many': { code: 'payload-too-large', status: 413, detail: 'Het formulier heeft te veel velden.' },
  'entity.parse.failed': { code: 'bad-request', status: 400, detail: 'De JSON in de aanvraag is ongeldig.' },
  'encoding.unsupported': {
    code: 'unsupported-media-type',
    status: 415,
    detail: 'Deze tekenset wordt niet ondersteund.',
  },
  'charset.unsupported': {
    code: 'unsupported-media-type',
    status: 415,
    detail: 'Deze tekenset wordt niet ondersteund.',
  },
  'request.aborted': { code: 'bad-request', status: 400, detail: 'De aanvraag is afgebroken.' },
  'request.size.invalid': { code: 'bad-request', status: 400, detail: 'De lengte van de aanvraag klopt niet.' },
};

const TITLES: Record<number, string> = {
  400: 'Ongeldige invoer',
  413: 'Aanvraag te groot',
  415: 'Bestandstype niet ondersteund',
};

export function bodyParserErrors(error: unknown, req: Request, res: Response, next: NextFunction): void {
  const { type, status } = (error ?? {}) as BodyParserError;
  const known = type ? BODY_ERRORS[type] : undefined;
  if (!known && !(typeof status === 'number' && status >= 400 && status < 500)) return next(error);
  const { code, ...rest } = known ?? {
    code: 'bad-request',
    status: status ?? 400,
    detail: 'De aanvraag kan niet worden gelezen.',
  };
  sendProblem(req, res, {
    type: `https://raadsvragen.nl/problemen/${code}`,
    title: TITLES[rest.status] ?? 'Ongeldige invoer',
    ...rest,
  });
}
