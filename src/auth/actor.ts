/** Roles as in docs/api.md; `public` is a visitor without login. */
export type Role = 'public' | 'party' | 'executive' | 'clerk' | 'admin';
export const ACCOUNT_ROLES: Exclude<Role, 'public'>[] = ['party', 'executive', 'clerk', 'admin'];

/** Who is asking: from an API token, a web session, or nobody (public). */
export interface Actor {
  role: Role;
  /** Own municipality; null for admin and public. */
  municipalityId: number | null;
  /** For `party` accounts. */
  partyId: number | null;
  /** For `executive` accounts that work for one portfolio holder. */
  portfolioHolderId: number | null;
  /** Readable label for the audit trail. */
  label: string;
  userId?: number;
  tokenId?: number;
}

export const PUBLIC_ACTOR: Actor = {
  role: 'public',
  municipalityId: null,
  partyId: null,
  portfolioHolderId: null,
  label: 'bezoeker',
};

export const SYSTEM_ACTOR: Actor = {
  role: 'admin',
  municipalityId: null,
  partyId: null,
  portfolioHolderId: null,
  label: 'systeem',
};
