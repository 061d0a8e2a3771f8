import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { LogFormat } from '../common/logging';

/** The application's configuration, read once from the environment and validated at start. */
export interface AppConfig {
  port: number;
  /** External PostgreSQL server; null starts the embedded one under `dataDir`. */
  databaseUrl: string | null;
  dataDir: string;
  meiliUrl: string | null;
  meiliApiKey: string | null;
  /** A search-only key for searches; the admin key (meiliApiKey) is then used by the outbox worker only. */
  meiliSearchApiKey: string | null;
  smtpUrl: string | null;
  mailFrom: string;
  publicUrl: string;
  sessionSecret: string;
  /** Express `trust proxy` setting: false, true, a hop count or a list of addresses. */
  trustProxy: boolean | number | string;
  /** Longest a statement of the app may run (PostgreSQL `statement_timeout`); 0 for no limit. */
  dbStatementTimeoutMs: number;
  /** `text`: readable lines (default); `json`: one JSON object per line, with a line per request. */
  logFormat: LogFormat;
}

export class ConfigError extends Error {}

type Env = Record<string, string | undefined>;

function parsePort(raw: string | undefined, problems: string[]): number {
  if (raw === undefined || raw === '') return 3000;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    problems.push(`PORT must be a whole number from 0 to 65535, got "${raw}"`);
    return 3000;
  }
  return port;
}

function parseUrl(name: string, raw: string | undefined, protocols: string[], problems: string[]): string | null {
  if (raw === undefined || raw.trim() === '') return null;
  try {
    const url = new URL(raw);
    if (!protocols.includes(url.protocol)) {
      problems.push(`${name} must start with ${protocols.map((p) => `${p}//`).join(' or ')}, got "${url.protocol}//"`);
    }
    return raw.trim();
  } catch {
    problems.push(`${name} is not a valid URL`);
    return null;
  }
}

function parseMilliseconds(name: string, raw: string | undefined, fallback: number, problems: string[]): number {
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d{1,7}$/.test(raw)) {
    problems.push(`${name} must be a number of milliseconds (0–9999999), not "${raw}"`);
    return fallback;
  }
  return Number(raw);
}

function parseLogFormat(raw: string | undefined, problems: string[]): LogFormat {
  if (raw === undefined || raw === '' || raw === 'text') return 'text';
  if (raw === 'json') return 'json';
  problems.push(`LOG_FORMAT must be "text" or "json", got "${raw}"`);
  return 'text';
}

function parseTrustProxy(raw: string | undefined): boolean | number | string {
  if (raw === undefined || raw === '' || raw === 'false') return false;
  if (raw === 'true') return true;
  if (/^\d+$/.test(raw)) return Number(raw);
  return raw;
}

/** SESSION_SECRET when set; otherwise one generated once and kept under DATA_DIR, so sessions survive restarts. */
function loadSessionSecret(raw: string | undefined, dataDir: string, problems: string[]): string {
  if (raw !== undefined && raw !== '') {
    if (raw.length < 32) problems.push('SESSION_SECRET must be at least 32 characters long');
    return raw;
  }
  const file = join(dataDir, 'session-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}

/** Reads and validates the environment; throws one ConfigError naming every problem. */
export function loadConfig(env: Env = process.env): AppConfig {
  const problems: string[] = [];
  const dataDir = resolve(env.DATA_DIR && env.DATA_DIR !== '' ? env.DATA_DIR : 'data');
  const port = parsePort(env.PORT, problems);
  const databaseUrl = parseUrl('DATABASE_URL', env.DATABASE_URL, ['postgres:', 'postgresql:'], problems);
  const meiliUrl = parseUrl('MEILI_URL', env.MEILI_URL, ['http:', 'https:'], problems);
  const smtpUrl = parseUrl('SMTP_URL', env.SMTP_URL, ['smtp:', 'smtps:'], problems);
  const publicUrl =
    parseUrl('PUBLIC_URL', env.PUBLIC_URL, ['http:', 'https:'], problems)?.replace(/\/+$/, '') ??
    `http://localhost:${port}`;
  const mailFrom = env.MAIL_FROM && env.MAIL_FROM !== '' ? env.MAIL_FROM : 'Raadsvragen <noreply@raadsvragen.local>';
  if (!/@/.test(mailFrom)) problems.push('MAIL_FROM must contain an e-mail address');
  const dbStatementTimeoutMs = parseMilliseconds(
    'DB_STATEMENT_TIMEOUT_MS',
    env.DB_STATEMENT_TIMEOUT_MS,
    15_000,
    problems,
  );
  const logFormat = parseLogFormat(env.LOG_FORMAT, problems);
  const sessionSecret = problems.length === 0 ? loadSessionSecret(env.SESSION_SECRET, dataDir, problems) : '';
  if (problems.length > 0) {
    throw new ConfigError(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
  }
  return {
    port,
    databaseUrl,
    dataDir,
    meiliUrl,
    meiliApiKey: env.MEILI_API_KEY && env.MEILI_API_KEY !== '' ? env.MEILI_API_KEY : null,
    meiliSearchApiKey: env.MEILI_SEARCH_API_KEY && env.MEILI_SEARCH_API_KEY !== '' ? env.MEILI_SEARCH_API_KEY : null,
    smtpUrl,
    mailFrom,
    publicUrl,
    sessionSecret,
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
    dbStatementTimeoutMs,
    logFormat,
  };
}

/** Injection token for AppConfig. */
export const APP_CONFIG = Symbol('APP_CONFIG');
