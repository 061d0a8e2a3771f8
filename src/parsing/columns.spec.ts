import { parseQuestionSetText } from './index';
import { findDocumentReferences } from './documents';
import { findMunicipality, municipalityInTitles } from './header';
import { normaliseLines } from './normalise';
import { readRecords } from './delimited';
import {
  expectAnswers,
  expectAnswerTexts,
  expectNumberedQuestions,
  expectQuestions,
  parseAsOf,
} from '../../test/support/parsing/spec-helpers';

/** Columns laid out with spaces (src/parsing/columns.ts), each rule on a small invented text. */
describe('columns laid out with spaces', () => {
  const pad = (left: string, right: string, at = 40): string => `${left.padEnd(at)}${right}`.trimEnd();
  it('reads a borderless table whose number column is underlined with two dashes (`--` under `No`) (fix-66a)', () => {
    const set = parseAsOf('2026-05-01', [
      'Kenmerk: RV-2026-08',
      '',
      'No  Vraag                          Antwoord',
      '--  -----------------------------  ------------------------------',
      '1   Hoe vaak is de sporthal in     In april werd de hal op twaalf',
      '    april verhuurd?                avonden verhuurd.',
      '',
      '2   Komt er een nieuwe vloer?      Wij leggen de vloer uiterlijk',
      '                                   in augustus 2026.',
    ]);
    expectNumberedQuestions(set, [
      ['1', 'Hoe vaak is de sporthal in april verhuurd?'],
      ['2', 'Komt er een nieuwe vloer?'],
    ]);
    expectAnswers(set, [
      [['1'], 'In april werd de hal op twaalf avonden verhuurd.'],
      [['2'], 'Wij leggen de vloer uiterlijk in augustus 2026.'],
    ]);
  });

  it('reads a space-aligned table under a per-column rule whose other rows are typed with tabs (tab stop 8) (fix-q)', () => {
    const set = parseAsOf('2026-03-01', [
      'Onderwerp: Bankjes',
      '',
      'Nr.     Vraag                           Antwoord',
      '------  ------------------------------  ------------------------------',
      '1       Hoeveel bankjes staan er in     Er staan twaalf bankjes in',
      '        het park?                       het park.',
      '',
      '2\tWorden de bankjes dit jaar\tNee, dat doen wij in juni 2026.',
      '\tgeverfd?\t\t\tDe verf is besteld.',
      '',
      '------  ------------------------------  ------------------------------',
    ]);
    expectNumberedQuestions(set, [
      ['1', 'Hoeveel bankjes staan er in het park?'],
      ['2', 'Worden de bankjes dit jaar geverfd?'],
    ]);
    expectAnswers(set, [
      [['1'], 'Er staan twaalf bankjes in het park.'],
      [['2'], 'Nee, dat doen wij in juni 2026. De verf is besteld.'],
    ]);
  });

  it('reads a question/answer table side by side, each cell top to bottom', () => {
    const set = parseAsOf('2024-11-05', [
      'Onderwerp: Bankjes',
      '',
      pad('Vraag', 'Antwoord'),
      '',
      pad('1. Hoeveel bankjes staan er in', 'Er staan twaalf bankjes in'),
      pad('   het park?', 'het park. Wij plaatsen er in'),
      pad('', 'juni 2025 nog drie bij.'),
      '',
      pad('2. Worden ze geverfd?', 'Nee.'),
    ]);
    expectNumberedQuestions(set, [
      ['1', 'Hoeveel bankjes staan er in het park?'],
      ['2', 'Worden ze geverfd?'],
    ]);
    expectAnswers(set, [
      [['1'], 'Er staan twaalf bankjes in het park. Wij plaatsen er in juni 2025 nog drie bij.'],
      [['2'], 'Nee.'],
    ]);
  });

  it('reads a number column set off by two spaces in the header row (`Nr  Vraag`) as its own column (fix-56b)', () => {
    const set = parseAsOf('2025-04-10', [
      'Onderwerp: Speeltuin Oosterweg',
      '',
      pad(' Nr  Vraag', 'Antwoord', 38),
      pad(' 1   Wanneer wordt de speeltuin', 'In mei 2025. De toestellen', 38),
      pad('     aan de Oosterweg vernieuwd?', 'zijn al besteld.', 38),
      '',
      pad(' 2   Wie betaalt de nieuwe', 'De gemeente betaalt het', 38),
      pad('     toestellen?', 'grootste deel.', 38),
    ]);
    expectNumberedQuestions(set, [
      ['1', 'Wanneer wordt de speeltuin aan de Oosterweg vernieuwd?'],
      ['2', 'Wie betaalt de nieuwe toestellen?'],
    ]);
    expectAnswers(set, [
      [['1'], 'In mei 2025. De toestellen zijn al besteld.'],
      [['2'], 'De gemeente betaalt het grootste deel.'],
    ]);
  });

  it('reads numbered questions beside their answers as a table when the header row is missing', () => {
    const set = parseAsOf('2024-11-05', [
      'Onderwerp: Bankjes',
      '',
      pad('1. Hoeveel bankjes staan er in', 'Er staan twaalf bankjes in'),
      pad('   het park?', 'het park.'),
      '',
      pad('2. Worden ze geverfd?', 'Nee, dat is niet nodig.'),
    ]);
    expectQuestions(set, ['Hoeveel bankjes staan er in het park?', 'Worden ze geverfd?']);
    expectAnswers(set, [
      [['1'], 'Er staan twaalf bankjes in het park.'],
      [['2'], 'Nee, dat is niet nodig.'],
    ]);
  });

  it('reads a column heading naming who answers (`Vragen` / `Antwoorden van het college`) as the header row', () => {
    const set = parseAsOf('2024-11-05', [
      'Onderwerp: Fietsenstalling',
      '',
      pad('Vragen raadslid', 'Antwoord van de burgemeester'),
      '',
      pad('1. Hoeveel plekken heeft de', 'De stalling heeft 300 plekken.'),
      pad('   stalling?', ''),
      '',
      pad('2. Is er toezicht?', 'Ja, op werkdagen.'),
    ]);
    expectNumberedQuestions(set, [
      ['1', 'Hoeveel plekken heeft de stalling?'],
      ['2', 'Is er toezicht?'],
    ]);
    expectAnswers(set, [
      [['1'], 'De stalling heeft 300 plekken.'],
      [['2'], 'Ja, op werkdagen.'],
    ]);
    expect(set.warnings).toEqual([]);
  });

  it('reads a letter’s margin column before its text, and labels above values as fields', () => {
    const lines = normaliseLines(
      [
        pad('Datum', 'Ons kenmerk', 20),
        pad('3 maart 2025', 'Z-1', 20),
        '',
        pad('Geachte heer Jansen,', 'Bijlagen', 50),
        pad('', 'geen', 50),
        pad('Op 1 februari 2025 heeft u vragen', 'Verzonden', 50),
        pad('gesteld over de brug. Hieronder', '4 maart 2025', 50),
        'leest u de antwoorden.',
        '',
        'Vraag 1',
      ].join('\n'),
    );
    expect(lines).toEqual([
      'Datum: 3 maart 2025',
      'Ons kenmerk: Z-1',
      '',
      'Bijlagen',
      'geen',
      'Verzonden',
      '4 maart 2025',
      '',
      'Geachte heer Jansen,',
      'Op 1 februari 2025 heeft u vragen',
      'gesteld over de brug. Hieronder',
      'leest u de antwoorden.',
      '',
      'Vraag 1',
    ]);
  });

  it('never splits prose, a hanging indent or labels padded to a column', () => {
    const text = [
      'Wij hebben   de vragen ontvangen en beantwoorden ze hieronder in',
      'volgorde. Ook   de bijlage is meegestuurd.',
      '',
      '1.   Hoeveel bomen staan er in het park van de',
      '     binnenstad?',
      '2.   Wanneer worden ze gesnoeid?',
      '',
      'Ons kenmerk        Z-2025-1',
      'Onderwerp          Bomen in de binnenstad',
    ];
    expect(normaliseLines(text.join('\n'))).toEqual(text.map((line) => line.replace(/^ +/, '')));
  });
});

