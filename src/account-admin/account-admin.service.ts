import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AccountChanges, AccountsService, generatePassword } from '../auth/accounts.service';
import {
  AccountRole,
  AccountScope,
  GRANTABLE_ROLES,
  managesAccounts,
  mayGrant,
  mayManage,
} from '../auth/account-permissions';
import { Actor } from '../auth/actor';
import { PasswordResetService } from '../auth/password-reset.service';
import { TokensService, TokenView } from '../auth/tokens.service';
import type { AppUser } from '../auth/user.entity';
import { AuditService } from '../audit/audit.service';
import { DomainValidationError, FieldError, ForbiddenError, NotFoundError } from '../common/domain-errors';
import { Page } from '../common/pagination';
import { MunicipalitiesService } from '../municipalities/municipalities.service';
import { PeopleService } from '../people/people.service';
import {
  AccountDto,
  AccountsQueryDto,
  CreateAccountDto,
  CreatedTokenDto,
  CreateTokenDto,
  TokenDto,
  TokensQueryDto,
  UpdateAccountDto,
} from './dto/account-admin.dto';

/** Scope of a new account or token as asked: resolved and checked by `resolveScope`. */
interface ScopeRequest {
  role: AccountRole;
  municipality?: string | number | null;
  partyId?: number | null;
  portfolioHolderId?: number | null;
}

interface ResolvedScope extends AccountScope {
  partyId: number | null;
  portfolioHolderId: number | null;
}

/** Names for ids, looked up once per list. */
class NameCache {
  private readonly parties = new Map<number, Promise<string | null>>();
  private readonly people = new Map<number, Promise<string | null>>();
  private slugs: Promise<Map<number, string>> | null = null;

  constructor(
    private readonly peopleService: PeopleService,
    private readonly municipalities: MunicipalitiesService,
  ) {}

  async municipality(id: number | null): Promise<string | null> {
    if (id === null) return null;
    this.slugs ??= this.municipalities.listMunicipalities().then((all) => new Map(all.map((m) => [m.id, m.slug])));
    return (await this.slugs).get(id) ?? null;
  }

  party(id: number | null): Promise<string | null> {
    if (id === null) return Promise.resolve(null);
    if (!this.parties.has(id))
      this.parties.set(
        id,
        this.peopleService.findParty(id).then((p) => p?.name ?? null),
      );
    return this.parties.get(id) as Promise<string | null>;
  }

  person(id: number | null): Promise<string | null> {
    if (id === null) return Promise.resolve(null);
    if (!this.people.has(id))
      this.people.set(
        id,
        this.peopleService.findPerson(id).then((p) => p?.name ?? null),
      );
    return this.people.get(id) as Promise<string | null>;
  }
}

/**
 * Managing web accounts and API tokens within a role's reach (src/auth/account-permissions.ts):
 * the beheerder everywhere, the griffie in its own municipality; everyone their own tokens. The
 * tables stay auth's: this service checks who may, resolves municipality, fractie and alderman
 * through their modules, and writes the audit trail in the change's transaction.
 */
