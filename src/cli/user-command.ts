import { AccountAdminService } from '../account-admin/account-admin.service';
import { UpdateAccountDto } from '../account-admin/dto/account-admin.dto';
import { AccountsService, generatePassword } from '../auth/accounts.service';
import { ACCOUNT_ROLES, Role, SYSTEM_ACTOR } from '../auth/actor';
import { resolveAccountScope } from './account-scope';
import { withAppContext } from './app-context';
import { parseArgs, stringOption } from './args';
import { columns } from './columns';

const USAGE = [
  'Gebruik: user create --email E --role clerk|executive|party|admin --municipality SLUG [--party NAAM] [--portfolio-holder NAAM] [--name NAAM] [--password P]',
  '         user list [--municipality SLUG] [--json]',
  '         user disable|enable E-MAILADRES',
  '         user reset E-MAILADRES',
  '',
  'disable: het account kan niet meer inloggen, zijn sessies eindigen en zijn API-tokens werken niet meer.',
  'reset: stuurt een e-mail met een link om een nieuw wachtwoord te kiezen (een uur geldig, één keer te gebruiken).',
].join('\n');

/** The command line acts as the beheerder, and says so in the audit trail. */
const CLI_ACTOR = { ...SYSTEM_ACTOR, label: 'opdrachtregel' };

/** `user create|list|disable|enable|reset`: web accounts from the command line. */
export async function runUserCommand(args: string[]): Promise<number> {
  const parsed = parseArgs(args);
  const action = parsed.positional[0];
  if (action === 'list') return listUsers(stringOption(parsed, 'municipality'), parsed.options.json === true);
  if (action === 'disable' || action === 'enable' || action === 'reset') {
    const address = parsed.positional[1];
    if (!address) {
      process.stderr.write(`${USAGE}\n`);
      return 2;
    }
    return changeUser(action, address);
  }
  const email = stringOption(parsed, 'email');
  const role = stringOption(parsed, 'role') as Exclude<Role, 'public'> | undefined;
  const slug = stringOption(parsed, 'municipality');
  if (action !== 'create' || !email || !role || !ACCOUNT_ROLES.includes(role) || (role !== 'admin' && !slug)) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const given = stringOption(parsed, 'password');
  const password = given ?? generatePassword();
  return withAppContext(async (app) => {
    const { municipality, partyId, portfolioHolderId } = await resolveAccountScope(app, {
      municipality: slug,
      party: stringOption(parsed, 'party'),
      portfolioHolder: stringOption(parsed, 'portfolio-holder'),
    });
    const user = await app.get(AccountsService).createUser({
      email,
      password,
      role,
      municipalityId: municipality?.id ?? null,
      partyId,
      portfolioHolderId,
      displayName: stringOption(parsed, 'name') ?? email,
    });
    process.stderr.write(
      `Account ${user.email} (${role}${municipality ? `, ${municipality.slug}` : ''}) aangemaakt.\n`,
    );
    // Standard output: the generated password only (nothing when the caller chose it).
    if (!given) process.stdout.write(`${password}\n`);
    return 0;
  });
}

async function listUsers(municipality: string | undefined, json: boolean): Promise<number> {
  return withAppContext(async (app) => {
    const page = await app
      .get(AccountAdminService)
      .listAccounts(CLI_ACTOR, { municipality, limit: 100_000, offset: 0 });
    if (json) {
      process.stdout.write(`${JSON.stringify(page.items, null, 2)}\n`);
      return 0;
    }
    if (page.items.length === 0) {
      process.stdout.write('Geen accounts.\n');
      return 0;
    }
    const rows = page.items.map((u) => [
      u.email,
      u.role,
      u.municipality ?? '-',
      u.party ?? u.portfolioHolder ?? '',
      u.disabled ? 'uitgeschakeld' : 'actief',
      u.lastLoginAt ? `laatst ingelogd ${u.lastLoginAt.slice(0, 16).replace('T', ' ')} UTC` : 'nooit ingelogd',
    ]);
    process.stdout.write(columns(rows));
    return 0;
  });
}

async function changeUser(action: 'disable' | 'enable' | 'reset', address: string): Promise<number> {
  return withAppContext(async (app) => {
    const user = await app.get(AccountsService).findUserByEmail(address);
    if (!user) {
      process.stderr.write(`Er is geen account met het e-mailadres ${address}.\n`);
      return 1;
    }
    const admin = app.get(AccountAdminService);
    if (action === 'reset') {
      const { message } = await admin.sendPasswordReset(CLI_ACTOR, user.id);
      process.stderr.write(`${message}\n`);
      return 0;
    }
    await admin.updateAccount(
      CLI_ACTOR,
      user.id,
      Object.assign(new UpdateAccountDto(), { version: user.version, disabled: action === 'disable' }),
    );
    process.stderr.write(`Account ${user.email} is ${action === 'disable' ? 'uitgeschakeld' : 'ingeschakeld'}.\n`);
    return 0;
  });
}