describe('tab tables', () => {
  it('reads a Word table saved as text: a numbered line of its own starts a row, each line a paragraph', () => {
    const set = parseAsOf('2024-11-05', [
      'Vraag\tAntwoord',
      '1. Hoeveel bankjes staan er?\tTwaalf.',
      '2. Vorige week brak er een bankje.',
      'Wordt het gerepareerd?\tJa, in juni 2025.',
      'De aannemer is al besteld.',
      '',
      'Burgemeester en wethouders van Voorbeeld,',
    ]);
    expectQuestions(set, ['Hoeveel bankjes staan er?', 'Vorige week brak er een bankje.\n\nWordt het gerepareerd?']);
    expectAnswerTexts(set, ['Twaalf.', 'Ja, in juni 2025.\n\nDe aannemer is al besteld.']);
  });

  it('reads an answer cell merged over two rows as the answer to both questions', () => {
    const set = parseAsOf('2024-11-05', [
      'Nr\tVraag\tAntwoord',
      '1\tHoeveel bankjes staan er?\tTwaalf.',
      '2\tWanneer komen er meer?\tWij plaatsen er in',
      '3\tWaar komen ze?\tjuni 2025 drie bij de vijver.',
    ]);
    expectAnswers(set, [
      [['1'], 'Twaalf.'],
      [['2', '3'], 'Wij plaatsen er in juni 2025 drie bij de vijver.'],
    ]);
  });

  it('goes on in the cell line above for a row placed by its empty leading cells, even with each line a paragraph', () => {
    const set = parseAsOf('2024-11-05', [
      'Nr.\tVraag\tAntwoord',
      '1\tZijn de fietsenrekken bij het station vol?\tJa. Op werkdagen staan er ruim 400 fietsen.',
      '\t\tWij breiden de stalling in maart 2025 uit.',
      'Dat doen wij samen met ProRail.',
      '2\tKomt er een bewaakte stalling?\tNee.',
    ]);
    expectAnswerTexts(set, [
      'Ja. Op werkdagen staan er ruim 400 fietsen. Wij breiden de stalling in maart 2025 uit.\n\nDat doen wij samen met ProRail.',
      'Nee.',
    ]);
  });
});