@Injectable()
export class AccountAdminService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly accounts: AccountsService,
    private readonly tokens: TokensService,
    private readonly resets: PasswordResetService,
    private readonly people: PeopleService,
    private readonly municipalities: MunicipalitiesService,
    private readonly audit: AuditService,
  ) {}

  /** The roles this actor may give (the role select of the pages). */
  grantableRoles(actor: Actor): AccountRole[] {
    return GRANTABLE_ROLES[actor.role];
  }

  private assertManager(actor: Actor): void {
    if (!managesAccounts(actor))
      throw new ForbiddenError('Alleen de griffie en de beheerder beheren accounts en tokens.');
  }

  /** The municipality a list is limited to: the griffie's own, the beheerder's choice (or all). */
  private async listScope(actor: Actor, municipality?: string): Promise<number | undefined> {
    if (actor.role !== 'admin') {
      if (municipality) {
        const asked = await this.municipalities.findMunicipalityOrNull(municipality);
        if (asked?.id !== actor.municipalityId) throw new NotFoundError('Deze gemeente');
      }
      return actor.municipalityId ?? -1;
    }
    return municipality ? (await this.municipalities.findMunicipality(municipality)).id : undefined;
  }

  private async resolveScope(actor: Actor, request: ScopeRequest): Promise<ResolvedScope> {
    const errors: FieldError[] = [];
    let municipalityId: number | null = null;
    if (request.role !== 'admin') {
      if (request.municipality !== undefined && request.municipality !== null && request.municipality !== '') {
        const found = await this.municipalities.findMunicipalityOrNull(request.municipality);
        if (!found) errors.push({ path: 'municipality', message: 'bestaat niet' });
        municipalityId = found?.id ?? null;
      } else if (actor.role === 'admin') {
        errors.push({ path: 'municipality', message: 'is verplicht voor deze rol' });
      } else {
        municipalityId = actor.municipalityId;
      }
    }
    let partyId: number | null = null;
    if (request.role === 'party') {
      if (!request.partyId) errors.push({ path: 'partyId', message: 'is verplicht voor een fractie' });
      else if (municipalityId !== null) {
        const party = await this.people.findPartyInMunicipality(municipalityId, request.partyId);
        if (!party) errors.push({ path: 'partyId', message: 'is geen fractie van deze gemeente' });
        partyId = party?.id ?? null;
      }
    }
    let portfolioHolderId: number | null = null;
    if (request.role === 'executive' && request.portfolioHolderId && municipalityId !== null) {
      const holder = await this.people.findPersonInMunicipality(municipalityId, request.portfolioHolderId);
      if (!holder) errors.push({ path: 'portfolioHolderId', message: 'is geen persoon van deze gemeente' });
      portfolioHolderId = holder?.id ?? null;
    }
    if (errors.length > 0) throw new DomainValidationError(errors);
    const scope = { role: request.role, municipalityId, partyId, portfolioHolderId };
    if (!mayGrant(actor, scope)) {
      throw new ForbiddenError(
        request.role === 'admin'
          ? 'Alleen de beheerder maakt beheerders aan.'
          : 'U beheert alleen accounts en tokens van uw eigen gemeente.',
      );
    }
    return scope;
  }

  // ---- accounts --------------------------------------------------------------------------------

  async listAccounts(actor: Actor, query: AccountsQueryDto): Promise<Page<AccountDto>> {
    this.assertManager(actor);
    const municipalityId = await this.listScope(actor, query.municipality);
    const users = (await this.accounts.listUsers({ municipalityId })).filter((u) => mayManage(actor, u));
    const names = this.names();
    const items = await Promise.all(
      users.slice(query.offset, query.offset + query.limit).map((u) => this.accountDto(u, names)),
    );
    return { items, total: users.length, limit: query.limit, offset: query.offset };
  }

  async findAccount(actor: Actor, id: number): Promise<AccountDto> {
    return this.accountDto(await this.visibleUser(actor, id), this.names());
  }

  /** The actor's own account (the /account page). */
  async ownAccount(actor: Actor): Promise<AccountDto> {
    if (actor.userId === undefined) throw new ForbiddenError('Log in met uw account.');
    return this.accountDto(await this.accounts.findUser(actor.userId), this.names());
  }

  /** The raw account, for the pages' forms (404 outside the actor's reach). */
  async visibleUser(actor: Actor, id: number): Promise<AppUser> {
    this.assertManager(actor);
    const user = await this.accounts.findUser(id).catch(() => null);
    if (!user || !mayManage(actor, user)) throw new NotFoundError('Dit account');
    return user;
  }

  /** A new account gets a password nobody knows and an invitation mail to choose one (valid three days). */
  async createAccount(actor: Actor, input: CreateAccountDto): Promise<AccountDto> {
    this.assertManager(actor);
    const scope = await this.resolveScope(actor, input);
    if (await this.accounts.findUserByEmail(input.email)) {
      throw new DomainValidationError([{ path: 'email', message: 'heeft al een account' }]);
    }
    const user = await this.dataSource.transaction(async (em) => {
      const created = await this.accounts.createUser(
        { email: input.email, password: generatePassword(), displayName: input.displayName, ...scope },
        em,
      );
      await this.audit.record(em, actor, {
        action: 'account.created',
        entityType: 'app_user',
        entityId: created.id,
        municipalityId: created.municipalityId,
        after: auditShape(created),
      });
      return created;
    });
    await this.resets.sendLink(user, 'invite');
    return this.accountDto(user, this.names());
  }

  async updateAccount(actor: Actor, id: number, input: UpdateAccountDto): Promise<AccountDto> {
    const before = await this.visibleUser(actor, id);
    const changesScope =
      input.role !== undefined || input.partyId !== undefined || input.portfolioHolderId !== undefined;
    if (
      before.id === actor.userId &&
      (input.disabled === true || (input.role !== undefined && input.role !== before.role))
    ) {
      throw new ForbiddenError('U kunt uw eigen account niet uitschakelen of een andere rol geven.');
    }
    const changes: AccountChanges = { displayName: input.displayName, disabled: input.disabled };
    if (changesScope) {
      const role = input.role ?? before.role;
      const scope = await this.resolveScope(actor, {
        role,
        municipality: before.municipalityId,
        partyId: input.partyId ?? (role === before.role ? before.partyId : null),
        portfolioHolderId: input.portfolioHolderId ?? (role === before.role ? before.portfolioHolderId : null),
      });
      Object.assign(changes, scope);
    }
    const saved = await this.dataSource.transaction(async (em) => {
      const after = await this.accounts.updateUser(em, id, input.version, changes);
      await this.audit.record(em, actor, {
        action: input.disabled === true && !before.disabledAt ? 'account.disabled' : 'account.updated',
        entityType: 'app_user',
        entityId: id,
        municipalityId: after.municipalityId,
        before: auditShape(before),
        after: auditShape(after),
      });
      return after;
    });
    return this.accountDto(saved, this.names());
  }

  /** Mails the account a link to choose a new password (valid an hour); the old one keeps working until then. */
  async sendPasswordReset(actor: Actor, id: number): Promise<{ message: string }> {
    const user = await this.visibleUser(actor, id);
    if (user.disabledAt) {
      throw new DomainValidationError([
        { path: 'algemeen', message: 'Dit account is uitgeschakeld; schakel het eerst in.' },
      ]);
    }
    await this.resets.sendLink(user, 'reset');
    await this.audit.record(this.dataSource.manager, actor, {
      action: 'account.password_reset_sent',
      entityType: 'app_user',
      entityId: user.id,
      municipalityId: user.municipalityId,
    });
    return { message: `Er is een e-mail met een link om een nieuw wachtwoord te kiezen gestuurd naar ${user.email}.` };
  }

  // ---- tokens ----------------------------------------------------------------------------------

  async listTokens(actor: Actor, query: TokensQueryDto): Promise<Page<TokenDto>> {
    this.assertManager(actor);
    const municipalityId = await this.listScope(actor, query.municipality);
    const all = (await this.tokens.listTokens({ municipalityId, activeOnly: query.status !== 'all' })).filter((t) =>
      mayManage(actor, t),
    );
    const names = this.names();
    const items = await Promise.all(
      all.slice(query.offset, query.offset + query.limit).map((t) => this.tokenDto(t, names)),
    );
    return { items, total: all.length, limit: query.limit, offset: query.offset };
  }

  async findToken(actor: Actor, id: number): Promise<TokenDto> {
    return this.tokenDto(await this.visibleToken(actor, id), this.names());
  }

  private async visibleToken(actor: Actor, id: number): Promise<TokenView> {
    const token = await this.tokens.findToken(id).catch(() => null);
    const own = token !== null && actor.userId !== undefined && token.userId === actor.userId;
    if (!token || !(own || (managesAccounts(actor) && mayManage(actor, token))))
      throw new NotFoundError('Dit API-token');
    return token;
  }

  /** A token for a service or person the griffie or beheerder chooses; the secret is in the answer once. */
  async createToken(actor: Actor, input: CreateTokenDto): Promise<CreatedTokenDto> {
    this.assertManager(actor);
    const scope = await this.resolveScope(actor, input);
    return this.issueToken(actor, { ...scope, label: input.label, expiresInDays: input.expiresInDays, userId: null });
  }

  /** Revokes a token within reach (also one's own); revoking twice changes nothing. */
  async revokeToken(actor: Actor, id: number): Promise<TokenDto> {
    const token = await this.visibleToken(actor, id);
    const revoked = await this.dataSource.transaction(async (em) => {
      const after = await this.tokens.revokeToken(id);
      if (!token.revokedAt) {
        await this.audit.record(em, actor, {
          action: 'token.revoked',
          entityType: 'api_token',
          entityId: id,
          municipalityId: token.municipalityId,
        });
      }
      return after;
    });
    return this.tokenDto(revoked, this.names());
  }

  /** The user's own tokens (the /account page), active ones first. */
  async listOwnTokens(actor: Actor): Promise<TokenDto[]> {
    if (actor.userId === undefined) return [];
    const names = this.names();
    const all = await this.tokens.listTokens({ userId: actor.userId });
    const order = { active: 0, expired: 1, revoked: 2 };
    return Promise.all(
      all.sort((a, b) => order[a.status] - order[b.status]).map((token) => this.tokenDto(token, names)),
    );
  }

  /** A token for oneself: it acts as the account does, follows its role and dies with it. */
  async createOwnToken(actor: Actor, input: { label: string; expiresInDays?: number }): Promise<CreatedTokenDto> {
    if (actor.userId === undefined) throw new ForbiddenError('Alleen een ingelogd account maakt eigen tokens.');
    const user = await this.accounts.findUser(actor.userId);
    return this.issueToken(actor, {
      role: user.role,
      municipalityId: user.municipalityId,
      partyId: user.partyId,
      portfolioHolderId: user.portfolioHolderId,
      label: input.label,
      expiresInDays: input.expiresInDays,
      userId: user.id,
    });
  }

  private async issueToken(
    actor: Actor,
    input: ResolvedScope & { label: string; expiresInDays?: number; userId: number | null },
  ): Promise<CreatedTokenDto> {
    const { secret, token } = await this.tokens.createToken({ ...input, createdBy: actor.label });
    await this.audit.record(this.dataSource.manager, actor, {
      action: 'token.created',
      entityType: 'api_token',
      entityId: token.id,
      municipalityId: token.municipalityId,
      after: { label: token.label, role: token.role, expiresAt: token.expiresAt.toISOString(), userId: token.userId },
    });
    const view = await this.tokens.findToken(token.id);
    return { ...(await this.tokenDto(view, this.names())), secret };
  }

  // ---- views -----------------------------------------------------------------------------------

  private names(): NameCache {
    return new NameCache(this.people, this.municipalities);
  }

  private async accountDto(user: AppUser, names: NameCache): Promise<AccountDto> {
    return {
      id: user.id,
      email: user.email,
      displayName: user.displayName,
      role: user.role,
      municipalityId: user.municipalityId,
      municipality: await names.municipality(user.municipalityId),
      partyId: user.partyId,
      party: await names.party(user.partyId),
      portfolioHolderId: user.portfolioHolderId,
      portfolioHolder: await names.person(user.portfolioHolderId),
      disabled: user.disabledAt !== null,
      createdAt: user.createdAt.toISOString(),
      lastLoginAt: user.lastLoginAt?.toISOString() ?? null,
      version: user.version,
    };
  }

  private async tokenDto(token: TokenView, names: NameCache): Promise<TokenDto> {
    return {
      id: token.id,
      label: token.label,
      role: token.role,
      municipalityId: token.municipalityId,
      municipality: await names.municipality(token.municipalityId),
      partyId: token.partyId,
      party: await names.party(token.partyId),
      portfolioHolderId: token.portfolioHolderId,
      portfolioHolder: await names.person(token.portfolioHolderId),
      userId: token.userId,
      userEmail: token.userEmail,
      createdBy: token.createdBy,
      createdAt: token.createdAt.toISOString(),
      expiresAt: token.expiresAt.toISOString(),
      lastUsedAt: token.lastUsedAt?.toISOString() ?? null,
      revokedAt: token.revokedAt?.toISOString() ?? null,
      status: token.status,
    };
  }
}

/** What the audit trail keeps of an account (never its password hash). */
function auditShape(user: AppUser) {
  return {
    email: user.email,
    displayName: user.displayName,
    role: user.role,
    municipalityId: user.municipalityId,
    partyId: user.partyId,
    portfolioHolderId: user.portfolioHolderId,
    disabled: user.disabledAt !== null,
  };
}
