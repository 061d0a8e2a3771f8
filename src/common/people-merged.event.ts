import { DomainEvent } from './domain-events';

/**
 * Two people (or two parties) of a municipality turned out to be the same: every module that refers to
 * `removedId` moves its references to `keptId` in this transaction, before people deletes the removed row.
 * Subscribers: questions (sets, submitters; re-published as QuestionSetChanged), commitments (commitments,
 * calendar feeds, digest subscriptions, follows), auth (tokens and web accounts).
 * It lives here and not beside its publisher (src/people) because auth hears it too, and people already
 * imports auth: a class in people would make the two folders import each other.
 */
export class PeopleMerged extends DomainEvent {
  constructor(
    readonly kind: 'person' | 'party',
    readonly municipalityId: number,
    readonly keptId: number,
    readonly removedId: number,
  ) {
    super();
  }
}