describe('spreadsheet exports (src/parsing/delimited.ts)', () => {
  it('reads RFC 4180 cells: quotes, doubled quotes, line breaks and separators inside a quoted cell', () => {
    expect(readRecords('a;"b ""c"" d";e\n"x;y";"regel 1\n\nregel 2"\n', ';')).toEqual([
      ['a', 'b "c" d', 'e'],
      ['x;y', 'regel 1\n\nregel 2'],
      [''],
    ]);
  });

  it('reads a quote that does not close its cell as printed', () => {
    expect(readRecords('1;"Nota" is oud;ja', ';')).toEqual([['1', '"Nota" is oud', 'ja']]);
    // A tab export quotes only a cell that needs it: one without a line break, quote or tab is text in quotes.
    expect(readRecords('1\t"Nota Bomen"\tja', '\t')).toEqual([['1', '"Nota Bomen"', 'ja']]);
  });

  it('reads an Excel semicolon export with CRLF rows, padding cells and a quoted multi-paragraph answer', () => {
    const set = parseQuestionSetText(
      [
        'Gemeente Voorbeeld;;',
        'Onderwerp;Openbare toiletten in het centrum;',
        'Datum beantwoording;12-11-2024;',
        ';;',
        'Nr;Vraag;Antwoord',
        '1;Hoeveel openbare toiletten zijn er?;Drie.',
        '2;"Wil het college de ""Toiletkaart"" bijwerken?";"Ja.\n\nWij doen dat in maart 2025."',
        '3;Zijn ze rolstoeltoegankelijk?;Twee van de drie.',
      ].join('\r\n'),
      { reference: '2024-11-05' },
    );
    expect(set.subject).toBe('Openbare toiletten in het centrum');
    expect(set.answeredOn).toBe('2024-11-12');
    expectQuestions(set, [
      'Hoeveel openbare toiletten zijn er?',
      'Wil het college de "Toiletkaart" bijwerken?',
      'Zijn ze rolstoeltoegankelijk?',
    ]);
    expectAnswerTexts(set, ['Drie.', 'Ja.\n\nWij doen dat in maart 2025.', 'Twee van de drie.']);
  });

  it('reads a line break after a sentence inside a cell as a paragraph break, one inside a sentence as a wrap', () => {
    const set = parseQuestionSetText(
      [
        'Onderwerp;Speeltuin Zuiderpark;',
        'Datum antwoord;3-12-2024;',
        'Toelichting;"Het klimrek in de speeltuin is al maanden afgezet.\nOuders vragen zich af wanneer het weer open gaat.";',
        ';;',
        'Nr;Vraag;Antwoord',
        '1;Wanneer gaat het klimrek weer open?;"Het nieuwe klimrek wordt\nin februari 2025 geplaatst.\nDe speeltuin blijft tot dan open."',
      ].join('\r\n'),
      { reference: '2024-11-05' },
    );
    expect(set.explanation).toBe(
      'Het klimrek in de speeltuin is al maanden afgezet.\n\nOuders vragen zich af wanneer het weer open gaat.',
    );
    expectAnswerTexts(set, [
      'Het nieuwe klimrek wordt in februari 2025 geplaatst.\n\nDe speeltuin blijft tot dan open.',
    ]);
  });

  it('reads a comma CSV from a RIS, `sep=,` line first, one row per question with the set’s facts repeated (fix-57c)', () => {
    const set = parseQuestionSetText(
      [
        'sep=,',
        'Kenmerk,Onderwerp,Fractie,Indiener(s),Datum ingekomen,Datum afgedaan,Nr,Vraag,Antwoord',
        'RV-25-08,Zwerfafval in het Mauritspark,CDA,J. Bosman; E. Kaya,03-02-2025,24-02-2025,1,"Hoeveel meldingen kwamen er in 2024 binnen, en waarover?","Negentig.\nDe meeste over volle afvalbakken."',
        'RV-25-08,Zwerfafval in het Mauritspark,CDA,J. Bosman; E. Kaya,03-02-2025,24-02-2025,2,Komen er meer afvalbakken?,"Ja, bij de ""Grote Vijver"" komen er in april 2025 vier bij."',
        '"Export RIS griffie Leekerland, 25-02-2025 08:30, 2 rijen"',
      ].join('\r\n'),
      { reference: '2025-02-25' },
    );
    expect([set.reference, set.subject, set.party, set.submitters, set.receivedOn, set.answeredOn]).toEqual([
      'RV-25-08',
      'Zwerfafval in het Mauritspark',
      'CDA',
      ['J. Bosman', 'E. Kaya'],
      '2025-02-03',
      '2025-02-24',
    ]);
    expectNumberedQuestions(set, [
      ['1', 'Hoeveel meldingen kwamen er in 2024 binnen, en waarover?'],
      ['2', 'Komen er meer afvalbakken?'],
    ]);
    expectAnswerTexts(set, [
      'Negentig.\n\nDe meeste over volle afvalbakken.',
      'Ja, bij de "Grote Vijver" komen er in april 2025 vier bij.',
    ]);
  });

  it('reads a comma CSV whose fact cells hold two askers one a line and an explanation in paragraphs, `_x000D_` and an empty answer cell (fix-59b)', () => {
    const set = parseQuestionSetText(
      [
        'Kenmerk,Onderwerp,Fractie,Indiener(s),Toelichting,Nr,Vraag,Antwoord,Datum beantwoording',
        'RV-25-12,Bladkorven in de Vogelwijk,PvdA,"E. Kaya\nT. van den Berg","Elk najaar ligt er veel blad op de stoepen.\n\n' +
          'Bewoners vragen om meer bladkorven. Wij stellen daarom de volgende vragen.",1,Komen er meer bladkorven?,' +
          '"Ja, wij plaatsen er tien._x000D_\nZe staan er tot december.",12-11-2025',
        'RV-25-12,Bladkorven in de Vogelwijk,PvdA,"E. Kaya\nT. van den Berg",,2,Wie leegt ze?,,',
      ].join('\r\n'),
      { reference: '2025-11-20' },
    );
    expect(set.submitters).toEqual(['E. Kaya', 'T. van den Berg']);
    expect(set.explanation).toBe(
      'Elk najaar ligt er veel blad op de stoepen.\n\nBewoners vragen om meer bladkorven. Wij stellen daarom de volgende vragen.',
    );
    expectAnswers(set, [[['1'], 'Ja, wij plaatsen er tien.\n\nZe staan er tot december.']]);
    expect(set.warnings).toHaveLength(1);
  });

  it('reads the municipality from a policy titled `Gemeentelijk <plan> <name> <years>` (fix-59b)', () => {
    expect(municipalityInTitles(['Gemeentelijk Rioleringsplan Zeist 2023-2027'])).toBe('Zeist');
  });

  it('never reads prose with commas as a comma export, also not a line naming `vraag` and `antwoord`', () => {
    const lines = normaliseLines(
      'Vraag, antwoord, en toelichting staan hieronder.\nDe wethouder, mevrouw Kaya, antwoordt.',
    );
    expect(lines).toEqual([
      'Vraag, antwoord, en toelichting staan hieronder.',
      'De wethouder, mevrouw Kaya, antwoordt.',
    ]);
  });

  it('reads a quoted multi-paragraph cell in a tab export as one cell', () => {
    const set = parseAsOf('2024-11-05', [
      'Onderwerp:\tGladheidsbestrijding',
      '',
      'Nr\tVraag\tAntwoord',
      '1\tWelke fietspaden worden gestrooid?\t"De hoofdfietsroutes.',
      '',
      'Wij voegen in december 2024 de schoolroutes toe."',
      '2\tWie strooit er?\tDe buitendienst.',
    ]);
    expectAnswerTexts(set, [
      'De hoofdfietsroutes.\n\nWij voegen in december 2024 de schoolroutes toe.',
      'De buitendienst.',
    ]);
  });
});

