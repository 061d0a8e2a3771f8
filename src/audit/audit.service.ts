import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { Actor } from '../auth/actor';
import { AuditEvent } from './audit-event.entity';

export interface AuditEntry {
  action: string;
  entityType: string;
  entityId: string | number;
  municipalityId: number | null;
  questionSetId?: number | null;
  before?: unknown;
  after?: unknown;
}

export interface AuditEventView {
  id: string;
  at: string;
  actor: string;
  actorRole: string;
  action: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
}

/** The audit trail: written inside the transaction of the change it records. */
@Injectable()
export class AuditService {
  constructor(@InjectRepository(AuditEvent) private readonly events: Repository<AuditEvent>) {}

  async record(em: EntityManager, actor: Actor, entry: AuditEntry): Promise<void> {
    await em.insert(AuditEvent, {
      actor: actor.label,
      actorRole: actor.role,
      municipalityId: entry.municipalityId,
      questionSetId: entry.questionSetId ?? null,
      entityType: entry.entityType,
      entityId: String(entry.entityId),
      action: entry.action,
      before: (entry.before ?? null) as AuditEvent['before'] & object,
      after: (entry.after ?? null) as AuditEvent['after'] & object,
    });
  }

  async historyOfQuestionSet(questionSetId: number): Promise<AuditEventView[]> {
    const rows = await this.events.find({ where: { questionSetId }, order: { at: 'ASC', id: 'ASC' } });
    return rows.map(toAuditEventView);
  }

  /** The history of one entity (a commitment, a document), oldest first. */
  async historyOfEntity(entityType: string, entityId: string | number): Promise<AuditEventView[]> {
    const rows = await this.events.find({
      where: { entityType, entityId: String(entityId) },
      order: { at: 'ASC', id: 'ASC' },
    });
    return rows.map(toAuditEventView);
  }
}

function toAuditEventView(row: AuditEvent): AuditEventView {
  return {
    id: row.id,
    at: row.at.toISOString(),
    actor: row.actor,
    actorRole: row.actorRole,
    action: row.action,
    entityType: row.entityType,
    entityId: row.entityId,
    before: row.before,
    after: row.after,
  };
}
