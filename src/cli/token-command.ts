import { ACCOUNT_ROLES, Role } from '../auth/actor';
import { TokensService } from '../auth/tokens.service';
import { MunicipalitiesService } from '../municipalities/municipalities.service';
import { PeopleService } from '../people/people.service';
import { withAppContext } from './app-context';
import { parseArgs, stringOption } from './args';
import { DataSource } from 'typeorm';

const USAGE = 'Gebruik: token create --role clerk|executive|party|admin --municipality SLUG [--party NAAM] [--portfolio-holder NAAM]';

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
    const municipality = slug ? await app.get(MunicipalitiesService).findMunicipality(slug) : null;
    const partyName = stringOption(parsed, 'party');
    const holderName = stringOption(parsed, 'portfolio-holder');
    const em = app.get(DataSource).manager;
    const people = app.get(PeopleService);
    const party = partyName && municipality ? await people.findOrCreateParty(em, municipality.id, partyName) : null;
    const holder = holderName && municipality ? await people.findOrCreatePerson(em, municipality.id, holderName, 'alderman') : null;
    const { secret } = await app.get(TokensService).createToken({
      role,
      municipalityId: municipality?.id ?? null,
      partyId: party?.id ?? null,
      portfolioHolderId: holder?.id ?? null,
      label: [role, slug, partyName, holderName].filter(Boolean).join(' '),
    });
    process.stdout.write(`${secret}\n`);
    return 0;
  });
}
