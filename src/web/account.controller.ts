import { Body, Controller, Get, Post, Query, Req, Res, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { AccountsService, SESSION_COOKIE, SessionInfo } from '../auth/accounts.service';
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
  constructor(private readonly accounts: AccountsService) {}

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
          : 'Het e-mailadres of het wachtwoord klopt niet.';
      renderPage(
        res,
        'pages/login',
        { title: 'Inloggen', email, back, loginError: message },
        result.reason === 'rate-limited' ? 429 : 401,
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

  /** A visitor gets a session only when a form needs a CSRF token (the login form), not for every page view. */
  private async ensureSession(req: WebRequest, res: Response): Promise<SessionInfo> {
    if (req.webSession) return req.webSession;
    const created = await this.accounts.createSession(null);
    setSessionCookie(req, res, created.cookie);
    req.webSession = created.info;
    return created.info;
  }
}
