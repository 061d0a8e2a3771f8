import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { Actor } from '../auth/actor';
import { isMunicipalStaff } from '../auth/visibility';
import { DomainEvents } from '../common/domain-events';
import { PeopleMerged } from '../common/people-merged.event';
import { DomainValidationError, ForbiddenError, NotFoundError } from '../common/domain-errors';
import { FeedPage, FeedWindow, whereInFeedWindow } from '../common/feed-window';
import { Page } from '../common/pagination';
import { MunicipalitiesService } from '../municipalities/municipalities.service';
import {
  CreatePartyDto,
  CreatePersonDto,
  MergeResultDto,
  PartiesQueryDto,
  PartyDto,
  PeopleQueryDto,
  PersonDto,
} from './dto/people.dto';
import { Party } from './party.entity';
import { Person, PersonRole } from './person.entity';

export function toPartyDto(party: Party): PartyDto {
  return { id: party.id, municipalityId: party.municipalityId, name: party.name };
}

export function toPersonDto(person: Person): PersonDto {
  return {
    id: person.id,
    municipalityId: person.municipalityId,
    name: person.name,
    role: person.role,
    partyId: person.partyId,
    party: person.party?.name ?? null,
    portfolio: person.portfolio,
  };
}

/** Fracties and people (raadsleden, wethouders, burgemeester) of a municipality. */
@Injectable()
export class PeopleService {
  constructor(
    @InjectRepository(Party) private readonly parties: Repository<Party>,
    @InjectRepository(Person) private readonly people: Repository<Person>,
    private readonly municipalities: MunicipalitiesService,
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly events: DomainEvents,
  ) {}

  async listParties(query: PartiesQueryDto): Promise<Page<PartyDto>> {
    const qb = this.parties
      .createQueryBuilder('party')
      .orderBy('party.name', 'ASC')
      .take(query.limit)
      .skip(query.offset);
    if (query.municipality) {
      const municipality = await this.municipalities.findMunicipality(query.municipality);
      qb.where('party.municipalityId = :id', { id: municipality.id });
    }
    const [rows, total] = await qb.getManyAndCount();
    return { items: rows.map(toPartyDto), total, limit: query.limit, offset: query.offset };
  }

  async listPeople(query: PeopleQueryDto): Promise<Page<PersonDto>> {
    const qb = this.people
      .createQueryBuilder('person')
      .leftJoinAndSelect('person.party', 'party')
      .orderBy('person.name', 'ASC')
      .take(query.limit)
      .skip(query.offset);
    if (query.municipality) {
      const municipality = await this.municipalities.findMunicipality(query.municipality);
      qb.andWhere('person.municipalityId = :id', { id: municipality.id });
    }
    if (query.role) qb.andWhere('person.role = :role', { role: query.role });
    if (query.partyId) qb.andWhere('person.partyId = :partyId', { partyId: query.partyId });
    const [rows, total] = await qb.getManyAndCount();
    return { items: rows.map(toPersonDto), total, limit: query.limit, offset: query.offset };
  }

  /** Every person of a municipality by name (the pickers of the set forms; a council has tens, not thousands). */
  async listPeopleOfMunicipality(municipalityId: number): Promise<PersonDto[]> {
    const rows = await this.people.find({
      where: { municipalityId },
      relations: { party: true },
      order: { name: 'ASC' },
    });
    return rows.map(toPersonDto);
  }

  /** Fracties of a municipality for an open-data feed, in id order (stable across pages). */
  async feedParties(window: FeedWindow): Promise<FeedPage<Party>> {
    const qb = this.parties
      .createQueryBuilder('party')
      .where('party.municipalityId = :m', { m: window.municipalityId });
    whereInFeedWindow(qb, window, 'party.createdAt', 'party.createdAt');
    const [rows, total] = await qb.orderBy('party.id', 'ASC').skip(window.offset).take(window.limit).getManyAndCount();
    return { rows, total };
  }

  /** People (raadsleden, wethouders, burgemeester) of a municipality for an open-data feed, in id order. */
  async feedPeople(window: FeedWindow): Promise<FeedPage<Person>> {
    const qb = this.people
      .createQueryBuilder('person')
      .where('person.municipalityId = :m', { m: window.municipalityId });
    whereInFeedWindow(qb, window, 'person.createdAt', 'person.createdAt');
    const [rows, total] = await qb.orderBy('person.id', 'ASC').skip(window.offset).take(window.limit).getManyAndCount();
    return { rows, total };
  }

