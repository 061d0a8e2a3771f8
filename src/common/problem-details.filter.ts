import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { QueryFailedError } from 'typeorm';
import { DomainError } from './domain-errors';
import { RequestValidationException } from './validation';
import { escapeHtml } from './html';
import { requestIdOf } from './logging';

/** RFC 9457 problem details. */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  errors?: { path: string; message: string }[];
  [extension: string]: unknown;
}

const TITLES: Record<number, string> = {
  400: 'Ongeldige invoer',
  401: 'Niet aangemeld',
  403: 'Niet toegestaan',
  404: 'Niet gevonden',
  409: 'Conflict',
  413: 'Bestand te groot',
  415: 'Bestandstype niet ondersteund',
  422: 'Document niet verwerkbaar',
  429: 'Te veel verzoeken',
  500: 'Interne fout',
  503: 'Dienst niet beschikbaar',
};

const PROBLEM_BASE = 'https://raadsvragen.nl/problemen/';

function problem(
  status: number,
  code: string,
  detail: string,
  extensions: Record<string, unknown> = {},
): ProblemDetails {
  return { type: `${PROBLEM_BASE}${code}`, title: TITLES[status] ?? 'Fout', status, detail, ...extensions };
}

/** Maps anything thrown to problem details: domain errors, HTTP exceptions, PostgreSQL constraint violations. */
export function toProblem(exception: unknown): ProblemDetails {
  if (exception instanceof DomainError) {
    return problem(exception.status, exception.code, exception.message, exception.extensions);
  }
  if (exception instanceof RequestValidationException) {
    return problem(400, 'validation', 'De invoer is niet geldig.', { errors: exception.errors });
  }
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    const response = exception.getResponse();
    const message =
      typeof response === 'object' && response !== null && 'message' in response
        ? ([] as unknown[]).concat((response as { message: unknown }).message).join('; ')
        : exception.message;
    if (status === HttpStatus.PAYLOAD_TOO_LARGE) {
      return problem(413, 'payload-too-large', 'Het bestand is groter dan 20 MB; er is niets opgeslagen.');
    }
    if (status === HttpStatus.NOT_FOUND) return problem(404, 'not-found', 'Deze pagina of dit adres bestaat niet.');
    if (status === HttpStatus.BAD_REQUEST) {
      return problem(400, 'bad-request', message, { errors: [{ path: '', message }] });
    }
    return problem(status, `http-${status}`, message);
  }
  if (isDatabaseUnavailable(exception)) {
    return problem(
      503,
      'database-unavailable',
      'De database is tijdelijk niet bereikbaar. Probeer het over enkele seconden opnieuw.',
    );
  }
  if (exception instanceof QueryFailedError) {
    const driverError = (
      exception as QueryFailedError & { driverError?: { code?: string; detail?: string; constraint?: string } }
    ).driverError;
    // Class 22 (data exception: a number out of range, a date that does not exist, a NUL byte) and
    // 54001 (statement too complex): a value the edge let through; the client's input, not our fault.
    if (driverError?.code?.startsWith('22') || driverError?.code === '54001') {
      return problem(
        400,
        'validation',
        'De invoer is niet geldig: een waarde valt buiten wat kan worden opgeslagen of gezocht.',
        {
          errors: [
            { path: '', message: 'een waarde valt buiten het toegestane bereik of is geen geldige tekst of datum' },
          ],
        },
      );
    }
    // 23505 unique_violation, 23503 foreign_key_violation, 23P01 exclusion_violation
    if (driverError?.code === '23505') {
      return problem(409, 'duplicate', 'Dit bestaat al (dubbele sleutel).', {
        constraint: driverError.constraint ?? null,
      });
    }
    if (driverError?.code === '23503') {
      return problem(409, 'reference', 'Dit verwijst naar iets dat niet bestaat of nog in gebruik is.', {
        constraint: driverError.constraint ?? null,
      });
    }
  }
  return problem(500, 'internal', 'Er ging iets mis aan onze kant. Probeer het later opnieuw.');
}

/** One exception filter for the whole app: problem+json under /api, Dutch HTML pages elsewhere. */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    const context = host.switchToHttp();
    const response = context.getResponse<Response>();
    const request = context.getRequest<Request>();
    const body = toProblem(exception);
    if (body.status === 503) {
      // An outage, logged once by the database watch; one line per request is enough here.
      this.logger.warn(
        `${request.method} ${request.originalUrl}: ${exception instanceof Error ? exception.message : String(exception)}`,
      );
    } else if (body.status >= 500) {
      this.logger.error(exception instanceof Error ? (exception.stack ?? exception.message) : String(exception));
    }
    sendProblem(request, response, body);
  }
}

/** Sends problem details: problem+json under /api (and for non-browsers), a Dutch HTML page elsewhere. */
export function sendProblem(request: Request, response: Response, body: ProblemDetails): void {
  if (response.headersSent) return;
  body.instance = request.originalUrl;
  // The id of this request (also in the X-Request-Id header and the log line): what support asks for.
  const requestId = requestIdOf(response);
  if (requestId) body.requestId = requestId;
  // A load balancer and a well-behaved client come back after this many seconds.
  if (body.status === 503) response.setHeader('Retry-After', '5');
  if (body.status === 429 && typeof body.retryAfter === 'number')
    response.setHeader('Retry-After', String(body.retryAfter));
  if (wantsHtml(request)) {
    response.status(body.status);
    response.render('pages/error', { title: body.title, problem: body }, (error: Error | null, html?: string) => {
      if (error || html === undefined) {
        response
          .type('text/html')
          .send(
            `<!doctype html><html lang="nl"><title>${body.title}</title><h1>${body.title}</h1><p>${escapeHtml(body.detail)}</p></html>`,
          );
      } else {
        response.type('text/html').send(html);
      }
    });
    return;
  }
  response.status(body.status).type('application/problem+json').send(JSON.stringify(body));
}

/** SQLSTATEs and node-postgres errors of a database that is down, restarting, frozen or too slow. */
const UNAVAILABLE_CODES = new Set([
  '57014',
  '57P01',
  '57P02',
  '57P03',
  '53300',
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
]);
const UNAVAILABLE_MESSAGES =
  /Connection terminated|timeout exceeded when trying to connect|Query read timeout|not queryable|Connection ended|the database system is (?:starting up|shutting down)|database is (?:down|frozen)/;

export function isDatabaseUnavailable(exception: unknown): boolean {
  const candidates = [exception, (exception as { driverError?: unknown } | null)?.driverError];
  // Duck-typed, not `instanceof Error`: socket errors come from Node's own realm (under Jest, another one).
  return candidates.some((error) => {
    if (typeof error !== 'object' || error === null) return false;
    const { code, message } = error as { code?: unknown; message?: unknown };
    if (typeof code === 'string' && (UNAVAILABLE_CODES.has(code) || code.startsWith('08'))) return true;
    return typeof message === 'string' && UNAVAILABLE_MESSAGES.test(message);
  });
}

function wantsHtml(request: Request): boolean {
  const path = request.path ?? request.url;
  if (path.startsWith('/api') || path === '/health' || path.startsWith('/ical')) return false;
  return (request.headers.accept ?? '').includes('text/html');
}
