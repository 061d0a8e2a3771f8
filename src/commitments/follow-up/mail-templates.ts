// The renderer is shared with the account mails (src/auth); the unsubscribe links are the follow-up's own.
export { MailTemplates, type RenderedMail } from '../../mail/mail-templates';

/** The one-click unsubscribe link of a follow or digest subscription (the same route ends both). */
export function unsubscribeUrl(publicUrl: string, token: string): string {
  return `${publicUrl}/volgen/afmelden?token=${encodeURIComponent(token)}`;
}

/** RFC 8058 headers: mail clients offer a one-click unsubscribe button. */
export function unsubscribeHeaders(publicUrl: string, token: string): Record<string, string> {
  return {
    'List-Unsubscribe': `<${unsubscribeUrl(publicUrl, token)}>`,
    'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
  };
}
