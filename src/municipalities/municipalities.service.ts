import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { Actor } from '../auth/actor';
import { DomainValidationError, ForbiddenError, NotFoundError, StaleVersionError } from '../common/domain-errors';
import { AnswerTerm, describeAnswerTerm, RecessPeriod } from '../deadlines';
import {
  CreateMunicipalityDto,
  CreateRecessDto,
  MunicipalityDto,
  RecessDto,
  UpdateMunicipalityDto,
} from './dto/municipality.dto';
import { Municipality } from './municipality.entity';
import { Recess } from './recess.entity';

/** A municipality as the API shows it; the reminder address only to its griffie and admins. */
export function toMunicipalityDto(m: Municipality, actor?: Actor): MunicipalityDto {
  const managers =
    actor !== undefined && (actor.role === 'admin' || (actor.role === 'clerk' && actor.municipalityId === m.id));
  return {
    id: m.id,
    slug: m.slug,
    name: m.name,
    answerTermAmount: m.answerTermAmount,
    answerTermUnit: m.answerTermUnit,
    answerTerm: describeAnswerTerm({ amount: m.answerTermAmount, unit: m.answerTermUnit }),
    legalBasis: m.legalBasis,
    questionsPublic: m.questionsPublic,
    reminderDaysBefore: m.reminderDaysBefore,
    reminderEmail: managers ? m.reminderEmail : null,
    version: m.version,
  };
}

export function toRecessDto(r: Recess): RecessDto {
  const days =
    Math.round((Date.parse(`${r.endsOn}T00:00:00Z`) - Date.parse(`${r.startsOn}T00:00:00Z`)) / 86_400_000) + 1;
  return { id: r.id, name: r.name, startsOn: r.startsOn, endsOn: r.endsOn, days };
}

/** What the answer-term engine needs of a municipality: its term and its recesses. */
export interface TermSettings {
  term: AnswerTerm;
  recesses: RecessPeriod[];
}

/** How long a municipality's id is remembered by slug (municipalityId): slugs almost never change. */
const MUNICIPALITY_ID_TTL_MS = 60_000;

@Injectable()
export class MunicipalitiesService {
  private readonly ids = new Map<string, { id: number; until: number }>();

