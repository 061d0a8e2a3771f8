import { runTokenCommand } from '../src/cli/token-command';
import { runUserCommand } from '../src/cli/user-command';
import { hashToken } from '../src/auth/tokens.service';
import { captureCommand, CliDatabase, createCliDatabase } from './support/cli';

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
    expect(stderr).toContain('Gebruik: token create');
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
});
