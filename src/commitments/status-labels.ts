import type { CommitmentStatus } from './commitment.entity';

/**
 * The Dutch name of each commitment status: the one table for the register's pages, filters, CSV, print,
 * iCal and mails (docs/domain.md, "Commitments and fuzzy deadlines").
 */
export const COMMITMENT_STATUS_LABELS: Record<CommitmentStatus, string> = {
  proposed: 'Voorgesteld',
  open: 'Open',
  fulfilled: 'Nagekomen',
  partially_fulfilled: 'Deels nagekomen',
  not_kept: 'Niet nagekomen',
  withdrawn: 'Ingetrokken',
  dismissed: 'Afgewezen',
};