describe('a spreadsheet export with one row per part of the text (held-out-67 cause, fix-67a)', () => {
  it('reads a `Type` column naming each row’s part, its number column and its text column, facts repeated on every row', () => {
    const set = parseQuestionSetText(
      [
        'Overzicht raadsvragen Oisterwijk;;;;;;',
        'Zaaknummer;Titel;Partij;Raadslid;Ingediend;Afgehandeld;Nummer;Type;Inhoud',
        'OW-25-031;Verlichting fietspad Moergestel;PvdA;H. Smulders;10-3-2025;2-4-2025;;Aanleiding;"Het fietspad langs het kanaal is sinds januari donker.',
        '',
        'Scholieren voelen zich er onveilig."',
        'OW-25-031;Verlichting fietspad Moergestel;PvdA;H. Smulders;10-3-2025;2-4-2025;1;Vraag;Waarom is de verlichting uit?',
        'OW-25-031;Verlichting fietspad Moergestel;PvdA;H. Smulders;10-3-2025;2-4-2025;2a;Vraag;Wanneer gaat zij weer aan?',
        'OW-25-031;Verlichting fietspad Moergestel;PvdA;H. Smulders;10-3-2025;2-4-2025;2b;Vraag;Wie betaalt het herstel?',
        'OW-25-031;Verlichting fietspad Moergestel;PvdA;H. Smulders;10-3-2025;2-4-2025;1;Antwoord;Een kabel is kapot.',
        'OW-25-031;Verlichting fietspad Moergestel;PvdA;H. Smulders;10-3-2025;2-4-2025;2a en 2b;Antwoord;"Wij herstellen de kabel uiterlijk 1 mei 2025, op onze kosten; de ""nieuwe"" lampen zijn zuiniger."',
        ';;;;;;;;',
      ].join('\r\n'),
      { reference: '2025-04-02' },
    );
    expect([set.reference, set.subject, set.party, set.submitters, set.receivedOn, set.answeredOn]).toEqual([
      'OW-25-031',
      'Verlichting fietspad Moergestel',
      'PvdA',
      ['H. Smulders'],
      '2025-03-10',
      '2025-04-02',
    ]);
    expect(set.explanation).toBe(
      'Het fietspad langs het kanaal is sinds januari donker.\n\nScholieren voelen zich er onveilig.',
    );
    expectNumberedQuestions(set, [
      ['1', 'Waarom is de verlichting uit?'],
      ['2a', 'Wanneer gaat zij weer aan?'],
      ['2b', 'Wie betaalt het herstel?'],
    ]);
    expectAnswers(set, [
      [['1'], 'Een kabel is kapot.'],
      [['2a', '2b'], 'Wij herstellen de kabel uiterlijk 1 mei 2025, op onze kosten; de "nieuwe" lampen zijn zuiniger.'],
    ]);
  });

  it('leaves a table whose one-word column names no question as it is', () => {
    const lines = normaliseLines(
      ['Wijk;Status;Toelichting', 'Noord;Open;Tot 22 uur', 'Zuid;Dicht;In verbouwing'].join('\n'),
    );
    expect(lines.filter((line) => line !== '')).toEqual([
      'Wijk;Status;Toelichting',
      'Noord;Open;Tot 22 uur',
      'Zuid;Dicht;In verbouwing',
    ]);
  });
});

