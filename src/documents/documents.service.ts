import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, FindOptionsWhere, Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { Actor } from '../auth/actor';
import { isMunicipalStaff } from '../auth/visibility';
import { DomainValidationError, ForbiddenError, NotFoundError } from '../common/domain-errors';
import { FeedPage, FeedWindow, whereInFeedWindow } from '../common/feed-window';
import { Page } from '../common/pagination';
import { MunicipalitiesService } from '../municipalities/municipalities.service';
import { Document } from './document.entity';
import { CreateDocumentDto, DocumentDto, DocumentInputDto, DocumentsQueryDto } from './dto/document.dto';

/** `Anti-discriminatieagenda 2021–2026` → `anti discriminatieagenda 2021 2026`: the key for documents without a reference. */
export function documentTitleKey(title: string | null | undefined): string | null {
  if (!title) return null;
  const key = title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
  return key === '' ? null : key;
}

/** Where a document is found by: kind and reference, else kind and normalised title, else URL; null without any. */
function documentKey(
  municipalityId: number,
  input: Pick<DocumentInputDto, 'kind' | 'reference' | 'title' | 'url'>,
): FindOptionsWhere<Document> | null {
  const reference = input.reference?.trim() || null;
  const titleKey = reference ? null : documentTitleKey(input.title);
  const url = input.url?.trim() || null;
  if (reference) return { municipalityId, kind: input.kind, reference };
  if (titleKey) return { municipalityId, kind: input.kind, titleKey };
  if (url) return { municipalityId, url };
  return null;
}

export function toDocumentDto(document: Document): DocumentDto {
  return {
    id: document.id,
    municipalityId: document.municipalityId,
    kind: document.kind,
    reference: document.reference,
    title: document.title,
    date: document.date,
    url: document.url,
  };
}

/** Motions, council letters, policy notes, regulations and web pages: stored once per municipality. */
@Injectable()
export class DocumentsService {
  constructor(
    @InjectRepository(Document) private readonly documents: Repository<Document>,
    private readonly municipalities: MunicipalitiesService,
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async listDocuments(query: DocumentsQueryDto): Promise<Page<DocumentDto>> {
    const qb = this.documents
      .createQueryBuilder('document')
      .orderBy('document.kind', 'ASC')
      .addOrderBy('document.reference', 'ASC', 'NULLS LAST')
      .addOrderBy('document.title', 'ASC')
      .take(query.limit)
      .skip(query.offset);
    if (query.municipality) {
      const municipality = await this.municipalities.findMunicipality(query.municipality);
      qb.andWhere('document.municipalityId = :m', { m: municipality.id });
    }
    if (query.kind) qb.andWhere('document.kind = :kind', { kind: query.kind });
    if (query.q) {
      qb.andWhere('(document.reference ILIKE :q OR document.title ILIKE :q)', {
        q: `%${query.q.replace(/[%_\\]/g, '\\$&')}%`,
      });
    }
    const [rows, total] = await qb.getManyAndCount();
    return { items: rows.map(toDocumentDto), total, limit: query.limit, offset: query.offset };
  }

  /** Documents of a municipality for an open-data feed, in id order (stable across pages). */
  async feedDocuments(window: FeedWindow): Promise<FeedPage<Document>> {
    const qb = this.documents
      .createQueryBuilder('document')
      .where('document.municipalityId = :m', { m: window.municipalityId });
    whereInFeedWindow(qb, window, 'document.createdAt', 'document.createdAt');
    const [rows, total] = await qb
      .orderBy('document.id', 'ASC')
      .skip(window.offset)
      .take(window.limit)
      .getManyAndCount();
    return { rows, total };
  }

  /** Every document (public record) in id order, in keyset batches: for the bulk dumps. */
  async *streamDocuments(batchSize: number): AsyncGenerator<DocumentDto[]> {
    let after = 0;
    for (;;) {
      const rows = await this.documents
        .createQueryBuilder('document')
        .where('document.id > :after', { after })
        .orderBy('document.id', 'ASC')
        .limit(batchSize)
        .getMany();
      if (rows.length === 0) return;
      yield rows.map(toDocumentDto);
      after = rows[rows.length - 1].id;
    }
  }

  async findDocument(id: number): Promise<Document> {
    const document = await this.documents.findOne({ where: { id } });
    if (!document) throw new NotFoundError(`Document ${id}`);
    return document;
  }

  /** A document by id read with the caller's manager (inside its transaction), or null. */
  async findDocumentOrNull(em: EntityManager, id: number): Promise<Document | null> {
    return em.findOne(Document, { where: { id } });
  }

  async createDocument(actor: Actor, input: CreateDocumentDto): Promise<Document> {
    const municipality = await this.municipalities.findMunicipality(input.municipality);
    if (!isMunicipalStaff(actor, municipality.id)) {
      throw new ForbiddenError('Alleen de griffie of het college kan documenten toevoegen.');
    }
    return this.dataSource.transaction(async (em) => {
      const document = await this.findOrCreateDocument(em, municipality.id, input);
      await this.audit.record(em, actor, {
        action: 'document.created',
        entityType: 'document',
        entityId: document.id,
        municipalityId: municipality.id,
        after: toDocumentDto(document),
      });
      return document;
    });
  }

  /**
   * The id of the stored document findOrCreateDocument would return for this input (same key:
   * kind and reference, else normalised title, else URL), or null; creates nothing.
   */
  async findDocumentIdByKey(
    municipalityId: number,
    input: Pick<DocumentInputDto, 'kind' | 'reference' | 'title' | 'url'>,
  ): Promise<number | null> {
    const where = documentKey(municipalityId, input);
    if (!where) return null;
    const found = await this.documents.findOne({ where, select: { id: true } });
    return found?.id ?? null;
  }

  /**
   * The one stored document for this kind and reference (or normalised title, or URL), created
   * when new; a known document gains a missing title, date or URL.
   */
  async findOrCreateDocument(em: EntityManager, municipalityId: number, input: DocumentInputDto): Promise<Document> {
    const reference = input.reference?.trim() || null;
    const title = input.title?.trim() || null;
    const url = input.url?.trim() || null;
    const titleKey = reference ? null : documentTitleKey(title);
    if (!reference && !titleKey && !url) {
      throw new DomainValidationError([
        { path: 'reference', message: 'een document heeft een kenmerk, titel of URL nodig' },
      ]);
    }
    const where = documentKey(municipalityId, input) as FindOptionsWhere<Document>;
    const existing = await em.findOne(Document, { where });
    if (existing) {
      let changed = false;
      if (!existing.title && title) {
        existing.title = title;
        changed = true;
      }
      if (!existing.date && input.date) {
        existing.date = input.date;
        changed = true;
      }
      if (!existing.url && url) {
        existing.url = url;
        changed = true;
      }
      return changed ? em.save(existing) : existing;
    }
    await em
      .createQueryBuilder()
      .insert()
      .into(Document)
      .values({ municipalityId, kind: input.kind, reference, title, titleKey, date: input.date ?? null, url })
      .orIgnore()
      .execute();
    return em.findOneOrFail(Document, { where });
  }
}
