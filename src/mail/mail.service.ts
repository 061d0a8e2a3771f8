import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import nodemailer, { Transporter } from 'nodemailer';
import { APP_CONFIG, AppConfig } from '../config/config';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html?: string;
  /** Extra headers, e.g. List-Unsubscribe (RFC 8058). */
  headers?: Record<string, string>;
}

export interface SentMail {
  messageId: string;
  /** The .eml file when no SMTP server is configured. */
  file: string | null;
}

/**
 * Sends mail through SMTP_URL; without it every mail is written as one .eml file under
 * `$DATA_DIR/mail/` (the same RFC 5322 bytes an SMTP server would get), so a fresh install and
 * the tests need no mail server.
 */
@Injectable()
export class MailService implements OnApplicationShutdown {
  private readonly logger = new Logger('Mail');
  private readonly transport: Transporter;
  private readonly toFiles: boolean;
  readonly mailDir: string;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.toFiles = config.smtpUrl === null;
    this.mailDir = join(config.dataDir, 'mail');
    this.transport = this.toFiles
      ? nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'windows' })
      : nodemailer.createTransport(config.smtpUrl as string);
  }

  /** Shutdown, after the requests and jobs that send mail have finished: an SMTP pool's connections are closed. */
  onApplicationShutdown(): void {
    this.transport.close();
  }

  async send(message: MailMessage): Promise<SentMail> {
    const info = await this.transport.sendMail({
      from: this.config.mailFrom,
      to: message.to,
      subject: message.subject,
      text: message.text,
      html: message.html,
      headers: message.headers,
    });
    if (!this.toFiles) return { messageId: info.messageId, file: null };
    const raw = (info as unknown as { message: Buffer }).message;
    await mkdir(this.mailDir, { recursive: true });
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    const file = join(this.mailDir, `${stamp}-${randomBytes(4).toString('hex')}.eml`);
    await writeFile(file, raw);
    this.logger.log(`Mail naar ${message.to} geschreven naar ${file}`);
    return { messageId: info.messageId, file };
  }
}
