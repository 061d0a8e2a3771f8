import { makeDocx, makePdf, makeScannedPdf, questionSetPdf } from '../../../test/fixtures/parsing/make-fixtures';
import { DocumentError, extractText, parseDocument } from '../index';

describe('text extraction', () => {
  it('reads a multi-page PDF without its running headers and page numbers, with the hyphenation repaired', async () => {
    const parsed = await parseDocument(questionSetPdf(), 'vragen.pdf', { reference: '2024-11-05' });
    expect(parsed.subject).toBe('Toegankelijkheid stadhuis');
    expect(parsed.municipality).toBe('Zwolle');
    expect(parsed.answeredOn).toBe('2024-11-04');
    expect(parsed.questions.map((q) => q.number)).toEqual(['1', '2', '3']);
    expect(parsed.answers[0].text).toBe(
      'Nog niet volledig. Wij vervangen de draaideur door een automatische schuifdeur, een voorziening die in het eerste kwartaal van 2025 gereed is.',
    );
    const all = JSON.stringify(parsed);
    expect(all).not.toMatch(/Pagina \d van 3/);
    expect(all).not.toContain('Beantwoording raadsvragen 2024-118');
    expect(parsed.commitments).toEqual([
      {
        questions: ['3'],
        sentence: 'Wij organiseren in januari 2025 een schouw met het Platform Toegankelijkheid.',
        phrase: 'in januari 2025',
        deadline: '2025-01-31',
      },
    ]);
  });

  it('reads a Word document', async () => {
    const docx = await makeDocx([
      'Onderwerp: Bankjes in het park',
      'Fractie: CDA',
      '1. Hoeveel bankjes staan er in het Wilhelminapark?',
      '2. Komen er meer bij?',
    ]);
    const parsed = await parseDocument(docx, 'vragen.docx');
    expect(parsed).toEqual(expect.objectContaining({ subject: 'Bankjes in het park', party: 'CDA', answers: [] }));
    expect(parsed.questions).toEqual([
      { number: '1', text: 'Hoeveel bankjes staan er in het Wilhelminapark?' },
      { number: '2', text: 'Komen er meer bij?' },
    ]);
  });

  it('reads a Windows-1252 text file', async () => {
    const text = await extractText(Buffer.from('Vraag 1: Is het café open?', 'latin1'), 'vragen.txt');
    expect(text).toBe('Vraag 1: Is het café open?');
  });

  it.each([
    ['an empty file', Buffer.alloc(0), 'leeg.txt', 'empty'],
    ['a corrupt PDF', Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> garbage'), 'kapot.pdf', 'corrupt'],
    ['a scanned PDF without text', makeScannedPdf(2), 'scan.pdf', 'scanned'],
    [
      'a binary file',
      Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 1, 2, 3, 0, 0, 255, 254]),
      'programma.bin',
      'unsupported',
    ],
    ['an old Word document', Buffer.from('binary'), 'vragen.doc', 'unsupported'],
    ['a corrupt .docx', Buffer.from('PK\u0003\u0004 not a zip'), 'vragen.docx', 'corrupt'],
  ])('refuses %s', async (_, bytes, name, code) => {
    const error = await extractText(bytes, name).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DocumentError);
    expect(error).toEqual(expect.objectContaining({ code }));
    expect((error as DocumentError).message).toMatch(/^[A-Z].*\.$/);
  });

  it('refuses a readable PDF that is not a question set', async () => {
    const pdf = makePdf([['Jaarverslag 2023', '', 'De gemeente heeft in 2023 veel bereikt.']]);
    await expect(parseDocument(pdf, 'jaarverslag.pdf')).rejects.toEqual(
      expect.objectContaining({ code: 'not_a_question_set' }),
    );
  });
});