  async createParty(actor: Actor, input: CreatePartyDto): Promise<Party> {
    const municipality = await this.municipalities.findMunicipality(input.municipality);
    if (actor.role !== 'admin' && !(actor.role === 'clerk' && actor.municipalityId === municipality.id)) {
      throw new ForbiddenError('Alleen de griffie kan fracties toevoegen.');
    }
    return this.dataSource.transaction(async (em) => {
      const party = await em.save(em.create(Party, { municipalityId: municipality.id, name: input.name.trim() }));
      await this.audit.record(em, actor, {
        action: 'party.created',
        entityType: 'party',
        entityId: party.id,
        municipalityId: municipality.id,
        after: toPartyDto(party),
      });
      return party;
    });
  }

  async createPerson(actor: Actor, input: CreatePersonDto): Promise<Person> {
    const municipality = await this.municipalities.findMunicipality(input.municipality);
    if (actor.role !== 'admin' && !(actor.role === 'clerk' && actor.municipalityId === municipality.id)) {
      throw new ForbiddenError('Alleen de griffie kan personen toevoegen.');
    }
    return this.dataSource.transaction(async (em) => {
      const person = await em.save(
        em.create(Person, {
          municipalityId: municipality.id,
          name: input.name.trim(),
          role: input.role,
          partyId: input.partyId ?? null,
          portfolio: input.portfolio ?? null,
        }),
      );
      await this.audit.record(em, actor, {
        action: 'person.created',
        entityType: 'person',
        entityId: person.id,
        municipalityId: municipality.id,
        after: toPersonDto(person),
      });
      return person;
    });
  }

  /** The party with this name (case-insensitive) in the municipality, created when new. */
  async findOrCreateParty(em: EntityManager, municipalityId: number, name: string): Promise<Party> {
    const trimmed = name.trim();
    const existing = await em
      .createQueryBuilder(Party, 'party')
      .where('party.municipalityId = :municipalityId AND lower(party.name) = lower(:name)', {
        municipalityId,
        name: trimmed,
      })
      .getOne();
    if (existing) return existing;
    await em.createQueryBuilder().insert().into(Party).values({ municipalityId, name: trimmed }).orIgnore().execute();
    return em.findOneOrFail(Party, { where: { municipalityId, name: trimmed } });
  }

  /** The person with this name in the municipality, created with the role when new. */
  async findOrCreatePerson(
    em: EntityManager,
    municipalityId: number,
    name: string,
    role: PersonRole,
    partyId: number | null = null,
  ): Promise<Person> {
    const trimmed = name.trim();
    const existing = await em
      .createQueryBuilder(Person, 'person')
      .where('person.municipalityId = :municipalityId AND lower(person.name) = lower(:name)', {
        municipalityId,
        name: trimmed,
      })
      .getOne();
    if (existing) {
      if (existing.partyId === null && partyId !== null) {
        existing.partyId = partyId;
        return em.save(existing);
      }
      return existing;
    }
    await em
      .createQueryBuilder()
      .insert()
      .into(Person)
      .values({ municipalityId, name: trimmed, role, partyId })
      .orIgnore()
      .execute();
    return em.findOneOrFail(Person, { where: { municipalityId, name: trimmed } });
  }

  /** The id of the party with this name (case-insensitive) in the municipality, or null; creates nothing. */
  async findPartyIdByName(municipalityId: number, name: string): Promise<number | null> {
    const found = await this.parties
      .createQueryBuilder('party')
      .select('party.id')
      .where('party.municipalityId = :municipalityId AND lower(party.name) = lower(:name)', {
        municipalityId,
        name: name.trim(),
      })
      .getOne();
    return found?.id ?? null;
  }

  /** The id of the person with this name (case-insensitive) in the municipality, or null; creates nothing. */
  async findPersonIdByName(municipalityId: number, name: string): Promise<number | null> {
    const found = await this.people
      .createQueryBuilder('person')
      .select('person.id')
      .where('person.municipalityId = :municipalityId AND lower(person.name) = lower(:name)', {
        municipalityId,
        name: name.trim(),
      })
      .getOne();
    return found?.id ?? null;
  }

  /** A party by id read with the caller's manager (inside its transaction); fails when there is none. */
  async findPartyOrFail(em: EntityManager, id: number): Promise<Party> {
    return em.findOneByOrFail(Party, { id });
  }

