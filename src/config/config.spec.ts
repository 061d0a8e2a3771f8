import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadConfig } from './config';

describe('loadConfig', () => {
  const dataDir = () => mkdtempSync(join(tmpdir(), 'raadsvragen-config-'));

  it('starts with defaults when nothing is set', () => {
    const dir = dataDir();
    const config = loadConfig({ DATA_DIR: dir });
    expect(config).toEqual(
      expect.objectContaining({
        port: 3000,
        databaseUrl: null,
        meiliUrl: null,
        smtpUrl: null,
        publicUrl: 'http://localhost:3000',
        trustProxy: false,
      }),
    );
  });

  it('generates a session secret once and keeps it under DATA_DIR', () => {
    const dir = dataDir();
    const first = loadConfig({ DATA_DIR: dir }).sessionSecret;
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(readFileSync(join(dir, 'session-secret'), 'utf8').trim()).toBe(first);
    expect(loadConfig({ DATA_DIR: dir }).sessionSecret).toBe(first);
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT must be a whole number'],
    [{ PORT: '70000' }, 'PORT must be a whole number'],
    [{ DATABASE_URL: 'mysql://x@y/z' }, 'DATABASE_URL must start with postgres:// or postgresql://'],
    [{ DATABASE_URL: 'not a url' }, 'DATABASE_URL is not a valid URL'],
    [{ MEILI_URL: 'ftp://search' }, 'MEILI_URL must start with http:// or https://'],
    [{ SMTP_URL: 'http://mail' }, 'SMTP_URL must start with smtp:// or smtps://'],
    [{ SESSION_SECRET: 'short' }, 'SESSION_SECRET must be at least 32 characters'],
    [{ MAIL_FROM: 'no address' }, 'MAIL_FROM must contain an e-mail address'],
    [{ LOG_FORMAT: 'JSON-lines' }, 'LOG_FORMAT must be "text" or "json", got "JSON-lines"'],
  ])('refuses %j with a clear message', (env, message) => {
    expect(() => loadConfig({ DATA_DIR: dataDir(), ...env })).toThrow(ConfigError);
    expect(() => loadConfig({ DATA_DIR: dataDir(), ...env })).toThrow(message);
  });

  it('names every problem at once', () => {
    expect(() => loadConfig({ DATA_DIR: dataDir(), PORT: 'x', MEILI_URL: 'ftp://y' })).toThrow(/PORT[\s\S]*MEILI_URL/);
  });

  it('reads TRUST_PROXY as boolean, hop count or address list', () => {
    expect(loadConfig({ DATA_DIR: dataDir(), TRUST_PROXY: 'true' }).trustProxy).toBe(true);
    expect(loadConfig({ DATA_DIR: dataDir(), TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(loadConfig({ DATA_DIR: dataDir(), TRUST_PROXY: 'loopback' }).trustProxy).toBe('loopback');
  });

  it('strips a trailing slash from PUBLIC_URL', () => {
    expect(loadConfig({ DATA_DIR: dataDir(), PUBLIC_URL: 'https://raadsvragen.amersfoort.nl/' }).publicUrl).toBe(
      'https://raadsvragen.amersfoort.nl',
    );
  });

  it('keeps readable logs unless LOG_FORMAT=json', () => {
    expect(loadConfig({ DATA_DIR: dataDir() }).logFormat).toBe('text');
    expect(loadConfig({ DATA_DIR: dataDir(), LOG_FORMAT: 'text' }).logFormat).toBe('text');
    expect(loadConfig({ DATA_DIR: dataDir(), LOG_FORMAT: 'json' }).logFormat).toBe('json');
  });
});