describe('what a PDF page adds around columns', () => {
  it('drops a later page’s running header ending in its page number, and joins a name printed whole elsewhere', () => {
    const lines = normaliseLines(
      [
        'Aan de fractie van de ChristenUnie',
        'Namens de Christen-',
        'Unie vragen wij of de afspraken',
        '\fZ-2025-1                              2/2',
        'gelden.',
        'Noord-',
        'Holland blijft.',
      ].join('\n'),
    );
    expect(lines).toEqual([
      'Aan de fractie van de ChristenUnie',
      'Namens de ChristenUnie',
      'vragen wij of de afspraken',
      'gelden.',
      'Noord-Holland',
      'blijft.',
    ]);
  });
});

describe('header fields beside columns', () => {
  it('reads a letterhead name up to the column gap and never over a line break', () => {
    expect(findMunicipality('Gemeente Voorbeeld                    Raadsvragen\nOnderwerp: x')).toBe('Voorbeeld');
    expect(findMunicipality('GEMEENTE VOORBEELD\nGEMEENTE VOORBEELD\n\nBurgemeester en wethouders')).toBe('Voorbeeld');
  });

  it('reads `Vragen van: de fracties van A en B` as the parties, the named councillors as submitters', () => {
    const set = parseAsOf('2024-11-05', [
      'Vragen van:   de fracties van CDA en VVD',
      'Indieners:    A. Jansen (CDA) en B. de Vries (VVD)',
      '',
      'Vraag 1: Klopt dit?',
      'Antwoord 1: Ja.',
    ]);
    expect([set.party, set.submitters]).toEqual(['CDA en VVD', ['A. Jansen', 'B. de Vries']]);
  });
});

