import { Body, Controller, Get, Post, Query, Req, Res, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { AccountsService, SESSION_COOKIE, SessionInfo } from '../auth/accounts.service';
import { LINK_STATE_MESSAGES, PasswordResetService } from '../auth/password-reset.service';
import { DomainValidationError } from '../common/domain-errors';
import { formErrors } from './view-models';
import { exposeSession, WebRequest, WebSessionGuard } from './web-session.guard';
import { field, renderPage, safeLocalPath } from './web-helpers';

/** The session cookie: httpOnly, SameSite=Lax, Secure when the request came over TLS (directly or via a trusted proxy). */
export function setSessionCookie(req: Request, res: Response, value: string): void {
  res.cookie(SESSION_COOKIE, value, { httpOnly: true, sameSite: 'lax', secure: req.secure, path: '/' });
}

const HOME_BY_ROLE: Record<string, string> = {
  clerk: '/beheer',
  admin: '/beheer',
  party: '/fractie',
  executive: '/wethouder',
};

/** Login and logout of web accounts. */
@ApiExcludeController()
@Controller()
@UseGuards(WebSessionGuard)
export class AccountController {
  constructor(
    private readonly accounts: AccountsService,
    private readonly resets: PasswordResetService,
  ) {}

  @Get('inloggen')
  async loginForm(@Req() req: WebRequest, @Res() res: Response, @Query('terug') back?: string): Promise<void> {
    const session = await this.ensureSession(req, res);
    exposeSession(res, session);
    renderPage(res, 'pages/login', { title: 'Inloggen', back: safeLocalPath(back), loggedIn: session.user !== null });
  }

  @Post('inloggen')
  async login(@Req() req: WebRequest, @Res() res: Response, @Body() body: Record<string, unknown>): Promise<void> {
    const email = field(body, 'email');
    const password = typeof body.password === 'string' ? body.password : '';
    const back = safeLocalPath(body.terug);
    const fieldErrors: Record<string, string> = {};
    if (!email) fieldErrors.email = 'Vul uw e-mailadres in.';
    if (!password) fieldErrors.password = 'Vul uw wachtwoord in.';
    if (Object.keys(fieldErrors).length > 0) {
      renderPage(
        res,
        'pages/login',
        {
          title: 'Inloggen',
          email,
          back,
          fieldErrors,
          summary: Object.entries(fieldErrors).map(([f, text]) => ({ field: f, text })),
        },
        400,
      );
      return;
    }
    const result = await this.accounts.login(email, password, req.ip ?? 'onbekend', req.webSession?.id ?? null);
    if (!result.ok) {
      const message =
        result.reason === 'rate-limited'
          ? 'Te veel mislukte pogingen om in te loggen. Probeer het over 15 minuten opnieuw.'
          : result.reason === 'disabled'
            ? 'Dit account is uitgeschakeld. Neem contact op met de griffie.'
            : 'Het e-mailadres of het wachtwoord klopt niet.';
      renderPage(
        res,
        'pages/login',
        { title: 'Inloggen', email, back, loginError: message },
        result.reason === 'rate-limited' ? 429 : result.reason === 'disabled' ? 403 : 401,
      );
      return;
    }
    setSessionCookie(req, res, result.session.cookie);
    res.redirect(303, back ?? HOME_BY_ROLE[result.user.role] ?? '/');
  }

  @Post('uitloggen')
  async logout(@Req() req: WebRequest, @Res() res: Response): Promise<void> {
    if (req.webSession) await this.accounts.endSession(req.webSession.id);
    res.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'lax', secure: req.secure, path: '/' });
    res.redirect(303, '/');
  }

  /** "Wachtwoord vergeten": asks for the e-mail address. */
  @Get('wachtwoord-vergeten')
  async forgotForm(@Req() req: WebRequest, @Res() res: Response): Promise<void> {
    exposeSession(res, await this.ensureSession(req, res));
    renderPage(res, 'pages/password-forgot', { title: 'Wachtwoord vergeten' });
  }

  /** The same answer whether or not the address has an account (429 only past the limits per IP address or in total). */
  @Post('wachtwoord-vergeten')
  async forgot(@Req() req: WebRequest, @Res() res: Response, @Body() body: Record<string, unknown>): Promise<void> {
    const email = field(body, 'email');
    if (!email) {
      renderPage(
        res,
        'pages/password-forgot',
        {
          title: 'Wachtwoord vergeten',
          errors: formErrors([{ path: 'email', message: 'Vul uw e-mailadres in.' }], {}),
        },
        400,
      );
      return;
    }
    const outcome = await this.resets.requestReset(email, req.ip ?? 'onbekend');
    if (outcome === 'throttled') {
      renderPage(
        res,
        'pages/message',
        {
          title: 'Wachtwoord vergeten',
          heading: 'Te veel aanvragen',
          text: 'Er zijn te veel aanvragen voor een nieuw wachtwoord gedaan. Probeer het over een uur opnieuw.',
        },
        429,
      );
      return;
    }
    renderPage(res, 'pages/message', {
      title: 'Wachtwoord vergeten',
      heading: 'Kijk in uw mailbox',
      text: `Als er een account is met het adres ${email}, krijgt u binnen enkele minuten een e-mail met een link om een nieuw wachtwoord te kiezen. De link werkt één keer en is een uur geldig.`,
      back: '/inloggen',
    });
  }

  /** The link from the mail: opening it changes nothing (mail scanners open links); the form uses it. */
  @Get('wachtwoord-kiezen')
  async chooseForm(@Req() req: WebRequest, @Res() res: Response, @Query('token') token?: string): Promise<void> {
    const secret = typeof token === 'string' ? token : '';
    const { state, email } = await this.resets.checkLink(secret);
    exposeSession(res, await this.ensureSession(req, res));
    if (state !== 'valid') {
      this.renderLinkProblem(res, state);
      return;
    }
    renderPage(res, 'pages/password-choose', { title: 'Wachtwoord kiezen', token: secret, email });
  }

  @Post('wachtwoord-kiezen')
  async choose(@Req() req: WebRequest, @Res() res: Response, @Body() body: Record<string, unknown>): Promise<void> {
    const secret = typeof body.token === 'string' ? body.token : '';
    const password = typeof body.password === 'string' ? body.password : '';
    const repeat = typeof body.repeat === 'string' ? body.repeat : '';
    const rerender = async (problems: { path: string; message: string }[]) => {
      const { state, email } = await this.resets.checkLink(secret);
      if (state !== 'valid') return this.renderLinkProblem(res, state);
      renderPage(
        res,
        'pages/password-choose',
        {
          title: 'Wachtwoord kiezen',
          token: secret,
          email,
          errors: formErrors(problems, { password: 'Nieuw wachtwoord', repeat: 'Herhaling' }),
        },
        400,
      );
    };
    if (password !== repeat) {
      await rerender([{ path: 'repeat', message: 'is niet gelijk aan het nieuwe wachtwoord' }]);
      return;
    }
    let result;
    try {
      result = await this.resets.completeReset(secret, password, req.webSession?.id ?? null);
    } catch (error) {
      if (!(error instanceof DomainValidationError)) throw error;
      await rerender(error.errors);
      return;
    }
    if (!result.ok) {
      this.renderLinkProblem(res, result.state);
      return;
    }
    setSessionCookie(req, res, result.session.cookie);
    res.redirect(303, HOME_BY_ROLE[result.user.role] ?? '/');
  }

  private renderLinkProblem(res: Response, state: keyof typeof LINK_STATE_MESSAGES): void {
    renderPage(
      res,
      'pages/password-link',
      { title: 'Link werkt niet', text: LINK_STATE_MESSAGES[state], canRequest: state !== 'disabled' },
      state === 'unknown' ? 404 : 410,
    );
  }

  /** A visitor gets a session only when a form needs a CSRF token (the login form), not for every page view. */
  private async ensureSession(req: WebRequest, res: Response): Promise<SessionInfo> {
    if (req.webSession) return req.webSession;
    const created = await this.accounts.createSession(null);
    setSessionCookie(req, res, created.cookie);
    req.webSession = created.info;
    return created.info;
  }
}
