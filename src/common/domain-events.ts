import { Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/**
 * The one bus on which a module says "something changed" to the modules built on it.
 *
 * - Events are classes (`QuestionSetChanged`, `AnswersRecorded`, `CommitmentStatusChanged`, …), defined
 *   beside the code that publishes them (`src/<module>/<thing>.events.ts`); subscribers import the class.
 * - `publish(em, event)` runs every subscriber in the publisher's transaction, one after another, in the
 *   order they subscribed: a subscriber's writes (search rows, outbox, proposals, notifications) commit or
 *   roll back with the change, and a failing subscriber fails the change.
 * - Subscribers register in their module's `onModuleInit` with `on(EventClass, 'who', handler)`; so the
 *   publisher never imports them (docs/architecture.md, "Events", lists who listens to what).
 */
export abstract class DomainEvent {}

export type DomainEventHandler<E extends DomainEvent> = (event: E, em: EntityManager) => Promise<void>;

type EventClass<E extends DomainEvent> = abstract new (...args: never[]) => E;

interface Subscription {
  subscriber: string;
  handler: DomainEventHandler<DomainEvent>;
}

@Injectable()
export class DomainEvents {
  private readonly logger = new Logger('DomainEvents');
  private readonly subscriptions = new Map<EventClass<DomainEvent>, Subscription[]>();

  /** `subscriber` names who listens (`search`, `commitments`): shown by `describe()` and in errors. */
  on<E extends DomainEvent>(type: EventClass<E>, subscriber: string, handler: DomainEventHandler<E>): void {
    const list = this.subscriptions.get(type) ?? [];
    list.push({ subscriber, handler: handler as DomainEventHandler<DomainEvent> });
    this.subscriptions.set(type, list);
  }

  async publish(em: EntityManager, event: DomainEvent): Promise<void> {
    for (const { subscriber, handler } of this.subscriptions.get(event.constructor as EventClass<DomainEvent>) ?? []) {
      try {
        await handler(event, em);
      } catch (error) {
        this.logger.warn(`${subscriber} failed on ${event.constructor.name}; the change is rolled back`);
        throw error;
      }
    }
  }

  /** Who listens to what, e.g. `{ QuestionSetChanged: ['search', 'commitments'] }`. */
  describe(): Record<string, string[]> {
    return Object.fromEntries(
      [...this.subscriptions].map(([type, list]) => [type.name, list.map((s) => s.subscriber)]),
    );
  }
}