describe('documents named in text read from columns', () => {
  it('reads a policy note named by lower-case words and a year, an agreement, and a name wrapped before its year', () => {
    const titles = (text: string): Array<[string, string | null]> =>
      findDocumentReferences(text).map((d) => [d.kind, d.title]);
    expect(titles('Wij evalueren de Beleidsnota parkeren binnenstad Voorbeeld 2021 dit jaar.')).toEqual([
      ['policy', 'Beleidsnota parkeren binnenstad Voorbeeld 2021'],
    ]);
    expect(titles('Dat staat in de Beheerovereenkomst Stadspark 2020-2025.')).toEqual([
      ['other', 'Beheerovereenkomst Stadspark 2020-2025'],
    ]);
    expect(titles('Het staat in de Nota Groen\nVoorbeeld 2022-2030. Meer niet.')).toEqual([
      ['policy', 'Nota Groen Voorbeeld 2022-2030'],
    ]);
  });

  it('reads a field list whole, also when its last rows hold an unknown label (not a column from there on)', () => {
    const pad = (left: string, right: string): string => `${left.padEnd(24)}${right}`;
    const set = parseAsOf('2025-03-20', [
      pad('Kenmerk', 'SV 25-101'),
      pad('Datum vragen', '4 februari 2025'),
      pad('Datum antwoord', '3 maart 2025'),
      pad('Indiener', 'P. Smit'),
      pad('Wethouder', 'J. de Boer'),
      pad('Contact ambtenaar', 'L. Kok'),
      pad('Betreft', 'Bankjes in het Westpark'),
      '',
      'Vraag 1',
      'Komen er nieuwe bankjes?',
      '',
      'Antwoord 1',
      'Ja, vier.',
    ]);
    expect(set.subject).toBe('Bankjes in het Westpark');
    expect(set.portfolioHolder).toBe('J. de Boer');
  });
  it('reads a long reference block whole, also with two labels in it the reader does not know', () => {
    const pad = (left: string, right: string): string => `${left.padEnd(22)}${right}`;
    const set = parseAsOf('2025-04-01', [
      'Aan de fractie van Stadsbelang',
      '',
      pad('Registratienummer', 'RB-2025-0042'),
      pad('Zaaknummer', 'Z-25-7781'),
      pad('Ons kenmerk', 'OB/25/120'),
      pad('Uw kenmerk', 'SB-25-03'),
      pad('Archiefnummer', 'A25.0031'),
      pad('Behandeld door', 'de heer T. Mol'),
      pad('Faxnummer', '010 555 0000'),
      pad('Portefeuillehouder', 'wethouder E. Groen'),
      pad('Bijlage(n)', '2'),
      pad('Datum', '12 maart 2025'),
      pad('Onderwerp', 'Beantwoording vragen over de markt'),
      '',
      'Vraag 1',
      'Verhuist de markt?',
      '',
      'Antwoord 1',
      'Nee.',
    ]);
    expect(set.reference).toBe('RB-2025-0042');
    expect(set.subject).toBe('Beantwoording vragen over de markt');
    expect(set.portfolioHolder).toBe('E. Groen');
    expect(set.answeredOn).toBe('2025-03-12');
  });
  it('reads a small table of figures in an answer row by row, each row a paragraph', () => {
    const set = parseAsOf('2024-11-05', [
      'Onderwerp: Zwembad',
      '',
      '1. Hoeveel bezoekers had het zwembad?',
      '',
      'Antwoord:',
      'Het bezoek nam toe:',
      '',
      '  Seizoen        Bezoekers   Abonnementen',
      '  2022           41.200      310',
      '  2023           44.950      355',
      '',
      'Het bad blijft open.',
    ]);
    expect(set.answers[0].text).toBe(
      'Het bezoek nam toe:\n\nSeizoen Bezoekers Abonnementen\n\n2022 41.200 310\n\n2023 44.950 355\n\nHet bad blijft open.',
    );
  });
  it('reads a label-column form: labels at the margin, values beside them wrapped to their column, rules between', () => {
    const row = (label: string, value: string): string => `${label.padEnd(18)}${value}`;
    const set = parseAsOf('2025-03-01', [
      'GEMEENTE LINDEWOUD              SCHRIFTELIJKE VRAGEN',
      '',
      row('Onderwerp', 'Bankjes in het park'),
      '',
      '------------------------------------------------------------',
      row('Aanleiding', 'Bewoners missen bankjes langs de vijver. Ouderen'),
      row('', 'kunnen daar nergens uitrusten.'),
      '------------------------------------------------------------',
      row('Vraag 1', 'Hoeveel bankjes staan er nu langs de'),
      row('', 'vijver?'),
      row('Antwoord', 'Er staan er vier. Wij plaatsen er in juni 2025'),
      row('', 'nog twee bij.'),
      '------------------------------------------------------------',
      row('Vraag 2', 'Worden ze geverfd?'),
      row('Antwoord', 'Nee.'),
    ]);
    expect(set.municipality).toBe('Lindewoud');
    expect(set.explanation).toBe('Bewoners missen bankjes langs de vijver. Ouderen kunnen daar nergens uitrusten.');
    expectNumberedQuestions(set, [
      ['1', 'Hoeveel bankjes staan er nu langs de vijver?'],
      ['2', 'Worden ze geverfd?'],
    ]);
    expectAnswers(set, [
      [['1'], 'Er staan er vier. Wij plaatsen er in juni 2025 nog twee bij.'],
      [['2'], 'Nee.'],
    ]);
  });
});

