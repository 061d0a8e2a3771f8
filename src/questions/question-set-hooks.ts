import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Actor } from '../auth/actor';
import { Answer } from './answer.entity';
import type { QuestionSetDto } from './dto/question-set.dto';
import { QuestionSet } from './question-set.entity';

/** Runs inside the transaction that recorded answers (commitment proposals). */
export type AnswersRecordedHook = (
  em: EntityManager,
  actor: Actor,
  set: QuestionSet,
  answers: Answer[],
) => Promise<void>;
/** Runs inside every transaction that changed a set (search outbox, notifications). */
export type SetChangedHook = (em: EntityManager, set: QuestionSet, action: string) => Promise<void>;
/** Adds to the detail view what other modules own (commitments), filtered for the actor. */
export type DetailEnricher = (actor: Actor, dtos: QuestionSetDto[]) => Promise<void>;

/**
 * Extension points of the questions module. Modules that build on questions (commitments,
 * search) register here in onModuleInit, so questions never imports them and no cycle forms.
 */
@Injectable()
export class QuestionSetHooks {
  readonly answersRecorded: AnswersRecordedHook[] = [];
  readonly setChanged: SetChangedHook[] = [];
  readonly detailEnrichers: DetailEnricher[] = [];

  async runAnswersRecorded(em: EntityManager, actor: Actor, set: QuestionSet, answers: Answer[]): Promise<void> {
    for (const hook of this.answersRecorded) await hook(em, actor, set, answers);
  }

  async runSetChanged(em: EntityManager, set: QuestionSet, action: string): Promise<void> {
    for (const hook of this.setChanged) await hook(em, set, action);
  }

  async enrich(actor: Actor, dtos: QuestionSetDto[]): Promise<void> {
    for (const enrich of this.detailEnrichers) await enrich(actor, dtos);
  }
}
