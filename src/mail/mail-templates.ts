import Handlebars from 'handlebars';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../config/project-root';
import { registerDeadlineHelpers } from '../deadlines';

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

const MAIL_DIR = join(PROJECT_ROOT, 'templates', 'mail');

/**
 * The mail templates (`templates/mail/<name>.text.hbs` and `.html.hbs`, with `layout.html.hbs`
 * around the HTML). One Handlebars instance per render, so `{{deadline}}` counts from the day
 * the job runs for, not from the wall clock.
 */
export class MailTemplates {
  constructor(private readonly dir: string = MAIL_DIR) {}

  private source(file: string): string {
    return readFileSync(join(this.dir, file), 'utf8');
  }

  render(name: string, subject: string, context: Record<string, unknown>, today: string): RenderedMail {
    const hbs = Handlebars.create();
    registerDeadlineHelpers(hbs, () => today);
    const text = hbs.compile(this.source(`${name}.text.hbs`), { noEscape: true })(context);
    const body = hbs.compile(this.source(`${name}.html.hbs`))(context);
    const html = hbs.compile(this.source('layout.html.hbs'))({ ...context, subject, body });
    return { subject, text: tidyText(text), html };
  }
}

/** Templates leave blank lines where sections are skipped; a mail reads better without runs of them. */
function tidyText(text: string): string {
  return `${text
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()}\n`;
}
