import { docxBomb, mailWithAttachments, nestedForwardedMail, zip } from '../../../test/fixtures/parsing/hostile';
import { makeDocx } from '../../../test/fixtures/parsing/make-fixtures';
import { DocumentError, extractText } from '../index';
import { htmlToText, readMail } from './mail';
import { checkDocxLimits } from './zip-limits';

/** CPU time of this process (ms): a bound that other work on a busy machine cannot break. */
function cpuMs(): number {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1000;
}

async function refusal(work: () => unknown): Promise<DocumentError> {
  try {
    await work();
  } catch (error) {
    if (error instanceof DocumentError) return error;
    throw error;
  }
  throw new Error('expected a DocumentError');
}

describe('unpack limits', () => {
  it('refuses an e-mail with 1,000 attachments before reading them', async () => {
    const error = await refusal(() => readMail(mailWithAttachments(1000)));
    expect(error.code).toBe('too_complex');
    expect(error.message).toContain('meer dan 300 onderdelen');
  });

  it('refuses an e-mail forwarded 3,000 times deep, quickly and without recursing through it', async () => {
    const started = cpuMs();
    const error = await refusal(() => extractText(nestedForwardedMail(3000, 250_000), 'fwd.eml'));
    expect(error.code).toBe('too_complex');
    expect(error.message).toContain('doorgestuurd');
    expect(cpuMs() - started).toBeLessThan(2000);
  });

  it('still reads a mail with a forwarded message and some attachments', () => {
    const mail = readMail(nestedForwardedMail(3, 3000));
    expect(mail.messages).toHaveLength(1);
    expect(readMail(mailWithAttachments(40)).attachments).toHaveLength(40);
  });

  it('refuses a .docx that declares 1 GB unpacked, by its directory', async () => {
    const bomb = docxBomb(1024);
    expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
    const error = await refusal(() => extractText(bomb, 'bom.docx'));
    expect(error.code).toBe('too_complex');
    expect(error.message).toMatch(/pakt uit tot meer dan 200 MB/);
  });

  it('refuses a .docx whose directory understates what it unpacks to', async () => {
    const error = await refusal(() => checkDocxLimits(docxBomb(64, true)));
    expect(error.code).toBe('too_complex');
    expect(error.message).toContain('verder uit dan het zelf opgeeft');
  });

  it('refuses a .docx with a packing ratio no Word file has, and one with too many entries', async () => {
    expect((await refusal(() => checkDocxLimits(docxBomb(20)))).message).toContain('keer zo groot');
    const many = zip(
      Array.from({ length: 2001 }, (_, i) => ({ name: `x/${i}`, data: Buffer.from('a'), method: 0 as const, size: 1 })),
    );
    expect((await refusal(() => checkDocxLimits(many))).message).toContain('meer dan 2000 delen');
  });

  it('passes a real Word document', async () => {
    expect(() => checkDocxLimits(Buffer.alloc(0))).toThrow(DocumentError);
    const docx = await makeDocx(['1. Is dit een vraag?']);
    expect(() => checkDocxLimits(docx)).not.toThrow();
  });

  it('turns hostile HTML into text in linear time', () => {
    const started = cpuMs();
    for (const hostile of [
      '<!--'.repeat(200_000),
      '<style'.repeat(150_000),
      '<a'.repeat(400_000),
      ' '.repeat(800_000) + 'x',
      '</td>'.repeat(200_000) + 'x',
      '&#99999999;',
    ]) {
      htmlToText(hostile);
    }
    // A bound only quadratic work breaks (4 MB of hostile markup: minutes if quadratic), with room for a machine
    // twice as slow as the development one (3.8 s seen on such a machine, about 1.5 s on a quick one).
    expect(cpuMs() - started).toBeLessThan(10_000);
    expect(htmlToText('<p>a<!-- b -->c</p><style>x{}</style><p>d&#99999999;</p>')).toBe('ac\n\nd&#99999999;');
  });
});
