import { Actor, Role } from './actor';

/** A role a web account or API token can have (every role but the public). */
export type AccountRole = Exclude<Role, 'public'>;

/**
 * Who manages which accounts and tokens: the beheerder (admin) every one; the griffie (clerk) the
 * accounts and tokens of its own municipality, and never the beheerder's role; fracties and
 * aldermen's offices only their own tokens (on /account). The one table for the API, the pages
 * and the tests.
 */
export const GRANTABLE_ROLES: Record<Role, AccountRole[]> = {
  admin: ['clerk', 'party', 'executive', 'admin'],
  clerk: ['clerk', 'party', 'executive'],
  executive: [],
  party: [],
  public: [],
};

/** May this actor see and manage accounts and tokens at all (the /beheer/accounts pages, /api/accounts, /api/tokens)? */
export function managesAccounts(actor: Actor): boolean {
  return GRANTABLE_ROLES[actor.role].length > 0;
}

/** An account or token as far as the rule looks at it. */
export interface AccountScope {
  role: AccountRole;
  municipalityId: number | null;
}

/**
 * May the actor see and change this account or token? Outside its reach a thing answers 404
 * (as other hidden things do); a griffie sees its municipality's accounts of the roles it may grant.
 */
export function mayManage(actor: Actor, scope: AccountScope): boolean {
  if (actor.role === 'admin') return true;
  return (
    GRANTABLE_ROLES[actor.role].includes(scope.role) &&
    actor.municipalityId !== null &&
    scope.municipalityId === actor.municipalityId
  );
}

/** May the actor give an account or token this role in this municipality? */
export function mayGrant(actor: Actor, scope: AccountScope): boolean {
  return mayManage(actor, scope);
}

/** The roles in the words the pages and mails use. */
export const ACCOUNT_ROLE_LABELS: Record<AccountRole, string> = {
  clerk: 'griffie',
  party: 'fractie',
  executive: 'wethouder / bestuursondersteuning',
  admin: 'beheerder',
};
