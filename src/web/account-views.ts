import { AccountDto, TokenDto } from '../account-admin/dto/account-admin.dto';
import { ACCOUNT_ROLE_LABELS, AccountRole } from '../auth/account-permissions';

const DATE_TIME = new Intl.DateTimeFormat('nl-NL', {
  timeZone: 'Europe/Amsterdam',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});
const DATE = new Intl.DateTimeFormat('nl-NL', {
  timeZone: 'Europe/Amsterdam',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});

/** A timestamp in Dutch, Amsterdam time: `6 december 2026 om 09:14`. */
export function dutchDateTime(iso: string | null, none = 'nooit'): string {
  return iso ? DATE_TIME.format(new Date(iso)) : none;
}

export function dutchDay(iso: string): string {
  return DATE.format(new Date(iso));
}

export const TOKEN_STATUS_LABELS = { active: 'geldig', expired: 'verlopen', revoked: 'ingetrokken' } as const;

/** Role and scope in words: `fractie GroenLinks`, `wethouder / bestuursondersteuning (Paffen-Zeenni)`. */
export function scopeLabel(item: { role: AccountRole; party: string | null; portfolioHolder: string | null }): string {
  const role = ACCOUNT_ROLE_LABELS[item.role];
  if (item.party) return `${role} ${item.party}`;
  if (item.portfolioHolder) return `${role} (${item.portfolioHolder})`;
  return role;
}

export function accountRow(account: AccountDto, me: number | undefined) {
  return {
    ...account,
    scope: scopeLabel(account),
    lastLogin: dutchDateTime(account.lastLoginAt),
    created: dutchDay(account.createdAt),
    statusLabel: account.disabled ? 'uitgeschakeld' : 'actief',
    isMe: account.id === me,
  };
}

export function tokenRow(token: TokenDto) {
  return {
    ...token,
    scope: scopeLabel(token),
    statusLabel: TOKEN_STATUS_LABELS[token.status],
    active: token.status === 'active',
    created: dutchDay(token.createdAt),
    expires: dutchDay(token.expiresAt),
    lastUsed: dutchDateTime(token.lastUsedAt),
  };
}

export function roleOptions(roles: AccountRole[], selected?: string) {
  return roles.map((role) => ({ value: role, label: ACCOUNT_ROLE_LABELS[role], selected: role === selected }));
}
