import { makeDocx, makePdf, makeScannedPdf, questionSetPdf } from '../../../test/fixtures/parsing/make-fixtures';
import type { PdfCell } from '../../../test/fixtures/parsing/make-fixtures';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DocumentError, extractText, parseDocument, parseQuestionSetText } from '../index';

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

  describe('a PDF laid out in columns', () => {
    const left = 50;
    const right = 300;
    const margin = 420;
    const row = (...cells: Array<[number, string]>): PdfCell[] => cells.map(([x, text]) => ({ x, text }));

    it('keeps a question/answer table side by side, each column at one position, and reads its pairs', async () => {
      const pdf = makePdf([
        [
          'GEMEENTE ZWOLLE',
          '',
          'Beantwoording schriftelijke vragen',
          'Onderwerp: Bankjes in het Wilhelminapark',
          'Fractie: CDA',
          'Datum beantwoording: 4 november 2024',
          '',
          row([left, 'Vraag'], [right, 'Antwoord']),
          '',
          row([left, '1. Hoeveel bankjes staan er in'], [right, 'Er staan nu veertien bankjes in het']),
          row([left + 12, 'het Wilhelminapark?'], [right, 'park, verdeeld over drie paden.']),
          '',
          row([left, '2. Komen er meer bankjes bij'], [right, 'Ja. Wij plaatsen in het voorjaar']),
          row([left + 12, 'langs de vijver?'], [right, 'van 2025 vier nieuwe bankjes.']),
          row([right, 'De kosten zijn gedekt.']),
        ],
      ]);
      const lines = (await extractText(pdf, 'vragen.pdf')).split('\n');
      const table = lines.slice(lines.findIndex((l) => l.startsWith('Vraag ')));
      const answerColumn = table[0].indexOf('Antwoord');
      expect(table[0].slice(0, answerColumn)).toMatch(/^Vraag {3,}$/);
      for (const text of ['Er staan nu', 'park, verdeeld', 'Ja. Wij', 'van 2025', 'De kosten'])
        expect(table.find((l) => l.includes(text))?.indexOf(text)).toBe(answerColumn);
      // The hanging indent of a wrapped question is kept, the lines of one cell keep single spaces.
      const wrapped = table.find((l) => l.includes('het Wilhelminapark?')) as string;
      expect(wrapped).toMatch(/^ {2,}het Wilhelminapark\? {3,}park, verdeeld over drie paden\.$/);

      const parsed = await parseDocument(pdf, 'vragen.pdf', { reference: '2024-11-05' });
      expect(parsed.questions).toEqual([
        { number: '1', text: 'Hoeveel bankjes staan er in het Wilhelminapark?' },
        { number: '2', text: 'Komen er meer bankjes bij langs de vijver?' },
      ]);
      expect(parsed.answers.map((a) => [a.questions, a.text])).toEqual([
        [['1'], 'Er staan nu veertien bankjes in het park, verdeeld over drie paden.'],
        [['2'], 'Ja. Wij plaatsen in het voorjaar van 2025 vier nieuwe bankjes. De kosten zijn gedekt.'],
      ]);
    });

    it('keeps a letterhead column beside the body apart from the running text', async () => {
      const pdf = makePdf([
        [
          row([margin, 'Gemeente Zwolle']),
          row([margin, 'Postbus 10007']),
          row([left, 'Aan de fractie van het CDA'], [margin, '8000 GA Zwolle']),
          '',
          'Onderwerp: Bankjes in het Wilhelminapark',
          '',
          row([left, 'Geachte heer Jansen,'], [margin, 'Bijlage(n)']),
          row([margin, 'geen']),
          row([left, 'Op 14 oktober 2024 heeft u vragen gesteld over de'], [margin, 'Verzonden']),
          row([left, 'bankjes in het Wilhelminapark. Hieronder beantwoorden'], [margin, '5 november 2024']),
          'wij deze vragen.',
          '',
          'Vraag 1',
          'Hoeveel bankjes staan er in het Wilhelminapark?',
          '',
          'Antwoord 1',
          'Er staan nu veertien bankjes in het park.',
          '',
          'Vraag 2',
          'Komen er meer bankjes bij?',
          '',
          'Antwoord 2',
          'Ja. Wij plaatsen in het voorjaar van 2025 vier nieuwe bankjes.',
          '',
          'Hoogachtend,',
          'Burgemeester en wethouders van Zwolle',
        ],
      ]);
      const lines = (await extractText(pdf, 'brief.pdf')).split('\n');
      const column = lines[0].indexOf('Gemeente Zwolle');
      expect(column).toBeGreaterThan(40);
      for (const text of ['Postbus 10007', '8000 GA Zwolle', 'Bijlage(n)', 'geen', 'Verzonden', '5 november 2024'])
        expect(lines.find((l) => l.includes(text))?.indexOf(text)).toBe(column);
      expect(lines).toContain('wij deze vragen.');

      const parsed = await parseDocument(pdf, 'brief.pdf', { reference: '2024-11-05' });
      expect(parsed).toEqual(
        expect.objectContaining({ municipality: 'Zwolle', receivedOn: '2024-10-14', answeredOn: '2024-11-05' }),
      );
      expect(parsed.introduction).toBe(
        'Op 14 oktober 2024 heeft u vragen gesteld over de bankjes in het Wilhelminapark. Hieronder beantwoorden wij deze vragen.',
      );
      expect(parsed.questions.map((q) => q.text)).toEqual([
        'Hoeveel bankjes staan er in het Wilhelminapark?',
        'Komen er meer bankjes bij?',
      ]);
      expect(parsed.answers.map((a) => a.text)).toEqual([
        'Er staan nu veertien bankjes in het park.',
        'Ja. Wij plaatsen in het voorjaar van 2025 vier nieuwe bankjes.',
      ]);
    });

    it.each(['held-out-5/gorinchem-pdf-tweekoloms-briefhoofd', 'held-out-5/wageningen-twee-kolommen-twee-fracties'])(
      'reads %s printed to a PDF as it reads the text',
      async (name) => {
        const text = readFileSync(join(__dirname, '../../../test/fixtures/layouts', `${name}.txt`), 'utf8');
        // Each run of text after three spaces or more is placed at its column's x, as a PDF would print it.
        const pages = text
          .split('\f')
          .map((page) =>
            page
              .split('\n')
              .map((line) =>
                / {3,}\S|^ +\S/.test(line)
                  ? [...line.matchAll(/\S+(?: {1,2}\S+)*/g)].map((m) => ({ x: left + (m.index ?? 0) * 5, text: m[0] }))
                  : line,
              ),
          );
        const fromPdf = await parseDocument(makePdf(pages), 'brief.pdf', { reference: '2024-11-05' });
        expect({ ...fromPdf, warnings: [] }).toEqual({
          ...parseQuestionSetText(text, { reference: '2024-11-05' }),
          warnings: [],
        });
      },
    );

    it('keeps text printed up the margin out of the lines beside it', async () => {
      const pdf = makePdf([
        [
          'Vraag 1: Is de ingang toegankelijk?',
          'Ligt er een helling bij de deur?',
          '',
          'Antwoord 1: Ja.',
          [
            { x: 30, text: 'Kenmerk Z-2024-118', rotated: true },
            { x: 50, text: 'Sinds 2023.' },
          ],
        ],
      ]);
      expect((await extractText(pdf, 'a.pdf')).split('\n')).toEqual([
        'Vraag 1: Is de ingang toegankelijk?',
        'Ligt er een helling bij de deur?',
        '',
        'Antwoord 1: Ja.',
        'Sinds 2023.',
        'Kenmerk Z-2024-118',
      ]);
    });

    it('keeps ordinary lines as before: single spaces, a blank line for a wide gap, a form feed between pages', async () => {
      const page1 = [
        'Vraag 1: Is de ingang toegankelijk?',
        'Ligt er een helling?',
        '',
        'Antwoord 1: Ja.',
        'Sinds 2023.',
      ];
      const pdf = makePdf([page1, ['Pagina 2']]);
      expect(await extractText(pdf, 'a.pdf')).toBe(
        'Vraag 1: Is de ingang toegankelijk?\nLigt er een helling?\n\nAntwoord 1: Ja.\nSinds 2023.\fPagina 2',
      );
    });
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

  describe('an .rtf (issue #19)', () => {
    const fixture = (name: string): Buffer => readFileSync(join(__dirname, '../../../test/fixtures/parsing', name));

    it('reads a letter Word 2016 wrote: font, list and style tables, header, bookmarks, escapes, a hyperlink field and theme data', async () => {
      const rtf = fixture('word-2016.rtf');
      const text = await extractText(rtf, 'beantwoording.rtf');
      expect(text).toContain('Onderwerp: Beantwoording schriftelijke vragen over het café aan de Dijk');
      expect(text).toContain('wat is het ‘stiltegebied’ precies?');
      expect(text).toContain('Een vergunning kost € 150 per jaar.');
      expect(text).toContain('•\tvoor terrassen tot 20 m²;');
      // The hyperlink is handed on as a Markdown link, which the text parser reads.
      expect(text).toContain('In het [Terrassenbeleid Waterland 2022](https://www.waterland.nl/terrassenbeleid) staan');
      // No codes, tables, page header or the field's instruction and data.
      expect(text).not.toMatch(/\\|[{}]|Calibri|Hyperlink;|HYPERLINK|MERGEFORMAT|Kenmerk 2024|504b0304|d0c9ea79/);

      const parsed = await parseDocument(rtf, 'beantwoording.rtf');
      expect(parsed.subject).toBe('Beantwoording schriftelijke vragen over het café aan de Dijk');
      expect(parsed.municipality).toBe('Waterland');
      expect(parsed.questions).toEqual([
        {
          number: '1',
          text: 'Mag het terras van het café na 23.00 uur open blijven, en wat is het ‘stiltegebied’ precies?',
        },
        { number: '2', text: 'Wat kost een vergunning?' },
      ]);
      expect(parsed.answers.map((a) => a.text)).toEqual([
        'Nee. Het terras sluit om 23.00 uur; het stiltegebied ligt ten noorden van de Dijk.',
        'Een vergunning kost € 150 per jaar. Wij passen de leges aan per 1 juli 2024:\n\n• voor terrassen tot 20 m²;\n\n• voor terrassen op het water.',
      ]);
      expect(parsed.documents).toContainEqual(
        expect.objectContaining({
          title: 'Terrassenbeleid Waterland 2022',
          url: 'https://www.waterland.nl/terrassenbeleid',
        }),
      );
    });

    it('reads the letter of letter.txt as LibreOffice writes it to .rtf, as the text file reads', async () => {
      const fromRtf = await parseDocument(fixture('letter-libreoffice.rtf'), 'letter.rtf');
      const fromText = await parseDocument(fixture('letter.txt'), 'letter.txt');
      expect(fromRtf.questions).toEqual(fromText.questions);
      expect(fromRtf.answers).toEqual(fromText.answers);
      expect(fromRtf).toEqual(
        expect.objectContaining({
          subject: fromText.subject,
          municipality: fromText.municipality,
          party: fromText.party,
        }),
      );
    });

    it('reads RTF by its content under another name, and its 8-bit characters and escapes in the code page it names', async () => {
      const cp1250 = Buffer.concat([
        Buffer.from("{\\rtf1\\ansi\\ansicpg1250 {\\fonttbl{\\f0 Arial;}}\\pard Vraag 1: Kost het \\'9a"),
        Buffer.from([0x9a]),
        Buffer.from('?\\par}'),
      ]);
      expect(await extractText(cp1250, 'vragen.doc')).toBe('Vraag 1: Kost het šš?');
      const raw1252 = Buffer.concat([
        Buffer.from('{\\rtf1\\ansi Is het caf'),
        Buffer.from([0xe9]),
        Buffer.from(' open?\\par}'),
      ]);
      expect(await extractText(raw1252, 'vragen.rtf')).toBe('Is het café open?');
      // `\binN`: N bytes of a picture, whatever they hold.
      const bin = Buffer.concat([
        Buffer.from('{\\rtf1 {\\pict\\bin6 '),
        Buffer.from([0x7b, 0x00, 0x5c, 0x7d, 0xff, 0x01]),
        Buffer.from('}Vraag 1: Waarom?\\par}'),
      ]);
      expect(await extractText(bin, 'vragen.rtf')).toBe('Vraag 1: Waarom?');
    });

    it('reads an .rtf attached to an e-mail', async () => {
      const rtf = fixture('word-2016.rtf');
      const mail = Buffer.from(
        [
          'From: griffie@example.nl',
          'Subject: Beantwoording',
          'MIME-Version: 1.0',
          'Content-Type: multipart/mixed; boundary="grens"',
          '',
          '--grens',
          'Content-Type: text/plain; charset=utf-8',
          '',
          'Bijgaand de beantwoording.',
          '--grens',
          'Content-Type: application/rtf; name="beantwoording.rtf"',
          'Content-Disposition: attachment; filename="beantwoording.rtf"',
          'Content-Transfer-Encoding: base64',
          '',
          rtf.toString('base64').replace(/.{76}/g, '$&\r\n'),
          '--grens--',
          '',
        ].join('\r\n'),
      );
      const parsed = await parseDocument(mail, 'beantwoording.eml');
      expect(parsed.questions.map((q) => q.number)).toEqual(['1', '2']);
      expect(parsed.answers[0].text).toBe(
        'Nee. Het terras sluit om 23.00 uur; het stiltegebied ligt ten noorden van de Dijk.',
      );
    });
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
