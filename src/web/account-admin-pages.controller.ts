import { Body, Controller, Get, Param, Post, Query, Res, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { AccountAdminService } from '../account-admin/account-admin.service';
import { AccountDto, CreateAccountDto, CreateTokenDto, UpdateAccountDto } from '../account-admin/dto/account-admin.dto';
import { Actor } from '../auth/actor';
import { CurrentActor } from '../auth/actor.guard';
import { FieldError, ForbiddenError, NotFoundError } from '../common/domain-errors';
import { MunicipalitiesService } from '../municipalities/municipalities.service';
import { PeopleService } from '../people/people.service';
import { accountRow, roleOptions, tokenRow } from './account-views';
import { formErrorsOf, validated } from './form-submit';
import { formErrors } from './view-models';
import { field, idParam, partiesQuery, peopleQuery, renderPage } from './web-helpers';
import { WebRoles } from './web-roles';
import { WebSessionGuard } from './web-session.guard';

const ACCOUNT_LABELS: Record<string, string> = {
  email: 'E-mailadres',
  displayName: 'Naam',
  role: 'Rol',
  municipality: 'Gemeente',
  partyId: 'Fractie',
  portfolioHolderId: 'Portefeuillehouder',
  version: 'Versie',
};
const TOKEN_LABELS: Record<string, string> = {
  ...ACCOUNT_LABELS,
  label: 'Omschrijving',
  expiresInDays: 'Geldig (dagen)',
};

interface Option {
  value: string;
  label: string;
  selected?: boolean;
}
interface OptionGroup {
  label: string;
  options: Option[];
}

/** An optional whole number from a form field (undefined when empty; the DTO reports the rest). */
function optionalNumber(raw: string): number | string | undefined {
  if (raw === '') return undefined;
  return /^\d{1,9}$/.test(raw) ? Number(raw) : raw;
}

/**
 * Accounts and API tokens for the beheerder (every municipality) and the griffie (its own):
 * create, change the role within what it may grant, disable and enable, send a reset mail,
 * create tokens (the secret shown once) and revoke them. The rules are AccountAdminService's.
 */
@ApiExcludeController()
@Controller('beheer')
@UseGuards(WebSessionGuard)
@WebRoles('clerk', 'admin')
export class AccountAdminPagesController {
  constructor(
    private readonly admin: AccountAdminService,
    private readonly municipalities: MunicipalitiesService,
    private readonly people: PeopleService,
  ) {}

  // ---- accounts --------------------------------------------------------------------------------

  @Get('accounts')
  async accounts(@CurrentActor() actor: Actor, @Res() res: Response, @Query('gemeente') gemeente?: string) {
    const filter = actor.role === 'admin' && typeof gemeente === 'string' && gemeente ? gemeente : undefined;
    const page = await this.admin.listAccounts(actor, { municipality: filter, limit: 100_000, offset: 0 });
    const municipalities =
      actor.role === 'admin'
        ? (await this.municipalities.listMunicipalities()).map((m) => ({
            value: m.slug,
            label: m.name,
            selected: m.slug === filter,
          }))
        : [];
    renderPage(res, 'pages/accounts', {
      title: 'Accounts',
      isAdmin: actor.role === 'admin',
      municipalities,
      accounts: page.items.map((a) => accountRow(a, actor.userId)),
      total: page.total,
    });
  }

  @Get('accounts/nieuw')
  async newAccount(@CurrentActor() actor: Actor, @Res() res: Response) {
    await this.renderAccountForm(res, actor, null, { role: 'party' }, []);
  }

  @Post('accounts/nieuw')
  async createAccount(@CurrentActor() actor: Actor, @Res() res: Response, @Body() body: Record<string, unknown>) {
    const values = this.accountValues(body);
    const { dto, errors } = await validated(CreateAccountDto, {
      email: values.email,
      displayName: values.displayName || undefined,
      role: values.role,
      municipality: values.municipality || undefined,
      partyId: values.role === 'party' ? optionalNumber(values.partyId) : undefined,
      portfolioHolderId: values.role === 'executive' ? optionalNumber(values.portfolioHolderId) : undefined,
    });
    let problems: FieldError[] = errors;
    if (problems.length === 0) {
      try {
        const created = await this.admin.createAccount(actor, dto);
        res.redirect(303, `/beheer/accounts/${created.id}?gemaakt=ja`);
        return;
      } catch (error) {
        problems = this.shown(error);
      }
    }
    await this.renderAccountForm(res, actor, null, values, problems, 400);
  }

  @Get('accounts/:id')
  async account(
    @CurrentActor() actor: Actor,
    @Res() res: Response,
    @Param('id') rawId: string,
    @Query() query: Record<string, unknown>,
  ) {
    const account = await this.admin.findAccount(actor, this.id(rawId, 'Dit account'));
    const notice =
      query.gemaakt === 'ja'
        ? `Het account is aangemaakt. ${account.email} krijgt een e-mail met een link om een wachtwoord te kiezen (drie dagen geldig).`
        : query.opgeslagen === 'ja'
          ? 'De wijzigingen zijn opgeslagen.'
          : null;
    await this.renderAccountForm(res, actor, account, this.valuesOf(account), [], 200, notice);
  }

  @Post('accounts/:id')
  async updateAccount(
    @CurrentActor() actor: Actor,
    @Res() res: Response,
    @Param('id') rawId: string,
    @Body() body: Record<string, unknown>,
  ) {
    const account = await this.admin.findAccount(actor, this.id(rawId, 'Dit account'));
    const values = this.accountValues(body);
    const { dto, errors } = await validated(UpdateAccountDto, {
      version: optionalNumber(field(body, 'version')),
      displayName: values.displayName,
      role: values.role || undefined,
      partyId: values.role === 'party' ? optionalNumber(values.partyId) : undefined,
      portfolioHolderId: values.role === 'executive' ? optionalNumber(values.portfolioHolderId) : undefined,
    });
    let problems: FieldError[] = errors;
    if (problems.length === 0) {
      try {
        await this.admin.updateAccount(actor, account.id, dto);
        res.redirect(303, `/beheer/accounts/${account.id}?opgeslagen=ja`);
        return;
      } catch (error) {
        problems = this.shown(error);
      }
    }
    await this.renderAccountForm(res, actor, account, { ...values, email: account.email }, problems, 400);
  }

  @Post('accounts/:id/uitschakelen')
  async disable(
    @CurrentActor() actor: Actor,
    @Res() res: Response,
    @Param('id') rawId: string,
    @Body() body: Record<string, unknown>,
  ) {
    await this.setDisabled(actor, res, rawId, body, true);
  }

  @Post('accounts/:id/inschakelen')
  async enable(
    @CurrentActor() actor: Actor,
    @Res() res: Response,
    @Param('id') rawId: string,
    @Body() body: Record<string, unknown>,
  ) {
    await this.setDisabled(actor, res, rawId, body, false);
  }

  private async setDisabled(
    actor: Actor,
    res: Response,
    rawId: string,
    body: Record<string, unknown>,
    disabled: boolean,
  ) {
    const account = await this.admin.findAccount(actor, this.id(rawId, 'Dit account'));
    const version = Number(field(body, 'version')) || account.version;
    try {
      await this.admin.updateAccount(actor, account.id, Object.assign(new UpdateAccountDto(), { version, disabled }));
    } catch (error) {
      const problems = this.shown(error);
      await this.renderAccountForm(res, actor, account, this.valuesOf(account), problems, 400);
      return;
    }
    res.redirect(303, `/beheer/accounts/${account.id}?opgeslagen=ja`);
  }

  @Post('accounts/:id/herstelmail')
  async resetMail(@CurrentActor() actor: Actor, @Res() res: Response, @Param('id') rawId: string) {
    const account = await this.admin.findAccount(actor, this.id(rawId, 'Dit account'));
    try {
      const { message } = await this.admin.sendPasswordReset(actor, account.id);
      await this.renderAccountForm(res, actor, account, this.valuesOf(account), [], 200, message);
    } catch (error) {
      await this.renderAccountForm(res, actor, account, this.valuesOf(account), this.shown(error), 400);
    }
  }

  // ---- tokens ----------------------------------------------------------------------------------

  @Get('tokens')
  async tokens(@CurrentActor() actor: Actor, @Res() res: Response, @Query('alle') alle?: string) {
    const all = alle === 'ja';
    const page = await this.admin.listTokens(actor, { status: all ? 'all' : 'active', limit: 100_000, offset: 0 });
    renderPage(res, 'pages/tokens', {
      title: 'API-tokens',
      all,
      isAdmin: actor.role === 'admin',
      tokens: page.items.map(tokenRow),
      total: page.total,
    });
  }

  @Get('tokens/nieuw')
  async newToken(@CurrentActor() actor: Actor, @Res() res: Response) {
    await this.renderTokenForm(res, actor, { role: 'clerk', expiresInDays: '365' }, []);
  }

  @Post('tokens/nieuw')
  async createToken(@CurrentActor() actor: Actor, @Res() res: Response, @Body() body: Record<string, unknown>) {
    const values = {
      ...this.accountValues(body),
      label: field(body, 'label'),
      expiresInDays: field(body, 'expiresInDays'),
    };
    const { dto, errors } = await validated(CreateTokenDto, {
      label: values.label,
      role: values.role,
      municipality: values.municipality || undefined,
      partyId: values.role === 'party' ? optionalNumber(values.partyId) : undefined,
      portfolioHolderId: values.role === 'executive' ? optionalNumber(values.portfolioHolderId) : undefined,
      expiresInDays: optionalNumber(values.expiresInDays),
    });
    let problems: FieldError[] = errors;
    if (problems.length === 0) {
      try {
        const created = await this.admin.createToken(actor, dto);
        // The secret is in this answer only (no redirect to a page that could show it again).
        renderPage(
          res,
          'pages/token-created',
          { title: 'Nieuw API-token', token: tokenRow(created), secret: created.secret, back: '/beheer/tokens' },
          201,
        );
        return;
      } catch (error) {
        problems = this.shown(error);
      }
    }
    await this.renderTokenForm(res, actor, values, problems, 400);
  }

  @Post('tokens/:id/intrekken')
  async revokeToken(
    @CurrentActor() actor: Actor,
    @Res() res: Response,
    @Param('id') rawId: string,
    @Body() body: Record<string, unknown>,
  ) {
    await this.admin.revokeToken(actor, this.id(rawId, 'Dit API-token'));
    const back = field(body, 'terug');
    res.redirect(303, /^\/beheer\/accounts\/\d+$/.test(back) ? back : '/beheer/tokens');
  }

  // ---- helpers ---------------------------------------------------------------------------------

  private id(raw: string, what: string): number {
    const id = idParam(raw);
    if (id === null) throw new NotFoundError(what);
    return id;
  }

  private shown(error: unknown): FieldError[] {
    // A step the role may not take (its own account, a role it may not grant) is said above the form.
    if (error instanceof ForbiddenError) return [{ path: 'algemeen', message: error.message }];
    const shown = formErrorsOf(error);
    if (!shown) throw error;
    return shown;
  }

  private accountValues(body: Record<string, unknown>) {
    return {
      email: field(body, 'email'),
      displayName: field(body, 'displayName'),
      role: field(body, 'role'),
      municipality: field(body, 'municipality'),
      partyId: field(body, 'partyId'),
      portfolioHolderId: field(body, 'portfolioHolderId'),
    };
  }

  private valuesOf(account: AccountDto): Record<string, string> {
    return {
      email: account.email,
      displayName: account.displayName,
      role: account.role,
      municipality: account.municipality ?? '',
      partyId: account.partyId ? String(account.partyId) : '',
      portfolioHolderId: account.portfolioHolderId ? String(account.portfolioHolderId) : '',
    };
  }

  /** Fractie and alderman choices per municipality within the actor's reach (optgroups for the beheerder). */
  private async scopeOptions(actor: Actor, values: Record<string, string>, fixedMunicipalityId?: number | null) {
    const all = await this.municipalities.listMunicipalities();
    const reach = all.filter((m) =>
      fixedMunicipalityId !== undefined && fixedMunicipalityId !== null
        ? m.id === fixedMunicipalityId
        : actor.role === 'admin' || m.id === actor.municipalityId,
    );
    const parties: OptionGroup[] = [];
    const holders: OptionGroup[] = [];
    for (const m of reach) {
      const [p, h] = await Promise.all([
        this.people.listParties(partiesQuery({ municipality: String(m.id), limit: 100 })),
        this.people.listPeople(peopleQuery({ municipality: String(m.id), role: 'alderman', limit: 100 })),
      ]);
      parties.push({
        label: m.name,
        options: p.items.map((x) => ({
          value: String(x.id),
          label: x.name,
          selected: String(x.id) === values.partyId,
        })),
      });
      holders.push({
        label: m.name,
        options: h.items.map((x) => ({
          value: String(x.id),
          label: x.name,
          selected: String(x.id) === values.portfolioHolderId,
        })),
      });
    }
    return {
      municipalities:
        actor.role === 'admin' && fixedMunicipalityId === undefined
          ? all.map((m) => ({ value: m.slug, label: m.name, selected: m.slug === values.municipality }))
          : [],
      parties,
      holders,
      grouped: reach.length > 1,
    };
  }

  private async renderAccountForm(
    res: Response,
    actor: Actor,
    account: AccountDto | null,
    values: Record<string, string>,
    problems: FieldError[],
    status = 200,
    notice: string | null = null,
  ) {
    const options = await this.scopeOptions(actor, values, account ? account.municipalityId : undefined);
    const tokens = account
      ? (await this.admin.listTokens(actor, { status: 'all', limit: 100_000, offset: 0 })).items.filter(
          (t) => t.userId === account.id,
        )
      : [];
    renderPage(
      res,
      'pages/account-form',
      {
        title: account ? `Account ${account.email}` : 'Nieuw account',
        account: account ? accountRow(account, actor.userId) : null,
        values,
        roles: roleOptions(this.admin.grantableRoles(actor), values.role),
        options,
        tokens: tokens.map(tokenRow),
        tokensBack: account ? `/beheer/accounts/${account.id}` : null,
        errors: formErrors(problems, ACCOUNT_LABELS),
        notice,
      },
      status,
    );
  }

  private async renderTokenForm(
    res: Response,
    actor: Actor,
    values: Record<string, string>,
    problems: FieldError[],
    status = 200,
  ) {
    renderPage(
      res,
      'pages/token-form',
      {
        title: 'Nieuw API-token',
        values,
        roles: roleOptions(this.admin.grantableRoles(actor), values.role),
        options: await this.scopeOptions(actor, values),
        errors: formErrors(problems, TOKEN_LABELS),
      },
      status,
    );
  }
}
