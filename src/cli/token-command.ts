import { AccountAdminService } from '../account-admin/account-admin.service';
import { ACCOUNT_ROLES, Role, SYSTEM_ACTOR } from '../auth/actor';
import { DEFAULT_TOKEN_DAYS, MAX_TOKEN_DAYS, TokensService } from '../auth/tokens.service';
import { withAppContext } from './app-context';
import { resolveAccountScope } from './account-scope';
import { parseArgs, stringOption } from './args';
import { columns } from './columns';

const USAGE = [
  'Gebruik: npm run -s cli -- token create --role clerk|executive|party|admin --municipality SLUG [--party NAAM]',
  `                           [--portfolio-holder NAAM] [--label TEKST] [--days N (1–${MAX_TOKEN_DAYS}, standaard ${DEFAULT_TOKEN_DAYS})]`,
  '         npm run -s cli -- token list [--municipality SLUG] [--all] [--json]',
  '         npm run -s cli -- token revoke ID',
  '',
  'create toont het nieuwe token één keer op standaarduitvoer; alleen de hash wordt bewaard.',
  'list toont de geldige tokens (met --all ook ingetrokken en verlopen tokens), nooit het geheim.',
  'revoke trekt een token in: het werkt daarna niet meer (401).',
].join('\n');

const STATUS_LABELS = { active: 'geldig', expired: 'verlopen', revoked: 'ingetrokken' } as const;

/** `token create|list|revoke`: API tokens from the command line (as the beheerder: every municipality). */
export async function runTokenCommand(args: string[]): Promise<number> {
  const parsed = parseArgs(args);
  switch (parsed.positional[0]) {
    case 'create':
      return createToken(parsed);
    case 'list':
      return listTokens(parsed);
    case 'revoke':
      return revokeToken(parsed.positional[1]);
    default:
      process.stderr.write(`${USAGE}\n`);
      return 2;
  }
}

async function createToken(parsed: ReturnType<typeof parseArgs>): Promise<number> {
  const role = stringOption(parsed, 'role') as Exclude<Role, 'public'> | undefined;
  const slug = stringOption(parsed, 'municipality');
  const daysText = stringOption(parsed, 'days');
  const days = daysText === undefined ? DEFAULT_TOKEN_DAYS : Number(daysText);
  if (!role || !ACCOUNT_ROLES.includes(role) || (role !== 'admin' && !slug)) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  if (!Number.isInteger(days) || days < 1 || days > MAX_TOKEN_DAYS) {
    process.stderr.write(`--days moet een heel aantal dagen zijn van 1 tot en met ${MAX_TOKEN_DAYS}.\n`);
    return 2;
  }
  return withAppContext(async (app) => {
    const partyName = stringOption(parsed, 'party');
    const holderName = stringOption(parsed, 'portfolio-holder');
    const { municipality, partyId, portfolioHolderId } = await resolveAccountScope(app, {
      municipality: slug,
      party: partyName,
      portfolioHolder: holderName,
    });
    const { id, secret, token } = await app.get(TokensService).createToken({
      role,
      municipalityId: municipality?.id ?? null,
      partyId,
      portfolioHolderId,
      label: stringOption(parsed, 'label') ?? [role, slug, partyName, holderName].filter(Boolean).join(' '),
      expiresInDays: days,
      createdBy: 'opdrachtregel',
    });
    process.stderr.write(`Token #${id} aangemaakt, geldig tot ${token.expiresAt.toISOString().slice(0, 10)}.\n`);
    // Standard output: the secret only, so that a script can capture it.
    process.stdout.write(`${secret}\n`);
    return 0;
  });
}

async function listTokens(parsed: ReturnType<typeof parseArgs>): Promise<number> {
  return withAppContext(async (app) => {
    const page = await app.get(AccountAdminService).listTokens(SYSTEM_ACTOR, {
      municipality: stringOption(parsed, 'municipality'),
      status: parsed.options.all === true ? 'all' : 'active',
      limit: 100_000,
      offset: 0,
    });
    if (parsed.options.json === true) {
      process.stdout.write(`${JSON.stringify(page.items, null, 2)}\n`);
      return 0;
    }
    if (page.items.length === 0) {
      process.stdout.write('Geen tokens.\n');
      return 0;
    }
    const rows = page.items.map((t) => [
      `#${t.id}`,
      STATUS_LABELS[t.status],
      t.role,
      t.municipality ?? '-',
      t.label,
      `verloopt ${t.expiresAt.slice(0, 10)}`,
      t.lastUsedAt ? `laatst gebruikt ${t.lastUsedAt.slice(0, 16).replace('T', ' ')} UTC` : 'nooit gebruikt',
      t.userEmail ? `van ${t.userEmail}` : '',
    ]);
    process.stdout.write(columns(rows));
    return 0;
  });
}

async function revokeToken(idText: string | undefined): Promise<number> {
  const id = Number((idText ?? '').replace(/^#/, ''));
  if (!Number.isInteger(id) || id < 1 || id > 2147483647) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  return withAppContext(async (app) => {
    const token = await app.get(AccountAdminService).revokeToken({ ...SYSTEM_ACTOR, label: 'opdrachtregel' }, id);
    process.stderr.write(`Token #${token.id} (${token.label}) is ingetrokken.\n`);
    return 0;
  });
}