describe('a field list set to the right (fix-41)', () => {
  it('reads a subject wrapped in the value column of an indented field list as one value', () => {
    const at = ' '.repeat(40);
    const set = parseAsOf('2026-03-01', [
      `${at}Ons kenmerk:   HV/2026/0112`,
      `${at}Datum:         2 maart 2026`,
      `${at}Betreft:       Vragen over bankjes`,
      `${at}               Lindepark`,
      '',
      'Vraag 1',
      'Komen er meer bankjes?',
      '',
      'Antwoord',
      'Ja.',
    ]);
    expect(set.subject).toBe('Vragen over bankjes Lindepark');
  });

  it('reads a subject wrapped under itself in a reference block beside the address as one value (fix-49a)', () => {
    const row = (left: string, right: string): string => `  ${left.padEnd(50)}${right}`.trimEnd();
    const set = parseAsOf('2026-03-01', [
      row('', 'Gemeente Brakelveen'),
      row('', 'Postbus 12'),
      '',
      row('Aan de gemeenteraad van Brakelveen', 'Datum         4 februari 2026'),
      row('Postbus 12', 'Ons kenmerk   BV-26-0415'),
      row('', 'Onderwerp     Vragen VVD Brakelveen'),
      row('', '              speeltuin Esdoornlaan'),
      '',
      'Geachte leden van de raad,',
      '',
      '1.   Wordt de speeltuin dit voorjaar opgeknapt?',
      '',
      '     Antwoord: Ja, in april 2026.',
    ]);
    expect(set.subject).toBe('Vragen VVD Brakelveen speeltuin Esdoornlaan');
    expect(set.reference).toBe('BV-26-0415');
    expectNumberedQuestions(set, [['1', 'Wordt de speeltuin dit voorjaar opgeknapt?']]);
  });

  it('reads a field list with its colons after the padding, a subject wrapped under its value (fix-49a)', () => {
    const set = parseAsOf('2026-03-01', [
      'Aan de gemeenteraad van Haverdam',
      '',
      'Uw kenmerk     : D66/26-02',
      'Ons kenmerk    : 26.0188',
      'Behandeld door : K. Smit',
      'Onderwerp      : antwoord vragen D66 lantaarnpalen',
      '                 Molenpad en Kerkpad',
      '',
      'Vraag 1',
      'Komt er verlichting?',
      '',
      'Antwoord',
      'Ja, in mei 2026.',
    ]);
    expect(set.subject).toBe('antwoord vragen D66 lantaarnpalen Molenpad en Kerkpad');
    expect(set.reference).toBe('26.0188');
  });
});

describe('a reference block set to the right beside the address and the first paragraph (held-out-56 cause, fix-56a)', () => {
  it('reads the page margin as no column and the subject wrapped beside the paragraph as one value', () => {
    const row = (left: string, right: string): string => `   ${left.padEnd(56)}${right}`.trimEnd();
    const set = parseAsOf('2025-04-01', [
      row('Fractie D66 Voorbeeld', 'Postbus 30'),
      row('t.a.v. de heer P. Smits', '1234 AB Voorbeeld'),
      row('Kerkplein 1', ''),
      row('', 'Ons kenmerk    2025-001177'),
      row('Geachte heer Smits,', 'Datum          4 maart 2025'),
      row('', 'Uw kenmerk     D66-25-02'),
      row('Op 3 februari 2025 heeft u namens uw fractie', 'Onderwerp      Beantwoording'),
      row('vragen gesteld over de verlichting van het', '               vragen over verlichting'),
      row('fietspad langs de vaart. Hieronder treft u', '               fietspad Vaartweg'),
      row('onze antwoorden aan.', ''),
      '',
      '   1.   Komt er verlichting langs het fietspad?',
      '',
      '        Antwoord:',
      '        Ja, in het najaar van 2025.',
    ]);
    expect(set.subject).toBe('Beantwoording vragen over verlichting fietspad Vaartweg');
    expect(set.reference).toBe('2025-001177');
    expect(set.answeredOn).toBe('2025-03-04');
    expect(set.submitters).toEqual(['P. Smits']);
    expect(set.introduction).toBe(
      'Op 3 februari 2025 heeft u namens uw fractie vragen gesteld over de verlichting van het fietspad langs de vaart. Hieronder treft u onze antwoorden aan.',
    );
    expectNumberedQuestions(set, [['1', 'Komt er verlichting langs het fietspad?']]);
  });
});

describe('a row of signatures side by side (held-out-57 cause, fix-57b)', () => {
  it('reads the left signature first when its double surname is written with a dash between spaces (`A. van Dijk – Mol`)', () => {
    const set = parseAsOf('2026-03-01', [
      'Fractie Haverdam Vooruit',
      '',
      'Geacht college,',
      '',
      '1.  Hoeveel bankjes zijn kapot?',
      '',
      'Met vriendelijke groet,',
      '',
      'A. van Dijk – Mol                    P. Hoekstra',
      'fractievoorzitter                    raadslid',
    ]);
    expect(set.submitters).toEqual(['A. van Dijk-Mol', 'P. Hoekstra']);
  });
});

