import { Injectable } from '@nestjs/common';
import { Actor } from '../auth/actor';
import type { QuestionSetDto } from './dto/question-set.dto';

/** Adds to the detail view what other modules own (commitments), filtered for the actor. */
export type DetailEnricher = (actor: Actor, dtos: QuestionSetDto[]) => Promise<void>;

/**
 * The read-side extension point of the questions module: modules built on questions add fields to the
 * set's API view (commitments adds `commitments`) without questions importing them. Changes travel the
 * other way as domain events (question-set.events.ts on the DomainEvents bus), not through here.
 */
@Injectable()
export class QuestionSetHooks {
  readonly detailEnrichers: DetailEnricher[] = [];

  async enrich(actor: Actor, dtos: QuestionSetDto[]): Promise<void> {
    for (const enrich of this.detailEnrichers) await enrich(actor, dtos);
  }
}