  /** A person of the municipality by id (digits) or by name (case-insensitive), or null. */
  async findPersonByIdOrName(municipalityId: number, idOrName: string): Promise<Person | null> {
    const qb = this.people.createQueryBuilder('x').where('x.municipalityId = :m', { m: municipalityId });
    if (/^\d+$/.test(idOrName)) qb.andWhere('x.id = :id', { id: Number(idOrName) });
    else qb.andWhere('lower(x.name) = lower(:name)', { name: idOrName.trim() });
    return qb.getOne();
  }

  /** A party of the municipality by id (digits) or by name (case-insensitive), or null. */
  async findPartyByIdOrName(municipalityId: number, idOrName: string): Promise<Party | null> {
    const qb = this.parties.createQueryBuilder('x').where('x.municipalityId = :m', { m: municipalityId });
    if (/^\d+$/.test(idOrName)) qb.andWhere('x.id = :id', { id: Number(idOrName) });
    else qb.andWhere('lower(x.name) = lower(:name)', { name: idOrName.trim() });
    return qb.getOne();
  }

  async findPartyInMunicipality(municipalityId: number, id: number): Promise<Party | null> {
    return this.parties.findOne({ where: { id, municipalityId } });
  }

  async findPersonInMunicipality(municipalityId: number, id: number): Promise<Person | null> {
    return this.people.findOne({ where: { id, municipalityId } });
  }

  /** A party by id (overview pages), or null. */
  async findParty(id: number): Promise<Party | null> {
    return this.parties.findOne({ where: { id } });
  }

  /** A person by id (overview pages), or null. */
  async findPerson(id: number): Promise<Person | null> {
    return this.people.findOne({ where: { id } });
  }

  /**
   * Merges two people or two parties of one municipality that are the same (a typo created a second
   * one): in one transaction every reference moves to the kept one (the modules holding them hear
   * `PeopleMerged`), the other is removed, and the audit log keeps both. Griffie of the municipality, admin.
   */
  async merge(actor: Actor, kind: 'person' | 'party', keepId: number, removeId: number): Promise<MergeResultDto> {
    const what = kind === 'person' ? 'Persoon' : 'Fractie';
    if (keepId === removeId) {
      throw new DomainValidationError([{ path: 'remove', message: 'moet een andere zijn dan de te bewaren' }]);
    }
    return this.dataSource.transaction(async (em) => {
      const entity = kind === 'person' ? Person : Party;
      // Both rows locked in id order, so two merges of the same pair queue.
      const rows = await em.find<Person | Party>(entity, {
        where: [{ id: keepId }, { id: removeId }],
        order: { id: 'ASC' },
        lock: { mode: 'pessimistic_write' },
      });
      const keep = rows.find((r) => r.id === keepId);
      const remove = rows.find((r) => r.id === removeId);
      if (!keep || !isMunicipalStaff(actor, keep.municipalityId)) throw new NotFoundError(`${what} ${keepId}`);
      if (!remove || remove.municipalityId !== keep.municipalityId) throw new NotFoundError(`${what} ${removeId}`);
      if (actor.role === 'executive') throw new ForbiddenError('Alleen de griffie kan samenvoegen.');
      if (kind === 'party') {
        await em.query(`UPDATE "person" SET "party_id" = $1 WHERE "party_id" = $2`, [keepId, removeId]);
      } else {
        const kept = keep as Person;
        const removed = remove as Person;
        if (kept.partyId === null && removed.partyId !== null) kept.partyId = removed.partyId;
        if (!kept.portfolio && removed.portfolio) kept.portfolio = removed.portfolio;
        await em.update(Person, { id: kept.id }, { partyId: kept.partyId, portfolio: kept.portfolio });
      }
      await this.events.publish(em, new PeopleMerged(kind, keep.municipalityId, keepId, removeId));
      await em.delete(entity, { id: removeId });
      const view = (row: Person | Party) => (kind === 'person' ? toPersonDto(row as Person) : toPartyDto(row as Party));
      await this.audit.record(em, actor, {
        action: `${kind}.merged`,
        entityType: kind,
        entityId: keepId,
        municipalityId: keep.municipalityId,
        before: { kept: view(keep), removed: view(remove) },
        after: view(keep),
      });
      return { kind, kept: { id: keep.id, name: keep.name }, removed: { id: remove.id, name: remove.name } };
    });
  }

  canManage(actor: Actor, municipalityId: number): boolean {
    return isMunicipalStaff(actor, municipalityId);
  }
}
