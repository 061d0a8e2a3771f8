import { DataSource } from 'typeorm';
import { AccountsService, generatePassword } from '../auth/accounts.service';
import { ACCOUNT_ROLES, Role } from '../auth/actor';
import { MunicipalitiesService } from '../municipalities/municipalities.service';
import { PeopleService } from '../people/people.service';
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
  if (parsed.positional[0] !== 'create' || !email || !role || !ACCOUNT_ROLES.includes(role) || (role !== 'admin' && !slug)) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const given = stringOption(parsed, 'password');
  const password = given ?? generatePassword();
  return withAppContext(async (app) => {
    const municipality = slug ? await app.get(MunicipalitiesService).findMunicipality(slug) : null;
    const partyName = stringOption(parsed, 'party');
    const holderName = stringOption(parsed, 'portfolio-holder');
    const em = app.get(DataSource).manager;
    const people = app.get(PeopleService);
    const party = partyName && municipality ? await people.findOrCreateParty(em, municipality.id, partyName) : null;
    const holder = holderName && municipality ? await people.findOrCreatePerson(em, municipality.id, holderName, 'alderman') : null;
    const user = await app.get(AccountsService).createUser({
      email,
      password,
      role,
      municipalityId: municipality?.id ?? null,
      partyId: party?.id ?? null,
      portfolioHolderId: holder?.id ?? null,
      displayName: stringOption(parsed, 'name') ?? email,
    });
    process.stderr.write(`Account ${user.email} (${role}${municipality ? `, ${municipality.slug}` : ''}) aangemaakt.\n`);
    // Standard output: the generated password only (nothing when the caller chose it).
    if (!given) process.stdout.write(`${password}\n`);
    return 0;
  });
}