describe('conversions of held-out-59 (fix-59a)', () => {
  const row = (left: string, right: string): string => `   ${left.padEnd(47)}${right}`.trimEnd();
  const rule = `   ${'-'.repeat(44)}  ${'-'.repeat(44)}`;

  it('reads a question/answer table under a rule drawn per column, run on over the page under its repeated header', () => {
    const set = parseAsOf('2025-05-01', [
      'Geachte heer Bos,',
      '',
      'Hieronder staan uw vragen links en onze antwoorden rechts.',
      '',
      row('Vraag', 'Antwoord college'),
      rule,
      row('1a. Hoeveel bankjes staan er in het', 'Er staan twaalf bankjes in het park. Vier'),
      row('Lindepark?', 'daarvan zijn kapot.'),
      '',
      row('1b. Wanneer worden ze ver-', 'Wij vervangen de kapotte bankjes in juni'),
      row('vangen?', '2025. Dat kost ongeveer € 2.000 per bankje ex-'),
      row('', 'tra. Het park blijft open. De leverancier'),
      '',
      '                                                            Pagina 1 van 2',
      '\f   Gemeente Haverdam                                      HAV/25/001',
      '',
      row('Vraag', 'Antwoord college'),
      rule,
      row('', 'maakt ze op maat.'),
      '',
      row('2. Komen er ook prullenbakken?', 'Ja, twee.'),
    ]);
    expectAnswers(set, [
      [['1a'], 'Er staan twaalf bankjes in het park. Vier daarvan zijn kapot.'],
      [
        ['1b'],
        'Wij vervangen de kapotte bankjes in juni 2025. Dat kost ongeveer € 2.000 per bankje extra. Het park blijft open. De leverancier maakt ze op maat.',
      ],
      [['2'], 'Ja, twee.'],
    ]);
    expectNumberedQuestions(set, [
      ['1a', 'Hoeveel bankjes staan er in het Lindepark?'],
      ['1b', 'Wanneer worden ze vervangen?'],
      ['2', 'Komen er ook prullenbakken?'],
    ]);
  });

  it('reads a reference block of labels and values beside the salutation, the first paragraph running on under it', () => {
    const side = (left: string, label: string, value: string): string =>
      `   ${left.padEnd(66)}${label.padEnd(16)}${value}`.trimEnd();
    const set = parseAsOf('2025-05-01', [
      side('Aan de gemeenteraad van Haverdam', '', ''),
      side('Postbus 7', 'Zaaknummer', 'Z2025-000412'),
      side('1234 AB  Haverdam', 'Ons kenmerk', 'UIT-2025-0071'),
      side('', 'Datum', '14 april 2025'),
      side('Geachte leden van de raad,', 'Onderwerp', 'Beantwoording'),
      side('Op  2  maart  2025  heeft  de  heer  A. Bos  van  de  fractie', '', 'vragen over bankjes'),
      side('Haverdam  Vooruit  vragen  gesteld  over  de', '', 'in het Lindepark'),
      '   bankjes in het Lindepark en bij de speeltuin aan de Esdoornlaan, die wij hieronder',
      '   beantwoorden.',
      '',
      '   Vraag 1',
      '   Hoeveel bankjes zijn kapot?',
      '',
      '   Antwoord',
      '   Vier.',
    ]);
    expect(set.reference).toBe('Z2025-000412');
    expect(set.subject).toBe('Beantwoording vragen over bankjes in het Lindepark');
    expect(set.answeredOn).toBe('2025-04-14');
    expect(set.introduction).toBe(
      'Op 2 maart 2025 heeft de heer A. Bos van de fractie Haverdam Vooruit vragen gesteld over de bankjes in het Lindepark en bij de speeltuin aan de Esdoornlaan, die wij hieronder beantwoorden.',
    );
    expectAnswers(set, [[['1'], 'Vier.']]);
  });
});

describe('conversions of held-out-62 (fix-62c)', () => {
  it('reads labels in the page margin beside the text, rows set apart by blank lines, the answer run on over the page', () => {
    const row = (label: string, value: string): string => `    ${label.padEnd(18)}${value}`.trimEnd();
    const set = parseAsOf('2025-05-01', [
      '                                                         Gemeente Lindewoud',
      '',
      row('Kenmerk', 'LW/25/0712'),
      row('Datum', '3 april 2025'),
      row('Onderwerp', 'Speeltuin Esdoornlaan'),
      '',
      row('Vraag 1', 'Wanneer gaat de speeltuin aan de Esdoornlaan weer'),
      row('', 'open?'),
      '',
      row('Antwoord', 'De speeltuin gaat in juni 2025 weer open. De nieuwe'),
      row('', 'glijbaan is dan geplaatst en de on-'),
      '',
      '    Lindewoud  ·  LW/25/0712                                       pagina 1 van 2',
      '\f',
      row('', 'dergrond is vervangen.'),
      '',
      row('Vraag 2', 'Komt er ook een bankje?'),
      '',
      row('Antwoord', 'Ja, twee.'),
      '',
      row('', 'Burgemeester en wethouders van Lindewoud,'),
    ]);
    expect(set.reference).toBe('LW/25/0712');
    expect(set.subject).toBe('Speeltuin Esdoornlaan');
    expectNumberedQuestions(set, [
      ['1', 'Wanneer gaat de speeltuin aan de Esdoornlaan weer open?'],
      ['2', 'Komt er ook een bankje?'],
    ]);
    expectAnswers(set, [
      [
        ['1'],
        'De speeltuin gaat in juni 2025 weer open. De nieuwe glijbaan is dan geplaatst en de ondergrond is vervangen.',
      ],
      [['2'], 'Ja, twee.'],
    ]);
  });
});
