import { ACCOUNT_ROLES, Role } from '../auth/actor';
import { TokensService } from '../auth/tokens.service';
import { withAppContext } from './app-context';
import { resolveAccountScope } from './account-scope';
import { parseArgs, stringOption } from './args';

const USAGE =
  'Gebruik: token create --role clerk|executive|party|admin --municipality SLUG [--party NAAM] [--portfolio-holder NAAM]';

/** `token create …`: prints a new API token once; only its hash is stored. */
export async function runTokenCommand(args: string[]): Promise<number> {
  const parsed = parseArgs(args);
  const role = stringOption(parsed, 'role') as Exclude<Role, 'public'> | undefined;
  const slug = stringOption(parsed, 'municipality');
  if (parsed.positional[0] !== 'create' || !role || !ACCOUNT_ROLES.includes(role) || (role !== 'admin' && !slug)) {
    process.stderr.write(`${USAGE}\n`);
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
    const { secret } = await app.get(TokensService).createToken({
      role,
      municipalityId: municipality?.id ?? null,
      partyId,
      portfolioHolderId,
      label: [role, slug, partyName, holderName].filter(Boolean).join(' '),
    });
    process.stdout.write(`${secret}\n`);
    return 0;
  });
}
