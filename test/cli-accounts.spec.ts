import { runTokenCommand } from '../src/cli/token-command';
import { runUserCommand } from '../src/cli/user-command';
import { hashToken } from '../src/auth/tokens.service';
import { captureCommand, CliDatabase, createCliDatabase } from './support/cli';
import { readMailbox } from './support/mailbox';

describe('cli: token create and user create', () => {
  let database: CliDatabase;
  const query = <T>(sql: string, params: unknown[] = []) => database.query<T>(sql, params);

  beforeAll(async () => {
    database = await createCliDatabase();
  });

  afterAll(() => database.close());

  it('prints a new party token once on stdout and stores only its hash, with the party created', async () => {
    const { code, stdout } = await captureCommand(runTokenCommand, [
      'create',
      '--role',
      'party',
      '--municipality',
      'amersfoort',
      '--party',
      'GroenLinks',
    ]);
    expect(code).toBe(0);
    const secret = stdout.trim();
    expect(secret).toMatch(/^rv_[A-Za-z0-9_-]{20,}$/);
    const rows = await query<{ role: string; party: string; token_hash: string }>(
      `SELECT t.role, p.name AS party, t.token_hash FROM api_token t JOIN party p ON p.id = t.party_id`,
    );
    expect(rows).toEqual([{ role: 'party', party: 'GroenLinks', token_hash: hashToken(secret) }]);
    expect(JSON.stringify(await query('SELECT * FROM api_token'))).not.toContain(secret);
  });

  it('refuses a token without a municipality for a municipal role, with the usage on stderr', async () => {
    const { code, stdout, stderr } = await captureCommand(runTokenCommand, ['create', '--role', 'clerk']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('Gebruik: npm run -s cli -- token create');
  });

  it('creates a web account with a generated password printed only on stdout, stored hashed', async () => {
    const { code, stdout } = await captureCommand(runUserCommand, [
      'create',
      '--email',
      'Wethouder@Amersfoort.nl',
      '--role',
      'executive',
      '--municipality',
      'amersfoort',
      '--portfolio-holder',
      'Paffen-Zeenni',
    ]);
    expect(code).toBe(0);
    const password = stdout.trim();
    expect(password.length).toBeGreaterThanOrEqual(12);
    const [user] = await query<{ email: string; role: string; password_hash: string; holder: string }>(
      `SELECT u.email, u.role, u.password_hash, p.name AS holder FROM app_user u JOIN person p ON p.id = u.portfolio_holder_id`,
    );
    expect(user).toEqual(
      expect.objectContaining({ email: 'wethouder@amersfoort.nl', role: 'executive', holder: 'Paffen-Zeenni' }),
    );
    expect(user.password_hash).toMatch(/^\$2[aby]\$/);
    expect(user.password_hash).not.toContain(password);
  });

  it('prints nothing on stdout when the password is given', async () => {
    const { code, stdout } = await captureCommand(runUserCommand, [
      'create',
      '--email',
      'griffie@amersfoort.nl',
      '--role',
      'clerk',
      '--municipality',
      'amersfoort',
      '--password',
      'een-lang-wachtwoord-2025',
    ]);
    expect(code).toBe(0);
    expect(stdout).toBe('');
  });

  it('creates a token with --days and --label, lists it without its secret and revokes it', async () => {
    const created = await captureCommand(runTokenCommand, [
      'create',
      '--role',
      'clerk',
      '--municipality',
      'amersfoort',
      '--label',
      'koppeling',
      '--days',
      '30',
    ]);
    expect(created.code).toBe(0);
    const secret = created.stdout.trim();
    expect(created.stderr).toMatch(/Token #\d+ aangemaakt, geldig tot \d{4}-\d{2}-\d{2}\./);
    const [row] = await query<{ id: number; days: number; created_by: string }>(
      `SELECT id, round(extract(epoch FROM expires_at - created_at) / 86400)::int AS days, created_by FROM api_token WHERE label = 'koppeling'`,
    );
    expect(row).toEqual(expect.objectContaining({ days: 30, created_by: 'opdrachtregel' }));

    const listed = await captureCommand(runTokenCommand, ['list', '--municipality', 'amersfoort']);
    expect(listed.code).toBe(0);
    expect(listed.stdout).toMatch(new RegExp(`#${row.id}\\s+geldig\\s+clerk\\s+amersfoort\\s+koppeling`));
    expect(listed.stdout).toContain('nooit gebruikt');
    expect(listed.stdout).not.toContain(secret);

    const revoked = await captureCommand(runTokenCommand, ['revoke', String(row.id)]);
    expect(revoked.code).toBe(0);
    expect(revoked.stderr).toContain(`Token #${row.id} (koppeling) is ingetrokken.`);
    const active = await captureCommand(runTokenCommand, ['list']);
    expect(active.stdout).not.toContain('koppeling');
    const all = await captureCommand(runTokenCommand, ['list', '--all', '--json']);
    const items = JSON.parse(all.stdout) as { id: number; status: string }[];
    expect(items.find((t) => t.id === row.id)?.status).toBe('revoked');
  });

  it('refuses --days outside 1 to 3650 and an unknown token id, with Dutch messages', async () => {
    const days = await captureCommand(runTokenCommand, ['create', '--role', 'admin', '--days', '0']);
    expect(days.code).toBe(2);
    expect(days.stderr).toContain('--days moet een heel aantal dagen zijn van 1 tot en met 3650.');
    const usage = await captureCommand(runTokenCommand, ['revoke']);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('token revoke ID');
    await expect(captureCommand(runTokenCommand, ['revoke', '999999'])).rejects.toThrow(
      'Dit API-token bestaat niet of is niet zichtbaar voor u.',
    );
  });

  it('lists, disables, enables and mails a reset link to a web account', async () => {
    const listed = await captureCommand(runUserCommand, ['list', '--municipality', 'amersfoort']);
    expect(listed.code).toBe(0);
    expect(listed.stdout).toMatch(/griffie@amersfoort\.nl\s+clerk\s+amersfoort\s+actief\s+nooit ingelogd/);
    const disabled = await captureCommand(runUserCommand, ['disable', 'griffie@amersfoort.nl']);
    expect(disabled.code).toBe(0);
    expect(disabled.stderr).toContain('Account griffie@amersfoort.nl is uitgeschakeld.');
    const [row] = await query<{ off: boolean }>(
      `SELECT disabled_at IS NOT NULL AS off FROM app_user WHERE email = 'griffie@amersfoort.nl'`,
    );
    expect(row.off).toBe(true);
    const [audit] = await query<{ actor: string; action: string }>(
      `SELECT actor, action FROM audit_event WHERE entity_type = 'app_user' ORDER BY id DESC LIMIT 1`,
    );
    expect(audit).toEqual({ actor: 'opdrachtregel', action: 'account.disabled' });
    expect((await captureCommand(runUserCommand, ['enable', 'griffie@amersfoort.nl'])).code).toBe(0);
    const reset = await captureCommand(runUserCommand, ['reset', 'griffie@amersfoort.nl']);
    expect(reset.code).toBe(0);
    expect(reset.stderr).toContain('gestuurd naar griffie@amersfoort.nl');
    const mails = readMailbox(process.env.DATA_DIR as string).filter((m) => m.to.includes('griffie@amersfoort.nl'));
    expect(mails).toHaveLength(1);
    expect(mails[0].text).toContain('/wachtwoord-kiezen?token=');
    const unknown = await captureCommand(runUserCommand, ['disable', 'niemand@amersfoort.nl']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('Er is geen account met het e-mailadres niemand@amersfoort.nl.');
  });
});
