import { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Municipality } from '../municipalities/municipality.entity';
import { MunicipalitiesService } from '../municipalities/municipalities.service';
import { PeopleService } from '../people/people.service';

export interface AccountScope {
  municipality: Municipality | null;
  partyId: number | null;
  portfolioHolderId: number | null;
}

/** The municipality, party and portfolio holder an API token or web account acts for (`--municipality`, `--party`, `--portfolio-holder`). */
export async function resolveAccountScope(
  app: INestApplicationContext,
  names: { municipality?: string; party?: string; portfolioHolder?: string },
): Promise<AccountScope> {
  const municipality = names.municipality
    ? await app.get(MunicipalitiesService).findMunicipality(names.municipality)
    : null;
  if (!municipality) return { municipality: null, partyId: null, portfolioHolderId: null };
  const em = app.get(DataSource).manager;
  const people = app.get(PeopleService);
  const party = names.party ? await people.findOrCreateParty(em, municipality.id, names.party) : null;
  const holder = names.portfolioHolder
    ? await people.findOrCreatePerson(em, municipality.id, names.portfolioHolder, 'alderman')
    : null;
  return { municipality, partyId: party?.id ?? null, portfolioHolderId: holder?.id ?? null };
}