  constructor(
    @InjectRepository(Municipality) private readonly municipalities: Repository<Municipality>,
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  listMunicipalities(): Promise<Municipality[]> {
    return this.municipalities.find({ order: { name: 'ASC' } });
  }

  /** By numeric id or by slug (`amersfoort`). */
  async findMunicipality(idOrSlug: string | number): Promise<Municipality> {
    const key = String(idOrSlug);
    const found = /^\d+$/.test(key)
      ? await this.municipalities.findOne({ where: { id: Number(key) } })
      : await this.municipalities.findOne({ where: { slug: key.toLowerCase() } });
    if (!found) throw new NotFoundError(`Gemeente ${key}`);
    return found;
  }

  /**
   * The id of a municipality by id or slug, as a search with a municipality filter needs on every
   * request: remembered for a minute (and forgotten when this process changes a municipality).
   */
  async municipalityId(idOrSlug: string): Promise<number> {
    const key = idOrSlug.toLowerCase();
    const known = this.ids.get(key);
    if (known && known.until > Date.now()) return known.id;
    const { id } = await this.findMunicipality(key);
    if (this.ids.size >= 1_000) this.ids.clear();
    this.ids.set(key, { id, until: Date.now() + MUNICIPALITY_ID_TTL_MS });
    return id;
  }

  /** Ids of the municipalities whose registered questions are public (for the Meilisearch filter). */
  async questionsPublicIds(): Promise<number[]> {
    const rows = await this.municipalities.find({ where: { questionsPublic: true }, select: { id: true } });
    return rows.map((m) => m.id);
  }

  /** By name, case-insensitive (`Amersfoort`, as a parsed document prints it), or null. */
  async findMunicipalityByNameOrNull(name: string): Promise<Municipality | null> {
    return this.municipalities
      .createQueryBuilder('m')
      .where('lower(m.name) = lower(:name)', { name: name.trim() })
      .getOne();
  }

  async findMunicipalityOrNull(idOrSlug: string | number): Promise<Municipality | null> {
    try {
      return await this.findMunicipality(idOrSlug);
    } catch (error) {
      if (error instanceof NotFoundError) return null;
      throw error;
    }
  }

  async createMunicipality(actor: Actor, input: CreateMunicipalityDto): Promise<Municipality> {
    if (actor.role !== 'admin') throw new ForbiddenError('Alleen een beheerder kan gemeenten toevoegen.');
    return this.dataSource.transaction(async (em) => {
      const created = await em.save(
        em.create(Municipality, { ...input, legalBasis: input.legalBasis ?? 'artikel 40 RvO' }),
      );
      await this.audit.record(em, actor, {
        action: 'municipality.created',
        entityType: 'municipality',
        entityId: created.id,
        municipalityId: created.id,
        after: toMunicipalityDto(created),
      });
      return created;
    });
  }

  /** A changed answer term applies to sets registered afterwards; due dates already set stay. */
  async updateMunicipality(actor: Actor, idOrSlug: string, input: UpdateMunicipalityDto): Promise<Municipality> {
    const current = await this.findMunicipality(idOrSlug);
    const allowed = actor.role === 'admin' || (actor.role === 'clerk' && actor.municipalityId === current.id);
    if (!allowed) throw new ForbiddenError('Alleen de griffie of een beheerder kan de gemeente wijzigen.');
    try {
      return await this.dataSource.transaction(async (em) => {
        const locked = await em.findOneOrFail(Municipality, {
          where: { id: current.id },
          lock: { mode: 'pessimistic_write' },
        });
        if (locked.version !== input.version) {
          throw new StaleVersionError(input.version, toMunicipalityDto(locked), locked.version);
        }
        const before = toMunicipalityDto(locked);
        const { version: _version, ...changes } = input;
        if (changes.reminderEmail !== undefined) changes.reminderEmail = changes.reminderEmail?.trim() || null;
        Object.assign(locked, changes);
        const saved = await em.save(locked);
        await this.audit.record(em, actor, {
          action: 'municipality.updated',
          entityType: 'municipality',
          entityId: saved.id,
          municipalityId: saved.id,
          before,
          after: toMunicipalityDto(saved),
        });
        return saved;
      });
    } finally {
      // Also after the change, so a lookup made meanwhile does not keep the old slug.
      this.ids.clear();
    }
  }

  // ---- answer term: recesses ---------------------------------------------------------------

  /** The recesses of a municipality, earliest first (public: the council's calendar). */
  async listRecesses(idOrSlug: string | number): Promise<{ municipality: Municipality; recesses: Recess[] }> {
    const municipality = await this.findMunicipality(idOrSlug);
    const recesses = await this.dataSource
      .getRepository(Recess)
      .find({ where: { municipalityId: municipality.id }, order: { startsOn: 'ASC', id: 'ASC' } });
    return { municipality, recesses };
  }

  /** The term and recesses the due date of a set registered now is computed with (inside the caller's transaction). */
  async termSettings(em: EntityManager, municipality: Municipality): Promise<TermSettings> {
    const recesses = await em
      .getRepository(Recess)
      .find({ where: { municipalityId: municipality.id }, order: { startsOn: 'ASC', id: 'ASC' } });
    return {
      term: { amount: municipality.answerTermAmount, unit: municipality.answerTermUnit },
      recesses: recesses.map((r) => ({ name: r.name, startsOn: r.startsOn, endsOn: r.endsOn })),
    };
  }

  /**
   * The griffie (or an admin) adds a recess. It applies to sets registered afterwards, as a changed
   * term does: due dates already set stay (a postponement moves them). Overlapping recesses are refused.
   */
  async addRecess(actor: Actor, idOrSlug: string, input: CreateRecessDto): Promise<Recess> {
    const municipality = await this.findMunicipality(idOrSlug);
    this.assertManages(actor, municipality);
    if (input.endsOn < input.startsOn) {
      throw new DomainValidationError([
        { path: 'endsOn', message: 'moet op of na de eerste dag van het reces liggen' },
      ]);
    }
    return this.dataSource.transaction(async (em) => {
      await em.query('SELECT id FROM municipality WHERE id = $1 FOR UPDATE', [municipality.id]);
      const overlapping = await em
        .getRepository(Recess)
        .createQueryBuilder('r')
        .where('r.municipalityId = :m', { m: municipality.id })
        .andWhere('r.startsOn <= :end AND r.endsOn >= :start', { start: input.startsOn, end: input.endsOn })
        .getOne();
      if (overlapping) {
        throw new DomainValidationError([
          {
            path: 'startsOn',
            message: `overlapt met ${overlapping.name} (${overlapping.startsOn} – ${overlapping.endsOn})`,
          },
        ]);
      }
      const saved = await em.save(
        em.create(Recess, {
          municipalityId: municipality.id,
          name: input.name.trim(),
          startsOn: input.startsOn,
          endsOn: input.endsOn,
        }),
      );
      await this.audit.record(em, actor, {
        action: 'recess.created',
        entityType: 'recess',
        entityId: saved.id,
        municipalityId: municipality.id,
        after: toRecessDto(saved),
      });
      return saved;
    });
  }

  async deleteRecess(actor: Actor, idOrSlug: string, recessId: number): Promise<void> {
    const municipality = await this.findMunicipality(idOrSlug);
    this.assertManages(actor, municipality);
    await this.dataSource.transaction(async (em) => {
      const recess = await em.findOne(Recess, { where: { id: recessId, municipalityId: municipality.id } });
      if (!recess) throw new NotFoundError(`Reces ${recessId}`);
      await em.remove(recess);
      await this.audit.record(em, actor, {
        action: 'recess.deleted',
        entityType: 'recess',
        entityId: recessId,
        municipalityId: municipality.id,
        before: toRecessDto({ ...recess, id: recessId }),
      });
    });
  }

  private assertManages(actor: Actor, municipality: Municipality): void {
    const allowed = actor.role === 'admin' || (actor.role === 'clerk' && actor.municipalityId === municipality.id);
    if (!allowed) throw new ForbiddenError('Alleen de griffie of een beheerder beheert de recessen.');
  }
}
