import { Actor, Role } from '../auth/actor';
import {
  canSeeAnswers,
  canSeeSet,
  canSeeUnconfirmedCommitments,
  isMunicipalStaff,
  VisibleSetFields,
} from '../auth/visibility';
import type { AuditEventView } from './audit.service';

/** Who did it, as someone outside the municipality's staff reads it: the role, never an account or token label. */
const ROLE_LABEL: Record<Role, string> = {
  public: 'bezoeker',
  party: 'fractie',
  executive: 'college',
  clerk: 'griffie',
  admin: 'beheerder',
};

const UNCONFIRMED = ['proposed', 'dismissed'];

function statusOf(snapshot: unknown): string | undefined {
  if (snapshot && typeof snapshot === 'object' && 'status' in snapshot) {
    const status = (snapshot as { status: unknown }).status;
    return typeof status === 'string' ? status : undefined;
  }
  return undefined;
}

/**
 * A set's (or one of its commitments') history as the actor may see it (docs/api.md, "Who sees
 * what"): each before/after is kept only when the actor may see that state (a draft's wording, an
 * embargoed answer, a proposed or dismissed commitment), an event with neither is left out, and
 * internal labels of accounts and tokens are shown to the municipality's staff only.
 */
export function historyAsSeenBy(actor: Actor, set: VisibleSetFields, events: AuditEventView[]): AuditEventView[] {
  const staff = isMunicipalStaff(actor, set.municipalityId);
  const visible = (event: AuditEventView, snapshot: unknown): boolean => {
    if (snapshot === null || snapshot === undefined) return false;
    switch (event.entityType) {
      case 'question_set':
        return canSeeSet(actor, { ...set, status: statusOf(snapshot) ?? set.status });
      case 'answer':
        return canSeeAnswers(actor, set);
      case 'commitment': {
        if (!canSeeAnswers(actor, set)) return false;
        const status = statusOf(snapshot) ?? 'proposed';
        return !UNCONFIRMED.includes(status) || canSeeUnconfirmedCommitments(actor, set.municipalityId);
      }
      default:
        return staff;
    }
  };
  const out: AuditEventView[] = [];
  for (const event of events) {
    const before = visible(event, event.before) ? event.before : null;
    const after = visible(event, event.after) ? event.after : null;
    if (before === null && after === null) continue;
    out.push({ ...event, before, after, actor: staff ? event.actor : ROLE_LABEL[event.actorRole as Role] });
  }
  return out;
}
