import { normaliseLines } from '../normalise';
import { parseDocument, parseQuestionSetText } from '../index';
import { decodeHeader, htmlToText, looksLikeMime, mailDateInAmsterdam } from './mail';

const crlf = (text: string): string => text.replace(/\n/g, '\r\n');

describe('e-mail import', () => {
  it.each([
    ['=?utf-8?Q?Vragen_over_caf=C3=A9s?=', 'Vragen over cafés'],
    ['=?UTF-8?B?U2FubmUgQmFra2Vy?= <s@x.nl>', 'Sanne Bakker <s@x.nl>'],
    ['=?iso-8859-1?Q?Fatma_=D6zdemir?=', 'Fatma Özdemir'],
    ['=?utf-8?Q?Over_de?= =?utf-8?Q?_kermis?=', 'Over de kermis'],
    ['Gewone tekst', 'Gewone tekst'],
  ])('decodes the header %s', (raw, expected) => {
    expect(decodeHeader(raw)).toBe(expected);
  });

  it('converts an HTML body to lines, numbering an ordered list and decoding entities', () => {
    expect(
      htmlToText('<p>Geachte griffie,</p><p>Caf&eacute;&nbsp;De Zon</p><ol><li>Klopt dit?</li><li>Waarom?</li></ol>'),
    ).toBe('Geachte griffie,\n\nCafé De Zon\n\n1. Klopt dit?\n2. Waarom?');
  });

  it('gives the Date header in Europe/Amsterdam', () => {
    expect(mailDateInAmsterdam('Mon, 14 Oct 2024 22:41:07 +0000')).toBe('15 oktober 2024 00:41');
    expect(mailDateInAmsterdam('geen datum')).toBeNull();
  });

  it('recognises a MIME message by its transport headers, not an e-mail saved as text', () => {
    expect(looksLikeMime(Buffer.from('From: a@b.nl\r\nMessage-ID: <1@b>\r\n\r\nTekst'))).toBe(true);
    expect(looksLikeMime(Buffer.from('Van: Jan\nVerzonden: 2 april 2024\n\nTekst'))).toBe(false);
  });

  it('prefers a date printed in the body over the Date header, and a base64 body in windows-1252 is decoded', async () => {
    const body = Buffer.from(
      'Datum: 1 maart 2024\nOnderwerp: Caf\u00e9s\n\n1. Hoeveel caf\u00e9s zijn er?\n',
      'latin1',
    ).toString('base64');
    const eml = crlf(
      `From: x@y.nl\nDate: Tue, 5 Mar 2024 10:00:00 +0100\nSubject: Re: iets anders\nMIME-Version: 1.0\nContent-Type: text/plain; charset=windows-1252\nContent-Transfer-Encoding: base64\n\n${body}\n`,
    );
    const parsed = await parseDocument(Buffer.from(eml, 'latin1'), 'vragen.eml');
    expect(parsed).toEqual(expect.objectContaining({ receivedOn: '2024-03-01', subject: 'Cafés', submitters: [] }));
    expect(parsed.questions).toEqual([{ number: '1', text: 'Hoeveel cafés zijn er?' }]);
  });

  it('does not take the sender as submitter when someone else signs', async () => {
    const eml = crlf(
      'From: "Maarten Kok" <m@x.nl>\nDate: Tue, 5 Mar 2024 10:00:00 +0100\nSubject: Vragen\nMIME-Version: 1.0\n\n1. Klopt dit?\n\nMet vriendelijke groet,\nA. de Wit\n',
    );
    expect((await parseDocument(Buffer.from(eml), 'vragen.eml')).submitters).toEqual(['A. de Wit']);
  });

  it('reads a forwarded Outlook e-mail saved as text from the original message, without the forwarding note', () => {
    const text = [
      'Van: Griffie Utrecht <griffie@utrecht.nl>',
      'Verzonden: woensdag 3 april 2024 09:00',
      'Aan: Team raadsvragen',
      'Onderwerp: FW: Schriftelijke vragen: buurthuis De Klop',
      '',
      'Ter behandeling.',
      '',
      'Groet,',
      'Griffie',
      '',
      '-----Oorspronkelijk bericht-----',
      'Van: Jan de Vries <j.devries@raad.utrecht.nl>',
      'Verzonden: dinsdag 2 april 2024 10:14',
      'Aan: Griffie Utrecht <griffie@utrecht.nl>',
      'Onderwerp: Schriftelijke vragen: buurthuis De Klop',
      '',
      'Beste griffie,',
      '',
      'Het buurthuis sluit per 1 juni.',
      '',
      '1. Klopt het dat het buurthuis sluit?',
      '2. Waar gaan de activiteiten heen?',
      '',
      'Met vriendelijke groet,',
      'J. de Vries',
    ].join('\n');
    const parsed = parseQuestionSetText(text);
    expect(parsed).toEqual(
      expect.objectContaining({
        subject: 'buurthuis De Klop',
        receivedOn: '2024-04-02',
        submitters: ['Jan de Vries'],
        explanation: 'Het buurthuis sluit per 1 juni.',
      }),
    );
    expect(parsed.questions.map((q) => q.number)).toEqual(['1', '2']);
  });
});

describe('running headers', () => {
  it('keeps the first occurrence of a running header that names the municipality, drops the others', () => {
    const page = (body: string, n: number): string =>
      `Gemeente Zwolle – Beantwoording raadsvragen 2024-118\n${body}\nPagina ${n + 1} van 3`;
    const lines = normaliseLines(['Een.', 'Twee.', 'Drie.'].map(page).join('\f')).filter(Boolean);
    expect(lines).toEqual(['Gemeente Zwolle – Beantwoording raadsvragen 2024-118', 'Een.', 'Twee.', 'Drie.']);
  });

  it('keeps a line that recurs on only a minority of pages', () => {
    const pages = ['Bijlage 1\nEen.', 'Twee.', 'Drie.', 'Bijlage 2\nVier.', 'Vijf.', 'Zes.'];
    expect(normaliseLines(pages.join('\f')).filter(Boolean)).toEqual([
      'Bijlage 1',
      'Een.',
      'Twee.',
      'Drie.',
      'Bijlage 2',
      'Vier.',
      'Vijf.',
      'Zes.',
    ]);
  });
});
