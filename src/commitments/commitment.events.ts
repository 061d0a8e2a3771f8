import { DomainEvent } from '../common/domain-events';
import type { CommitmentStatus } from './commitment.entity';

/**
 * A commitment was entered by hand, or changed status (confirmed, dismissed, fulfilled, …), published in
 * that transaction. `from` is null for a new one. Subscriber: search (the set's `openCommitments` filter
 * is stored with its search rows, so they are refreshed in the same transaction).
 */
export class CommitmentStatusChanged extends DomainEvent {
  constructor(
    readonly commitmentId: number,
    /** null for a commitment made in a meeting (no set, nothing to re-index). */
    readonly questionSetId: number | null,
    readonly action: string,
    readonly from: CommitmentStatus | null,
    readonly to: CommitmentStatus,
  ) {
    super();
  }
}
