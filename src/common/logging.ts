import { LoggerService, LogLevel } from '@nestjs/common';
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';

/** `text` (Nest's readable lines, the default) or `json` (one JSON object per line, for a log collector). */
export type LogFormat = 'text' | 'json';

/** The request a piece of code runs for, so every log line written meanwhile carries its id. */
const requestContext = new AsyncLocalStorage<{ requestId: string }>();

/**
 * An `X-Request-Id` a client or proxy sent is kept when it is short and plain (letters, digits,
 * `.`, `_`, `:`, `-`; a UUID or a load balancer's trace id): it ends up in headers and log lines, so
 * nothing that could break a line, a header or a JSON reader is echoed.
 */
const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

export function acceptedRequestId(header: string | string[] | undefined): string | null {
  const value = Array.isArray(header) ? header[0] : header;
  return value !== undefined && REQUEST_ID.test(value) ? value : null;
}

/** The id of the request being handled (null outside a request: jobs, start-up). */
export function currentRequestId(): string | null {
  return requestContext.getStore()?.requestId ?? null;
}

/** The id given to `req` by the request-id middleware. */
export function requestIdOf(res: Response): string | null {
  const id: unknown = res.locals?.requestId;
  return typeof id === 'string' ? id : null;
}

/** Nest's level names as log collectors know them. */
const LEVEL_NAMES: Record<LogLevel, string> = {
  log: 'info',
  error: 'error',
  warn: 'warn',
  debug: 'debug',
  verbose: 'verbose',
  fatal: 'fatal',
};

export type LogWrite = (line: string) => void;

/** One JSON object per line: time, level, context, msg, the request id when there is one, and extra fields. */
export function jsonLogLine(level: string, context: string, msg: string, fields: Record<string, unknown> = {}): string {
  const requestId = currentRequestId();
  return `${JSON.stringify({
    time: new Date().toISOString(),
    level,
    context,
    msg,
    ...(requestId ? { requestId } : {}),
    ...fields,
  })}\n`;
}

/**
 * Nest's logger for LOG_FORMAT=json: the same levels as the readable one, each call one line on
 * standard output. An error's stack goes in `stack`, not in more lines.
 */
export class JsonLogger implements LoggerService {
  constructor(
    private readonly levels: LogLevel[],
    private readonly write: LogWrite = (line) => void process.stdout.write(line),
  ) {}

  log(message: unknown, ...rest: unknown[]): void {
    this.print('log', message, rest);
  }
  error(message: unknown, ...rest: unknown[]): void {
    this.print('error', message, rest);
  }
  warn(message: unknown, ...rest: unknown[]): void {
    this.print('warn', message, rest);
  }
  debug(message: unknown, ...rest: unknown[]): void {
    this.print('debug', message, rest);
  }
  verbose(message: unknown, ...rest: unknown[]): void {
    this.print('verbose', message, rest);
  }
  fatal(message: unknown, ...rest: unknown[]): void {
    this.print('fatal', message, rest);
  }

  setLogLevels(levels: LogLevel[]): void {
    this.levels.splice(0, this.levels.length, ...levels);
  }

  /** Nest passes (message, context) or, for errors, (message, stack, context). */
  private print(level: LogLevel, message: unknown, rest: unknown[]): void {
    if (!this.levels.includes(level)) return;
    const strings = rest.filter((r): r is string => typeof r === 'string');
    const context = strings.length > 0 ? strings[strings.length - 1] : 'App';
    const stack =
      message instanceof Error ? message.stack : level === 'error' && strings.length > 1 ? strings[0] : undefined;
    const msg =
      message instanceof Error ? message.message : typeof message === 'string' ? message : JSON.stringify(message);
    this.write(jsonLogLine(LEVEL_NAMES[level], context, msg, stack ? { stack } : {}));
  }
}

/**
 * The path as logged: without the query string (confirmation and unsubscribe links carry their
 * token there) and without the secret of a private calendar URL.
 */
export function loggedPath(originalUrl: string): string {
  const path = originalUrl.split('?', 1)[0];
  return path.replace(/^\/ical\/private\/[^/]+/, '/ical/private/…');
}

/**
 * First middleware of the app: gives each request an id (the client's valid `X-Request-Id`, else a
 * new UUID), echoes it in the `X-Request-Id` response header, runs the rest of the request inside
 * its context (so log lines and problem details carry it) and, with `write`, logs the request when
 * its response is finished or the client went away.
 */
export function requestIds(write: LogWrite | null) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const requestId = acceptedRequestId(req.headers['x-request-id']) ?? randomUUID();
    res.locals.requestId = requestId;
    res.setHeader('X-Request-Id', requestId);
    if (write) {
      const started = process.hrtime.bigint();
      let logged = false;
      const logRequest = () => {
        if (logged) return;
        logged = true;
        const durationMs = Math.round(Number(process.hrtime.bigint() - started) / 1e5) / 10;
        const path = loggedPath(req.originalUrl);
        // A response the client did not wait for (closed before it finished) has no status it received.
        const status = res.writableFinished ? res.statusCode : null;
        const level = status === null ? 'warn' : status >= 500 ? 'error' : 'info';
        requestContext.run({ requestId }, () =>
          write(
            jsonLogLine(level, 'HTTP', `${req.method} ${path} ${status ?? 'afgebroken'} ${durationMs} ms`, {
              method: req.method,
              path,
              status,
              durationMs,
            }),
          ),
        );
      };
      res.on('finish', logRequest);
      res.on('close', logRequest);
    }
    requestContext.run({ requestId }, next);
  };
}
