import type { NextFunction, Request, Response } from 'express';

/**
 * The pages load only their own CSS and scripts (no inline <script>, <style> or style=""), so
 * the strict policy holds for every page and API answer. A CSP on a JSON answer costs nothing
 * and protects it when a browser is tricked into rendering it.
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; frame-ancestors 'none'; form-action 'self'";

/**
 * The Swagger UI at /api/docs starts itself with an inline script and inline styles: it gets a
 * policy that allows those, still same-origin only and never framed.
 */
export const SWAGGER_CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'; form-action 'self'";

const SWAGGER_PATH = /^\/api\/docs(?:[/-]|$)/;

/** Sets the security headers on every response, before any route or static file answers. */
export function securityHeaders(req: Request, res: Response, next: NextFunction): void {
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'same-origin');
  res.setHeader('X-Frame-Options', 'DENY');
  res.setHeader(
    'Content-Security-Policy',
    SWAGGER_PATH.test(req.path) ? SWAGGER_CONTENT_SECURITY_POLICY : CONTENT_SECURITY_POLICY,
  );
  // Behind HTTPS (directly, or a proxy that TRUST_PROXY trusts): browsers keep to HTTPS for a year.
  if (req.secure) res.setHeader('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
  // A request that carries credentials gets a personal answer (drafts, embargoed answers, the own
  // account): no browser or proxy may keep it. Anonymous pages stay cacheable.
  if (req.headers.authorization || req.headers.cookie) {
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('Vary', 'Authorization, Cookie');
  }
  next();
}
