import { AccountsService, generatePassword } from '../auth/accounts.service';
import { ACCOUNT_ROLES, Role } from '../auth/actor';
import { resolveAccountScope } from './account-scope';
import { withAppContext } from './app-context';
import { parseArgs, stringOption } from './args';

const USAGE =
  'Gebruik: user create --email E --role clerk|executive|party|admin --municipality SLUG [--party NAAM] [--portfolio-holder NAAM] [--name NAAM] [--password P]';

/** `user create …`: a web account; prints the generated password once when none is given. */
export async function runUserCommand(args: string[]): Promise<number> {
  const parsed = parseArgs(args);
  const email = stringOption(parsed, 'email');
  const role = stringOption(parsed, 'role') as Exclude<Role, 'public'> | undefined;
  const slug = stringOption(parsed, 'municipality');
  if (
    parsed.positional[0] !== 'create' ||
    !email ||
    !role ||
    !ACCOUNT_ROLES.includes(role) ||
    (role !== 'admin' && !slug)
  ) {
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
