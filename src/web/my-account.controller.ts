import { Body, Controller, Get, Param, Post, Req, Res, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { AccountAdminService } from '../account-admin/account-admin.service';
import { AccountsService } from '../auth/accounts.service';
import { Actor } from '../auth/actor';
import { CurrentActor } from '../auth/actor.guard';
import { DEFAULT_TOKEN_DAYS, MAX_TOKEN_DAYS } from '../auth/tokens.service';
import { FieldError, ForbiddenError, NotFoundError, TooManyRequestsError } from '../common/domain-errors';
import { dutchDateTime, scopeLabel, tokenRow } from './account-views';
import { formErrorsOf } from './form-submit';
import { formErrors } from './view-models';
import { field, idParam, renderPage } from './web-helpers';
import { WebRoles } from './web-roles';
import { WebRequest, WebSessionGuard } from './web-session.guard';

const LABELS: Record<string, string> = {
  current: 'Huidig wachtwoord',
  password: 'Nieuw wachtwoord',
  repeat: 'Herhaling',
  label: 'Omschrijving',
  expiresInDays: 'Geldig (dagen)',
};

/** The own account: who am I, change my password, my API tokens (create, shown once; revoke; last use). */
@ApiExcludeController()
@Controller('account')
@UseGuards(WebSessionGuard)
@WebRoles('party', 'executive', 'clerk', 'admin')
export class MyAccountController {
  constructor(
    private readonly accounts: AccountsService,
    private readonly admin: AccountAdminService,
  ) {}

  @Get()
  async page(@CurrentActor() actor: Actor, @Res() res: Response) {
    await this.render(res, actor, {});
  }

  @Post('wachtwoord')
  async changePassword(
    @CurrentActor() actor: Actor,
    @Req() req: WebRequest,
    @Res() res: Response,
    @Body() body: Record<string, unknown>,
  ) {
    const current = typeof body.current === 'string' ? body.current : '';
    const password = typeof body.password === 'string' ? body.password : '';
    const repeat = typeof body.repeat === 'string' ? body.repeat : '';
    const problems: FieldError[] = [];
    if (!current) problems.push({ path: 'current', message: 'is verplicht' });
    if (password !== repeat) problems.push({ path: 'repeat', message: 'is niet gelijk aan het nieuwe wachtwoord' });
    if (problems.length === 0) {
      try {
        await this.accounts.changeOwnPassword(this.userId(actor), current, password, req.webSession?.id ?? '');
        await this.render(res, actor, { notice: 'Uw wachtwoord is gewijzigd. Op andere apparaten bent u uitgelogd.' });
        return;
      } catch (error) {
        if (error instanceof TooManyRequestsError) {
          await this.render(res, actor, { passwordErrors: [{ path: 'algemeen', message: error.message }] }, 429);
          return;
        }
        const shown = formErrorsOf(error);
        if (!shown) throw error;
        problems.push(...shown);
      }
    }
    await this.render(res, actor, { passwordErrors: problems }, 400);
  }

  @Post('tokens')
  async createToken(@CurrentActor() actor: Actor, @Res() res: Response, @Body() body: Record<string, unknown>) {
    const label = field(body, 'label');
    const daysText = field(body, 'expiresInDays');
    const days = daysText === '' ? DEFAULT_TOKEN_DAYS : /^\d{1,5}$/.test(daysText) ? Number(daysText) : NaN;
    const problems: FieldError[] = [];
    if (!label) problems.push({ path: 'label', message: 'is verplicht' });
    if (!Number.isInteger(days) || days < 1 || days > MAX_TOKEN_DAYS)
      problems.push({
        path: 'expiresInDays',
        message: `moet een heel aantal dagen zijn van 1 tot en met ${MAX_TOKEN_DAYS}`,
      });
    if (problems.length === 0) {
      try {
        const created = await this.admin.createOwnToken(actor, { label, expiresInDays: days });
        // The secret is in this answer only (no redirect to a page that could show it again).
        renderPage(
          res,
          'pages/token-created',
          { title: 'Nieuw API-token', token: tokenRow(created), secret: created.secret, back: '/account' },
          201,
        );
        return;
      } catch (error) {
        const shown = formErrorsOf(error);
        if (!shown) throw error;
        problems.push(...shown);
      }
    }
    await this.render(res, actor, { tokenErrors: problems, tokenValues: { label, expiresInDays: daysText } }, 400);
  }

  @Post('tokens/:id/intrekken')
  async revoke(@CurrentActor() actor: Actor, @Res() res: Response, @Param('id') rawId: string) {
    const id = idParam(rawId);
    if (id === null) throw new NotFoundError('Dit API-token');
    await this.admin.revokeToken(actor, id);
    res.redirect(303, '/account');
  }

  private userId(actor: Actor): number {
    if (actor.userId === undefined) throw new ForbiddenError('Log in met uw account.');
    return actor.userId;
  }

  private async render(
    res: Response,
    actor: Actor,
    state: {
      notice?: string;
      passwordErrors?: FieldError[];
      tokenErrors?: FieldError[];
      tokenValues?: Record<string, string>;
    },
    status = 200,
  ) {
    const user = await this.accounts.findUser(this.userId(actor));
    const tokens = await this.admin.listOwnTokens(actor);
    renderPage(
      res,
      'pages/account',
      {
        title: 'Mijn account',
        user: {
          email: user.email,
          displayName: user.displayName,
          lastLogin: dutchDateTime(user.lastLoginAt?.toISOString() ?? null),
        },
        scope: scopeLabel(await this.admin.ownAccount(actor)),
        tokens: tokens.map(tokenRow),
        notice: state.notice ?? null,
        passwordErrors: formErrors(state.passwordErrors ?? [], LABELS),
        tokenErrors: formErrors(state.tokenErrors ?? [], LABELS),
        tokenValues: state.tokenValues ?? { label: '', expiresInDays: String(DEFAULT_TOKEN_DAYS) },
        maxDays: MAX_TOKEN_DAYS,
      },
      status,
    );
  }
}
