import { detectCommitments, parseQuestionSetText } from './index';
import { warningGist } from './warning-gist';
import { findLegalBasis, findMunicipality, findParty, municipalityInTitles } from './header';
import { normaliseLines } from './normalise';
import { rewriteLayout } from './layout';
import { findDocumentReferences } from './documents';
import {
  expectAnswers,
  expectAnswerTexts,
  expectNumberedQuestions,
  expectQuestions,
  parseAsOf,
  parseLines,
} from '../../test/support/parsing/spec-helpers';

/** The general rules behind issue 19's layout fixtures, each on a small invented text. */
describe('layout rules', () => {
  it('reads a form with parts `RUBRIEK X - <title>`, field names by meaning and answers labelled `Bij vraag N:` (fix-q)', () => {
    const set = parseAsOf('2026-03-01', [
      'GEMEENTE HAVERDAM',
      'Formulier schriftelijke vragen (ex artikel 38 RvO)',
      '------------------------------------------------------------',
      '',
      'Inschrijvingsnr. griffie ...: 2026-SV-04',
      'Onderwerp vraag/vragen .....: Bankjes in het Lindepark',
      'Naam raadslid ..............: K. de Wit',
      'Namens fractie .............: Haverdam Vooruit',
      'Ontvangen griffie d.d. .....: 02-02-2026',
      'Doorgezonden aan college ...: 03-02-2026',
      'Afgedaan d.d. ..............: 27-02-2026',
      'Vakwethouder ...............: P. Smit',
      '',
      '------------------------------------------------------------',
      'RUBRIEK A  -  Korte aanleiding (in te vullen door vragensteller)',
      '------------------------------------------------------------',
      'Bewoners missen bankjes in het park.',
      '',
      '------------------------------------------------------------',
      'RUBRIEK B  -  Vraagstelling',
      '------------------------------------------------------------',
      '1. Komen er meer bankjes?',
      '',
      '2. Wanneer?',
      '',
      '------------------------------------------------------------',
      'RUBRIEK C  -  Reactie van het college',
      '------------------------------------------------------------',
      'Bij vraag 1 en 2:',
      'Ja. Wij plaatsen in mei 2026 vier bankjes. Komt er subsidie, dan plaatsen wij in 2026 nog twee bankjes.',
      '',
      '------------------------------------------------------------',
      'RUBRIEK D  -  Afhandeling (alleen voor griffie)',
      '------------------------------------------------------------',
      '[X] beantwoord binnen de termijn',
    ]);
    expect([set.reference, set.subject, set.party, set.portfolioHolder]).toEqual([
      '2026-SV-04',
      'Bankjes in het Lindepark',
      'Haverdam Vooruit',
      'P. Smit',
    ]);
    expect([set.receivedOn, set.answeredOn]).toEqual(['2026-02-02', '2026-02-27']);
    expect(set.explanation).toBe('Bewoners missen bankjes in het park.');
    expectQuestions(set, ['Komen er meer bankjes?', 'Wanneer?']);
    expectAnswers(set, [
      [
        ['1', '2'],
        'Ja. Wij plaatsen in mei 2026 vier bankjes. Komt er subsidie, dan plaatsen wij in 2026 nog twee bankjes.',
      ],
    ]);
    expect(set.commitments.map((c) => c.phrase)).toEqual(['in mei 2026']);
  });

  it('reads `Bij vraag 2 …` without a colon as a sentence, no answer label (fix-q)', () => {
    const set = parseAsOf('2026-03-01', [
      'Vraag 1',
      'Komen er bankjes?',
      '',
      'Antwoord 1',
      'Ja.',
      'Bij vraag 2 van vorig jaar gaven wij dit ook aan.',
    ]);
    expectAnswerTexts(set, ['Ja. Bij vraag 2 van vorig jaar gaven wij dit ook aan.']);
  });

  it('reads the answers as one section of a letter on several subjects, the other sections in neither introduction nor answer (fix-q)', () => {
    const set = parseAsOf('2026-03-03', [
      'RAADSINFORMATIEBRIEF',
      '',
      'Datum:      3 maart 2026',
      'Onderwerp:  Stand van zaken buitenruimte',
      '',
      'Geachte leden van de raad,',
      '',
      'In deze brief informeren wij u over de bomenkap, de vragen van D66 en het maaibeleid.',
      '',
      'Bomenkap Stationsweg',
      '',
      'De kap van de zieke essen is klaar. Wij planten in april 2026 twintig nieuwe bomen terug.',
      '',
      'Beantwoording schriftelijke vragen D66 over bankjes',
      '',
      'Op 2 februari 2026 stelde mevrouw K. de Wit namens D66 vragen over de bankjes.',
      '',
      'Vraag 1',
      'Komen er meer bankjes?',
      '',
      'Antwoord',
      'Ja. Wij plaatsen in mei 2026 vier bankjes in het Lindepark.',
      '',
      'Maaibeleid',
      '',
      'Het maaibeleid blijft ongewijzigd. Wij maaien vanaf juni 2026 de bermen twee keer per jaar.',
      '',
      'Met vriendelijke groet,',
      '',
      'Burgemeester en wethouders van Haverdam',
    ]);
    expect(set.introduction).toBe('Op 2 februari 2026 stelde mevrouw K. de Wit namens D66 vragen over de bankjes.');
    expectAnswerTexts(set, ['Ja. Wij plaatsen in mei 2026 vier bankjes in het Lindepark.']);
    expect(set.commitments.map((c) => c.phrase)).toEqual(['in mei 2026']);
  });

  it('takes no simple past next to `wij` for a promise (`Bij de schouw in 2026 troffen wij …`, `stelden wij`) (fix-q)', () => {
    const found = detectCommitments(
      [
        'Bij de schouw in 2026 troffen wij drie kapotte lantaarnpalen aan.',
        'In mei 2026 stelden wij een nieuw lichtplan op.',
        'Wij stellen in september 2026 een onderhoudsplan op.',
      ].join(' '),
      '2026-06-10',
      ['1'],
    );
    expect(found.map((c) => c.phrase)).toEqual(['in september 2026']);
  });

  it("drops an OCR'd scan's specks, a received stamp and a page number `- l -`, and finds the addressee under a short last line (fix-q)", () => {
    const text = [
      'GEMEENTE HAVERDAM',
      '',
      '                         GEMEENTE HAVERDAM',
      '                         ONTVANGEN',
      '                         12 MRT. 2026',
      '',
      'Aan de fractie van D66',
      't.a.v. mevrouw K. de Wit',
      'Kerkweg 4',
      '',
      'Datum: 10 maart 2026',
      'Onderwerp: vragen over de bankjes',
      '',
      'Geachte mevrouw De Wit,',
      '',
      'Op 2 februari 2026 stelde u namens de D66-fractie vragen over de bankjes in het Lindepark. Wij beantwoorden',
      'ze hieronder.',
      '|',
      'Vraag 1',
      'Komen er meer bankjes?',
      '',
      'Antwoord 1',
      'Ja, er komen er vier bij.',
      '~',
      '                - l -',
      "' .",
      'Vraag 2',
      'Wanneer?',
      '',
      'Antwoord 2',
      'In het voorjaar.',
      ',',
    ].join('\n');
    const lines = normaliseLines(text);
    expect(lines).not.toContain('ONTVANGEN');
    expect(lines.filter((l) => /^[~|,' .-]*$|^- l -$/.test(l) && l !== '')).toEqual([]);
    const set = parseQuestionSetText(text, { reference: '2026-03-01' });
    expect(set.introduction).toBe(
      'Op 2 februari 2026 stelde u namens de D66-fractie vragen over de bankjes in het Lindepark. Wij beantwoorden ze hieronder.',
    );
    expect(set.submitters).toEqual(['K. de Wit']);
    expectAnswerTexts(set, ['Ja, er komen er vier bij.', 'In het voorjaar.']);
  });

  it('drops a running header of text saved from a PDF without form feeds (pages end at `Pagina N van M`)', () => {
    const lines = normaliseLines(
      [
        'Gemeente Voorbeeld        Raadsvragen 2024-12',
        'Vraag 1: Klopt dit?',
        'Antwoord 1: Ja, dat',
        'klopt.',
        'Pagina 1 van 2',
        'Gemeente Voorbeeld        Raadsvragen 2024-12',
        'Vraag 2: En dat?',
        'Pagina 2 van 2',
      ].join('\n'),
    );
    expect(lines.filter((l) => l.startsWith('Gemeente Voorbeeld'))).toHaveLength(1);
    expect(lines).not.toContain('Pagina 1 van 2');
  });

  it("drops a later page's running header in parts between dashes and goes on with the sentence the page break cut", () => {
    const lines = normaliseLines(
      [
        'Vraag 1',
        'Wat staat er in het plan?',
        '',
        'Antwoord 1',
        'De maatregel staat in het',
        '',
        'Gemeente Voorbeeld - Kenmerk 2025-77                Pagina 1 van 2',
        '\fGemeente Voorbeeld - Kenmerk 2025-77',
        '',
        'Waterplan Voorbeeld 2024-2028.',
        '',
        'Gemeente Voorbeeld - Kenmerk 2025-77                Pagina 2 van 2',
      ].join('\n'),
    );
    expect(lines).toContain('De maatregel staat in het');
    expect(lines[lines.indexOf('De maatregel staat in het') + 1]).toBe('Waterplan Voorbeeld 2024-2028.');
    expect(lines.some((l) => l.includes('Kenmerk'))).toBe(false);
  });

  it("drops a form's footer line under its last rule, the rule having divided the form's parts before", () => {
    const set = parseAsOf('2025-04-01', [
      'GEMEENTE VOORBEELD',
      '____________________',
      'Onderwerp:   Bankjes in het park',
      'Datum beantwoording:   3 maart 2025',
      '____________________',
      'Vraag 1:   Komen er meer bankjes?',
      '',
      'Antwoord 1:',
      'Ja, wij plaatsen er vier.',
      '____________________',
      'Formulier griffie Voorbeeld - versie 2022',
    ]);
    expectAnswerTexts(set, ['Ja, wij plaatsen er vier.']);
  });

  it("reads the portfolio holder from the opening's sentence naming the wethouder who prepared the answers", () => {
    const set = parseLines([
      'Gemeente Lindewoud',
      '',
      'Geachte leden van de raad,',
      '',
      'Op 3 juni 2025 ontving de griffie vragen van mevrouw P. Kok. Wethouder',
      'R. de Wit heeft de beantwoording voorbereid.',
      '',
      'Vraag 1',
      'Gaat het zwembad dicht?',
      '',
      'Antwoord',
      'Nee. Het zwembad blijft open.',
      '',
      'Met vriendelijke groet,',
      '',
      'Het college van burgemeester en wethouders van Lindewoud',
    ]);
    expect(set.portfolioHolder).toBe('R. de Wit');
  });

  it('numbers `?`-lines by position when each is followed by an inline `Antwoord:` line (Word export, numbering lost)', () => {
    const set = parseQuestionSetText(
      [
        'Gemeente Westerveld',
        'Onderwerp: Openingstijden milieustraat',
        'Datum beantwoording: 12 maart 2025',
        'Waarom is de milieustraat op zaterdag dicht?',
        'Antwoord: Er is te weinig personeel op zaterdag.',
        'Wanneer gaat zij weer open?',
        'Antwoord: Vanaf april is zij weer open.',
      ].join('\r\n'),
      { reference: '2025-04-01' },
    );
    expectNumberedQuestions(set, [
      ['1', 'Waarom is de milieustraat op zaterdag dicht?'],
      ['2', 'Wanneer gaat zij weer open?'],
    ]);
    expectAnswers(set, [
      [['1'], 'Er is te weinig personeel op zaterdag.'],
      [['2'], 'Vanaf april is zij weer open.'],
    ]);
  });

  it('keeps lettered sub-questions under one number in a Word export that lost its numbers, the lead-in above `a)` their stem', () => {
    const set = parseQuestionSetText(
      [
        'Gemeente Westerveld',
        'Onderwerp: Speeltuin Dorpsplein',
        'Datum beantwoording: 12 maart 2025',
        'Wanneer wordt de speeltuin vernieuwd?',
        'Antwoord: In de zomer van 2025.',
        'Wij betrekken de buurt bij het ontwerp.',
        'Over de toestellen:',
        'a) Zijn zij geschikt voor kinderen met een beperking?',
        'Antwoord: Ja, twee toestellen zijn dat.',
        'b) Wie betaalt het onderhoud?',
        'Antwoord: De gemeente.',
        'Komt er een hek om de speeltuin?',
        'Antwoord: Nee.',
      ].join('\r\n'),
      { reference: '2025-04-01' },
    );
    expectNumberedQuestions(set, [
      ['1', 'Wanneer wordt de speeltuin vernieuwd?'],
      ['2a', 'Over de toestellen:\n\nZijn zij geschikt voor kinderen met een beperking?'],
      ['2b', 'Wie betaalt het onderhoud?'],
      ['3', 'Komt er een hek om de speeltuin?'],
    ]);
    expectAnswers(set, [
      [['1'], 'In de zomer van 2025. Wij betrekken de buurt bij het ontwerp.'],
      [['2a'], 'Ja, twee toestellen zijn dat.'],
      [['2b'], 'De gemeente.'],
      [['3'], 'Nee.'],
    ]);
  });

  it('keeps a list that lost its bullets in a paragraph-per-line export as one paragraph with its lead line', () => {
    const set = parseQuestionSetText(
      [
        'Gemeente Heerde',
        'Onderwerp: Bladkorven',
        'Datum beantwoording: 4 november 2025',
        'Toelichting',
        'In de herfst liggen in veel straten van het dorp zoveel bladeren dat de kolken verstoppen en fietsers uitglijden op de stoep.',
        '1. Hoeveel bladkorven staan er?',
        '2. Komen er meer?',
        'Antwoord 1: Er staan veertig korven.',
        'Antwoord 2: Wij kiezen uit twee mogelijkheden:',
        'meer korven in de wijken;',
        'vaker vegen met de veegwagen.',
        'Daarover besluiten wij in december.',
      ].join('\r\n'),
      { reference: '2025-11-10' },
    );
    expect(set.answers[1].text).toBe(
      'Wij kiezen uit twee mogelijkheden: meer korven in de wijken; vaker vegen met de veegwagen.\n\nDaarover besluiten wij in december.',
    );
  });

  it('ends a page at a footer whose last column is its number, and joins the sentence the page break cut', () => {
    const lines = normaliseLines(
      [
        'Gemeente Oosterdal              Beantwoording vragen 2025-07',
        '',
        'Antwoord 1',
        'De sluis gaat volgens het',
        '',
        'Kenmerk K-2025-07                                  Pagina 1 van 2',
        '',
        'Gemeente Oosterdal              Beantwoording vragen 2025-07',
        '',
        'beheerplan in mei dicht.',
        '',
        'Kenmerk K-2025-07                                  Pagina 2 van 2',
      ].join('\n'),
    );
    expect(lines.filter((l) => l.startsWith('Gemeente Oosterdal'))).toHaveLength(1);
    expect(lines.some((l) => l.includes('Pagina'))).toBe(false);
    expect(lines.join(' ').replace(/\s+/g, ' ')).toContain('De sluis gaat volgens het beheerplan in mei dicht.');
  });

  it('maps numbering per theme (`Vraag A1`, `Vraag B2`) to number and letter, also in references; `stelt u` is the college', () => {
    const set = parseAsOf('2024-11-05', [
      'Geachte heer Jansen,',
      '',
      'In uw e-mail stelt u namens de fractie vragen over de haven. Wij volgen uw thema’s.',
      '',
      'A. Kades',
      '',
      'Vraag A1',
      'Hoe oud zijn de kades?',
      '',
      'Antwoord A1',
      'Zestig jaar.',
      '',
      'Vraag A2',
      'Worden ze hersteld?',
      '',
      'Antwoord A2',
      'Ja, dat gebeurt.',
      '',
      'B. Schepen',
      '',
      'Vraag B1',
      'Hoeveel schepen meren er aan?',
      '',
      'Antwoord B1',
      'Ongeveer veertig. Zie ook het antwoord op vraag A2.',
    ]);
    expect(set.questions.map((q) => q.number)).toEqual(['1a', '1b', '2a']);
    expect(set.answers.map((a) => [a.questions, a.text, a.refersTo])).toEqual([
      [['1a'], 'Zestig jaar.', []],
      [['1b'], 'Ja, dat gebeurt.', []],
      [['2a'], 'Ongeveer veertig. Zie ook het antwoord op vraag A2.', ['1b']],
    ]);
    expect(set.introduction).toMatch(/^In uw e-mail stelt u/);
    expect(set.explanation).toBeNull();
  });

  it('drops a numbered chapter heading over `Vraag 2.1`; `Steller` of an answer letter and `Verzonden` beside its date are not the set’s', () => {
    const set = parseAsOf('2024-11-05', [
      'Aan de fractie GroenLinks',
      't.a.v. mevrouw E. Bakker',
      '',
      'Kenmerk       AB/24/0099',
      'Steller       P. Visser',
      'Verzonden     20 november 2024',
      'Onderwerp     Speelplaatsen',
      '',
      'Lutten, 15 november 2024',
      '',
      'Geachte mevrouw Bakker,',
      '',
      '1  Speeltoestellen',
      '',
      'Vraag 1.1',
      'Hoeveel toestellen zijn er?',
      '',
      'Antwoord 1.1',
      'Er zijn er veertig.',
      '',
      '2  Onderhoud en veiligheid',
      '',
      'Vraag 2.1',
      'Wie keurt ze?',
      '',
      'Antwoord 2.1',
      'Een erkend bureau.',
    ]);
    expectAnswers(set, [
      [['1a'], 'Er zijn er veertig.'],
      [['2a'], 'Een erkend bureau.'],
    ]);
    expect(set.submitters).toEqual(['E. Bakker']);
    expect(set.answeredOn).toBe('2024-11-15');
  });

  it('reads `Met betrekking tot vraag 1 (…):` and `Ten aanzien van de vragen 2 en 3:` as answer labels', () => {
    const set = parseAsOf('2024-11-05', [
      'Vragen',
      '',
      '1. Hoeveel bankjes staan er in het park?',
      '2. Worden ze vervangen?',
      '3. Wat kost dat?',
      '',
      'Antwoorden',
      '',
      'Met betrekking tot vraag 1 (aantal): Er staan er',
      'achttien.',
      '',
      'Ten aanzien van de vragen 2 en 3: Wij vervangen er zes voor',
      '€ 4.000.',
    ]);
    expectAnswers(set, [
      [['1'], 'Er staan er achttien.'],
      [['2', '3'], 'Wij vervangen er zes voor € 4.000.'],
    ]);
  });

  it('reads a decimal reference (`zie vraag 3.2`) as the renumbered sub-question only', () => {
    const set = parseAsOf('2024-11-05', [
      'Vraag 3.1',
      'Hoeveel bomen staan er?',
      'Antwoord 3.1',
      'Twaalf.',
      'Vraag 3.2',
      'Worden ze gesnoeid?',
      'Antwoord 3.2',
      'Ja. Zie ook het antwoord op vraag 3.1.',
    ]);
    expect(set.answers.map((a) => a.refersTo)).toEqual([[], ['3a']]);
  });

  it('numbers inline `Vraag:` / `Antwoord:` labels without numbers by position, and drops `de raadsleden`', () => {
    const set = parseAsOf('2024-11-05', [
      'Indieners: de raadsleden A. Jansen en B. Smit',
      '',
      'Vraag: Hoeveel bomen staan er in het park?',
      'Antwoord: Het zijn er twaalf.',
      '',
      'Vraag: Wanneer worden ze gesnoeid?',
      'Antwoord: In de winter.',
    ]);
    expect(set.questions.map((q) => q.number)).toEqual(['1', '2']);
    expectAnswers(set, [
      [['1'], 'Het zijn er twaalf.'],
      [['2'], 'In de winter.'],
    ]);
    expect(set.submitters).toEqual(['A. Jansen', 'B. Smit']);
  });

  it('reads bare `Vraag N` / `Vraag 4 t/m 6` lines after a listed questions block as answer labels; a wrapped `vraag 3.` is no label', () => {
    const set = parseAsOf('2024-11-05', [
      'Vragen',
      '1. Hoeveel bomen staan er?',
      '2. Wanneer worden ze gesnoeid?',
      '3. Wie doet dat?',
      '4. Wat kost het?',
      '',
      'Vraag 1',
      'Twaalf. Zie ook het antwoord op',
      'vraag 3.',
      '',
      'Vraag 2 t/m 4',
      'In de winter, door de gemeente, voor 500 euro.',
    ]);
    expect(set.questions.map((q) => q.number)).toEqual(['1', '2', '3', '4']);
    expectAnswers(set, [
      [['1'], 'Twaalf. Zie ook het antwoord op vraag 3.'],
      [['2', '3', '4'], 'In de winter, door de gemeente, voor 500 euro.'],
    ]);
  });

  it('reads a combined decimal label `Antwoord 2.2 en 2.3`, and councillors named with their party in running text', () => {
    const set = parseAsOf('2024-11-05', [
      'Op 3 februari 2025 hebben de raadsleden A. Jansen, B. Smit en C. de Vries – Bos van de fractie Lokaal 2B vragen gesteld.',
      '',
      '2.1 Klopt dit?',
      'Antwoord 2.1',
      'Ja.',
      '',
      '2.2 Meet u de snelheid?',
      '2.3 Wanneer?',
      'Antwoord 2.2 en 2.3',
      'Ja, in maart.',
    ]);
    expect(set.answers.map((a) => a.questions)).toEqual([['2a'], ['2b', '2c']]);
    expect(set.submitters).toEqual(['A. Jansen', 'B. Smit', 'C. de Vries-Bos']);
    expect(set.party).toBe('Lokaal 2B');
  });

  it('reads dates from `stelden … vragen` and `Datum beantwoord`, skips a masthead in columns, ends at `Wij zien uw antwoorden … tegemoet`', () => {
    const set = parseAsOf('2024-11-05', [
      'Officiële uitgave van de gemeente Voorbeeld          28 maart 2025',
      '',
      'Datum beantwoord: 18 februari 2025',
      '',
      'Op 14 januari 2025 stelden de raadsleden A. Jansen en B. Smit van de fractie Lokaal vragen over bomen.',
      '',
      '1. Hoeveel bomen staan er?',
      '',
      'Wij zien uw antwoorden met belangstelling tegemoet.',
    ]);
    expect(set.receivedOn).toBe('2025-01-14');
    expect(set.answeredOn).toBe('2025-02-18');
    expect(set.introduction ?? '').not.toContain('Officiële uitgave');
    expect(set.questions).toEqual([{ number: '1', text: 'Hoeveel bomen staan er?' }]);
  });

  it('keeps a long address block out of the introduction and reads its addressees; keeps the hyphen of `D66-`', () => {
    const set = parseAsOf('2024-11-05', [
      'Aan de fractie van de Partij voor de Dieren',
      't.a.v. de heer R. Wolbers en mevrouw E. Siemerink',
      'Stadsplein 1',
      '',
      'Op 3 maart 2025 stelden de raadsleden namens de D66-',
      'fractie vragen over bomen.',
      '',
      '1. Hoeveel bomen staan er?',
      'Antwoord 1: Twaalf.',
    ]);
    expect(set.introduction).toBe('Op 3 maart 2025 stelden de raadsleden namens de D66-fractie vragen over bomen.');
    expect(set.submitters).toEqual(['R. Wolbers', 'E. Siemerink']);
  });

  it('drops a running header first met on page 2, and joins a paragraph and a hyphenated word across a page break', () => {
    const lines = normaliseLines(
      [
        'Brief over bomen',
        '',
        'Wij planten de bomen in het Bomen-',
        '',
        '1',
        '\fBlad 2025 nr. 12        28 maart 2025',
        '',
        'plan 2026-2030. Dat doen wij in de winter',
        '',
        '2',
        '\fBlad 2025 nr. 12        28 maart 2025',
        '',
        'en het voorjaar.',
        '',
        '3',
      ].join('\n'),
    );
    expect(lines.slice(0, 6)).toEqual([
      'Brief over bomen',
      '',
      'Wij planten de bomen in het Bomenplan',
      '2026-2030. Dat doen wij in de winter',
      'en het voorjaar.',
      '',
    ]);
    expect(lines.join('\n')).not.toContain('Blad 2025');
  });

  it('reads the portfolio holder from a signature with the name above the role', () => {
    const set = parseAsOf('2024-11-05', [
      '1. Hoeveel bomen staan er?',
      'Antwoord 1: Twaalf.',
      '',
      'Met vriendelijke groet,',
      '',
      'A.B. Jansen',
      'wethouder Groen',
    ]);
    expect(set.portfolioHolder).toBe('A.B. Jansen');
  });

  it('reads the municipality from a griffie or RIS line when no `gemeente X` is printed, two-word names included', () => {
    expect(findMunicipality('Raadsinformatie Den Haag - export\nOnderwerp: Markt')).toBe('Den Haag');
    expect(findMunicipality('Aan: Griffie Heerlen')).toBe('Heerlen');
    // A portal title ends its line: the next line's first word (an export stamp) is no place.
    expect(findMunicipality('Zundert - Raadsinformatiesysteem\nGedownload op: 01-02-2025 10:00')).toBe('Zundert');
    expect(findMunicipality('Aan: Griffie Heerlen\nde gemeente Kerkrade')).toBe('Kerkrade');
    expect(findMunicipality('in de gemeente De Bilt')).toBe('De Bilt');
    expect(findMunicipality('De griffie heeft dit ontvangen.')).toBeNull();
  });

  it('reads a listed municipality whose name has a comma from a letterhead in capitals, and no other comma line', () => {
    expect(findMunicipality('GEMEENTE NUENEN, GERWEN EN NEDERWETTEN\nAANVRAAG SUBSIDIE')).toBe(
      'Nuenen, Gerwen en Nederwetten',
    );
    expect(findMunicipality('GEMEENTE LINDEWOUD, AFDELING WONEN\nAANVRAAG SUBSIDIE')).toBeNull();
  });

  it('reads a listed municipality of several words whole, in capitals too, and a RIS page title naming one', () => {
    expect(findMunicipality('Bijlage\nGemeente Land van Cuijk | Postbus 7 | Boxmeer')).toBe('Land van Cuijk');
    expect(findMunicipality('GRIFFIE WEST MAAS EN WAAL\nFormulier vragen')).toBe('West Maas en Waal');
    expect(findMunicipality('GEMEENTE MOOK EN MIDDELAAR')).toBe('Mook en Middelaar');
    expect(findMunicipality('Aan de raad van de gemeente Nuenen, Gerwen en Nederwetten.')).toBe(
      'Nuenen, Gerwen en Nederwetten',
    );
    expect(findMunicipality("de gemeente 's-Hertogenbosch en de gemeente Beekdaelen en de gemeente Beekdaelen")).toBe(
      'Beekdaelen',
    );
    // Not listed: read as printed by the general rules.
    expect(findMunicipality('Griffie Oosterhoeve en Dal')).toBe('Oosterhoeve');
    expect(findMunicipality('Gilze en Rijen - Bestuurlijke informatie\nHome > Raadsinformatie')).toBe('Gilze en Rijen');
    expect(findMunicipality('Raadsinformatie | Hof van Twente\nVragen')).toBe('Hof van Twente');
    expect(findMunicipality('Oosterhoeve - Bestuurlijke informatie\nVragen')).toBeNull();
    expect(findMunicipality('Verslag - Bestuurlijke informatie')).toBeNull();
  });

  it('prefers the letter’s own municipality (letterhead, sender, address) to one it names as a partner or copy', () => {
    expect(
      findMunicipality(
        'Aan de gemeenteraad van Zeewolde\nSamen met de gemeente Dronten bouwen wij een brug. De gemeente Dronten betaalt mee.',
      ),
    ).toBe('Zeewolde');
    expect(
      findMunicipality(
        'Team Verkeer gemeente Tholen\nWij overleggen met de gemeente Reimerswaal.\nDe gemeente Reimerswaal stemt in.\nKopie aan: gemeente Reimerswaal',
      ),
    ).toBe('Tholen');
    // Without an own mark the most named one stays.
    expect(findMunicipality('Wij overleggen met de gemeente Reimerswaal. De gemeente Tholen stemt in.')).toBe(
      'Reimerswaal',
    );
  });

  it('reads the legal basis without the reglement’s full title, and a bare article after `vragen`', () => {
    expect(findLegalBasis('Vragen ex artikel 38 Reglement van orde voor de vergaderingen van de gemeenteraad')).toBe(
      'artikel 38 Reglement van orde',
    );
    expect(findLegalBasis('RE: vragen art. 40 over de tunnel')).toBe('art. 40');
    expect(findLegalBasis('zie artikel 12 van de wet')).toBeNull();
  });

  it('reads a reply with answers under quoted questions above the original message once', () => {
    const parsed = parseAsOf('2025-01-17', [
      'Van: Secretariaat <secretariaat@voorbeeld.nl>',
      'Verzonden: vrijdag 17 januari 2025 15:02',
      'Onderwerp: RE: vragen',
      '',
      'Namens wethouder K. Smit treft u de antwoorden aan onder uw vragen.',
      '',
      '> 1. Hoe vaak was de brug dicht?',
      'Vier keer.',
      '',
      '> 2. Komt er een nieuwe brug?',
      'Nee.',
      '',
      '-----Oorspronkelijk bericht-----',
      'Van: Dijk, Anna van <a.vandijk@partij.nl>',
      'Verzonden: woensdag 8 januari 2025 09:30',
      'Onderwerp: vragen',
      '',
      'Namens Lokaal Belang stel ik de volgende vragen:',
      '1. Hoe vaak was de brug dicht?',
      '2. Komt er een nieuwe brug?',
      '',
      'Anna van Dijk',
    ]);
    expect(parsed.questions).toEqual([
      { number: '1', text: 'Hoe vaak was de brug dicht?' },
      { number: '2', text: 'Komt er een nieuwe brug?' },
    ]);
    expectAnswerTexts(parsed, ['Vier keer.', 'Nee.']);
    expect(parsed.submitters).toEqual(['Anna van Dijk']);
    expect(parsed.party).toBe('Lokaal Belang');
    expect(parsed.portfolioHolder).toBe('K. Smit');
    expect(parsed.explanation).toBe('Namens Lokaal Belang stel ik de volgende vragen:');
    expect(parsed.warnings).toEqual([]);
  });

  it('proposes promises to the council without `wij`, and leaves out what others send', () => {
    const found = detectCommitments(
      [
        'Het actieplan wordt vóór juli 2025 aan de raad aangeboden.',
        'De nota wordt in maart 2025 ter besluitvorming aan uw raad voorgelegd.',
        'U ontvangt van de provincie in mei 2025 een brief.',
        'De raad wordt door ProRail in april 2025 geïnformeerd.',
        'De speeltuin wordt in 2025 vernieuwd.',
        'Wij werken samen met de Jongerenraad. De Jongerenraad presenteert in januari 2025 een advies aan het college.',
        'Het Groenplan komt in juni 2025 naar de raad.',
      ].join(' '),
      '2024-11-05',
      ['1'],
    );
    expect(found.map((c) => c.deadline)).toEqual(['2025-06-30', '2025-03-31', '2025-06-30']);
  });

  it('reads the signers of a question-only letter, but not a party line under them (`CDA Zeewolde`)', () => {
    const parsed = parseLines([
      'Aan het college van burgemeester en wethouders van Zeewolde',
      'Onderwerp: Schriftelijke vragen over de bibliotheek',
      '',
      'Vragen',
      '',
      '1. Wanneer gaat de bibliotheek weer open?',
      '',
      '2. Wat kost de verbouwing?',
      '',
      'Met vriendelijke groet,',
      '',
      'P.H. Smit',
      'A. van Dam',
      'CDA Zeewolde',
    ]);
    expect(parsed.submitters).toEqual(['P.H. Smit', 'A. van Dam']);
  });

  it('reads a title that is a whole lead-in sentence (`…, gesteld door de raadsleden A en B op …`) as the introduction', () => {
    const parsed = parseLines([
      'Gemeente Oosterdal',
      '',
      'Onderwerp: Zwembad',
      '',
      'Beantwoording van de schriftelijke vragen van de fractie Dorpsbelang over de openingstijden van het',
      'zwembad, gesteld door de raadsleden H. Kok en S. van Wijk op 3 februari 2025.',
      '',
      'Vraag 1',
      'Gaat het zwembad vaker open?',
      '',
      'Antwoord vraag 1',
      'Nee.',
    ]);
    expect(parsed.introduction).toBe(
      'Beantwoording van de schriftelijke vragen van de fractie Dorpsbelang over de openingstijden van het zwembad, gesteld door de raadsleden H. Kok en S. van Wijk op 3 februari 2025.',
    );
    expect(parsed.submitters).toEqual(['H. Kok', 'S. van Wijk']);
    expect(parsed.receivedOn).toBe('2025-02-03');
  });

  it('reads a signer whose surname opens with the particle `el` (`K. el Idrissi`)', () => {
    const parsed = parseLines([
      'Aan het college van burgemeester en wethouders van Zeewolde',
      'Onderwerp: Schriftelijke vragen over het zwembad',
      '',
      '1. Wanneer gaat het zwembad weer open?',
      '',
      'Met vriendelijke groet,',
      '',
      'K. el Idrissi',
      'B. Vos',
    ]);
    expect(parsed.submitters).toEqual(['K. el Idrissi', 'B. Vos']);
  });

  it('leaves out what a named other body plans or expects, its verb plural too', () => {
    const found = detectCommitments(
      [
        'Wij overleggen met de zorgaanbieders.',
        'De Thuiszorgteams Drenthe verwachten de nieuwe werkwijze in maart 2025 in te voeren.',
        'De Woonstichtingen Oost plannen in april 2025 een bewonersavond.',
        'Wij informeren u in mei 2025 over de uitkomst.',
      ].join(' '),
      '2024-11-05',
      ['1'],
    );
    expect(found.map((c) => c.sentence)).toEqual(['Wij informeren u in mei 2025 over de uitkomst.']);
  });

  it('leaves out what is expected to happen (`naar verwachting`) without the college as its subject', () => {
    const found = detectCommitments(
      [
        'Wij hebben een nieuwe aannemer gekozen.',
        'Daardoor kan de sloop naar verwachting pas in mei 2025 beginnen.',
        'Wij informeren u in april 2025 over de planning.',
      ].join(' '),
      '2024-11-05',
      ['1'],
    );
    expect(found.map((c) => c.sentence)).toEqual(['Wij informeren u in april 2025 over de planning.']);
  });

  it('gives a label naming letters alone (`Antwoord op a) en b):`) to those sub-questions of the question above', () => {
    const set = parseAsOf('2025-03-01', [
      'Onderwerp: Re: Schriftelijke vragen: Bomen aan de Dorpsstraat',
      '',
      'Op wo 5 feb 2025 om 10:01 schreef A. Jansen <a.jansen@raad.lindewoud.nl>:',
      '> 1. Hoeveel bomen worden gekapt?',
      '',
      'Antwoord college: Twaalf.',
      '',
      '> 2. Over de herplant:',
      '> a) Welke soorten komen terug?',
      '> b) Wanneer wordt er geplant?',
      '',
      'Antwoord college op a) en b): Linden, in het najaar.',
      '',
      '> 3. Worden omwonenden geïnformeerd?',
      '',
      'Antwoord op a t/m c: Ja, met een brief.',
    ]);
    expectAnswers(set, [
      [['1'], 'Twaalf.'],
      [['2a', '2b'], 'Linden, in het najaar.'],
      // (No sub-questions 3a to 3c: the letters name nothing, the label answers what is open.)
      [['3'], 'Ja, met een brief.'],
    ]);
    expect(set.questions.map((q) => q.text)).toContain('Worden omwonenden geïnformeerd?');
  });

  it('numbers `Vraag:` by the theme heading in capitals above it, and reads `ANTWOORD OP A EN B` (fix-38b)', () => {
    const set = parseAsOf('2026-03-01', [
      'INLEIDING',
      '',
      'Hieronder beantwoorden wij de vragen per onderwerp.',
      '',
      '1. SPORTPARK DE WEI',
      '',
      'Vraag: Wanneer krijgt het sportpark nieuwe verlichting?',
      '',
      'ANTWOORD',
      'In 2027.',
      '',
      '2. ZWEMBAD',
      '',
      'Vraag: Het bad is oud.',
      'a. Wordt het gerenoveerd?',
      'b. Wat kost dat?',
      '',
      'ANTWOORD OP A EN B',
      'Ja. De kosten zijn nog niet bekend.',
    ]);
    expect(set.questions.map((q) => [q.number, q.text])).toEqual([
      ['1', 'Wanneer krijgt het sportpark nieuwe verlichting?'],
      ['2a', 'Het bad is oud.\n\nWordt het gerenoveerd?'],
      ['2b', 'Wat kost dat?'],
    ]);
    expectAnswers(set, [
      [['1'], 'In 2027.'],
      [['2a', '2b'], 'Ja. De kosten zijn nog niet bekend.'],
    ]);
  });

  it('reads a label in capitals that joins its numbers with `EN` (`ANTWOORD OP VRAAG 2 EN 3`)', () => {
    const set = parseAsOf('2025-03-01', [
      'Onderwerp: Zwembad De Plons',
      '',
      'VRAAG 1',
      'WANNEER GAAT HET ZWEMBAD OPEN?',
      '',
      'ANTWOORD',
      'In mei.',
      '',
      'VRAAG 2',
      'WAT KOST EEN KAARTJE?',
      '',
      'VRAAG 3',
      'KOMT ER EEN KORTING VOOR KINDEREN?',
      '',
      'ANTWOORD OP VRAAG 2 EN 3',
      'Een kaartje kost vijf euro, voor kinderen drie euro.',
    ]);
    expectAnswers(set, [
      [['1'], 'In mei.'],
      [['2', '3'], 'Een kaartje kost vijf euro, voor kinderen drie euro.'],
    ]);
    expect(set.warnings).toEqual([]);
  });

  it('ends the last question at a long wish for the answers (`Wij zien uw antwoorden … tegemoet`) up to a line', () => {
    const set = parseAsOf('2025-03-01', [
      'Onderwerp: Fietspad langs de Molenvaart',
      '',
      '1. Wanneer wordt het fietspad verbreed?',
      '2. Komt er verlichting langs het fietspad?',
      '',
      'Wij zien uw antwoorden graag binnen de gebruikelijke termijn van dertig dagen na vandaag tegemoet.',
      '',
      'Met vriendelijke groet,',
      'P. de Wit',
    ]);
    expectQuestions(set, ['Wanneer wordt het fietspad verbreed?', 'Komt er verlichting langs het fietspad?']);
  });

  it('reads no promise in a date after `sinds` (a start already past, whatever year a bare day and month resolve to)', () => {
    const found = detectCommitments(
      'Wij zoeken een nieuwe beheerder; de functie is sinds 1 februari vacant. Wij informeren u in juni 2025 over de keuze.',
      '2025-03-10',
      ['1'],
    );
    expect(found.map((c) => c.phrase)).toEqual(['in juni 2025']);
  });

  it('reads a `portefeuille` field that names a wethouder as the portfolio holder', () => {
    const parsed = parseLines([
      'datum            4 maart 2025',
      'onderwerp        Speeltuin Noordhoek',
      'portefeuille     wethouder T. van Rijn-Smit',
      '',
      'Vraag 1',
      'Komt de speeltuin terug?',
      '',
      'Antwoord',
      'Ja.',
    ]);
    expect(parsed.portfolioHolder).toBe('T. van Rijn-Smit');
  });

  it('leaves out a span counted from another event, but keeps one counted from now', () => {
    const found = detectCommitments(
      [
        'Binnen vier weken na de opening van het zwembad evalueren wij de openingstijden.',
        'Wij sturen u binnen drie maanden na afloop van de proef een verslag.',
        'Binnen twee weken sturen wij u de planning.',
      ].join(' '),
      '2024-11-05',
      ['1'],
    );
    expect(found.map((c) => c.sentence)).toEqual(['Binnen twee weken sturen wij u de planning.']);
  });

  it('reads a forwarded reply whose original stands below an `Op … schreef …:` line, answers before questions', () => {
    const parsed = parseAsOf('2025-03-13', [
      'Van: Griffie <griffie@voorbeeld.nl>',
      'Verzonden: donderdag 13 maart 2025 09:05',
      'Onderwerp: FW: vragen',
      '',
      'Ter informatie.',
      '',
      '-----Oorspronkelijk bericht-----',
      'Van: Smit, Anna <a.smit@voorbeeld.nl>',
      'Verzonden: woensdag 12 maart 2025 15:47',
      'Onderwerp: RE: vragen',
      '',
      'Antwoord op vraag 1:',
      'Ja.',
      '',
      'Met vriendelijke groet,',
      'namens wethouder B. Wolters,',
      '',
      'Op 17 februari 2025 om 10:32 schreef Kok, Peter <p.kok@partij.nl>:',
      '> 1. Klopt het dat de brug dicht is?',
      '>',
      '> Peter Kok',
    ]);
    expect(parsed.questions).toEqual([{ number: '1', text: 'Klopt het dat de brug dicht is?' }]);
    expectAnswerTexts(parsed, ['Ja.']);
    expect([parsed.answeredOn, parsed.receivedOn]).toEqual(['2025-03-12', '2025-02-17']);
    expect(parsed.submitters).toEqual(['Peter Kok']);
    expect(parsed.portfolioHolder).toBe('B. Wolters');
  });

  it('numbers questions by position in a Word export without numbering (`…?` then a bare `Antwoord`)', () => {
    const parsed = parseLines([
      'Hoeveel bomen zijn gekapt?',
      'Antwoord',
      'Twaalf.',
      'Worden ze herplant?',
      'Antwoord',
      'Ja.',
    ]);
    expectAnswers(parsed, [
      [['1'], 'Twaalf.'],
      [['2'], 'Ja.'],
    ]);
  });

  it('reads a numbered answers section after `Vraag N` questions, and a question repeated above `Antwoord:`', () => {
    const numbered = parseLines([
      'Vraag 1',
      'Klopt dit?',
      '',
      'Vraag 2',
      'En dat?',
      '',
      'Antwoorden van het college',
      '1. Ja.',
      '',
      '2. Nee.',
    ]);
    expectAnswers(numbered, [
      [['1'], 'Ja.'],
      [['2'], 'Nee.'],
    ]);
    const repeated = parseLines([
      '1. Hoeveel meldingen waren er in 2024?',
      '2. Gaat u iets doen?',
      '',
      'Beantwoording',
      '1. Hoeveel meldingen waren er in 2024?',
      'Antwoord: Veertig.',
      '',
      '2. Gaat u iets doen?',
      'Antwoord: Ja.',
    ]);
    expectAnswers(repeated, [
      [['1'], 'Veertig.'],
      [['2'], 'Ja.'],
    ]);
    expect(repeated.warnings).toEqual([]);
  });

  it('drops a running header laid out in columns inside the text, and a recurring footer titled `Beantwoording …`', () => {
    const lines = normaliseLines(
      [
        'GEMEENTEBLAD',
        'Onderwerp: brug',
        'Zaaknummer: Z-1',
        'Datum: 4 februari 2025',
        'Vraag 1: Klopt dit?',
        'Antwoord 1: Ja, dat klopt en wij gaan door met',
        'Gemeenteblad 2025 nr. 123            13 februari 2025',
        'de uitvoering.',
        'Gemeenteblad 2025 nr. 123            13 februari 2025',
        'Vraag 2: En dat?',
      ].join('\n'),
    );
    expect(lines.some((l) => l.startsWith('Gemeenteblad'))).toBe(false);
    const footer = normaliseLines(
      [
        'Regel een.',
        'Regel twee.',
        'Regel drie.',
        'Tekst een aan-',
        'Beantwoording schriftelijke vragen x',
        'Pagina 1 van 2',
        'bieder.',
        'Regel vier.',
        'Regel vijf.',
        'Regel zes.',
        'Beantwoording schriftelijke vragen x',
        'Pagina 2 van 2',
      ].join('\n'),
    );
    expect(footer).toContain('Tekst een aanbieder.');
    expect(footer.some((l) => l.startsWith('Beantwoording'))).toBe(false);
  });

  it('reads a padded field label, a capitals letterhead and a RIS title after its subject', () => {
    const parsed = parseLines([
      'GEMEENTE CAPELLE AAN DEN IJSSEL',
      'Titel:        Schriftelijke vragen over de brug',
      'Onderwerp:    Brug',
      'Zaaknummer          : Z/25/1',
      '',
      'Vraag 1: Klopt dit?',
      'Antwoord 1: Ja.',
    ]);
    expect([parsed.municipality, parsed.subject, parsed.reference]).toEqual([
      'Capelle aan den IJssel',
      'Brug',
      'Z/25/1',
    ]);
  });

  it('leaves out an agreement reported in the past and the answer letter’s own date', () => {
    const found = detectCommitments(
      [
        'In 2024 hebben de corporatie en de gemeente afgesproken dat alle woningen uiterlijk in 2028 zijn geïsoleerd.',
        'Het college van burgemeester en wethouders heeft op 4 februari 2025 de vragen van de leden A en B als volgt beantwoord.',
      ].join(' '),
      '2025-02-04',
      [],
    );
    expect(found).toEqual([]);
  });

  it('reads a questions form with the answer letter glued after a separator line', () => {
    const set = parseAsOf('2024-11-05', [
      'SCHRIFTELIJKE VRAGEN',
      'ex artikel 40 Reglement van Orde gemeenteraad Voorbeeld',
      '',
      'Datum:       6 januari 2025',
      '',
      '1. Hoeveel bomen staan er in het park?',
      '2. Wanneer worden ze gesnoeid?',
      '',
      'P. de Boer',
      'Groen Voorbeeld',
      '',
      '-------------------------------',
      '',
      'Gemeente Voorbeeld',
      'Datum:       3 februari 2025',
      'Ons kenmerk: Z/25/9',
      '',
      'Hierbij beantwoorden wij uw vragen van 6 januari 2025.',
      '',
      'Ad vraag 1',
      'Het zijn er twaalf.',
      '',
      'Ad vraag 2',
      'In de winter.',
    ]);
    expectQuestions(set, ['Hoeveel bomen staan er in het park?', 'Wanneer worden ze gesnoeid?']);
    expect([set.receivedOn, set.answeredOn]).toEqual(['2025-01-06', '2025-02-03']);
    expect(set.introduction).toBe('Hierbij beantwoorden wij uw vragen van 6 januari 2025.');
  });

  it('drops a cover note above a pasted answer document, its contact line and a `--` disclaimer', () => {
    const set = parseAsOf('2024-11-05', [
      'Van: Griffie Voorbeeld <griffie@voorbeeld.nl>',
      'Verzonden: dinsdag 8 april 2025 14:12',
      'Onderwerp: Beantwoording vragen over bomen',
      '',
      'Geachte raadsleden,',
      '',
      'Hierbij ontvangt u de beantwoording van de vragen over bomen door het college.',
      '',
      'Met vriendelijke groet,',
      '',
      'A. Klerk',
      'griffie@voorbeeld.nl | www.voorbeeld.nl/raad',
      '',
      '________________________________',
      '',
      'Beantwoording schriftelijke vragen',
      'Datum: 7 april 2025',
      'Onderwerp: Bomen',
      '',
      'Vraag 1',
      'Hoeveel bomen staan er?',
      '',
      'Antwoord',
      'Twaalf.',
      '',
      '--',
      'Dit bericht is uitsluitend bestemd voor de geadresseerde en kan vertrouwelijke informatie bevatten.',
    ]);
    expect([set.subject, set.answeredOn, set.introduction, set.documents]).toEqual(['Bomen', '2025-04-07', null, []]);
    expectAnswerTexts(set, ['Twaalf.']);
  });

  it('drops line numbers in the margin of a PDF and reads `Vragen van:` as the submitters', () => {
    const set = parseAsOf('2024-11-05', [
      ' 1  Vragen van:   dhr. A. Visser (Dorpsbelang)',
      ' 2  Onderwerp:    Speeltuin',
      '',
      ' 3  Vraag 1:',
      ' 4  Wanneer gaat de speeltuin aan de Esweg',
      ' 5  open?',
      ' 6  Antwoord:',
      ' 7  In het voorjaar van',
      ' 8  2025.',
    ]);
    expect(set.questions).toEqual([{ number: '1', text: 'Wanneer gaat de speeltuin aan de Esweg open?' }]);
    expect(set.answers[0].text).toBe('In het voorjaar van 2025.');
    expect([set.submitters, set.party]).toEqual([['A. Visser'], 'Dorpsbelang']);
    // A numbered list whose numbers do not count up line by line is left alone.
    expect(normaliseLines('10 bomen\n4 struiken\n7 hagen\n2 vijvers\n9 paden')).toContain('10 bomen');
  });

  it('drops Markdown-style bold and italic markers, also over a line break, but keeps a rule and a URL', () => {
    const lines = normaliseLines(
      [
        '**Onderwerp:** Bomen',
        '**Indiener:** _A. Jansen_ (Partij X)',
        '**_1. Hoeveel bomen staan er in het',
        'park?_**',
        'Zie https://example.nl/_bomen_/lijst en ____',
      ].join('\n'),
    );
    expect(lines).toEqual([
      'Onderwerp: Bomen',
      'Indiener: A. Jansen (Partij X)',
      '1. Hoeveel bomen staan er in het',
      'park?',
      'Zie https://example.nl/_bomen_/lijst en ____',
    ]);
  });

  it('reads `Reactie college:` under each question as the answer label, even though it repeats', () => {
    const set = parseAsOf('2024-11-05', [
      'Gemeente Voorbeeld',
      '',
      'Geachte leden van de raad,',
      '',
      'Op 3-2-2025 stelde de fractie van de SP, bij monde van dhr. K. Smit en mw. L. de Wit-Bos, vragen over bomen.',
      '',
      'Vraag 1',
      'Hoeveel bomen staan er in het park?',
      '',
      'Reactie college:',
      'Het zijn er twaalf.',
      '',
      'Vraag 2',
      'Wanneer worden ze gesnoeid?',
      '',
      'Reactie college:',
      'In de winter.',
      '',
      'Vraag 3',
      'Wie doet dat?',
      '',
      'Reactie college:',
      'De gemeente.',
    ]);
    expectAnswers(set, [
      [['1'], 'Het zijn er twaalf.'],
      [['2'], 'In de winter.'],
      [['3'], 'De gemeente.'],
    ]);
    expect(set.submitters).toEqual(['K. Smit', 'L. de Wit-Bos']);
    expect(set.party).toBe('SP');
  });

  it('reads `Standpunt van het college` without a colon under each question as the answer label', () => {
    const set = parseAsOf('2024-11-05', [
      'Gemeente Voorbeeld',
      '',
      'Vraag 1',
      'Komt er een zebrapad bij de school?',
      '',
      'Standpunt van het college',
      'Ja, in het voorjaar.',
      '',
      'Vraag 2',
      'Wie betaalt dat?',
      '',
      'Standpunt van het college',
      'De gemeente.',
      '',
      'Vraag 3',
      'Wordt de buurt gehoord?',
      '',
      'Standpunt van het college',
      'Ja, op een avond in de school.',
    ]);
    expectAnswers(set, [
      [['1'], 'Ja, in het voorjaar.'],
      [['2'], 'De gemeente.'],
      [['3'], 'Ja, op een avond in de school.'],
    ]);
    expectQuestions(set, ['Komt er een zebrapad bij de school?', 'Wie betaalt dat?', 'Wordt de buurt gehoord?']);
  });

  it('reads `College van burgemeester en wethouders` under the municipality at the top as letterhead, not a closing', () => {
    const set = parseAsOf('2024-11-05', [
      'Gemeente Voorbeeld',
      'College van burgemeester en wethouders',
      '',
      'Op 2 september 2025 stelden mw. A. Jansen en dhr. B. Smit van de fractie Groen Voorbeeld ons vragen.',
      '',
      'Uw vragen',
      '1. Hoeveel bomen staan er?',
      '2. Wanneer worden ze gesnoeid?',
      '',
      'Antwoord op de vragen 1 en 2',
      'Twaalf, in de winter.',
    ]);
    expect(set.questions.map((q) => q.number)).toEqual(['1', '2']);
    expect(set.answers.map((a) => a.questions)).toEqual([['1', '2']]);
    expect(set.submitters).toEqual(['A. Jansen', 'B. Smit']);
    expect(set.party).toBe('Groen Voorbeeld');
  });

  it('reads sub-question labels `1.a`, `2-a`, `(a)` and `Antwoord 3 (a)`, and a double surname around a dash', () => {
    const set = parseAsOf('2024-11-05', [
      'Portefeuillehouder: wethouder J. Smit – de Vries',
      '',
      'Vragen',
      '1. Er komt een nieuw park.',
      '1.a Klopt dat?',
      '1.b Wat kost het?',
      '',
      '2-a Hoeveel bomen gaan weg?',
      '2-b Komen er nieuwe?',
      '',
      '3. Over de speeltoestellen:',
      '(a) Welke komen er?',
      '(b) Wanneer?',
      '',
      'Antwoorden',
      'Antwoord 1.a',
      'Ja.',
      'Antwoord 1.b',
      'Een ton.',
      'Antwoord 2-a en 2-b',
      'Tien; ja.',
      'Antwoord 3 (a)',
      'Een glijbaan.',
      'Antwoord 3 (b)',
      'In mei.',
    ]);
    expect(set.questions.map((q) => q.number)).toEqual(['1a', '1b', '2a', '2b', '3a', '3b']);
    expect(set.questions[4].text).toBe('Over de speeltoestellen:\n\nWelke komen er?');
    expect(set.answers.map((a) => a.questions)).toEqual([['1a'], ['1b'], ['2a', '2b'], ['3a'], ['3b']]);
    expect(set.portfolioHolder).toBe('J. Smit-de Vries');
    expect(set.warnings).toEqual([]);
  });

  it('reads a Gmail print answered inline under the quoted questions, the reply note as introduction', () => {
    const set = parseAsOf('2024-11-05', [
      'Re: Schriftelijke vragen: Bankjes in het park',
      '2 berichten',
      '',
      'Gemeente Voorbeeld <info@voorbeeld.nl>\t4 maart 2025 om 10:00',
      'Aan: Piet Jansen <p.jansen@raad.voorbeeld.nl>',
      '',
      'Geachte heer Jansen,',
      '',
      'Namens wethouder A. Smit-de Vries stuur ik u de antwoorden van het college.',
      '',
      'Met vriendelijke groet,',
      '',
      'Kees Bakker',
      'Bestuurssecretariaat',
      'Gemeente Voorbeeld',
      '',
      'Op ma 3 feb 2025 om 09:17 schreef Piet Jansen <p.jansen@raad.voorbeeld.nl>:',
      '> Geacht college,',
      '>',
      '> In het park staan te weinig bankjes.',
      '>',
      '> 1. Hoeveel bankjes staan er in het park?',
      '',
      'Antwoord: Twaalf.',
      '',
      '> 2. Komen er meer bij?',
      '',
      'ANTWOORD COLLEGE: Ja, in april.',
      '',
      'Kees Bakker',
      'Bestuurssecretariaat',
      'Gemeente Voorbeeld',
    ]);
    expect([set.subject, set.receivedOn, set.answeredOn, set.portfolioHolder]).toEqual([
      'Bankjes in het park',
      '2025-02-03',
      '2025-03-04',
      'A. Smit-de Vries',
    ]);
    expect([set.introduction, set.explanation]).toEqual([
      'Namens wethouder A. Smit-de Vries stuur ik u de antwoorden van het college.',
      'In het park staan te weinig bankjes.',
    ]);
    expectAnswerTexts(set, ['Twaalf.', 'Ja, in april.']);
  });

  it('reads a title wrapped onto the next line, `Uw vragen van:` and `De raadsleden … van de X-fractie`', () => {
    const set = parseAsOf('2024-11-05', [
      'Beantwoording schriftelijke vragen van de fractie Groen over het onderhoud van de',
      'bomen in het Stadspark',
      '',
      'Datum: 10 juni 2025',
      'Uw vragen van: 12 mei 2025',
      '',
      'De raadsleden A. Jansen en B. de Vries van de Groen-fractie hebben vragen gesteld over bomen.',
      '',
      'Vraag 1',
      'Hoeveel bomen staan er?',
      '',
      'Antwoord 1',
      'Twaalf.',
    ]);
    expect([set.subject, set.receivedOn, set.answeredOn]).toEqual([
      'het onderhoud van de bomen in het Stadspark',
      '2025-05-12',
      '2025-06-10',
    ]);
    expect(set.submitters).toEqual(['A. Jansen', 'B. de Vries']);
  });

  it('reads a title whose subject after `over` wraps onto a line starting with `van`', () => {
    const set = parseAsOf('2024-11-05', [
      'Schriftelijke vragen ex artikel 33 van het Reglement van Orde over de openingstijden',
      'van het zwembad aan de Parklaan in Oosterhoeve',
      '',
      'Geacht college,',
      '',
      '1. Waarom sluit het zwembad eerder?',
      '2. Komt er een ochtendzwemuur?',
    ]);
    expect(set.subject).toBe('de openingstijden van het zwembad aan de Parklaan in Oosterhoeve');
    expect(set.questions).toHaveLength(2);
  });

  it('drops a running header in columns printed only at the top of a later page', () => {
    const lines = normaliseLines(
      [
        'Gemeente Voorbeeld',
        'Vraag 1: Klopt dit?',
        'Antwoord 1',
        'Ja, wij vragen advies aan de Omgevings-',
        '',
        '- 1 -',
        '\fZaaknummer 2025-0001                    Beantwoording vragen',
        '',
        'dienst. Dat duurt even.',
      ].join('\n'),
    );
    expect(lines.join(' ')).not.toContain('Zaaknummer');
    expect(lines).toContain('Ja, wij vragen advies aan de Omgevingsdienst.');
  });

  it('reads `1.  Vraag: …` / indented `Antwoord: …` as question 1 and its answer; a two-word `Gemeente` letterhead names the municipality', () => {
    const set = parseAsOf('2024-11-05', [
      '# Gemeente Berg Voorbeeld',
      '',
      '1.  Vraag: Hoeveel bomen staan er in *het* park?',
      '    Antwoord: Het zijn er twaalf.',
      '',
      '2.  Vraag: Wanneer worden ze gesnoeid, zoals de motie *Snoei op tijd* (M24-003) vraagt?',
      '    Antwoord: In de winter.',
    ]);
    expect(set.municipality).toBe('Berg Voorbeeld');
    expectNumberedQuestions(set, [
      ['1', 'Hoeveel bomen staan er in het park?'],
      ['2', 'Wanneer worden ze gesnoeid, zoals de motie Snoei op tijd (M24-003) vraagt?'],
    ]);
    expectAnswers(set, [
      [['1'], 'Het zijn er twaalf.'],
      [['2'], 'In de winter.'],
    ]);
  });

  it('drops Markdown heading markers and bold around a question with italics inside', () => {
    expect(normaliseLines(['## Inleiding', '**1. Klopt de *Nota Groen 2024*?**', '#3 op de lijst'].join('\n'))).toEqual(
      ['Inleiding', '1. Klopt de Nota Groen 2024?', '#3 op de lijst'],
    );
  });

  it('reads a collegevoorstel above its answer letter: its `Steller` wrote it, its dates are not the set’s', () => {
    const set = parseAsOf('2024-11-05', [
      'GEMEENTE GOOISE MEREN',
      'COLLEGEVOORSTEL',
      '',
      'Zaaknummer              Z-2025-1',
      'Portefeuillehouder      wethouder K. Dijk',
      'Afdeling                Beheer',
      'Steller                 L. Ambtenaar',
      'Collegevergadering      22 april 2025',
      '',
      '-----------------------------------------',
      '',
      'Gemeente Gooise Meren',
      'Datum          23 april 2025',
      '',
      'Op 26 maart 2025 heeft de heer P. Vos van de fractie Groen vragen gesteld over bankjes.',
      '',
      'Vraag 1',
      'Komen er bankjes?',
      '',
      'Antwoord',
      'Ja.',
    ]);
    expect([set.municipality, set.reference, set.portfolioHolder, set.submitters]).toEqual([
      'Gooise Meren',
      'Z-2025-1',
      'K. Dijk',
      ['P. Vos'],
    ]);
    expect([set.receivedOn, set.answeredOn]).toEqual(['2025-03-26', '2025-04-23']);
  });

  it('reads a council letter that answers: `Aanleiding` in its own voice, annex and contact lines after the answers', () => {
    const set = parseAsOf('2024-11-05', [
      'RAADSINFORMATIEBRIEF',
      'Nummer:      RIB 2025-010',
      'Datum:       10 juni 2025',
      '',
      'Aanleiding',
      'Op 13 mei 2025 heeft de fractie van de SP (mw. A. Smit) vragen gesteld over bankjes.',
      '',
      'Kernboodschap',
      'Er komen meer bankjes.',
      '',
      'Vraag 1: Komen er bankjes?',
      'Antwoord: Ja.',
      '',
      'Bijlagen',
      'Geen',
      '',
      'Contactpersoon',
      'B. Ambtenaar, beleidsadviseur',
    ]);
    expect([set.explanation, set.introduction]).toEqual([
      null,
      'Op 13 mei 2025 heeft de fractie van de SP (mw. A. Smit) vragen gesteld over bankjes.\n\nEr komen meer bankjes.',
    ]);
    expect([set.submitters, set.party, set.documents]).toEqual([['A. Smit'], 'SP', []]);
    expectAnswerTexts(set, ['Ja.']);
  });

  it('reads a Word text export: a paragraph per line, bullet glyphs dropped, lost question numbers by position', () => {
    const set = parseQuestionSetText(
      [
        'Gemeente Voorbeeld',
        'Onderwerp:\tStorm',
        'Toelichting',
        'Tijdens de storm van 3 januari 2025 vielen in het Stadspark veel bomen om en bleven de paden dagenlang versperd. Bewoners melden dat:',
        '·\tde paden versperd waren;',
        '·\ter niemand kwam.',
        'Vragen',
        'Hoeveel bomen zijn omgevallen?',
        'Wat doet het college? Wij denken aan:',
        'o\teen vast telefoonnummer;',
        'o\textra ploegen.',
        'Wanneer is het park weer open?',
        'Antwoorden',
        'Antwoord op vraag 1:',
        'Veertig.',
        'Antwoord op vraag 2:',
        'Wij nemen maatregelen:',
        '-\twij zetten extra ploegen in;',
        '-\twij openen een meldpunt.',
        'Antwoord op vraag 3:',
        'Wij ruimen het park op. De volgende ronde start in april.',
      ].join('\r\n'),
      { reference: '2025-01-10' },
    );
    expect(set.explanation).toBe(
      'Tijdens de storm van 3 januari 2025 vielen in het Stadspark veel bomen om en bleven de paden dagenlang versperd. Bewoners melden dat:\n\nde paden versperd waren;\n\ner niemand kwam.',
    );
    expectNumberedQuestions(set, [
      ['1', 'Hoeveel bomen zijn omgevallen?'],
      ['2', 'Wat doet het college? Wij denken aan:\n\neen vast telefoonnummer;\n\nextra ploegen.'],
      ['3', 'Wanneer is het park weer open?'],
    ]);
    expect(set.answers[1].text).toBe(
      'Wij nemen maatregelen:\n\nwij zetten extra ploegen in;\n\nwij openen een meldpunt.',
    );
    expect(set.commitments.map((c) => c.sentence)).toEqual([
      'Wij ruimen het park op. De volgende ronde start in april.',
    ]);
    expect(set.warnings).toEqual([]);
  });

  it('keeps a printed list: each item a paragraph with its marker, a wrapped item joined, commitments without the marker', () => {
    const set = parseAsOf('2024-11-01', [
      'Onderwerp:    Speelplekken',
      '',
      'Vraag 1',
      'Welke speelplekken zijn vernieuwd?',
      '',
      'Antwoord',
      'Wij hebben dit jaar de volgende speelplekken vernieuwd:',
      '•  de speelplek aan de Lindelaan;',
      '•  de speelplek bij het dorpshuis, waar ook een nieuwe',
      '   wipkip staat.',
      '',
      'Vraag 2',
      'Wat gebeurt er nog?',
      '',
      'Antwoord',
      'Twee dingen. Het gaat om:',
      '–  Wij vervangen vóór 1 april 2025 de schommels aan de',
      '   Beukenlaan.',
      '–  De woningcorporatie zet in 2025 hekken.',
      'Meer staat er niet op de planning.',
    ]);
    expectAnswers(set, [
      [
        ['1'],
        'Wij hebben dit jaar de volgende speelplekken vernieuwd:\n\n• de speelplek aan de Lindelaan;\n\n• de speelplek bij het dorpshuis, waar ook een nieuwe wipkip staat.',
      ],
      [
        ['2'],
        'Twee dingen. Het gaat om:\n\n– Wij vervangen vóór 1 april 2025 de schommels aan de Beukenlaan.\n\n– De woningcorporatie zet in 2025 hekken.\n\nMeer staat er niet op de planning.',
      ],
    ]);
    expect(set.commitments.map((c) => [c.questions, c.sentence])).toEqual([
      [['2'], 'Wij vervangen vóór 1 april 2025 de schommels aan de Beukenlaan.'],
    ]);
  });

  it('reads a Markdown link as its text; its URL goes to the document the text names, or stands as a web page', () => {
    const set = parseAsOf('2024-11-01', [
      '# Schriftelijke vragen',
      '',
      '**Onderwerp:** Bomenkap',
      '',
      '1. Wanneer wordt het Bomenbeleidsplan 2022-2026 herzien?',
      '',
      '**Antwoord:** Wij herzien het [Bomenbeleidsplan 2022-2026](https://www.voorbeeld.nl/bomen-beleid) in het voorjaar van 2025.',
      '',
      '2. Waar kunnen bewoners meer lezen?',
      '',
      '**Antwoord:** Op de pagina over de [Boomfeestdag](https://www.boomfeestdag.example/over).',
    ]);
    expectAnswerTexts(set, [
      'Wij herzien het Bomenbeleidsplan 2022-2026 in het voorjaar van 2025.',
      'Op de pagina over de Boomfeestdag.',
    ]);
    expect(set.documents.map((d) => [d.kind, d.title, d.url])).toEqual([
      ['policy', 'Bomenbeleidsplan 2022-2026', 'https://www.voorbeeld.nl/bomen-beleid'],
      ['web', null, 'https://www.boomfeestdag.example/over'],
    ]);
    expect(set.commitments.map((c) => c.sentence)).toEqual([
      'Wij herzien het Bomenbeleidsplan 2022-2026 in het voorjaar van 2025.',
    ]);
  });

  it('reads a left field column: a subject wrapped in it whole, its field repeated beside the text of page 2 dropped', () => {
    const L = (left: string, right = ''): string => (right ? left.padEnd(22) + right : left);
    const set = parseAsOf('2024-11-04', [
      L('Datum'),
      L('4 november 2024', 'Geachte mevrouw Bos,'),
      L(''),
      L('Kenmerk', 'Hierbij beantwoorden wij uw vragen.'),
      L('UIT-2024-5521'),
      L('', '1. Komt er een extra bank'),
      L('Onderwerp', 'in het park?'),
      L('Antwoord vragen', ''),
      L('bankjes', 'Antwoord:'),
      L('Wilhelminapark', 'Ja. De bank komt bij de'),
      L('', 'ingang. De tekeningen van de'),
      L('Bijlage(n)', 'nieuwe bank en de paden sturen wij u'),
      L('geen', 'vóór 1 maart 2025 per brief. Ook de stads-'),
      L('1/2'),
      ' '.repeat(60) + '2/2',
      L('Kenmerk'),
      L('UIT-2024-5521', 'tuinier krijgt die.'),
      L(''),
      L('', 'Met vriendelijke groet,'),
    ]);
    expect(set.subject).toBe('Antwoord vragen bankjes Wilhelminapark');
    expectAnswerTexts(set, [
      'Ja. De bank komt bij de ingang. De tekeningen van de nieuwe bank en de paden sturen wij u vóór 1 maart 2025 per brief. Ook de stadstuinier krijgt die.',
    ]);
  });

  it('reads a RIS page copied as text: labels above their values, `Antwoord college`, back matter left out', () => {
    const set = parseAsOf('2024-11-05', [
      'Home',
      'Speeltuin Esweg',
      '',
      'Speeltuin Esweg',
      '',
      'Nummer',
      '2024-031',
      'Datum',
      '3 sep. 2024',
      'Onderwerp',
      'Speeltuin Esweg',
      'Indiener(s)',
      'A. Visser',
      'Datum beantwoording',
      '8 okt. 2024',
      '',
      'Vragen',
      '',
      '1. Wanneer gaat de speeltuin open?',
      '',
      'Antwoord college',
      '',
      '1. In het voorjaar.',
      '',
      'Documenten',
      'Vragen speeltuin.pdf',
      'PDF, 80 KB',
    ]);
    expect([set.reference, set.subject, set.submitters, set.receivedOn, set.answeredOn]).toEqual([
      '2024-031',
      'Speeltuin Esweg',
      ['A. Visser'],
      '2024-09-03',
      '2024-10-08',
    ]);
    expect(set.questions).toEqual([{ number: '1', text: 'Wanneer gaat de speeltuin open?' }]);
    expectAnswers(set, [[['1'], 'In het voorjaar.']]);
  });

  it('reads an unwrapped text (one line per paragraph): a line after an answer is its next paragraph; `Inleiding van de vragensteller` is the explanation', () => {
    const set = parseAsOf('2024-11-05', [
      'Indiener: dhr. W. Bos, fractie VVD',
      '',
      'Inleiding van de vragensteller',
      'Na de hoosbui van 12 mei 2025 liepen in het centrum van de stad veel kelders en winkels onder water, en ondernemers maken zich zorgen.',
      '',
      'Vraag 1: Hoeveel meldingen van wateroverlast heeft de gemeente ontvangen na de hoosbui van 12 mei 2025?',
      'Antwoord vraag 1: Wij ontvingen in totaal 143 meldingen van bewoners en ondernemers, waarvan 38 over water in woningen of bedrijfspanden en de rest over ondergelopen straten, tuinen en parkeergarages in het centrum.',
      'Voor de getroffen straten: zie het antwoord op vraag 2.',
      '',
      'Vraag 2: In welke straten waren de problemen het grootst?',
      'Antwoord vraag 2: In de Lange Straat en de Kerkstraat, waar het riool al jaren te klein is voor een bui als deze; dat staat ook in het gemeentelijk rioleringsplan dat de raad in 2022 vaststelde.',
    ]);
    expect(set.explanation).toMatch(/^Na de hoosbui/);
    expect(set.introduction).toBeNull();
    expect(set.answers[0].text.split('\n\n')).toHaveLength(2);
    expect(set.submitters).toEqual(['W. Bos']);
    expect(set.party).toBe('VVD');
  });

  it('reads a Word export with a paragraph per line as unwrapped although its closing formula ends in a comma', () => {
    const set = parseQuestionSetText(
      [
        'Gemeente Zeedorp',
        '',
        'Onderwerp: Verlichting fietspad Dijkweg',
        'Vragensteller: T. Mulder (Dorpsbelang)',
        '',
        'Vraag 1: Waarom brandt de verlichting langs het fietspad aan de Dijkweg sinds de storm niet meer?',
        'Antwoord college:',
        'Door de storm van februari zijn twee kabels beschadigd geraakt. De netbeheerder heeft die kabels inmiddels opgespoord en zal ze binnenkort vervangen, zodat de lampen weer branden.',
        'Tot die tijd staan er tijdelijke bouwlampen bij de twee gevaarlijkste bochten.',
        '',
        'Vraag 2: Komt er ook verlichting op het nieuwe deel van het fietspad richting de sporthal?',
        'Antwoord college:',
        'Ja. Op het nieuwe deel plaatsen wij lampen die alleen feller gaan branden als er een fietser aankomt, zodat vogels en vleermuizen in het natuurgebied er zo min mogelijk last van hebben.',
        '',
        'Het college van burgemeester en wethouders van Zeedorp,',
        'de secretaris,\tde burgemeester,',
      ].join('\r\n'),
      { reference: '2024-11-05' },
    );
    expect(set.answers.map((a) => a.text.split('\n\n').length)).toEqual([2, 1]);
    // Wrapped text (lines broken mid-sentence) still joins a line after a sentence's end into its paragraph.
    const wrapped = parseAsOf('2024-11-05', [
      'Vraag 1: Waarom brandt de verlichting langs het fietspad aan de Dijkweg niet?',
      'Antwoord 1: Door de storm van februari zijn twee kabels beschadigd geraakt. De',
      'netbeheerder vervangt ze binnenkort.',
      'Tot die tijd staan er bouwlampen bij de bochten, die wij dagelijks laten',
      'controleren.',
    ]);
    expect(wrapped.answers[0].text).not.toContain('\n');
  });

  it('leaves a form’s or document’s end marker and a footer address line out of the last answer', () => {
    const lastAnswer = (end: string): string =>
      parseAsOf('2024-11-05', [
        'Schriftelijke vragen',
        '',
        'Vraag 1: Wanneer wordt de brug bij de haven geverfd?',
        'Antwoord 1: De schilder begint in april.',
        '',
        'Vraag 2: Wat kost dat?',
        'Antwoord 2: Ongeveer 12.000 euro.',
        '',
        end,
      ]).answers[1].text;
    for (const end of [
      'Einde formulier',
      '--- einde ---',
      '*** Einde document ***',
      'Gemeente Zeedorp - Postbus 45 - 9911 ZK Zeedorp',
      'Havenplein 2 | 9911 ZK Zeedorp | T 14 0599',
    ])
      expect(lastAnswer(end)).toBe('Ongeveer 12.000 euro.');
    // A sentence naming an address is answer text.
    expect(lastAnswer('Bezwaar maken kan bij Postbus 45, 9911 ZK Zeedorp.')).toBe(
      'Ongeveer 12.000 euro.\n\nBezwaar maken kan bij Postbus 45, 9911 ZK Zeedorp.',
    );
    // After questions only, the end of the form lets the answer letter glued under it open with its own header.
    const form = parseAsOf('2024-11-05', [
      'FORMULIER SCHRIFTELIJKE VRAGEN',
      '',
      'Naam raadslid: P. Smit',
      'Datum: 2 maart 2025',
      '',
      '1. Wanneer wordt de brug bij de haven geverfd?',
      '2. Wat kost dat?',
      '',
      'Einde formulier',
      '',
      'GEMEENTE ZEEDORP',
      'Datum: 20 maart 2025',
      '',
      'Antwoord 1: De schilder begint in april.',
      'Antwoord 2: Ongeveer 12.000 euro.',
    ]);
    expect([form.questions[1].text, form.receivedOn, form.answeredOn]).toEqual([
      'Wat kost dat?',
      '2025-03-02',
      '2025-03-20',
    ]);
  });

  it('reads `Vraag N` in a reply above a quoted original numbering its questions `N.` as answer labels', () => {
    const set = parseAsOf('2024-11-12', [
      'Van: Team Bestuursondersteuning <bestuur@voorbeeld.nl>',
      'Verzonden: vrijdag 8 november 2024 11:02',
      'Aan: P. Hoekstra <p.hoekstra@raad.voorbeeld.nl>',
      'Onderwerp: RE: Vragen over de speeltuin aan de Beukenlaan',
      '',
      'Geachte heer Hoekstra,',
      '',
      'Hierbij de antwoorden van het college op uw vragen.',
      '',
      'Vraag 1',
      'De speeltuin is in augustus gekeurd en voldoet aan de eisen.',
      '',
      'Vraag 2',
      'Nee. Het toestel wordt in het voorjaar vervangen.',
      '',
      'Met vriendelijke groet,',
      '',
      'Team Bestuursondersteuning',
      '',
      '-----Oorspronkelijk bericht-----',
      'Van: P. Hoekstra <p.hoekstra@raad.voorbeeld.nl>',
      'Verzonden: maandag 21 oktober 2024 20:15',
      'Aan: Griffie <griffie@voorbeeld.nl>',
      'Onderwerp: Vragen over de speeltuin aan de Beukenlaan',
      '',
      'Geachte griffie,',
      '',
      'Ouders maken zich zorgen over de glijbaan in de speeltuin.',
      '',
      '1. Wanneer is de speeltuin voor het laatst gekeurd?',
      '2. Blijft de glijbaan open tot hij is vervangen?',
      '',
      'Met vriendelijke groet,',
      '',
      'P. Hoekstra',
    ]);
    expectNumberedQuestions(set, [
      ['1', 'Wanneer is de speeltuin voor het laatst gekeurd?'],
      ['2', 'Blijft de glijbaan open tot hij is vervangen?'],
    ]);
    expectAnswers(set, [
      [['1'], 'De speeltuin is in augustus gekeurd en voldoet aan de eisen.'],
      [['2'], 'Nee. Het toestel wordt in het voorjaar vervangen.'],
    ]);
    expect(set.explanation).toBe('Ouders maken zich zorgen over de glijbaan in de speeltuin.');
    expect(set.warnings).toEqual([]);
  });

  it('reads `zoals toegelicht in het antwoord op vraag N` as a reference back, not `zoals u in vraag N stelt`', () => {
    const set = parseAsOf('2024-11-05', [
      'Vraag 1. Hoeveel bomen zijn er gekapt?',
      'Vraag 2. Worden er nieuwe bomen geplant?',
      'Vraag 3. Is de buurt gehoord?',
      '',
      'Antwoord 1. Er zijn elf bomen gekapt.',
      'Antwoord 2. Ja, zoals u in vraag 1 al aangeeft zijn er bomen weg; er komen er twintig terug.',
      'Antwoord 3. Ja. De buurt heeft meegedacht over de soorten, zoals eerder toegelicht in het antwoord op vraag 2.',
    ]);
    expect(set.answers.map((a) => a.refersTo)).toEqual([[], [], ['2']]);
  });

  it('leaves footnotes with bracketed markers under a rule out of the text, keeps the markers, reads their documents in place', () => {
    const set = parseAsOf('2024-11-05', [
      'Fractie Stadsbelang',
      '',
      'Betreft: Zwemles op de basisschool',
      '',
      'Geacht college,',
      '',
      'Steeds minder kinderen halen hun zwemdiploma voor hun tiende.[1] Dat baart ons zorgen.',
      '',
      'In de Sportnota Westdorp 2021-2025 staat schoolzwemmen als ambitie.[2]',
      '',
      'Wij stellen daarom de volgende vragen:',
      '',
      '____________________',
      '[1] Motie M2022-08 over zwemveiligheid.',
      '[2] https://www.westdorp.nl/sportnota',
      '',
      'Fractie Stadsbelang   |   Vragen zwemles                       1',
      '\f',
      '1. Hoeveel kinderen hebben geen zwemdiploma?',
      '',
      '2. Komt het schoolzwemmen terug?',
      '',
      'Met vriendelijke groet,',
      '',
      'K. Verbeek',
      '',
      'Fractie Stadsbelang   |   Vragen zwemles                       2',
    ]);
    expect(set.explanation).toBe(
      'Steeds minder kinderen halen hun zwemdiploma voor hun tiende.[1] Dat baart ons zorgen.\n\nIn de Sportnota Westdorp 2021-2025 staat schoolzwemmen als ambitie.[2]\n\nWij stellen daarom de volgende vragen:',
    );
    expectQuestions(set, ['Hoeveel kinderen hebben geen zwemdiploma?', 'Komt het schoolzwemmen terug?']);
    expect(set.documents.map((d) => d.reference ?? d.title ?? d.url)).toEqual([
      'M2022-08',
      'Sportnota Westdorp 2021-2025',
      'https://www.westdorp.nl/sportnota',
    ]);
  });

  it('takes the phrase in the part of the sentence where the college acts, and leaves the council’s act out', () => {
    const found = detectCommitments(
      [
        'Vanaf 1 januari 2026 geldt de nieuwe regeling; wij informeren alle bewoners in december 2025 met een brief.',
        'Wij bespreken het ontwerp in maart 2025 met uw raad. De vaststelling door de raad staat gepland voor juni 2025.',
      ].join(' '),
      '2024-11-05',
      ['1'],
    );
    expect(found.map((c) => c.phrase)).toEqual(['in december 2025', 'in maart 2025']);
  });

  it('reads a questions form: `GEMEENTERAAD X`, `Naam raadslid/raadsleden:`, and ends the questions at `Handtekening(en):`', () => {
    const set = parseAsOf('2024-11-05', [
      'GEMEENTERAAD VOORBEELDDORP',
      'Formulier schriftelijke vragen',
      '',
      'Naam raadslid/raadsleden:  dhr. A. Visser, mw. B. Bos',
      'Onderwerp:                 Bankjes',
      '',
      'Vragen:',
      '1. Waarom staan er zo weinig bankjes in het park?',
      '',
      'Handtekening(en): A. Visser / B. Bos',
      '',
      'Dit formulier mailen naar de griffie. De griffie stuurt u een bevestiging.',
    ]);
    expect([set.municipality, set.submitters]).toEqual(['Voorbeelddorp', ['A. Visser', 'B. Bos']]);
    expect(set.questions).toEqual([{ number: '1', text: 'Waarom staan er zo weinig bankjes in het park?' }]);
  });

  it('reads an answer letter numbering its answers, with the questions letter attached as `Bijlage`', () => {
    const set = parseAsOf('2024-11-05', [
      'Gemeente Voorbeeld',
      'Datum          : 22 april 2025',
      'Ons kenmerk    : 2025-1',
      '',
      'In uw brief van 3 maart 2025 stelt u ons vragen over bankjes. Wij beantwoorden ze in dezelfde volgorde.',
      '',
      "1.  Ja. Zie de raadsinformatiebrief 'Bankjes' van 20 januari 2025 (RIB 2025-004).",
      '',
      '2.  Nee.',
      '',
      'Met vriendelijke groet,',
      'Het college van burgemeester en wethouders van Voorbeeld,',
      '',
      'BIJLAGE',
      '',
      'Voorbeeld, 3 maart 2025',
      '',
      'Geacht college,',
      '',
      'In het park staan te weinig bankjes.',
      '',
      'Vraag 1: Komen er bankjes?',
      'Vraag 2: Komen er ook tafels?',
      '',
      'Met vriendelijke groet,',
      'A. Smit',
    ]);
    expectAnswers(set, [
      [['1'], "Ja. Zie de raadsinformatiebrief 'Bankjes' van 20 januari 2025 (RIB 2025-004)."],
      [['2'], 'Nee.'],
    ]);
    expect([set.receivedOn, set.answeredOn, set.explanation]).toEqual([
      '2025-03-03',
      '2025-04-22',
      'In het park staan te weinig bankjes.',
    ]);
    expect(set.documents).toEqual([
      { kind: 'council_letter', reference: '2025-004', title: 'Bankjes', date: '2025-01-20', url: null },
    ]);
  });

  it('takes footnotes under a rule out of the page, drops their markers, and lets their URLs name documents', () => {
    const set = parseAsOf('2024-11-05', [
      'Vraag 1',
      "Hoe staat het met de motie 'Groen dorp'2 (M2024-03)?",
      'Antwoord',
      'Dat staat in het Bomenregister Oost1. Wij planten nog twintig bo-',
      '',
      '__________',
      '1 Bomenregister Oost, https://example.nl/bomen.pdf',
      '2 https://ris.example.nl/Document/M2024-03',
      '- 1 -',
      '\fmen.',
    ]);
    expect(set.questions[0].text).toBe("Hoe staat het met de motie 'Groen dorp' (M2024-03)?");
    expect(set.answers[0].text).toBe('Dat staat in het Bomenregister Oost. Wij planten nog twintig bomen.');
    expect(set.documents).toEqual([
      {
        kind: 'motion',
        reference: 'M2024-03',
        title: 'Groen dorp',
        date: null,
        url: 'https://ris.example.nl/Document/M2024-03',
      },
      { kind: 'other', reference: null, title: 'Bomenregister Oost', date: null, url: 'https://example.nl/bomen.pdf' },
    ]);
  });

  it("drops a pipe table's top border above its header row and reads the number inside the question cell", () => {
    const set = parseAsOf('2024-11-05', [
      'Het college beantwoordt de vragen als volgt.',
      '',
      '|------------------------|------------------------|',
      '| Vraag                  | Antwoord               |',
      '|------------------------|------------------------|',
      '| 1) Hoeveel bomen staan | Er staan er twaalf.    |',
      '|    er in het park?     |                        |',
      '|------------------------|------------------------|',
    ]);
    expect(set.introduction).toBe('Het college beantwoordt de vragen als volgt.');
    expect(set.questions).toEqual([{ number: '1', text: 'Hoeveel bomen staan er in het park?' }]);
  });

  it('reads a tab field `Toelichting⇥…` without a colon as the explanation, however long', () => {
    const set = parseAsOf('2024-11-05', [
      'Onderwerp\tBankjes langs de Vliet',
      'Indiener\tA. de Wit',
      '',
      'Toelichting\tWandelaars langs de Vliet missen al sinds het voorjaar een plek om even te zitten en uit te rusten.',
      '',
      'Vraag 1: Komen de bankjes terug?',
      'Antwoord 1: Ja.',
    ]);
    expect(set.explanation).toBe(
      'Wandelaars langs de Vliet missen al sinds het voorjaar een plek om even te zitten en uit te rusten.',
    );
    expect(set.introduction).toBeNull();
  });

  it('reads a `Toelichting:` field with its text on the same line as the explanation, however long', () => {
    const set = parseAsOf('2024-11-05', [
      'Onderwerp:\tBomen in het park',
      'Toelichting:\tBewoners van de wijk melden dat er de laatste maanden steeds meer bomen zijn gekapt.',
      '\tZij vragen zich af waarom.',
      '',
      'Vraag 1: Hoeveel bomen zijn gekapt?',
      'Antwoord 1: Vier.',
    ]);
    expect(set.explanation).toBe(
      'Bewoners van de wijk melden dat er de laatste maanden steeds meer bomen zijn gekapt. Zij vragen zich af waarom.',
    );
    expect(set.introduction).toBeNull();
    // Inside an answer such a long line is the answer's own text.
    const inAnswer = parseAsOf('2024-11-05', [
      'Vraag 1: Wat kost het?',
      'Antwoord 1: Veertig euro.',
      'Toelichting: dit bedrag is het gemiddelde van de tarieven van de afgelopen drie jaar in de regio.',
    ]);
    expect(inAnswer.answers[0].text).toContain('Toelichting: dit bedrag');
  });

  it("skips a form's title with its `=` underline and its checkbox line, and reads `Toelichting / aanleiding`", () => {
    const set = parseAsOf('2024-11-05', [
      'FORMULIER SCHRIFTELIJKE VRAGEN (art. 40 Reglement van Orde)',
      '==========================================',
      '',
      'Onderwerp:     Bomen in het park',
      'Soort vragen:  [X] schriftelijke vragen   [ ] vragenuur',
      '',
      'Toelichting / aanleiding:',
      'Bewoners melden dat er bomen zijn gekapt.',
      '',
      'Vragen:',
      '1. Hoeveel bomen zijn gekapt?',
      '',
      'Antwoord 1:',
      'Vier.',
    ]);
    expect(set.explanation).toBe('Bewoners melden dat er bomen zijn gekapt.');
    expect(set.introduction).toBeNull();
    expect(set.legalBasis).toBe('art. 40 Reglement van Orde');
  });

  it('keeps a number skipped in both a questions block and a block of labelled answers without a warning', () => {
    const blocks = parseAsOf('2025-03-20', [
      'Onderwerp: Speeltuinen',
      '',
      'Vragen',
      '1. Hoeveel speeltuinen zijn er?',
      '2. Zijn ze veilig?',
      '4. Komen er meer?',
      '',
      'Antwoorden',
      '',
      'Antwoord 1',
      'Twaalf.',
      '',
      'Antwoord 2',
      'Ja.',
      '',
      'Antwoord 4',
      'Nee.',
    ]);
    expect(blocks.questions.map((q) => q.number)).toEqual(['1', '2', '4']);
    expect(blocks.warnings).toEqual([]);
    // Interleaved, a lost question and its answer are one lost piece: the gap is told.
    const interleaved = parseQuestionSetText(
      'Vraag 1: Hoeveel speeltuinen zijn er?\nAntwoord 1: Twaalf.\n\nVraag 3: Komen er meer?\nAntwoord 3: Nee.\n',
      { reference: '2025-03-20' },
    );
    expect(interleaved.warnings).toEqual(['Vraag 2 is niet gevonden; controleer de nummering.']);
  });

  it('names both parties when the councillors asking together belong to two groups (`A (X); B (Y)`)', () => {
    const set = parseAsOf('2025-03-20', [
      'Indieners:   P. Smit (Dorpslijst); K. de Wit, J. Bos (GroenLinks)',
      'Onderwerp:   Bankjes in het park',
      '',
      'Vraag 1: Komen er meer bankjes?',
      'Antwoord 1: Ja.',
    ]);
    expect(set.party).toBe('Dorpslijst en GroenLinks');
    expect(set.submitters).toEqual(['P. Smit', 'K. de Wit', 'J. Bos']);
  });

  it('reads the party from an address line `Fractie X Plaats` and a quoted letter’s date without a number', () => {
    const set = parseAsOf('2025-03-20', [
      'Gemeente Voorbeeld',
      '',
      'Mevrouw T. Kok',
      'Fractie D66 Voorbeeld',
      '',
      'Onderwerp: beantwoording vragen over bankjes',
      '',
      'Vraag 1: Komen er meer bankjes?',
      'Antwoord 1: Ja, zoals de raadsbrief ‘Bankjes in het park’ van 3 maart 2025 meldde.',
    ]);
    expect(set.party).toBe('D66');
    expect(set.documents.map((d) => d.date)).toEqual(['2025-03-03']);
  });

  it('takes a one-word name opening a sentence as a third party when the text prints it inside a sentence too', () => {
    const text =
      'Wij maken afspraken met Groenwerk over het maaien. Groenwerk maait in april 2025 de bermen. ' +
      'Daarnaast start in mei 2025 de aanleg van het pad.';
    expect(detectCommitments(text, '2025-03-20', ['1']).map((c) => c.phrase)).toEqual(['in mei 2025']);
  });

  it('reads `Reglement van Orde` broken over two lines as the legal basis', () => {
    // (The name going on, `voor de raad`, is part of it: see the rule for the Reglement's full name below.)
    expect(findLegalBasis('gesteld op grond van artikel 41 van het Reglement van\nOrde voor de raad.')).toBe(
      'artikel 41 van het Reglement van Orde voor de raad',
    );
  });

  it('reads a `+---+` grid whose left column labels the rows (`Vraag 1`, `Antwoord 1` wrapped over two label lines)', () => {
    const set = parseAsOf('2024-11-05', [
      '+-------------+----------------------------------+',
      '| Onderwerp   | Bomen in het park                |',
      '+-------------+----------------------------------+',
      '| Toelichting | Bewoners melden dat er bomen     |',
      '|             | zijn gekapt.                     |',
      '+-------------+----------------------------------+',
      '',
      '+-------------+----------------------------------+',
      '| Vraag 1     | Hoeveel bomen zijn er gekapt?    |',
      '+-------------+----------------------------------+',
      '| Vraag 2     | Komen er nieuwe bomen?           |',
      '+-------------+----------------------------------+',
      '| Antwoord 1  | Er zijn vier bomen gekapt. Wij   |',
      '| en 2        | planten er acht terug in de prak-|',
      '|             | tijk.                            |',
      '|             |                                  |',
      '|             | Dat zijn linden.                 |',
      '+-------------+----------------------------------+',
    ]);
    expect(set.subject).toBe('Bomen in het park');
    expect(set.explanation).toBe('Bewoners melden dat er bomen zijn gekapt.');
    expectQuestions(set, ['Hoeveel bomen zijn er gekapt?', 'Komen er nieuwe bomen?']);
    expect(set.answers).toEqual([
      {
        questions: ['1', '2'],
        text: 'Er zijn vier bomen gekapt. Wij planten er acht terug in de praktijk.\n\nDat zijn linden.',
        refersTo: [],
      },
    ]);
    // A table of figures inside an answer keeps its cells.
    const figures = parseAsOf('2024-11-05', [
      'Vraag 1: Hoeveel bomen staan er?',
      'Antwoord 1: Zo veel:',
      '| Centrum | 12 |',
      '| Oost    | 30 |',
    ]);
    expect(figures.answers[0].text).toContain('| Centrum | 12 |');
  });

  it('reads a RIS field block with a last-modified stamp, and drops the page chrome around the set', () => {
    const set = parseAsOf('2024-11-05', [
      'Home > Raad > Schriftelijke vragen',
      '',
      'Zoeken    Agenda    Inloggen',
      '',
      'Schriftelijke vragen Groen Dorp over bankjes',
      '',
      'Gegevens',
      'Onderwerp             Bankjes in het park',
      'Indiener              B. Smit',
      'Datum ontvangst       03-03-2025',
      'Datum beantwoording   22-04-2025',
      'Laatst bijgewerkt     23-04-2025 10:02',
      '',
      'Documenten',
      '  Vragen bankjes.pdf (PDF, 80 kB)',
      '',
      'Vragen',
      '1. Komen er meer bankjes?',
      '',
      'Antwoorden',
      'Antwoord 1',
      'Ja, twee.',
      '',
      'Deel deze pagina    Print    Terug naar overzicht',
      '',
      'Privacy | Cookies',
    ]);
    expect([set.subject, set.submitters, set.receivedOn, set.answeredOn, set.introduction]).toEqual([
      'Bankjes in het park',
      ['B. Smit'],
      '2025-03-03',
      '2025-04-22',
      null,
    ]);
    expect(set.answers[0].text).toBe('Ja, twee.');
  });

  it('reads the received date from `Op … ontvingen wij uw vragen` in the opening', () => {
    const set = parseAsOf('2025-03-20', [
      'Gemeente Voorbeeld',
      '',
      'Breda, 12 maart 2025',
      '',
      'Geachte heer Peters,',
      '',
      'Op 20 februari 2025 ontvingen wij uw vragen over de markt. Hieronder leest u onze antwoorden.',
      '',
      'Vraag 1',
      'Blijft de markt op zaterdag?',
      '',
      'Antwoord',
      'Ja.',
    ]);
    expect([set.receivedOn, set.answeredOn]).toEqual(['2025-02-20', '2025-03-12']);
  });

  it('reads a column-aligned block of `Jaar`, `Nummer`, `Portefeuillehouder(s)` as fields, not as two text columns', () => {
    const set = parseAsOf('2025-03-20', [
      'Gemeenteblad',
      '',
      'Jaar                    2025',
      'Afdeling                3',
      'Nummer                  442',
      'Publicatiedatum         14 maart 2025',
      '',
      'Onderwerp: Beantwoording schriftelijke vragen over de kermis',
      '',
      'Portefeuille(s)         Cultuur en Evenementen',
      'Portefeuillehouder(s)   J. Brink',
      'Behandelend ambtenaar   P. Stam, 010 123 4567',
      '',
      'Utrecht, 10 maart 2025',
      '',
      '1. Komt de kermis terug?',
      '',
      'Antwoord:',
      'Ja.',
    ]);
    expect([set.reference, set.portfolioHolder, set.submitters, set.answeredOn]).toEqual([
      '442',
      'J. Brink',
      [],
      '2025-03-10',
    ]);
  });

  it('splits the college’s `… heeft de vragen als volgt beantwoord.` off the party’s explanation as the introduction', () => {
    const set = parseAsOf('2025-03-20', [
      'Onderwerp: Beantwoording schriftelijke vragen over de bibliotheek',
      '',
      'Toelichting van de vragensteller',
      'De bibliotheek in de wijk sluit vaker vroeg. Daarom heeft het lid Bakker de volgende vragen gesteld.',
      '',
      'Het college heeft de vragen als volgt beantwoord.',
      '',
      '1. Waarom sluit de bibliotheek eerder?',
      '',
      'Antwoord:',
      'Door personeelstekort.',
    ]);
    expect([set.explanation, set.introduction]).toEqual([
      'De bibliotheek in de wijk sluit vaker vroeg. Daarom heeft het lid Bakker de volgende vragen gesteld.',
      'Het college heeft de vragen als volgt beantwoord.',
    ]);
  });

  it('keeps a URL on its own line that ends a wrapped sentence, and drops one standing alone', () => {
    const set = parseAsOf('2025-03-20', [
      'https://raad.voorbeeld.nl/stukken',
      '',
      'Vraag 1',
      'Waar staat het rooster?',
      '',
      'Antwoord',
      'Het rooster staat op onze website, kijk op',
      'https://www.voorbeeld.nl/afval/rooster.',
    ]);
    expect(set.answers[0].text).toBe(
      'Het rooster staat op onze website, kijk op https://www.voorbeeld.nl/afval/rooster.',
    );
  });

  it('reads `de leden A en De B, beiden van de fractie van X` as submitters and party', () => {
    const set = parseAsOf('2025-03-20', [
      'Toelichting',
      'Daarom hebben de leden Bos en De Wit, beiden van de fractie van Stadsbelang, op 3 maart 2025 de volgende vragen gesteld.',
      '',
      '1. Komt er een bank?',
      '',
      'Antwoord:',
      'Ja.',
    ]);
    expect([set.submitters, set.party, set.receivedOn]).toEqual([['Bos', 'De Wit'], 'Stadsbelang', '2025-03-03']);
  });

  it('reads `Datum raadsvragen` and `Vragen ingediend` as the received date', () => {
    for (const label of ['Datum raadsvragen    ', 'Vragen ingediend     ', 'Datum schriftelijke vragen:']) {
      const set = parseAsOf('2025-03-10', [
        'ANTWOORDFORMULIER',
        '',
        'Onderwerp            : Losliggende stoeptegels',
        `${label} 2 februari 2025`,
        'Datum beantwoording  : 3 maart 2025',
        '',
        'Vraag 1',
        'Worden de tegels hersteld?',
        '',
        'Antwoord',
        'Ja.',
      ]);
      expect([label, set.receivedOn, set.answeredOn]).toEqual([label, '2025-02-02', '2025-03-03']);
    }
  });

  it('reads a portfolio holder with a spaced double surname from `Namens wethouder …`', () => {
    const set = parseAsOf('2024-11-05', [
      'Namens wethouder C. de Wit - van Dam stuur ik u de antwoorden.',
      '',
      'Vraag 1: Klopt dit?',
      'Antwoord 1: Ja.',
    ]);
    expect(set.portfolioHolder).toBe('C. de Wit-van Dam');
  });

  it('reads a place-and-date line with a numeric date as the date of a questions-only letter', () => {
    const set = parseAsOf('2024-11-05', [
      'Oosterdorp, 07-10-2024',
      '',
      'Onderwerp: Bankjes',
      '',
      'Vraag 1: Komen er meer bankjes?',
    ]);
    expect([set.receivedOn, set.answers]).toEqual(['2024-10-07', []]);
  });

  it('reads a roman answer label naming several questions (`Antwoord II en III`) as one answer to both', () => {
    const set = parseQuestionSetText(
      [
        'Vraag I',
        'Hoeveel bankjes staan er in het park?',
        'Antwoord I',
        'Het zijn er acht.',
        'Vraag II',
        'Worden er meer geplaatst?',
        'Vraag III',
        'Zo ja, waar?',
        'Antwoord II en III',
        'Ja, bij de vijver.',
      ].join('\r\n'),
      { reference: '2024-11-05' },
    );
    expectAnswers(set, [
      [['1'], 'Het zijn er acht.'],
      [['2', '3'], 'Ja, bij de vijver.'],
    ]);
    expect(set.warnings).toEqual([]);
  });

  it('finds the signing portfolio holder above `wethouder …` when titles precede the initials', () => {
    const set = parseAsOf('2024-11-05', [
      'Vraag 1:',
      'Klopt dit?',
      'Antwoord:',
      'Ja.',
      '',
      'Met vriendelijke groet,',
      'namens het college van burgemeester en wethouders,',
      '',
      'mr. drs. K.L. de Wit',
      'wethouder Cultuur en Erfgoed',
    ]);
    expect(set.portfolioHolder).toBe('K.L. de Wit');
  });

  it('leaves out a condition after a semicolon and an act of another, named municipality', () => {
    const found = (text: string, own: string | null = 'Voorbeeld') =>
      detectCommitments(text, '2025-02-01', ['1'], own).map((c) => c.phrase);
    expect(found('Een verbod overwegen wij nu niet; als de proef mislukt, kijken wij in 2026 opnieuw.')).toEqual([]);
    expect(found('De gemeente Grensdorp past in 2025 haar regels aan.')).toEqual([]);
    expect(found('De gemeente Voorbeeld past in 2025 haar regels aan.')).toEqual(['in 2025']);
    expect(found('Samen met de gemeente Grensdorp passen wij in 2025 de regels aan.')).toEqual(['in 2025']);
    expect(found('De gemeente past in 2025 de regels aan.', null)).toEqual(['in 2025']);
  });

  it('does not join a short sentence with a third party as its subject to the sentence before it', () => {
    const text =
      'De greppels langs de dorpswegen zijn van de gemeente; de grote vaarten zijn van de polder. ' +
      'Het waterschap baggert de vaarten in maart. Wij laten de greppels eind maart uitdiepen.';
    expect(detectCommitments(text, '2025-02-01', ['5'], 'Voorbeeld')).toEqual([
      {
        questions: ['5'],
        sentence: 'Wij laten de greppels eind maart uitdiepen.',
        phrase: 'eind maart',
        deadline: '2025-03-31',
      },
    ]);
    const other = 'Wij beheren de kade. Het hoogheemraadschap versterkt de dijk in 2026.';
    expect(detectCommitments(other, '2025-02-01', ['5'], 'Voorbeeld')).toEqual([]);
  });

  it('leaves out what was done, told in the perfect tense, but keeps an earlier promise of the college’s own act', () => {
    const found = (text: string) => detectCommitments(text, '2025-02-01', ['1'], 'Voorbeeld').map((c) => c.phrase);
    expect(found('Wij hebben in oktober een gesprek met de brandweer en de huisartsen gevoerd.')).toEqual([]);
    expect(found('Wij zijn inmiddels in maart gestart met de aanleg van het fietspad.')).toEqual([]);
    expect(found('Wij hebben al in maart de bewoners en winkeliers uitgenodigd voor een avond.')).toEqual([]);
    expect(found('Wij hebben toegezegd dat wij in maart de raad hebben geïnformeerd.')).toEqual([]);
    expect(found('Wij voeren in maart een gesprek met de brandweer en de huisartsen.')).toEqual(['in maart']);
    expect(found('Wij hebben overleg gevoerd en starten in maart met de aanleg.')).toEqual(['in maart']);
    expect(found('Wij hebben toegezegd dat wij vóór 1 mei de raad informeren over de kosten.')).toEqual(['vóór 1 mei']);
  });

  it('leaves out what the college did, told in the simple past next to `wij`, and an act held back by `pas … als`', () => {
    const found = (text: string) => detectCommitments(text, '2025-02-01', ['1'], 'Voorbeeld').map((c) => c.phrase);
    expect(found('In 2025 startten wij met de bouw van de brug.')).toEqual([]);
    expect(found('In 2025 meldden wij de schade bij de verzekeraar.')).toEqual([]);
    expect(found('Wij kregen in 2025 veertig aanvragen voor een subsidie.')).toEqual([]);
    expect(found('Wij werkten in 2025 aan een nieuw plan voor de haven.')).toEqual([]);
    expect(found('Wij zetten in maart een extra bus in naar de markt.')).toEqual(['in maart']);
    expect(found('In maart melden wij de uitkomst aan uw raad.')).toEqual(['In maart']);
    expect(found('De regeling bestaat al, maar wij passen haar pas toe als het overleg in april mislukt.')).toEqual([]);
  });

  it('drops the article of `fractie van het …` after the names and ends the last answer at `… uw vragen hiermee te hebben beantwoord`', () => {
    const set = parseAsOf('2024-11-05', [
      'Ingediend door : K. Vos en L. Maas, fractie van de VVD',
      'Onderwerp      : Bankjes in het Westpark',
      '',
      'Vraag 1',
      'Komen er nieuwe bankjes in het Westpark?',
      '',
      'Antwoord 1',
      'Ja, wij plaatsen er vier bij de vijver.',
      '',
      'Wij hopen de vragen hiermee te hebben beantwoord.',
      '',
      'Burgemeester en wethouders van Westdorp,',
    ]);
    expect(set.party).toBe('VVD');
    expect(set.submitters).toEqual(['K. Vos', 'L. Maas']);
    expectAnswerTexts(set, ['Ja, wij plaatsen er vier bij de vijver.']);
  });

  it('ends a sentence after an amount with groups of three digits, not after a section number', () => {
    const found = (text: string) => detectCommitments(text, '2025-02-01', ['1'], 'Voorbeeld').map((c) => c.sentence);
    expect(found('In maart vernieuwen wij het speelveld voor € 45.000. Zie ook het antwoord op vraag 2.')).toEqual([
      'In maart vernieuwen wij het speelveld voor € 45.000.',
    ]);
    expect(found('In maart passen wij paragraaf 4.2. Daarin staat de planning aan.')).toHaveLength(1);
  });

  it('names an e-mail sender as signed when the signature writes the first name out', () => {
    const set = parseAsOf('2024-11-05', [
      'Van: Griffie Oosterdorp <griffie@oosterdorp.nl>',
      'Verzonden: dinsdag 8 april 2025 10:00',
      'Onderwerp: RE: Schriftelijke vragen: Bankjes',
      '',
      'Ad 1.',
      'Ja, er komen er twee bij.',
      '',
      'Op di 4 mrt 2025 om 09:15 schreef K. de Bruin <k.debruin@example.nl>:',
      '> 1. Komen er meer bankjes?',
      '>',
      '> Met vriendelijke groet,',
      '>',
      '> Karel de Bruin',
    ]);
    expect([set.submitters, set.receivedOn]).toEqual([['Karel de Bruin'], '2025-03-04']);
  });
  it('reads a header in label columns the same with one blank line or several above a side-by-side table', () => {
    const text = (gap: number): string =>
      [
        'Schriftelijke vragen                         Registratienummer:     R-0412',
        'Onderwerp: Bankjes in het Stadspark          Datum ontvangst:       3 maart 2025',
        'Fractie:   Groen Dorp                        Datum beantwoording:   1 april 2025',
        ...Array<string>(gap).fill(''),
        'Vraag                                 Antwoord',
        '',
        '1. Komen er meer bankjes in het       Ja, er komen er dit voorjaar vier bij,',
        '   park?                              bij de vijver en bij de speeltuin.',
        '',
        '2. Worden de oude bankjes             Nee, die zijn vorig jaar al vervangen',
        '   opgeknapt?                         en in goede staat.',
      ].join('\n');
    const header = (gap: number) => {
      const set = parseQuestionSetText(text(gap), { reference: '2024-11-05' });
      return [set.reference, set.subject, set.party, set.receivedOn, set.answeredOn, set.questions.length];
    };
    expect(header(1)).toEqual(['R-0412', 'Bankjes in het Stadspark', 'Groen Dorp', '2025-03-03', '2025-04-01', 2]);
    expect(header(3)).toEqual(header(1));
  });

  it('reads an e-mail reply with its answers above the quoted original, whose lead-in wraps after `Namens de fractie … stellen wij`', () => {
    const set = parseAsOf('2024-11-05', [
      'Van: Raadsgriffie Westerveld <raadsgriffie@westerveld.example>',
      'Verzonden: maandag 3 februari 2025 11:20',
      'Aan: Petra Lubbers <p.lubbers@raad.example>',
      'Onderwerp: RE: Schriftelijke vragen: Parkeren bij de sporthal',
      '',
      'Geachte mevrouw Lubbers,',
      '',
      'Namens wethouder K. Mulder stuur ik u de antwoorden van het college op uw',
      'vragen over het parkeren bij de sporthal.',
      '',
      'Antwoord vraag 1 en 2:',
      'Er zijn veertig plaatsen. Wij tellen in maart 2025 opnieuw.',
      '',
      'Antwoord vraag 3:',
      'Nee.',
      '',
      'Met vriendelijke groet,',
      '',
      'Eva Bos',
      'Raadsgriffie Westerveld',
      '',
      'Deze e-mail is alleen bedoeld voor de geadresseerde. Heeft u dit bericht',
      'per abuis ontvangen, verwijder het dan.',
      '',
      '-----Oorspronkelijk bericht-----',
      'Van: Petra Lubbers <p.lubbers@raad.example>',
      'Verzonden: vrijdag 10 januari 2025 16:05',
      'Aan: Raadsgriffie Westerveld <raadsgriffie@westerveld.example>',
      'Onderwerp: Schriftelijke vragen: Parkeren bij de sporthal',
      '',
      'Beste griffie,',
      '',
      'Namens de fractie van Dorpsbelang Westerveld stellen wij de volgende',
      'vragen. Bij wedstrijden staan auto’s in de berm.',
      '',
      '1. Hoeveel parkeerplaatsen zijn er bij de sporthal?',
      '2. Zijn dat er genoeg?',
      '3. Komt er een parkeerverbod in de berm?',
      '',
      'Met vriendelijke groet,',
      '',
      'Petra Lubbers',
      'Dorpsbelang Westerveld',
    ]);
    expect(set.questions.map((q) => q.number)).toEqual(['1', '2', '3']);
    expectAnswers(set, [
      [['1', '2'], 'Er zijn veertig plaatsen. Wij tellen in maart 2025 opnieuw.'],
      [['3'], 'Nee.'],
    ]);
    expect(set.explanation).toBe(
      'Namens de fractie van Dorpsbelang Westerveld stellen wij de volgende vragen. Bij wedstrijden staan auto’s in de berm.',
    );
    expect(set.introduction).toBe(
      'Namens wethouder K. Mulder stuur ik u de antwoorden van het college op uw vragen over het parkeren bij de sporthal.',
    );
    expect([set.subject, set.party, set.submitters, set.portfolioHolder]).toEqual([
      'Parkeren bij de sporthal',
      'Dorpsbelang Westerveld',
      ['Petra Lubbers'],
      'K. Mulder',
    ]);
    expect([set.receivedOn, set.answeredOn]).toEqual(['2025-01-10', '2025-02-03']);
    expect(JSON.stringify(set)).not.toContain('per abuis');
    expect(set.warnings).toEqual([]);
  });

  it('keeps `vragen:` finishing a wrapped quoted lead-in as its last word, not as a heading', () => {
    const set = parseAsOf('2024-11-05', [
      'Op ma 3 mrt 2025 om 10:02 schreef Tim Wouters <t.wouters@raad.example>:',
      '> Beste griffie,',
      '>',
      '> De veerpont vaart sinds januari minder vaak. Om die reden leg ik het college de volgende',
      '> vragen:',
      '>',
      '> 1. Waarom vaart de pont minder vaak?',
      '> 2. Wanneer vaart hij weer elk half uur?',
      '>',
      '> Met vriendelijke groet,',
      '> Tim Wouters',
    ]);
    expect(set.explanation).toBe(
      'De veerpont vaart sinds januari minder vaak. Om die reden leg ik het college de volgende vragen:',
    );
    expect(set.questions.map((q) => q.number)).toEqual(['1', '2']);
  });

  it('leaves a web page’s row of links and a form’s note on where it was sent out of the texts', () => {
    const page = parseAsOf('2024-11-05', [
      'Onderwerp\tSpeeltuin Molenwijk',
      '',
      'Vraag 1: Wanneer gaat de speeltuin weer open?',
      'Antwoord: In het voorjaar.',
      '',
      'Vraag 2: Komt er een schommel voor kinderen met een beperking?',
      '',
      'Stuur door · Print deze pagina · Naar het archief',
    ]);
    expectQuestions(page, [
      'Wanneer gaat de speeltuin weer open?',
      'Komt er een schommel voor kinderen met een beperking?',
    ]);
    const form = (last: string): string =>
      parseAsOf('2024-11-05', [
        'Onderwerp: Gladheidsbestrijding',
        '',
        'Vragen',
        '1) Worden de fietspaden gestrooid?',
        '',
        'Antwoorden',
        'Antwoord op vraag 1',
        'Ja, de hoofdfietsroutes worden gestrooid.',
        '',
        last,
      ]).answers[0].text;
    expect(form('Een afschrift van deze brief is gezonden aan de commissie Bestuur.')).toBe(
      'Ja, de hoofdfietsroutes worden gestrooid.',
    );
    // The answer's own last sentence stays, also when it sends something.
    expect(form('Wij sturen deze brief ook aan de wijkraad Noord.')).toBe(
      'Ja, de hoofdfietsroutes worden gestrooid.\n\nWij sturen deze brief ook aan de wijkraad Noord.',
    );
  });

  it('reads the dates of an English mail program’s headers (`Sent: Monday, February 3, 2025 11:20 AM`)', () => {
    const set = parseAsOf('2024-11-05', [
      'From: Griffie Zuiderveen <griffie@zuiderveen.example>',
      'Sent: Tuesday, March 4, 2025 9:12 AM',
      'To: Tom Visser <t.visser@raad.example>',
      'Subject: RE: Vragen over de markt',
      '',
      'Antwoord vraag 1:',
      'Ja, de markt blijft op zaterdag.',
      '',
      '________________________________',
      'From: Tom Visser <t.visser@raad.example>',
      'Sent: 12 February 2025 17:40',
      'To: Griffie Zuiderveen <griffie@zuiderveen.example>',
      'Subject: Vragen over de markt',
      '',
      '1. Blijft de markt op zaterdag?',
      '',
      'Tom Visser',
    ]);
    expect([set.receivedOn, set.answeredOn]).toEqual(['2025-02-12', '2025-03-04']);
    expect(set.answers.map((a) => a.questions)).toEqual([['1']]);
  });

  it('reads `Antwoord vr. 2 en 3:`, and a wethouder signing above an e-mail disclaimer as portfolio holder', () => {
    const set = parseAsOf('2024-11-05', [
      'Van: Wethouder Dijkman <wethouder.dijkman@heidestad.example>',
      'Verzonden: donderdag 6 maart 2025 08:45',
      'Aan: Sanne Kuipers <s.kuipers@raad.example>',
      'Onderwerp: RE: Vragen over de bibliotheek',
      '',
      'Antwoord vr. 1:',
      'De bibliotheek blijft open.',
      '',
      'Antwoord vr. 2 en 3:',
      'Daar is geen geld voor.',
      '',
      'Met vriendelijke groet,',
      '',
      'R.M. Dijkman',
      'Wethouder Cultuur',
      'Aan deze e-mail kunnen geen rechten worden ontleend.',
      '',
      '-----Oorspronkelijk bericht-----',
      'Van: Sanne Kuipers <s.kuipers@raad.example>',
      'Verzonden: maandag 17 februari 2025 20:10',
      'Onderwerp: Vragen over de bibliotheek',
      '',
      '1. Blijft de bibliotheek open?',
      '2. Komt er een leeshoek?',
      '3. Komen er meer boeken?',
      '',
      'Sanne Kuipers',
    ]);
    expect(set.answers.map((a) => a.questions)).toEqual([['1'], ['2', '3']]);
    expect(set.portfolioHolder).toBe('R.M. Dijkman');
  });

  it('reads a recurring bare `Beantwoording:` as the answer label of the question before it', () => {
    const set = parseQuestionSetText(
      [
        'Geachte heer Bakker,',
        'Hieronder vindt u onze antwoorden.',
        '1.\tHoe vaak wordt het zwembad schoongemaakt?',
        'Beantwoording:',
        'Het bad wordt elke week schoongemaakt.',
        '2.\tGaat de prijs van een kaartje omhoog?',
        'Beantwoording:',
        'Nee, de prijs blijft gelijk.',
        'Met vriendelijke groet,',
      ].join('\r\n'),
      { reference: '2024-11-05' },
    );
    expect(set.introduction).toBe('Hieronder vindt u onze antwoorden.');
    expectAnswers(set, [
      [['1'], 'Het bad wordt elke week schoongemaakt.'],
      [['2'], 'Nee, de prijs blijft gelijk.'],
    ]);
    expect(set.warnings).toEqual([]);
  });

  it('places a tab table row going on by its leading tabs, and reads an empty row inside a cell as a paragraph break', () => {
    const set = parseAsOf('2024-11-05', [
      'Nr\tVraag\tAntwoord',
      '1\tHoeveel bankjes staan er in het\tEr staan veertien bankjes, waarvan',
      '\tMolenpark aan de\tzes aan de vijver.',
      '\tnoordkant?\t',
      '2\tWanneer worden de bankjes\tWij schilderen de bankjes in mei.',
      '\tgeschilderd?\t',
      '\t\t',
      '\t\tDe kleur kiezen de',
      '\t\tomwonenden.',
      '3\tKomt er een prullenbak bij?\tJa, bij de ingang.',
      '',
      'Met vriendelijke groet,',
    ]);
    expectNumberedQuestions(set, [
      ['1', 'Hoeveel bankjes staan er in het Molenpark aan de noordkant?'],
      ['2', 'Wanneer worden de bankjes geschilderd?'],
      ['3', 'Komt er een prullenbak bij?'],
    ]);
    expectAnswers(set, [
      [['1'], 'Er staan veertien bankjes, waarvan zes aan de vijver.'],
      [['2'], 'Wij schilderen de bankjes in mei.\n\nDe kleur kiezen de omwonenden.'],
      [['3'], 'Ja, bij de ingang.'],
    ]);
  });

  it('joins a tab table cell over its continuation rows in a Word export with no blank lines at all', () => {
    const set = parseQuestionSetText(
      [
        'Gemeente Zandvoorde',
        'Onderwerp: Bankjes in het Molenpark',
        'Indiener: P. de Groot (Groen Zandvoorde)',
        'Het college dankt de indiener voor de vragen over de bankjes in het Molenpark, die volgens veel bewoners in slechte staat verkeren en daarom vervangen zouden moeten worden.',
        'Nr\tVraag\tAntwoord',
        '1\tHoeveel bankjes staan er in het\tEr staan veertien bankjes, waarvan',
        '\tMolenpark?\tzes aan de vijver.',
        '2\tWanneer worden de bankjes\tWij schilderen de bankjes in mei.',
        '\tgeschilderd?\tDe kleur kiezen de',
        '\t\tomwonenden.',
        '3\tKomt er een prullenbak bij?\tJa, bij de ingang.',
        'Met vriendelijke groet,',
        'Het college van burgemeester en wethouders van Zandvoorde',
      ].join('\r\n'),
      { reference: '2024-11-05' },
    );
    expectAnswerTexts(set, [
      'Er staan veertien bankjes, waarvan zes aan de vijver.',
      'Wij schilderen de bankjes in mei. De kleur kiezen de omwonenden.',
      'Ja, bij de ingang.',
    ]);
  });

  it('counts no field line (`Indieners: …`) as a wrapped line: in a never-wrapped text each line is a paragraph', () => {
    const set = parseAsOf('2024-11-05', [
      'Gemeente Zandvoorde',
      'Onderwerp: Openingstijden van de bibliotheek aan het Marktplein',
      'Indieners: de raadsleden P. de Groot en M. Vermeulen – Smits',
      'Datum vragen: 3 september 2024',
      '',
      'Het college dankt de indieners voor hun vragen over de openingstijden van de bibliotheek aan het Marktplein. Een goed bereikbare bibliotheek vinden wij van groot belang voor alle inwoners.',
      'In oktober spreken wij met het bestuur van de bibliotheek over de avondopening.',
      '',
      'Vraag: Waarom is de bibliotheek op zaterdagmiddag gesloten?',
      'Antwoord: Het bestuur heeft dat besloten vanwege een tekort aan vrijwilligers op zaterdag. Wij hebben daar begrip voor, maar vragen het bestuur wel om naar andere oplossingen te zoeken.',
      'De gemeente betaalt niet mee aan extra personeel in de weekenden.',
      '',
      'Vraag: Komt er een leeshoek voor jongeren?',
      'Antwoord: Ja. De leeshoek wordt na de verbouwing van de eerste verdieping ingericht.',
      '',
      'Vraag: Wanneer zijn de nieuwe openingstijden bekend bij de inwoners?',
      'Antwoord: Het bestuur publiceert de nieuwe openingstijden in november op de eigen website.',
      '',
      'Het college van burgemeester en wethouders van Zandvoorde',
    ]);
    expect(set.introduction?.split('\n\n')).toHaveLength(2);
    expect(set.answers[0].text).toBe(
      'Het bestuur heeft dat besloten vanwege een tekort aan vrijwilligers op zaterdag. Wij hebben daar begrip voor, maar vragen het bestuur wel om naar andere oplossingen te zoeken.\n\nDe gemeente betaalt niet mee aan extra personeel in de weekenden.',
    );
  });
});

describe('scans read by OCR (held-out-14 causes)', () => {
  it('reads `l` and `I` for `1` in question and answer labels, never in running text or beside Roman labels', () => {
    const set = parseAsOf('2024-11-05', [
      'Onderwerp: Speeltuin De Bongerd',
      '',
      'Vraag la',
      'Is de glijbaan gerepareerd?',
      'Antwoord la',
      'Ja, na l2 meldingen.',
      'Vraag Ib:',
      'En de zandbak?',
      'Antwoord Ib:',
      'Die wordt ververst.',
      'Vraag 2',
      'Komt er een schommel bij?',
      'Antwoord 2',
      'Nee.',
    ]);
    expect(set.questions.map((q) => q.number)).toEqual(['1a', '1b', '2']);
    expectAnswers(set, [
      [['1a'], 'Ja, na l2 meldingen.'],
      [['1b'], 'Die wordt ververst.'],
      [['2'], 'Nee.'],
    ]);
    expect(normaliseLines('Vraag l\nKlopt het?\nVraag 2\nEn dit?')[0]).toBe('Vraag 1');
    expect(normaliseLines('Vraag I\nKlopt het?\nVraag II\nEn dit?').slice(0, 1)).toEqual(['Vraag I']);
  });

  it('drops a scanner app’s stamp and a page number standing alone far from the margin, not a number at the margin', () => {
    const lines = normaliseLines(
      [
        'Antwoord 1',
        'Het hek wordt',
        '                                  Scanned with Adobe Scan',
        '                              4',
        'in maart vervangen.',
        '',
        'Vraag 2',
        'Hoeveel bomen?',
        '                                                                        5',
        'Antwoord 2',
        '12',
      ].join('\n'),
    );
    expect(lines).toEqual([
      'Antwoord 1',
      'Het hek wordt',
      'in maart vervangen.',
      '',
      'Vraag 2',
      'Hoeveel bomen?',
      'Antwoord 2',
      '12',
    ]);
  });

  it('reads the municipality from `Burgemeester en wethouders van X` over `de gemeenteraad` followed by a capitals letterhead', () => {
    expect(
      findMunicipality(
        [
          'GEMEENTE OVERVELD',
          'Aan de leden van de gemeenteraad',
          'GEMEENTE OVERVELD',
          '',
          'Aan de leden van de gemeenteraad',
          '',
          'Onderwerp: Beantwoording vragen',
          '',
          'Burgemeester en wethouders van Overveld,',
        ].join('\n'),
      ),
    ).toBe('Overveld');
  });

  it('reads a letterhead field column printed after the signature as the letter’s fields', () => {
    const set = parseAsOf('2025-03-20', [
      'Geachte mevrouw Post,',
      '',
      'Vraag 1',
      'Wanneer wordt het fietspad verlicht?',
      '',
      'Antwoord',
      'Wij plaatsen de lampen binnen drie weken.',
      '',
      'Hoogachtend,',
      '',
      'burgemeester en wethouders van Overveld,',
      '',
      'Datum             12 maart 2025',
      'Ons kenmerk       OV25/00311',
      'Behandeld door    P. Mol',
      'Onderwerp         Verlichting fietspad Dorpsweg',
    ]);
    expect([set.reference, set.subject, set.answeredOn]).toEqual([
      'OV25/00311',
      'Verlichting fietspad Dorpsweg',
      '2025-03-12',
    ]);
    expect(set.commitments.map((c) => c.deadline)).toEqual(['2025-04-02']);
  });
});

describe('header fields (held-out-9 causes)', () => {
  const pad = (label: string, value: string): string => `${label.padEnd(22)}${value}`;

  it('reads a RIS field list in any order, one unknown label among them, `Toelichting indiener` and a footer after `Deel deze pagina | Print`', () => {
    const set = parseAsOf('2025-03-10', [
      'Raadsinformatie Bergdal',
      '',
      pad('Fractie', 'D66'),
      pad('Datum afgehandeld', '4-3-2025'),
      pad('Verzoek', 'Spoed'),
      pad('Indieners', 'T. Wolters'),
      pad('Registratienummer', 'RV-2025-0091'),
      pad('Wethouder', 'H. Brink'),
      pad('Datum indiening', '3-2-2025'),
      pad('Titel', 'Speeltuin Eikenlaan'),
      '',
      'Toelichting indiener',
      'Ouders melden dat de glijbaan al weken is afgezet.',
      '',
      'Vraag 1',
      'Wanneer wordt de glijbaan vervangen?',
      '',
      'Antwoord 1',
      'De leverancier plaatst de nieuwe glijbaan in april.',
      '',
      'Deel deze pagina | Print',
      'Copyright 2025 gemeente Bergdal | Contact | Privacy',
    ]);
    expect(set).toMatchObject({
      reference: 'RV-2025-0091',
      subject: 'Speeltuin Eikenlaan',
      party: 'D66',
      submitters: ['T. Wolters'],
      portfolioHolder: 'H. Brink',
      receivedOn: '2025-02-03',
      answeredOn: '2025-03-04',
      explanation: 'Ouders melden dat de glijbaan al weken is afgezet.',
      introduction: null,
    });
    expect(set.answers[0].text).toBe('De leverancier plaatst de nieuwe glijbaan in april.');
  });

  it('reads a reply letter: `Uw brief` asks, its `Datum` answers, the councillors addressed beside their fractie, a burgemeester signing alone', () => {
    const set = parseAsOf('2025-03-10', [
      'GEMEENTE HOOGVELDE',
      '',
      'Aan de leden van de fractie Samen Hoogvelde',
      'mevrouw A. Prins en de heer J. Dekker',
      '',
      pad('Zaaknummer', '2025-4411'),
      pad('Uw brief', '3 februari 2025'),
      pad('Datum', '27 februari 2025'),
      pad('Betreft', 'Vragen over cameratoezicht in het centrum'),
      '',
      'Geachte mevrouw Prins, geachte heer Dekker,',
      '',
      'Vraag 1',
      'Hoeveel camera’s hangen er in het centrum?',
      '',
      'Antwoord 1',
      'Er hangen negen camera’s.',
      '',
      'Met vriendelijke groet,',
      '',
      'De burgemeester van Hoogvelde,',
      '',
      'W. Stam',
    ]);
    expect(set).toMatchObject({
      submitters: ['A. Prins', 'J. Dekker'],
      portfolioHolder: 'W. Stam',
      receivedOn: '2025-02-03',
      answeredOn: '2025-02-27',
    });
  });

  it('reads `Mevrouw X` above `Fractie Y` as the addressed councillor; a burgemeester beside the secretaris holds no portfolio', () => {
    const set = parseAsOf('2025-03-20', [
      'Gemeente Hoogvelde',
      '',
      'De heer R. Kuipers',
      'Fractie CDA',
      '',
      pad('Datum', '12 maart 2025'),
      pad('Onderwerp', 'Beantwoording vragen over de markt'),
      '',
      'Geachte heer Kuipers,',
      '',
      '1. Verhuist de weekmarkt?',
      'Antwoord: Nee, de markt blijft op het plein.',
      '',
      'Hoogachtend,',
      'burgemeester en wethouders van Hoogvelde,',
      'de secretaris,              de burgemeester,',
      'P. Visser                   W. Stam',
    ]);
    expect(set.submitters).toEqual(['R. Kuipers']);
    expect(set.portfolioHolder).toBeNull();
  });

  it('takes an answer letter’s own `Datum` as the answer date, not its `Datum verzending`; that only when no letter date is printed', () => {
    const letter = (dates: string[]): string =>
      [
        'Gemeente Hoogvelde',
        '',
        ...dates,
        pad('Onderwerp', 'Beantwoording vragen over de bibliotheek'),
        '',
        '1. Gaat de bibliotheek op zondag open?',
        'Antwoord: Ja, vanaf mei.',
      ].join('\n');
    const both = parseQuestionSetText(
      letter([pad('Datum', '6 maart 2025'), pad('Datum verzending', '10 maart 2025')]),
      {
        reference: '2025-03-20',
      },
    );
    expect(both.answeredOn).toBe('2025-03-06');
    const sentOnly = parseQuestionSetText(letter([pad('Datum verzending', '10 maart 2025')]), {
      reference: '2025-03-20',
    });
    expect(sentOnly.answeredOn).toBe('2025-03-10');
  });

  it('reads an OCR’d field value split by double spaces whole, and a company named as subject as a third party', () => {
    const set = parseAsOf('2025-03-10', [
      'Gemeente Hoogvelde',
      '',
      'Kenmerk     :  Z.25-0042',
      'Datum       :  3 maart 2025',
      'Onderwerp   :  Beantwoording  vragen over  de  veerpont',
      '',
      'Vraag 1',
      'Gaat de veerpont in de zomer vaker varen?',
      '',
      'Antwoord',
      'Wij hebben daarover met de exploitant gesproken.',
      'Veerdienst Van Loon  onderzoekt in april 2025 of een extra afvaart kan.',
      'Wij informeren u vóór 1 juni 2025 over de uitkomst.',
    ]);
    expect(set.subject).toBe('Beantwoording vragen over de veerpont');
    expect(set.commitments.map((c) => c.phrase)).toEqual(['vóór 1 juni 2025']);
  });

  it('takes the holder from a `Portefeuillehouder:` line under a college signature', () => {
    const set = parseAsOf('2025-03-20', [
      'Gemeente Zandhoven',
      '',
      'Datum     12 maart 2025',
      'Onderwerp Beantwoording vragen over de kinderboerderij',
      '',
      'Vraag 1',
      'Blijft de kinderboerderij open?',
      '',
      'Antwoord',
      'Ja, de kinderboerderij blijft open.',
      '',
      'Met vriendelijke groet,',
      '',
      'Burgemeester en wethouders van Zandhoven,',
      '',
      'de secretaris,          de burgemeester,',
      '',
      'K. Post                 R. Veen',
      '',
      'Portefeuillehouder: wethouder T. Hoekstra',
    ]);
    expect(set.portfolioHolder).toBe('T. Hoekstra');
  });

  it('takes an e-mail reply’s note as the introduction when its answers stand unlabelled under the quoted questions', () => {
    const set = parseAsOf('2025-03-20', [
      'Van: Kabinet Zandhoven <kabinet@zandhoven.example>',
      'Verzonden: woensdag 12 maart 2025 10:05',
      'Aan: De Groot, K. <k.degroot@raad.example>',
      'Onderwerp: RE: Vragen over de kinderboerderij',
      '',
      'Beste mevrouw De Groot,',
      '',
      'Namens wethouder T. Hoekstra sturen wij u de antwoorden. U vindt ze onder uw vragen.',
      '',
      'Met vriendelijke groet,',
      '',
      'Kabinet',
      '',
      'Op ma 3 mrt 2025 om 14:20 schreef K. de Groot <k.degroot@raad.example>:',
      '> Geacht college,',
      '>',
      '> 1. Blijft de kinderboerderij open?',
      '',
      'Ja, de kinderboerderij blijft open.',
      '',
      '> 2. Komen er nieuwe dieren?',
      '',
      'Nee, er komen geen nieuwe dieren.',
    ]);
    expectAnswerTexts(set, ['Ja, de kinderboerderij blijft open.', 'Nee, er komen geen nieuwe dieren.']);
    expect(set.introduction).toBe(
      'Namens wethouder T. Hoekstra sturen wij u de antwoorden. U vindt ze onder uw vragen.',
    );
    expect(set.portfolioHolder).toBe('T. Hoekstra');
  });

  it('reads the name above `wethouder A, B en C` as the holder: a portfolio list after the comma is no name', () => {
    const set = parseAsOf('2025-03-05', [
      'Van: Anna Visser <a.visser@westdorp.nl>',
      'Verzonden: maandag 3 maart 2025 10:00',
      'Onderwerp: RE: vragen over het zwembad',
      '',
      'Beste Tom,',
      '',
      'Ad 1 – Ja, het zwembad blijft open.',
      '',
      'Met vriendelijke groet,',
      '',
      'Anna Visser',
      'wethouder Sport, Cultuur en Welzijn',
      '',
      'Van: Tom Bakker <tom@voorbeeld.nl>',
      'Verzonden: zaterdag 1 februari 2025 09:00',
      'Onderwerp: vragen over het zwembad',
      '',
      '1. Blijft het zwembad open?',
    ]);
    expect(set.portfolioHolder).toBe('Anna Visser');
  });

  it('reads `zie ook ad 2a en b` as a reference to the answers labelled so', () => {
    const set = parseAsOf('2025-03-05', [
      'Geachte heer Bos,',
      '',
      '1. Wanneer gaat de bibliotheek open?',
      '2. Over de boeken:',
      '   a. Hoeveel boeken komen er?',
      '   b. Wie kiest ze uit?',
      '',
      'Ad 1',
      'In mei. Zie ook ad 2a en b.',
      '',
      'Ad 2a en b',
      'Vijfduizend, gekozen door de bibliothecaris.',
    ]);
    expect(set.answers[0].refersTo).toEqual(['2a', '2b']);
  });

  it('drops an e-mail’s note to the griffie above the title line and its disclaimer after the questions', () => {
    const set = parseAsOf('2025-03-05', [
      'Van: Sanne de Wit <sanne@voorbeeld.nl>',
      'Verzonden: dinsdag 4 maart 2025 20:10',
      'Aan: Griffie Westdorp <griffie@westdorp.nl>',
      'Onderwerp: vragen over de pont',
      '',
      'Hallo Kees,',
      '',
      'Kun je deze vragen doorsturen? Dank je!',
      '',
      'SCHRIFTELIJKE VRAGEN OVER DE PONT',
      '',
      'De pont vaart sinds maart niet meer op zondag.',
      '',
      '1. Waarom vaart de pont niet meer op zondag?',
      '',
      'Groet,',
      'Sanne de Wit',
      '',
      '______________________',
      'Deze e-mail is uitsluitend bestemd voor de geadresseerde. Aan deze e-mail kunnen',
      'geen rechten worden ontleend.',
    ]);
    expect(set.explanation).toBe('De pont vaart sinds maart niet meer op zondag.');
  });

  it('reads letterhead fields run together with middle dots, and the address line so run together as letterhead', () => {
    const set = parseAsOf('2025-03-05', [
      'Gemeente Westdorp · Dorpsweg 3 · 1234 AB Westdorp · T 012 - 345 67 89',
      '',
      'Datum 3 maart 2025 · Kenmerk WD/25/0112 · Uw brief 10 februari 2025',
      'Onderwerp Antwoord op vragen over de speeltuin',
      'Behandeld door K. Smit · Portefeuillehouder wethouder R. de Boer',
      '',
      'Geachte mevrouw Kok,',
      '',
      'Vraag 1: Komt er een nieuwe speeltuin?',
      '',
      'Ad vraag 1',
      'Ja, in de zomer.',
    ]);
    expect(set.answeredOn).toBe('2025-03-03');
    expect(set.reference).toBe('WD/25/0112');
    expect(set.receivedOn).toBe('2025-02-10');
    expect(set.subject).toBe('Antwoord op vragen over de speeltuin');
    expect(set.portfolioHolder).toBe('R. de Boer');
  });

  it('aligns a flowing answer letter by the ordinal words opening its paragraphs (`uw tweede en derde vraag`, `laatste`)', () => {
    const set = parseAsOf('2025-03-05', [
      'Geachte heer Mulder,',
      '',
      'U stelde ons op 2 februari 2025 vragen over de haven. Hieronder herhalen wij uw vragen.',
      '',
      '1. Hoe diep is de haven?',
      '2. Wie baggert?',
      '3. Wanneer?',
      '4. Wat kost het?',
      '',
      'Naar aanleiding van uw eerste vraag: de haven is drie meter diep.',
      '',
      'Over uw tweede en derde vraag merken wij op dat het waterschap in het najaar baggert.',
      '',
      'Het waterschap kiest zelf de week.',
      '',
      'Uw laatste vraag beantwoorden wij zo: het kost € 40.000.',
      '',
      'Hoogachtend,',
      'burgemeester en wethouders van Westdorp,',
    ]);
    expect(set.answers.map((a) => a.questions)).toEqual([['1'], ['2', '3'], ['4']]);
    expect(set.answers[1].text).toBe(
      'Over uw tweede en derde vraag merken wij op dat het waterschap in het najaar baggert.\n\nHet waterschap kiest zelf de week.',
    );
    expect(set.questions[3].text).toBe('Wat kost het?');
  });

  it('never takes a form’s `Steller` (the civil servant who drafted it) as a submitter', () => {
    const set = parseAsOf('2025-03-20', [
      'Registratienummer    RV-2025-012',
      'Vragensteller        K. Bosman',
      'Fractie              Dorpsbelang',
      'Onderwerp            Verlichting van het fietspad',
      'Steller              P. Willems (team Openbare Ruimte)',
      '',
      'Vraag 1',
      'Wanneer gaat de verlichting aan?',
      '',
      'Beantwoording',
      'Vanaf zonsondergang.',
    ]);
    expect(set.submitters).toEqual(['K. Bosman']);
  });

  it('reads a griffie form’s `Registratiedatum` as the received date and `Beantwoord` as the answer date', () => {
    const set = parseAsOf('2025-03-20', [
      'Registratienummer    RV-2025-031',
      'Registratiedatum     4 februari 2025',
      'Vragensteller        K. Bosman',
      'Onderwerp            Bankjes in het park',
      'Beantwoord           3 maart 2025',
      '',
      'Vraag 1',
      'Komen er meer bankjes?',
      '',
      'Beantwoording',
      'Ja, er komen er vier bij.',
    ]);
    expect([set.receivedOn, set.answeredOn]).toEqual(['2025-02-04', '2025-03-03']);
  });

  it('takes a council body right after the verb as the subject of an inverted sentence, not the college', () => {
    const text =
      'Wij werken het plan verder uit. Het onderzoeksrapport over de Kerkweg bespreekt de raadscommissie op 14 mei 2025. ' +
      'Wij starten op 2 juni 2025 met de bouw.';
    expect(detectCommitments(text, '2025-03-20', ['1']).map((c) => c.phrase)).toEqual(['op 2 juni 2025']);
  });

  it('joins a subject cut after an article or preposition with the next line (column wrap or PDF line width)', () => {
    const set = parseAsOf('2025-03-20', [
      'Datum        3 maart 2025          Ons kenmerk    VB/25/118',
      'Onderwerp    Beantwoording vragen over het onderhoud van de',
      '             speeltuinen in de wijk Oost',
      '',
      'Geachte raadsleden,',
      '',
      'Vraag 1',
      'Worden de speeltuinen gekeurd?',
      '',
      'Antwoord',
      'Ja, elk jaar.',
    ]);
    expect(set.subject).toBe('Beantwoording vragen over het onderhoud van de speeltuinen in de wijk Oost');
  });

  it('reads every councillor addressed one to a line under the fractie in the address block', () => {
    const set = parseAsOf('2025-03-20', [
      'Aan de leden van de fractie van D66',
      'de heer K. Molenaar',
      'mevrouw S. Brink',
      '',
      'Datum        3 maart 2025',
      'Onderwerp    Speeltuinen',
      '',
      'Geachte heer Molenaar, geachte mevrouw Brink,',
      '',
      '1. Worden de speeltuinen gekeurd?',
      '',
      'Antwoord:',
      'Ja, elk jaar.',
    ]);
    expect(set.submitters).toEqual(['K. Molenaar', 'S. Brink']);
  });

  it('drops sub-headings inside a long answer (two or more) and keeps the paragraphs under them', () => {
    const set = parseAsOf('2025-03-20', [
      'Onderwerp: Bomen',
      '',
      'Vraag 1',
      'Hoe staat het met de bomen?',
      '',
      'Antwoord',
      'Stand van zaken',
      '',
      'Er staan 400 bomen in het park.',
      '',
      'Volgende stappen',
      '',
      'Wij planten er in het najaar twintig bij.',
      '',
      'Vraag 2',
      'Zijn er zieke bomen?',
      '',
      'Antwoord',
      'Geen bezwaar',
      '',
      'Drie bomen zijn ziek.',
    ]);
    expectAnswerTexts(set, [
      'Er staan 400 bomen in het park.\n\nWij planten er in het najaar twintig bij.',
      'Geen bezwaar\n\nDrie bomen zijn ziek.',
    ]);
  });

  it('reads a checkbox form: the ticked option is the value, unticked options and status boxes are no text', () => {
    const set = parseAsOf('2025-03-20', [
      'Vragenformulier raad',
      '',
      'Partij',
      '[ ] Dorpslijst   [x] Lokaal Sterk   [ ] Natuurpartij',
      '',
      'Namen indieners      R. Aalders, T. Kuipers',
      'Onderwerp            Verlichting sportpark',
      'Met spoed            [ ] ja   [x] nee',
      'Antwoord gewenst     [x] per brief   [ ] in de commissie',
      '',
      'Vragen',
      '1. Wanneer gaat de verlichting aan?',
      '',
      'Beantwoording door het college',
      'Datum beantwoording  3 maart 2025',
      '[x] Binnen de termijn beantwoord',
      '',
      'Antwoord 1',
      'Vanaf zonsondergang.',
    ]);
    expect([set.party, set.subject, set.submitters, set.introduction]).toEqual([
      'Lokaal Sterk',
      'Verlichting sportpark',
      ['R. Aalders', 'T. Kuipers'],
      null,
    ]);
  });

  it('reads a field with its options on one line by the ticked option', () => {
    const set = parseAsOf('2025-03-20', [
      'Fractie:   [ ] Dorpslijst   [x] Lokaal Sterk',
      'Onderwerp: Verlichting sportpark',
      '',
      'Vraag 1',
      'Wanneer gaat de verlichting aan?',
      '',
      'Antwoord 1',
      'Vanaf zonsondergang.',
    ]);
    expect(set.party).toBe('Lokaal Sterk');
  });

  it('reads a form in parts: part headings end the questions, a dated answering part dates the answers, wrapped boxes', () => {
    const set = parseAsOf('2025-03-20', [
      'GEMEENTERAAD HEUVELDAM',
      '',
      'Deel 1 - door het raadslid',
      '',
      'Naam raadslid(en)   : J. Bos',
      'Partij              : [ ] Dorpslijst   [ ] Natuurpartij',
      '[ ] Heuveldam Vooruit   [x] anders, namelijk: Buurtbelang',
      'Toelichting (maximaal 150 woorden)',
      'De speeltuin aan de Beukenlaan is al maanden dicht.',
      '',
      'Vragen',
      '1. Wanneer gaat de speeltuin weer open?',
      '',
      'Deel 2 - door de griffie',
      '[x] ontvankelijk   [ ] niet ontvankelijk',
      '',
      'Deel 3 - antwoord van het college (datum: 12 maart 2025)',
      'Wethouder           : [ ] wethouder Brink',
      '[x] wethouder Oosterveld',
      '',
      'Antwoord vraag 1',
      'Na de zomer.',
    ]);
    expectQuestions(set, ['Wanneer gaat de speeltuin weer open?']);
    expect([set.party, set.submitters, set.explanation, set.introduction, set.answeredOn]).toEqual([
      'Buurtbelang',
      ['J. Bos'],
      'De speeltuin aan de Beukenlaan is al maanden dicht.',
      null,
      '2025-03-12',
    ]);
    expect(set.portfolioHolder).toBe('Oosterveld');
  });

  it('reads the `t.a.v.` line of an address block below the letterhead’s address as the submitter of an answer letter', () => {
    const set = parseLines([
      'Gemeente Voorbeeld',
      'Dorpsstraat 1 - 1234 AB Voorbeeld',
      '',
      'Aan de fractie van de Groenen',
      't.a.v. mevrouw K. de Wit',
      '',
      'Datum:      2 mei 2025',
      'Betreft:    bankjes in het park',
      '',
      'Geachte mevrouw De Wit,',
      '',
      'Op 3 april 2025 heeft u vragen gesteld over de bankjes in het park. Wij beantwoorden ze hieronder.',
      '',
      'Vraag 1',
      'Komen er meer bankjes?',
      '',
      'Antwoord 1',
      'Ja, er komen er vier bij.',
    ]);
    expect(set.submitters).toEqual(['K. de Wit']);
  });

  it('reads `staat in het antwoord op vraag N` as a reference to that answer', () => {
    const set = parseLines([
      'Vraag 1',
      'Wie onderhoudt de speeltuin?',
      'Vraag 2',
      'Hoe vaak wordt hij gecontroleerd?',
      '',
      'Antwoord 1',
      'De gemeente. Hoe vaak wij controleren, leest u in het antwoord op vraag 2.',
      'Antwoord 2',
      'Elke maand.',
    ]);
    expect(set.answers.map((a) => a.refersTo)).toEqual([['2'], []]);
  });

  it('aligns answers numbered in one sequence to sub-numbered questions by order, a quoted piece of the question being its label', () => {
    const set = parseLines([
      'Vragen',
      '1. Hoeveel bomen zijn er dit jaar gekapt?',
      '2. Het bomenbeleid schrijft herplant voor.',
      '   a. Is elke gekapte boom herplant?',
      '   b. Waar staan de nieuwe bomen?',
      '',
      'Antwoorden',
      '1. "Hoeveel bomen zijn er ...?"',
      'Er zijn veertig bomen gekapt.',
      '',
      '2. "Is elke gekapte boom herplant?"',
      'Nee, dertig van de veertig.',
      '',
      '3. "Waar staan de nieuwe bomen ...?"',
      'Langs de Kanaalweg.',
    ]);
    expectAnswers(set, [
      [['1'], 'Er zijn veertig bomen gekapt.'],
      [['2a'], 'Nee, dertig van de veertig.'],
      [['2b'], 'Langs de Kanaalweg.'],
    ]);
    expect(set.warnings).toEqual([]);
  });

  it('renumbers a question number printed twice, with its answer, in order of appearance with one warning', () => {
    const set = parseLines([
      'Vraag 1',
      'Is de brug oud?',
      'Antwoord 1',
      'Ja.',
      'Vraag 2',
      'Wordt hij vervangen?',
      'Antwoord 2',
      'Nee.',
      'Vraag 2',
      'Wordt hij dan hersteld?',
      'Antwoord 2',
      'Ja, in het voorjaar.',
      'Vraag 3',
      'Wat kost dat?',
      'Antwoord 3',
      'Twee ton.',
    ]);
    expectNumberedQuestions(set, [
      ['1', 'Is de brug oud?'],
      ['2', 'Wordt hij vervangen?'],
      ['3', 'Wordt hij dan hersteld?'],
      ['4', 'Wat kost dat?'],
    ]);
    expectAnswers(set, [
      [['1'], 'Ja.'],
      [['2'], 'Nee.'],
      [['3'], 'Ja, in het voorjaar.'],
      [['4'], 'Twee ton.'],
    ]);
    expect(set.warnings).toHaveLength(1);
    expect(set.warnings[0]).toMatch(/^Vraag 2 staat twee keer .*hernummerd/);
  });

  it('reads councillors and party when a legal basis in brackets follows the sentence, and a flattened signature', () => {
    const set = parseAsOf('2025-03-20', [
      'Datum:        3 maart 2025',
      'Onderwerp:    Beantwoording vragen over de bankjes',
      '',
      'Geachte raadsleden,',
      '',
      'Op 4 februari 2025 stelden de raadsleden K. de',
      'Jong en S. Brink namens de D66-fractie schriftelijke',
      'vragen over de bankjes in het park (artikel 12 van het',
      'Reglement van Orde).',
      '',
      'Vraag 1',
      'Komen er meer bankjes?',
      '',
      'Antwoord',
      'Ja, er komen er vier bij.',
      '',
      'Met vriendelijke groet,',
      '',
      'namens het college van burgemeester en wethouders,',
      'de wethouder van Groen en Spelen, T.',
      'ter Horst',
    ]);
    expect([set.party, set.submitters, set.portfolioHolder]).toEqual([
      'D66',
      ['K. de Jong', 'S. Brink'],
      'T. ter Horst',
    ]);
  });

  it('reads the holder from a signature flattened into running lines, the role mid-line', () => {
    const set = parseAsOf('2025-03-20', [
      'Onderwerp: Bankjes',
      '',
      'Vraag 1',
      'Komen er meer bankjes?',
      '',
      'Antwoord',
      'Ja, er komen er vier bij.',
      '',
      'Met vriendelijke groet,',
      '',
      'namens het college van burgemeester en wethouders van',
      'Voorbeeldstad, de wethouder van Groen en Spelen, R.',
      'van den Berg',
    ]);
    expect(set.portfolioHolder).toBe('R. van den Berg');
  });

  it('reads the letter below a cover e-mail’s attachment marker, not the e-mail; an address line `Fractie X` is the party', () => {
    const set = parseAsOf('2025-03-20', [
      'Van: Griffie Voorbeeld <griffie@voorbeeld.nl>',
      'Verzonden: maandag 3 maart 2025 09:15',
      'Aan: Fractie Dorpsbelang',
      'Onderwerp: FW: antwoorden over de speeltuin',
      '',
      'Beste raadsleden,',
      '',
      'Bijgaand de antwoorden van het college. Ze staan op de lijst van ingekomen stukken van 1 april 2025.',
      '',
      'Groet,',
      'A. Smit',
      '',
      '--- Tekst van de bijlage ---',
      '',
      'Gemeente Voorbeeld',
      '',
      'Fractie Dorpsbelang',
      't.a.v. mevrouw B. Kok',
      '',
      'Datum:      27 februari 2025',
      'Onderwerp:  Onderhoud speeltuin Eikenlaan',
      '',
      'Geachte mevrouw Kok,',
      '',
      'In uw brief van 2 februari 2025 stelt u vragen over de speeltuin. Wij beantwoorden ze als volgt.',
      '',
      '1. Wanneer wordt de speeltuin opgeknapt?',
      'Antwoord: In mei 2025 vervangen wij de glijbaan.',
      '',
      'Met vriendelijke groet,',
      '',
      'burgemeester en wethouders van Voorbeeld,',
      'namens dezen,',
      'de wethouder van Jeugd,',
      '',
      'C. Bakker',
    ]);
    expect([set.subject, set.answeredOn, set.receivedOn, set.party]).toEqual([
      'Onderhoud speeltuin Eikenlaan',
      '2025-02-27',
      '2025-02-02',
      'Dorpsbelang',
    ]);
    expect(set.submitters).toEqual(['B. Kok']);
    expect(set.introduction).toMatch(/^In uw brief van 2 februari 2025/);
    expect(set.questions.map((q) => q.number)).toEqual(['1']);
    expect(set.warnings).toEqual([]);
  });

  it('never reads a college signature’s `namens dezen` as a party', () => {
    const set = parseAsOf('2025-03-20', [
      'Vraag 1',
      'Komt er een zebrapad?',
      'Antwoord 1',
      'Ja, in april 2025.',
      '',
      'Hoogachtend,',
      'burgemeester en wethouders van Voorbeeld,',
      'namens dezen,',
      'de wethouder van Verkeer,',
      'D. Visser',
    ]);
    expect(set.party).toBeNull();
  });

  it('reads a numbered list of attachments after the answers as documents, not as questions again', () => {
    const set = parseAsOf('2025-03-20', [
      'Vragen',
      '',
      '1) Wanneer gaat de brug open?',
      '2) Wie betaalt het onderhoud?',
      '',
      'Beantwoording',
      '',
      'Ad 1)',
      'In het voorjaar van 2026.',
      '',
      'Ad 2)',
      'De provincie.',
      '',
      'Met vriendelijke groet,',
      'Burgemeester en wethouders van Voorbeeld,',
      '',
      'Bijlagen:',
      "1. Raadsbrief 25-07 'Planning brug Westkade'",
      "2. Advies 'Brugbediening op afstand' (Rijkswaterstaat)",
      '',
      'Afschrift aan: mevrouw T. Bos (Lokaal Belang)',
    ]);
    expectQuestions(set, ['Wanneer gaat de brug open?', 'Wie betaalt het onderhoud?']);
    expect(set.warnings).toEqual([]);
    expect(set.documents).toEqual([
      { kind: 'council_letter', reference: '25-07', title: 'Planning brug Westkade', date: null, url: null },
      { kind: 'other', reference: null, title: 'Brugbediening op afstand', date: null, url: null },
    ]);
  });

  it('keeps `voor de raad` / `van de gemeenteraad` that goes on the Reglement van Orde’s name in the legal basis', () => {
    expect(
      findLegalBasis('gesteld op grond van artikel 41 van het Reglement van Orde voor de raad. Wij antwoorden'),
    ).toBe('artikel 41 van het Reglement van Orde voor de raad');
    expect(findLegalBasis('ex artikel 12 Reglement van orde van de gemeenteraad 2022')).toBe(
      'artikel 12 Reglement van orde van de gemeenteraad',
    );
    expect(findLegalBasis('artikel 41 van het Reglement van Orde voor de vergaderingen')).toBe(
      'artikel 41 van het Reglement van Orde',
    );
  });

  it('reads `Datum` as the answer date on a document titled `… reactie college`', () => {
    const set = parseLines([
      'Schriftelijke vragen en reactie van het college',
      'Datum: 14 mei 2025',
      'Onderwerp: Bankjes in het park',
      'De fractie Lokaal Belang heeft op 2 mei 2025 vragen gesteld over bankjes.',
      'Vraag 1. Komen er meer bankjes?',
      'Reactie college: Ja, vier.',
    ]);
    expect(set.answeredOn).toBe('2025-05-14');
    expect(set.receivedOn).toBe('2025-05-02');
  });

  it('reads submitter and party from `mevrouw X namens Partij` in the lead-in, without `de fractie`', () => {
    const set = parseAsOf('2025-06-20', [
      'Beantwoording van de schriftelijke vragen over de kermis',
      '',
      'Op 3 juni 2025 heeft mevrouw L. de Graaf namens Samen Westdorp vragen gesteld over de kermis.',
      '',
      'Vraag 1',
      'Komt de kermis terug?',
      'Antwoord 1',
      'Ja.',
    ]);
    expect(set.submitters).toEqual(['L. de Graaf']);
    expect(set.party).toBe('Samen Westdorp');
  });

  it('drops a forwarding note between a reply and the quoted original, keeping the registration number it gives', () => {
    const set = parseAsOf('2025-05-20', [
      'Van: Kabinet Westdorp <kabinet@westdorp.nl>',
      'Verzonden: maandag 12 mei 2025 10:02',
      'Aan: P. Smit <p.smit@raad.westdorp.nl>',
      'Onderwerp: RE: FW: Vragen over de speeltuin',
      '',
      'Antwoord op vraag 1',
      'Ja, het hek wordt in juni vervangen.',
      '',
      '-----Oorspronkelijk bericht-----',
      'Van: Griffie Westdorp <griffie@westdorp.nl>',
      'Verzonden: dinsdag 22 april 2025 14:00',
      'Aan: Kabinet Westdorp <kabinet@westdorp.nl>',
      'Onderwerp: FW: Vragen over de speeltuin',
      '',
      'Graag beantwoorden; de vragen zijn ingeschreven onder nummer RV-25-017.',
      '',
      '-----Oorspronkelijk bericht-----',
      'Van: P. Smit <p.smit@raad.westdorp.nl>',
      'Verzonden: dinsdag 22 april 2025 09:30',
      'Aan: Griffie Westdorp <griffie@westdorp.nl>',
      'Onderwerp: Vragen over de speeltuin',
      '',
      'Het hek van de speeltuin aan de Beukenlaan is kapot.',
      '',
      '1. Wordt het hek gerepareerd?',
      '',
      'P. Smit',
    ]);
    expect(set.reference).toBe('RV-25-017');
    expect(set.explanation).toBe('Het hek van de speeltuin aan de Beukenlaan is kapot.');
  });

  it('keeps the number a quoted forwarding note gives as a sentence of its own (`Zaaknummer X.`) (fix-38b)', () => {
    const set = parseAsOf('2025-06-20', [
      'Van: Concernstaf Oosterwolde <staf@oosterwolde.nl>',
      'Verzonden: vrijdag 13 juni 2025 09:00',
      'Aan: Griffie Oosterwolde <griffie@oosterwolde.nl>',
      'Onderwerp: RE: FW: Vragen over het zwembad',
      '',
      'Antwoord op vraag 1:',
      'Het bad gaat in juli weer open.',
      '',
      '> Van: Griffie Oosterwolde <griffie@oosterwolde.nl>',
      '> Verzonden: maandag 2 juni 2025 11:00',
      '> Aan: Concernstaf Oosterwolde <staf@oosterwolde.nl>',
      '> Onderwerp: FW: Vragen over het zwembad',
      '>',
      '> Graag binnen drie weken een antwoord van het college. Zaaknummer',
      '> Z/25/0310.',
      '>',
      '>> Van: T. Bakker <t.bakker@raad.oosterwolde.nl>',
      '>> Verzonden: zondag 1 juni 2025 20:00',
      '>> Aan: Griffie Oosterwolde <griffie@oosterwolde.nl>',
      '>> Onderwerp: Vragen over het zwembad',
      '>>',
      '>> 1. Wanneer gaat het zwembad weer open?',
      '>>',
      '>> T. Bakker',
    ]);
    expect(set.reference).toBe('Z/25/0310');
  });

  it('reads `[1]`, `[2]` … as question numbers in a questions-only letter, but not a footnote block', () => {
    const set = parseAsOf('2025-03-01', [
      'Onderwerp: Speeltuin aan de Molenweg',
      '',
      'Namens de fractie Dorp & Duin stellen wij de volgende vragen:',
      '',
      '[1] Wanneer wordt de speeltuin hersteld?',
      '',
      '[2] Betaalt de aannemer de schade, zoals het',
      'contract voorschrijft?',
      '',
      'Wij zien de antwoorden met belangstelling binnen drie weken tegemoet.',
      '',
      'Met vriendelijke groet,',
      'Karin Dijkhuis',
    ]);
    expect(set.questions.map((q) => q.number)).toEqual(['1', '2']);
    expect(set.questions[1].text).toBe('Betaalt de aannemer de schade, zoals het contract voorschrijft?');
    expect(set.party).toBe('Dorp & Duin');
    expect(() =>
      parseAsOf('2025-03-01', [
        'De brug is oud[1] en smal[2].',
        '',
        '[1] Rapport Bruggen, 2020',
        '[2] Nota Wegen, 2021',
      ]),
    ).toThrow();
  });

  it('reads a box-drawing question/answer table headed `Vraag │ Antwoord van het college`, its empty rows as paragraph breaks', () => {
    const border = (l: string, m: string, r: string): string => `${l}${'─'.repeat(34)}${m}${'─'.repeat(40)}${r}`;
    const row = (q: string, a: string): string => `│ ${q.padEnd(33)}│ ${a.padEnd(39)}│`;
    const parsed = parseAsOf('2025-03-01', [
      'Gemeente Waterland',
      'Nr. schriftelijke vragen: SV-25-03',
      'Onderwerp: Strooibeleid fietspaden',
      'Datum: 3 februari 2025',
      '',
      border('┌', '┬', '┐'),
      row('Vraag', 'Antwoord van het college'),
      border('╞', '╪', '╡').replace(/─/g, '═'),
      row('1. Welke fietspaden worden', 'Alle hoofdfietsroutes. Daarnaast de'),
      row('gestrooid?', 'routes naar scholen.'),
      row('', ''),
      row('', 'Wij strooien voor zes uur.'),
      border('├', '┼', '┤'),
      row('2. Is het budget toereikend?', 'Ja. Het budget is toereikend.'),
      row('', ''),
      row('', 'Er is nog ruimte over.'),
      border('└', '┴', '┘'),
    ]);
    expect(parsed.reference).toBe('SV-25-03');
    expectNumberedQuestions(parsed, [
      ['1', 'Welke fietspaden worden gestrooid?'],
      ['2', 'Is het budget toereikend?'],
    ]);
    expectAnswerTexts(parsed, [
      'Alle hoofdfietsroutes. Daarnaast de routes naar scholen.\n\nWij strooien voor zes uur.',
      'Ja. Het budget is toereikend.\n\nEr is nog ruimte over.',
    ]);
  });

  it('reads an RIS export’s `Gekoppelde documenten` and a `Bijlagen` list with blank lines as back matter, no text', () => {
    const set = parseAsOf('2025-04-01', [
      'Titel:               Straatverlichting Noordwijkpolder',
      'Datum ontvangst:     03-03-2025',
      'Datum beantwoording: 27-03-2025',
      '',
      'Toelichting:',
      'In de polder staan lantaarnpalen al weken uit.',
      '',
      'Vraag 1: Wanneer worden de palen hersteld?',
      'Antwoord 1: De netbeheerder herstelt ze deze maand.',
      '',
      'Gekoppelde documenten:',
      '- Raadsinformatiebrief 2025-009 Openbare verlichting (RIB, 12-02-2025)',
      '',
      'Bijlagen:',
      '',
      '- RV-2025-014 Vragen straatverlichting.pdf (41 kB)',
      '',
      '- RV-2025-014 Antwoorden college.pdf (77 kB)',
      '',
      'Pagina 1 van 1 | raad.voorbeeld.nl',
    ]);
    expect(set.explanation).toBe('In de polder staan lantaarnpalen al weken uit.');
    expect(set.answers[0].text).toBe('De netbeheerder herstelt ze deze maand.');
  });

  it("keeps the council's place that goes on the Reglement van Orde's name in the legal basis", () => {
    expect(
      findLegalBasis('Vragen ex artikel 38 van het Reglement van Orde voor de raad van Bergen op Zoom\nOnderwerp: x'),
    ).toBe('artikel 38 van het Reglement van Orde voor de raad van Bergen op Zoom');
    expect(findLegalBasis('artikel 38 van het Reglement van Orde van de gemeenteraad van mening')).toBe(
      'artikel 38 van het Reglement van Orde van de gemeenteraad',
    );
    // The sentence goes on after the place, the name broken over two lines.
    expect(
      findLegalBasis(
        'gesteld op grond van artikel 33 van het Reglement van Orde voor\nde gemeenteraad van Oude Veenmark zijn ingediend.',
      ),
    ).toBe('artikel 33 van het Reglement van Orde voor de gemeenteraad van Oude Veenmark');
  });

  it('reads `Vragen van: fractie X, mevrouw Y` as the party and, after the comma, its councillor', () => {
    const set = parseAsOf('2025-03-01', [
      'Onderwerp: Parkeren bij het zwembad',
      'Vragen van: fractie Dorpsbelang Oosterweel, mevrouw R. Bakkenes',
      '',
      'Vraag 1',
      'Komen er meer plekken?',
      'Antwoord 1',
      'Nee.',
    ]);
    expect(set.party).toBe('Dorpsbelang Oosterweel');
    expect(set.submitters).toEqual(['R. Bakkenes']);
  });

  it('reads no promise in a restraint (`niet vóór`) nor in a fact after a semicolon beside a past act of the college', () => {
    expect(
      detectCommitments(
        'Wij hebben de omgevingsvergunning verleend. Het slopen begint niet vóór 15 januari 2026.',
        '2025-11-01',
        ['2'],
      ),
    ).toEqual([]);
    expect(
      detectCommitments(
        'Het besluit hebben wij op 3 oktober 2025 genomen; de inspraak loopt tot 28 november 2025.',
        '2025-11-01',
        ['2'],
      ),
    ).toEqual([]);
    expect(
      detectCommitments('Wij ronden de keuze in november af; de bouw start in maart 2026.', '2025-11-01', ['2']),
    ).toHaveLength(1);
  });

  it('reads a promise in `… wordt uiterlijk … aan uw raad toegezonden`', () => {
    expect(
      detectCommitments(
        'Het verslag van de proef wordt uiterlijk eind mei 2026 aan uw raad toegezonden.',
        '2025-11-01',
        ['2'],
      ).map((c) => c.phrase),
    ).toEqual(['uiterlijk eind mei 2026']);
  });
  it('reads no promise in a reason told in the simple past (`omdat … pas op 3 juni binnenkwamen`)', () => {
    expect(
      detectCommitments('Dat is later geworden, omdat de tellingen pas op 3 juni binnenkwamen.', '2025-11-01', ['1']),
    ).toEqual([]);
  });
  it('reads no promise in a date that names a letter (`uw brief van 3 juni`), and keeps the promise after it', () => {
    expect(
      detectCommitments('Hierbij stuur ik u de reactie op uw brief van 3 juni over de speeltuin.', '2025-05-20', []),
    ).toEqual([]);
    expect(detectCommitments('Wij sturen u in september een plan.', '2025-05-20', ['1']).map((c) => c.phrase)).toEqual([
      'in september',
    ]);
  });

  it('reads no promise in a perfect with a double infinitive (`hebben laten maken`)', () => {
    expect(
      detectCommitments('Dat volgt uit een peiling die wij in juni hebben laten houden.', '2025-11-01', ['1']),
    ).toEqual([]);
  });

  it('reads no promise in `Wij hebben in mei met A en B gesproken over …` (the participle before more words)', () => {
    expect(
      detectCommitments('Wij hebben in mei met de scholen en de buurt gesproken over de route.', '2025-11-01', ['1']),
    ).toEqual([]);
  });
});

describe('an answer letter about `artikel 38-vragen`, signed `wethouder A. Naam` under the college', () => {
  it('reads the article as the legal basis and the name on the role line as the portfolio holder', () => {
    const set = parseAsOf('2025-04-10', [
      'Gemeente Voorbeeldstad',
      '',
      'Datum:      2 april 2025',
      'Betreft:    beantwoording artikel 38-vragen D66 over de bibliotheek',
      '',
      'Vraag 1:',
      'Blijft de bibliotheek open op zaterdag?',
      '',
      'Antwoord:',
      'Ja.',
      '',
      'Met vriendelijke groet,',
      '',
      'Burgemeester en wethouders van Voorbeeldstad,',
      'namens dezen,',
      '',
      'wethouder K. Hendriks',
    ]);
    expect(set.legalBasis).toBe('artikel 38');
    expect(set.portfolioHolder).toBe('K. Hendriks');
  });
});

describe('held-out-19 fixes (fix-c: header, documents, commitments)', () => {
  it('reads header data told only in the opening sentences and the address block', () => {
    const set = parseAsOf('2025-10-01', [
      'Gemeente Haaksbergen',
      '',
      'Mevrouw T.A. ter Horst',
      'Samen Haaksbergen',
      '',
      'Geachte mevrouw Ter Horst,',
      '',
      'Op 2 september 2025 heeft u vragen gesteld over de sluiting van het zwembad. Uw vragen zijn',
      'geregistreerd onder nummer ZW-2025/0412. Het college heeft de antwoorden in zijn vergadering',
      'van 30 september 2025 vastgesteld. U stelde de volgende vragen:',
      '',
      '1. Gaat het zwembad dicht?',
      '',
      'Ad 1',
      'Nee.',
    ]);
    expect(set.reference).toBe('ZW-2025/0412');
    expect(set.answeredOn).toBe('2025-09-30');
    expect(set.receivedOn).toBe('2025-09-02');
    expect(set.submitters).toEqual(['T.A. ter Horst']);
  });

  it('reads councillors introduced by title with their own parties, a co-signer, and the groups named together', () => {
    const set = parseAsOf('2025-03-10', [
      'Datum      4 maart 2025',
      'Onderwerp  Schriftelijke vragen over de markt',
      '',
      'Op 3 februari 2025 stelden de heer P.J. Mulder van D66 en mevrouw S. Bakker - van Leeuwen van Dorpsbelang',
      'vragen over de weekmarkt. De vragen zijn mede ondertekend door mevrouw K. Yilmaz. Wij beantwoorden de',
      'vragen van de fracties van D66, Dorpsbelang en PvdA als volgt.',
      '',
      'Vraag 1:',
      'Blijft de markt op het plein?',
      '',
      'Antwoord:',
      'Ja.',
    ]);
    expect(set.submitters).toEqual(['P.J. Mulder', 'S. Bakker-van Leeuwen', 'K. Yilmaz']);
    expect(set.party).toBe('D66, Dorpsbelang en PvdA');
    expect(set.receivedOn).toBe('2025-02-03');
    expect(set.answeredOn).toBe('2025-03-04');
  });

  it('reads `Toelichting bij de vragen` as the explanation and `de portefeuillehouder X,` as the holder', () => {
    const set = parseAsOf('2025-05-10', [
      'Onderwerp: Beantwoording vragen over de bibliotheek',
      'Datum: 5 mei 2025',
      '',
      'Toelichting bij de vragen',
      'De bibliotheek in Ommen is sinds maart op zaterdag gesloten.',
      '',
      'Vraag 1.',
      'Gaat de bibliotheek weer open?',
      'Reactie college:',
      'Ja.',
      '',
      'Burgemeester en wethouders van Ommen,',
      'namens dezen,',
      'de portefeuillehouder Cultuur,',
      'A.B. de Jong-Pieters',
    ]);
    expect(set.explanation).toBe('De bibliotheek in Ommen is sinds maart op zaterdag gesloten.');
    expect(set.introduction).toBeNull();
    expect(set.portfolioHolder).toBe('A.B. de Jong-Pieters');
  });

  it('reads the groups an answer letter goes to (`Aan: de fracties van …`) and councillors named with their party in brackets', () => {
    const set = parseAsOf('2025-04-10', [
      'Datum: 9 april 2025',
      'Onderwerp: Beantwoording vragen over de speeltuin',
      'Aan: de fracties van Lijst Berg, SP en Samen Oss',
      '',
      'Op 11 maart 2025 ontvingen wij van de heren B. Maas (Lijst Berg) en F. Kuipers (SP) vragen over de',
      'speeltuin. Een week later volgde een aanvulling van mevrouw E. van Rijn (Samen Oss).',
      '',
      'Vraag 1',
      'Gaat de speeltuin open?',
      '',
      'Antwoord 1',
      'Ja.',
    ]);
    expect(set.party).toBe('Lijst Berg, SP en Samen Oss');
    expect(set.submitters).toEqual(['B. Maas', 'F. Kuipers', 'E. van Rijn']);
  });

  it('lets a demonstrative object before the verb (`Die sturen wij u …`) point back, unless a promise stands before it', () => {
    expect(
      detectCommitments('Eerst volgt een schouw. Die sturen wij u voor 1 juni 2025.', '2025-01-15', ['2']).map(
        (c) => c.sentence,
      ),
    ).toEqual(['Eerst volgt een schouw. Die sturen wij u voor 1 juni 2025.']);
    expect(
      detectCommitments('Wij stellen in maart 2025 een plan op. Dit sturen wij u in juni 2025.', '2025-01-15', []).map(
        (c) => c.sentence,
      ),
    ).toEqual(['Wij stellen in maart 2025 een plan op.', 'Dit sturen wij u in juni 2025.']);
  });
});

describe('a postponement notice and the later answer letter in one file, a rule of `=` between them', () => {
  it('reads header, opening and promises from the later letter; the notice still dates the questions', () => {
    const set = parseAsOf('2025-04-01', [
      'Datum:        3 maart 2025',
      'Ons kenmerk:  25.0301.UIT',
      'Onderwerp:    Uitstel beantwoording vragen over de kinderboerderij',
      '',
      'Geachte heer Pool,',
      '',
      'Op 5 februari 2025 ontvingen wij uw vragen over de kinderboerderij. U ontvangt de antwoorden uiterlijk 20 maart 2025.',
      '',
      'Met vriendelijke groet,',
      'burgemeester en wethouders,',
      '',
      '=====================================================',
      '',
      'Datum:        25 maart 2025',
      'Ons kenmerk:  25.0344.UIT',
      'Onderwerp:    Beantwoording vragen over de kinderboerderij',
      '',
      'Geachte heer Pool,',
      '',
      'Wij hebben de toegezegde datum niet gehaald, omdat het advies van de dierenarts pas op 19 maart binnenkwam. Hieronder leest u onze antwoorden.',
      '',
      'Vraag 1',
      'Blijft de kinderboerderij open?',
      '',
      'Antwoord',
      'Ja. Wij openen in mei 2025 een nieuwe stal.',
      '',
      'Met vriendelijke groet,',
      'burgemeester en wethouders,',
    ]);
    expect(set.reference).toBe('25.0344.UIT');
    expect(set.subject).toBe('Beantwoording vragen over de kinderboerderij');
    expect(set.answeredOn).toBe('2025-03-25');
    expect(set.receivedOn).toBe('2025-02-05');
    expect(set.introduction).toMatch(/^Wij hebben de toegezegde datum niet gehaald/);
    expect(set.commitments.map((c) => c.sentence)).toEqual(['Wij openen in mei 2025 een nieuwe stal.']);
  });
});

describe('an `Aan:` line naming the fractie, then a councillor by title after the comma', () => {
  it('reads the councillor as the submitter', () => {
    const set = parseAsOf('2024-12-10', [
      'Datum: 2 december 2024',
      'Onderwerp: Beantwoording vragen over de kerstmarkt',
      'Aan: de fractie van Lokaal Sterk, mevrouw R. de Wit',
      '',
      'Vraag 1',
      'Komt er een kerstmarkt?',
      '',
      'Antwoord 1',
      'Ja.',
    ]);
    expect(set.submitters).toEqual(['R. de Wit']);
  });
});

describe('held-out-18 fixes (fix-d)', () => {
  it('reads `, als vervolg op …` after a comma as a role, no condition', () => {
    expect(
      detectCommitments('Wij sturen u in mei 2025 een brief, als vervolg op de raadsbrief 2024-07.', '2024-12-01', [
        '2',
      ]),
    ).toHaveLength(1);
  });

  it('lets `Dat doen wij in …` (a pro-verb) point back to the sentence before', () => {
    const found = detectCommitments(
      'Ook herzien wij het Speelruimteplan Lindewoud. Dat doen wij in de tweede helft van 2025.',
      '2024-12-01',
      ['3'],
    );
    expect(found.map((c) => c.sentence)).toEqual([
      'Ook herzien wij het Speelruimteplan Lindewoud. Dat doen wij in de tweede helft van 2025.',
    ]);
  });

  it('reads no promise in an act of a board (`Het bestuur van de stichting neemt op … een besluit`)', () => {
    expect(
      detectCommitments(
        'Wij wachten op de stichting. Het bestuur van de stichting neemt op 12 maart een besluit.',
        '2025-01-10',
        [],
      ),
    ).toEqual([]);
  });

  it('ends the answers at `De burgemeester van X,`, reads `uit het antwoord op vraag N` as a reference, keeps rows of figures', () => {
    const set = parseAsOf('2025-03-03', [
      'Onderwerp: Overlast bij de haven',
      '',
      'Vraag 1',
      'Hoe vaak is er geklaagd?',
      '',
      'Antwoord 1',
      'Dit zijn de klachten per kwartaal:',
      '',
      '   Kwartaal     Klachten    Waarvan boten',
      '   eerste       8           2',
      '   tweede       11          5',
      '   derde        6           1',
      '',
      'Vraag 2',
      'Wat doet het college eraan?',
      '',
      'Antwoord 2',
      'De regels uit het antwoord op vraag 1 blijven gelden.',
      '',
      'De burgemeester van Havenstad,',
      '',
      'K. Visser',
    ]);
    expect(set.answers[0].text).toBe(
      'Dit zijn de klachten per kwartaal:\n\nKwartaal Klachten Waarvan boten\n\neerste 8 2\n\ntweede 11 5\n\nderde 6 1',
    );
    expect(set.answers[1]).toMatchObject({
      text: 'De regels uit het antwoord op vraag 1 blijven gelden.',
      refersTo: ['1'],
    });
  });

  it('dates the questions by `uw vragen van <datum>` in the opening sentence', () => {
    const set = parseAsOf('2025-03-03', [
      'Gemeente Voorbeeld',
      '',
      'Lindewoud, 3 maart 2025',
      '',
      'Geachte heer Bos,',
      '',
      'Dank voor uw vragen van 11 februari 2025 over de speeltuin. Wij beantwoorden ze hieronder.',
      '',
      'Vraag 1: Wanneer gaat de speeltuin open?',
      'Antwoord: Dat is nog niet bekend.',
    ]);
    expect(set.receivedOn).toBe('2025-02-11');
  });

  it('keeps a council letter whose number is only the beginning of the set`s own (`2025-31` in `AB-2025-3107`)', () => {
    const set = parseAsOf('2025-04-04', [
      'Zaaknummer: AB-2025-3107',
      'Datum: 4 april 2025',
      'Onderwerp: Beantwoording vragen over het zwembad',
      '',
      'Vraag 1: Hoe staat het met het zwembad?',
      'Antwoord 1: Zie de raadsinformatiebrief "Stand zwembad" (RIB 2025-31).',
    ]);
    expect(set.documents.map((d) => [d.kind, d.reference])).toEqual([['council_letter', '2025-31']]);
  });

  it('reads a postponement letter of the college (no answers) as its introduction, dated by the questions asked', () => {
    const set = parseAsOf('2024-12-02', [
      'Gemeente Voorbeeld',
      '',
      'Datum: 2 december 2024',
      'Onderwerp: Uitstel beantwoording vragen over de markt',
      '',
      'Geachte mevrouw Smit,',
      '',
      'Op 6 november 2024 heeft u schriftelijke vragen gesteld over de weekmarkt. Wij hebben meer tijd nodig.',
      'Wij sturen u onze antwoorden uiterlijk 20 januari 2025.',
      '',
      '1. Verhuist de markt?',
      '2. Wat kost dat?',
      '',
      'Met vriendelijke groet,',
    ]);
    expect(set.explanation).toBeNull();
    expect(set.introduction).toMatch(/^Op 6 november 2024 heeft u/);
    expect(set.receivedOn).toBe('2024-11-06');
    expect(set.answeredOn).toBeNull();
    expect(set.commitments.map((c) => [c.questions, c.deadline])).toEqual([[[], '2025-01-20']]);
  });
});

describe('a question answered later among questions each answered below', () => {
  it('gives the next unnumbered answer to the question right above it only', () => {
    const set = parseAsOf('2024-11-05', [
      'Onderwerp: Speeltuin',
      '',
      'Vraag 1: Wanneer gaat de speeltuin open?',
      'Antwoord: In mei.',
      '',
      'Vraag 2: Wie beheert hem?',
      'Antwoord: De buurtvereniging.',
      '',
      'Vraag 3: Wat kost het onderhoud?',
      '',
      'Vraag 4: Komt er een hek omheen?',
      'Antwoord: Ja.',
    ]);
    expect(set.answers.map((a) => a.questions)).toEqual([['1'], ['2'], ['4']]);
    expect(set.warnings.some((w) => /vraag 3/i.test(w) && /geen antwoord/i.test(w))).toBe(true);
  });
});

describe("a party's letter in house style", () => {
  const letter = (lines: string[]): ReturnType<typeof parseQuestionSetText> =>
    parseAsOf('2025-03-01', [
      ...lines,
      '',
      'Het fietspad langs de Molenvliet ligt al drie maanden open. Bewoners melden dat er te hard wordt gereden.',
      '',
      'ONZE VRAGEN',
      '',
      '[1] Komen er drempels op het fietspad?',
      '',
      '[2] Gaat de gemeente er snelheid meten?',
      '',
      'Namens de fractie Stadspartij Oosterveen,',
      '',
      'Karin de Wolf',
    ]);
  const explanation =
    'Het fietspad langs de Molenvliet ligt al drie maanden open. Bewoners melden dat er te hard wordt gereden.';

  it('reads a banner framed by two rules (`===`, `~~~`) at the top as letterhead, not explanation', () => {
    const set = letter([
      '~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~',
      'STADSPARTIJ OOSTERVEEN  |  lokaal en betrokken voor alle wijken',
      '"Oosterveen van ons allemaal"',
      '~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~',
      '',
      'Datum:      3 februari 2025',
    ]);
    expect(set.explanation).toBe(explanation);
  });

  it('reads `Via: de griffie` as a field of no use, not explanation', () => {
    const set = letter([
      'Aan: het college',
      'Via: de griffie van de gemeenteraad van Oosterveen',
      'Datum: 3 februari 2025',
    ]);
    expect(set.explanation).toBe(explanation);
  });

  it('reads `WAAROM DEZE VRAGEN?` as the heading of the explanation', () => {
    const set = letter(['Datum: 3 februari 2025', '', 'Geacht college,', '', 'WAAROM DEZE VRAGEN?']);
    expect(set.explanation).toBe(explanation);
  });

  it('reads a footer of parts set apart by bars, one a web or e-mail address, as furniture', () => {
    const set = parseAsOf('2025-03-01', [
      'Datum: 3 februari 2025',
      '',
      explanation,
      '',
      '1. Komen er drempels op het fietspad?',
      '2. Gaat de gemeente er snelheid meten?',
      '',
      'Met vriendelijke groet,',
      'Karin de Wolf',
      '',
      '-------------------------------------',
      'Stadspartij Oosterveen | Postadres Kerkstraat 5 | info@stadspartij-oosterveen.nl | www.stadspartij-oosterveen.nl',
    ]);
    expect(set.explanation).toBe(explanation);
    expect(set.questions).toHaveLength(2);
  });
});

describe('held-out-17 fixes (fix-a)', () => {
  it('renumbers questions whose numbering starts again at 1 under each section heading, in order of appearance', () => {
    const set = parseAsOf('2025-02-01', [
      'Onderwerp: Sport en cultuur in Dalen',
      '',
      'A. SPORT',
      '',
      'Vraag 1',
      'Wanneer opent de nieuwe sporthal?',
      'Antwoord',
      'Na de zomer.',
      '',
      'Vraag 2',
      'Is er plek voor de judoclub?',
      'Antwoord',
      'Ja.',
      '',
      'B. CULTUUR',
      '',
      'Vraag 1',
      'Blijft de bibliotheek open?',
      'Antwoord',
      'Ja, vijf dagen per week.',
      '',
      'Vraag 2',
      'Komt er een podium in het park?',
      'Antwoord',
      'Nee.',
    ]);
    expectNumberedQuestions(set, [
      ['1', 'Wanneer opent de nieuwe sporthal?'],
      ['2', 'Is er plek voor de judoclub?'],
      ['3', 'Blijft de bibliotheek open?'],
      ['4', 'Komt er een podium in het park?'],
    ]);
    expectAnswers(set, [
      [['1'], 'Na de zomer.'],
      [['2'], 'Ja.'],
      [['3'], 'Ja, vijf dagen per week.'],
      [['4'], 'Nee.'],
    ]);
    expect(set.warnings).toHaveLength(2);
    expect(set.warnings[0]).toMatch(/^Vraag 1 staat twee keer .*als vraag 3/);
  });

  it('ends an answer at a bilingual closing (`<regional language> / Met vriendelijke groet,`)', () => {
    const set = parseAsOf('2025-02-01', [
      'Vraag 1: Wordt de kade hersteld?',
      'Antwoord 1: Ja, in het voorjaar.',
      '',
      'Mei hertlike groetnis / Met hartelijke groet,',
      '',
      'Het college van burgemeester en wethouders',
    ]);
    expectAnswerTexts(set, ['Ja, in het voorjaar.']);
  });

  it('reads no second promise in a short sentence after a dated promise (`Het ontwerp ligt in mei ter inzage.`)', () => {
    expect(
      detectCommitments(
        'Wij maken in 2026 een nieuw parkeerplan. Het ontwerp ligt in mei 2026 ter inzage.',
        '2025-11-01',
        ['3'],
      ).map((c) => c.sentence),
    ).toEqual(['Wij maken in 2026 een nieuw parkeerplan.']);
  });
});

describe('held-out-17 fixes (fix-e)', () => {
  it('reads a bare label on its own line under the answers heading, a range included (`3b tot en met 3d`)', () => {
    const set = parseAsOf('2025-02-01', [
      'Vraag 3',
      'a. Is de brug al open?',
      'b. Mogen fietsers erover?',
      'c. Ook bromfietsers?',
      'd. En scooters?',
      '',
      'Beantwoording',
      '',
      '3a',
      'Ja, sinds mei.',
      '',
      '3b tot en met 3d',
      'Alleen fietsers en voetgangers.',
    ]);
    expectAnswers(set, [
      [['3a'], 'Ja, sinds mei.'],
      [['3b', '3c', '3d'], 'Alleen fietsers en voetgangers.'],
    ]);
  });

  it('ends the answers at `De burgemeester van X,`', () => {
    const set = parseAsOf('2025-02-01', [
      'Vraag 1: Komt er een hondenlosloopgebied?',
      'Antwoord 1: Ja, in het Stadspark.',
      '',
      'De burgemeester van Noordhaven,',
      'P. de Klerk',
    ]);
    expectAnswerTexts(set, ['Ja, in het Stadspark.']);
  });

  it('reads no promise in a part after a semicolon that opens with another party', () => {
    expect(
      detectCommitments('Wij overleggen met de buurt; het waterschap verhoogt in 2026 de dijk.', '2025-11-01', ['2']),
    ).toEqual([]);
  });

  it('reads an unlabelled paragraph under a numbered question as its answer when other answers are labelled', () => {
    const set = parseAsOf('2025-02-01', [
      '1.  Wanneer gaat het zwembad open?',
      '',
      'Op 1 juni.',
      '',
      '2.  Wat kost een kaartje?',
      '',
      'Vijf euro voor volwassenen.',
      '',
      '3.  a. Is er een peuterbad?',
      '    b. Is er een glijbaan?',
      '',
      'Ad 3a en 3b',
      'Beide zijn er.',
    ]);
    expectQuestions(set, [
      'Wanneer gaat het zwembad open?',
      'Wat kost een kaartje?',
      'Is er een peuterbad?',
      'Is er een glijbaan?',
    ]);
    expectAnswers(set, [
      [['1'], 'Op 1 juni.'],
      [['2'], 'Vijf euro voor volwassenen.'],
      [['3a', '3b'], 'Beide zijn er.'],
    ]);
  });

  it('drops a bar-separated page footer (`Gemeente X | Kenmerk … | pagina 1 van 2`) inside an answer', () => {
    const set = parseAsOf('2025-02-01', [
      'Vraag 1: Wordt het plein vergroend?',
      'Antwoord 1: Ja, met twaalf bomen.',
      '',
      'Gemeente Noordhaven | Kenmerk 25-0113 | pagina 1 van 2',
      '',
      'Vraag 2: Komen er bankjes?',
      'Antwoord 2: Ja, vier.',
    ]);
    expectAnswerTexts(set, ['Ja, met twaalf bomen.', 'Ja, vier.']);
  });
});

describe('held-out-20 fixes (fix-e)', () => {
  it('reads the municipality from a RIS export title joining the portal and its name, and drops a footer parted by dashes', () => {
    expect(findMunicipality('RIS Bergeijk | Raadsinformatie - documentexport\nVragen')).toBe('Bergeijk');
    expect(findMunicipality('iBabs Asten - export\nVragen')).toBe('Asten');
    expect(findMunicipality('RIS Voorbeeldstad | Raadsinformatie\nVragen')).toBeNull();
    const set = parseAsOf('2025-02-01', [
      'Vraag 1: Gaat het zwembad dicht?',
      'Antwoord 1: Nee, het blijft open.',
      '',
      '----------------------------------------',
      'Pagina 1 van 1 - RIS Bergeijk - afdrukversie',
    ]);
    expectAnswerTexts(set, ['Nee, het blijft open.']);
    // A sentence with a spaced dash is no footer.
    expect(normaliseLines('Antwoord 2: Het kost meer - zie pagina 4 van de nota.')).toHaveLength(1);
  });

  it('reads lettered sub-questions each answered by its own unnumbered `Antwoord:` in turn', () => {
    const set = parseAsOf('2025-02-01', [
      'I. Wie betaalt de reparatie van het hek?',
      'Antwoord: De gemeente.',
      'II. De speeltuin aan de Esdoornlaan is al maanden dicht.',
      'a) Sinds wanneer is de speeltuin dicht?',
      'Antwoord: Sinds de storm van maart.',
      'b) Wanneer gaat hij weer open?',
      'Antwoord: Zodra de nieuwe toestellen geplaatst zijn.',
      'Dat duurt nog enkele weken.',
    ]);
    expect(set.questions.map((q) => q.number)).toEqual(['1', '2a', '2b']);
    expectAnswers(set, [
      [['1'], 'De gemeente.'],
      [['2a'], 'Sinds de storm van maart.'],
      [['2b'], 'Zodra de nieuwe toestellen geplaatst zijn. Dat duurt nog enkele weken.'],
    ]);
    expect(set.warnings).toEqual([]);
  });

  it('leaves out a dated act of a body the questions name inside a sentence, where it opens an answer’s sentence', () => {
    const set = parseAsOf('2025-01-15', [
      'Vraag 1: Is de klacht over de vlonder doorgegeven aan Staatsbosbeheer?',
      'Antwoord 1: Ja, wij hebben haar gebeld. Staatsbosbeheer onderzoekt in april 2025 de vlonder. Wij informeren u in mei 2025 over de uitkomst.',
    ]);
    expect(set.commitments.map((c) => c.sentence)).toEqual(['Wij informeren u in mei 2025 over de uitkomst.']);
  });
});

describe('held-out-19 fixes (fix-b)', () => {
  it('reads a publication whose title wraps after `van de fractie`, its opening naming councillors by several initials', () => {
    const set = parseAsOf('2025-03-01', [
      'GEMEENTEBLAD                                    Officiële uitgave van de gemeente Ermelo',
      '',
      'Beantwoording schriftelijke vragen ex artikel 39 Reglement van Orde van de fractie',
      'Dorpsbelang over de verlichting van het fietspad Horsterweg',
      '',
      'Het college van burgemeester en wethouders van Ermelo heeft op 3 maart 2025 de vragen van de',
      'heer P.H. Van Aalst (Dorpsbelang) van 10 februari 2025 als volgt beantwoord.',
      '',
      'Vraag 1',
      'Gaat de verlichting weer aan?',
      '',
      'Antwoord',
      'Ja, vanaf volgende week.',
      '',
      'Gemeenteblad 2025 nr. 51234                                            7 maart 2025',
      'Vraag 2',
      'Wat kost dat?',
      '',
      'Antwoord',
      'Ongeveer € 4.000 per jaar.',
    ]);
    expect(set.subject).toBe('de verlichting van het fietspad Horsterweg');
    expect(set.party).toBe('Dorpsbelang');
    expect(set.submitters).toEqual(['P.H. Van Aalst']);
    expect([set.receivedOn, set.answeredOn]).toEqual(['2025-02-10', '2025-03-03']);
    expectAnswerTexts(set, ['Ja, vanaf volgende week.', 'Ongeveer € 4.000 per jaar.']);
  });
});

describe('held-out-19 fixes (fix-b), part 2', () => {
  it('reads a RIS export whose labels are padded by dot leaders, and drops its footer laid out in columns', () => {
    const set = parseAsOf('2025-01-25', [
      'Raadsinformatiesysteem gemeente Tubbergen - export',
      '',
      'Registratienummer ... SV-2025-017',
      'Titel ............... Gladheidsbestrijding op fietspaden',
      'Indieners ........... K. Oude Rengerink; T. Nijhuis',
      'Fractie(s) .......... Dorpsbelang, CDA',
      'Ingekomen ........... 06-01-2025',
      'Beantwoord .......... 21-01-2025',
      'Portefeuillehouder .. wethouder M. Veldhuis',
      'Gekoppeld ........... 1. Antwoordbrief_SV-2025-017.pdf',
      '',
      'Vraag 1: Worden de fietspaden naar de scholen gestrooid?',
      'Antwoord college: Ja, vóór zeven uur.',
      '',
      'Pagina 1 van 1                                    Geëxporteerd uit het RIS, gemeente Tubbergen',
    ]);
    expect([set.reference, set.subject, set.party, set.portfolioHolder]).toEqual([
      'SV-2025-017',
      'Gladheidsbestrijding op fietspaden',
      'Dorpsbelang, CDA',
      'M. Veldhuis',
    ]);
    expect(set.submitters).toEqual(['K. Oude Rengerink', 'T. Nijhuis']);
    expect([set.receivedOn, set.answeredOn]).toEqual(['2025-01-06', '2025-01-21']);
    expectAnswerTexts(set, ['Ja, vóór zeven uur.']);
  });

  it('answers questions printed in one block together, and reads an answer starting on the line under its question', () => {
    const set = parseAsOf('2025-01-10', [
      'Aan de fracties van het CDA en Lokaal Belang',
      '',
      'Vraag 1: Hoeveel bomen zijn er gekapt?',
      'Vraag 2: Waarom is dat gebeurd?',
      '',
      'Er zijn negen bomen gekapt, omdat zij ziek waren.',
      '',
      'Vraag 3: Komen er nieuwe bomen?',
      'Ja. Wij planten in maart twaalf nieuwe bomen.',
      '',
      'Vraag 4: Worden omwonenden betrokken?',
      'Ja. Zij krijgen een brief.',
    ]);
    expect(set.party).toBe('CDA en Lokaal Belang');
    expectQuestions(set, [
      'Hoeveel bomen zijn er gekapt?',
      'Waarom is dat gebeurd?',
      'Komen er nieuwe bomen?',
      'Worden omwonenden betrokken?',
    ]);
    expectAnswers(set, [
      [['1', '2'], 'Er zijn negen bomen gekapt, omdat zij ziek waren.'],
      [['3'], 'Ja. Wij planten in maart twaalf nieuwe bomen.'],
      [['4'], 'Ja. Zij krijgen een brief.'],
    ]);
    expect(set.warnings).toEqual([]);
  });

  it('keeps a line under the question as the question when a blank line parts it from the answer below', () => {
    const set = parseAsOf('2025-01-10', [
      'Vraag 1: Hoeveel bomen zijn er gekapt?',
      '',
      'Negen.',
      '',
      'Vraag 2: Klopt het dat er meer volgen?',
      'Graag een toelichting.',
      '',
      'Nee. Er volgen er geen.',
      '',
      'Vraag 3: Wie betaalt dat?',
      'De gemeente.',
    ]);
    expectQuestions(set, [
      'Hoeveel bomen zijn er gekapt?',
      'Klopt het dat er meer volgen? Graag een toelichting.',
      'Wie betaalt dat?',
    ]);
    expectAnswers(set, [
      [['1'], 'Negen.'],
      [['2'], 'Nee. Er volgen er geen.'],
      [['3'], 'De gemeente.'],
    ]);
  });

  it("reads a statement right under the question as the answer's first paragraph, a request as the question's", () => {
    const set = parseAsOf('2025-01-10', [
      'Vraag 1: Hoeveel speeltuinen zijn er in Tiel?',
      'Er zijn 42 speeltuinen in de gemeente.',
      '',
      'Daarvan worden er 5 dit jaar vernieuwd.',
      '',
      'Vraag 2: Komt er een watertappunt?',
      'Zo ja, waar?',
      '',
      'Ja. Het watertappunt komt bij de ingang.',
    ]);
    expectQuestions(set, ['Hoeveel speeltuinen zijn er in Tiel?', 'Komt er een watertappunt? Zo ja, waar?']);
    expectAnswers(set, [
      [['1'], 'Er zijn 42 speeltuinen in de gemeente.\n\nDaarvan worden er 5 dit jaar vernieuwd.'],
      [['2'], 'Ja. Het watertappunt komt bij de ingang.'],
    ]);
  });

  it('keeps a question-only text with a line under its question as the question, no answer', () => {
    const set = parseAsOf('2025-01-10', [
      'Vraag 1: Hoe vaak is de brug gestremd geweest?',
      'Graag een overzicht per maand.',
      '',
      'Vraag 2: Wanneer wordt de brug vervangen?',
      'Wij horen graag van het college.',
    ]);
    expect(set.answers).toEqual([]);
    expectQuestions(set, [
      'Hoe vaak is de brug gestremd geweest? Graag een overzicht per maand.',
      'Wanneer wordt de brug vervangen? Wij horen graag van het college.',
    ]);
  });
});

describe('held-out-19 fixes (fix-a)', () => {
  it('aligns answers designated apart from the questions by the questions in brackets (`Antwoord B (vragen 2 en 3)`)', () => {
    const set = parseAsOf('2025-02-01', [
      'Gemeente Oldebroek',
      'Onderwerp: Zwembad De Veldkamp',
      '',
      'Vragen',
      '',
      '1.  Waarom is het zwembad dicht?',
      '2.  Hoe lang duurt de reparatie?',
      '3.  Wat kost die?',
      '',
      'Antwoorden',
      '',
      'Antwoord A (vraag 1)',
      'Er lekt een leiding.',
      '',
      'Antwoord B (vragen 2 en 3)',
      'Zes weken en ongeveer € 40.000. Zie ook antwoord A.',
    ]);
    expect(set.answers.map((a) => [a.questions, a.text, a.refersTo])).toEqual([
      [['1'], 'Er lekt een leiding.', []],
      [['2', '3'], 'Zes weken en ongeveer € 40.000. Zie ook antwoord A.', ['1']],
    ]);
    expect(set.warnings).toEqual([]);
  });

  it('reads a numbered answer with its questions in brackets by the brackets (`Antwoord 2 (vraag 3)`)', () => {
    const set = parseAsOf('2025-02-01', [
      '1. Is de weg kapot?',
      '2. Wie repareert hem?',
      '3. Wanneer?',
      '',
      'Antwoord 1 (vragen 1 en 2)',
      'Ja; de provincie repareert hem.',
      '',
      'Antwoord 2 (vraag 3)',
      'Na de winter, zie ook antwoord 1.',
    ]);
    expect(set.answers.map((a) => [a.questions, a.refersTo])).toEqual([
      [['1', '2'], []],
      [['3'], ['1', '2']],
    ]);
  });

  it('reads an answer paragraph opening on questions named by ordinals with the article (`De eerste en de tweede vraag`)', () => {
    const set = parseAsOf('2025-02-01', [
      'Geachte mevrouw Bos,',
      '',
      '1. Is de speeltuin veilig?',
      '2. Wanneer is hij gekeurd?',
      '3. Komt er een schommel bij?',
      '',
      'De eerste en de tweede vraag beantwoorden wij samen. De speeltuin is in mei gekeurd en veilig.',
      '',
      'Dan uw derde vraag. Nee.',
    ]);
    expect(set.answers.map((a) => a.questions)).toEqual([['1', '2'], ['3']]);
  });

  it("reads `zie antwoord 1 van dit deel` within the answer's own section when each section numbers from 1 again", () => {
    const set = parseAsOf('2025-02-01', [
      'ONDERDEEL A - AFVAL',
      '',
      'Vraag 1',
      'Hoe vaak wordt er geleegd?',
      'Antwoord 1',
      'Elke week.',
      'Vraag 2',
      'Komt er een extra container?',
      'Antwoord 2',
      'Nee.',
      '',
      'ONDERDEEL B - GROEN',
      '',
      'Vraag 1',
      'Hoeveel bomen worden geplant?',
      'Antwoord 1',
      'Twintig.',
      'Vraag 2',
      'Welke soorten?',
      'Antwoord 2',
      'Linden; zie antwoord 1 van dit onderdeel.',
    ]);
    expect(set.questions.map((q) => q.number)).toEqual(['1', '2', '3', '4']);
    expect(set.answers.map((a) => a.refersTo)).toEqual([[], [], [], ['3']]);
  });

  it('reads a field set to the right of a letterhead line (`Gemeente X      Registratienummer: …`)', () => {
    const set = parseAsOf('2025-04-01', [
      'Gemeente Molenlanden                        Registratienummer: MOL-25-0042',
      '                                            Datum: 4 maart 2025',
      '',
      'Vraag 1: Gaat de bibliotheek dicht?',
      'Antwoord 1: Nee.',
    ]);
    expect(set.reference).toBe('MOL-25-0042');
    expect(set.municipality).toBe('Molenlanden');
  });

  it('reads a `Raadsvragen ex artikel …` title line as a title, and `Datum collegebesluit` as the answer date when no other date is printed', () => {
    const set = parseAsOf('2025-04-01', [
      'Raadsvragen ex artikel 38 Reglement van orde voor de gemeenteraad - beantwoording',
      '',
      'Onderwerp:              Parkeren bij het station',
      'Datum collegebesluit:   3 februari 2025',
      '',
      '1.  Komen er meer fietsenrekken?',
      '',
      'Antwoord 1',
      'Ja, tweehonderd.',
    ]);
    expect(set.explanation).toBeNull();
    expect(set.answeredOn).toBe('2025-02-03');
  });

  it('reads an organisation named by capitals before `zal` as acting itself (`Woonstichting Linge zal in maart …`)', () => {
    expect(
      detectCommitments(
        'Wij hebben overleg gevoerd. Woonstichting Linge zal in maart 2025 besluiten over de renovatie.',
        '2025-01-01',
        ['1'],
      ),
    ).toEqual([]);
  });
});

describe('held-out-19 fixes (fix-b), footnotes', () => {
  it('reads superscript footnotes where their markers stand: a URL for the document named before it, a dated note', () => {
    const set = parseAsOf('2025-01-10', [
      'Vraag 1: Mag een container van 20 m² op straat staan?',
      'Antwoord 1: Nee, dat verbiedt de Afvalstoffenverordening Heusden 2021² voor langer dan',
      'een dag.',
      '',
      'Vraag 2: Waar staat het beleid?',
      'Antwoord 2: In de Afvalvisie Heusden¹ en in de Monitor Zwerfafval 2024³.',
      '',
      '____________________',
      '¹ Afvalvisie Heusden 2022-2030, vastgesteld door de gemeenteraad op 3 maart 2022.',
      '² https://lokaleregelgeving.overheid.nl/CVDR655001',
      '³ https://www.heusden.nl/zwerfafval',
    ]);
    expect(set.documents).toEqual([
      {
        kind: 'regulation',
        reference: 'CVDR655001',
        title: 'Afvalstoffenverordening Heusden 2021',
        date: null,
        url: 'https://lokaleregelgeving.overheid.nl/CVDR655001',
      },
      { kind: 'policy', reference: null, title: 'Afvalvisie Heusden 2022-2030', date: '2022-03-03', url: null },
      {
        kind: 'other',
        reference: null,
        title: 'Monitor Zwerfafval 2024',
        date: null,
        url: 'https://www.heusden.nl/zwerfafval',
      },
    ]);
    expect(set.questions[0].text).toBe('Mag een container van 20 m² op straat staan?');
  });

  it('reads a bracketed footnote naming a report with a capitalised adjective and its URL as that report', () => {
    const set = parseAsOf('2025-01-10', [
      'Vraag 1: Hoeveel laadpalen zijn nodig?',
      'Antwoord 1: Het Landelijk Fietsonderzoek 2023[1] noemt geen aantal; de concessie[2] ook niet.',
      '',
      '____________________',
      '[1] Landelijk Fietsonderzoek 2023, Fietsersbond, https://www.example.nl/fietsonderzoek',
      '[2] https://www.example.nl/concessie',
    ]);
    expect(set.documents).toEqual([
      {
        kind: 'other',
        reference: null,
        title: 'Landelijk Fietsonderzoek 2023',
        date: null,
        url: 'https://www.example.nl/fietsonderzoek',
      },
      { kind: 'web', reference: null, title: null, date: null, url: 'https://www.example.nl/concessie' },
    ]);
  });
});

describe('a questions letter with the answer letter glued below it after a rule of `=` (fix-f, held-out-20 oirschot)', () => {
  it('reads the signers as submitters, each letter’s date for its own part and the answer letter’s opening as introduction', () => {
    const set = parseAsOf('2025-06-01', [
      'Fractie Dorpsbelang Eersel',
      '',
      'Eersel, 14 april 2025',
      '',
      'Onderwerp: Parkeren bij de sporthal',
      '',
      'Geacht college,',
      '',
      'Op zaterdag staat de Dorpsstraat vol met auto’s. Wij stellen de volgende vragen:',
      '',
      '1. Hoeveel parkeerplaatsen heeft de sporthal?',
      '2. Wilt u een extra parkeerterrein onderzoeken?',
      '',
      'Met vriendelijke groet,',
      'namens de fractie Dorpsbelang Eersel,',
      '',
      'P. Smits',
      'A. de Greef',
      '',
      '==============================',
      '',
      'Gemeente Eersel',
      '',
      'Datum: 20 mei 2025',
      'Onderwerp: Parkeren bij de sporthal',
      '',
      'Geachte heer Smits, geachte mevrouw De Greef,',
      '',
      'In uw brief van 14 april 2025 stelt u vragen over parkeren bij de sporthal.',
      '',
      'Ad 1.',
      'De sporthal heeft 80 parkeerplaatsen.',
      '',
      'Ad 2.',
      'Nee, daar is geen ruimte voor.',
      '',
      'Met vriendelijke groet,',
      'burgemeester en wethouders van Eersel',
    ]);
    expect(set.submitters).toEqual(['P. Smits', 'A. de Greef']);
    expect(set.receivedOn).toBe('2025-04-14');
    expect(set.answeredOn).toBe('2025-05-20');
    expect(set.introduction).toBe('In uw brief van 14 april 2025 stelt u vragen over parkeren bij de sporthal.');
    expect(set.explanation).toBe('Op zaterdag staat de Dorpsstraat vol met auto’s. Wij stellen de volgende vragen:');
    expect(set.answers.map((a) => a.questions)).toEqual([['1'], ['2']]);
  });
});

describe('held-out-21 fixes (fix-g)', () => {
  it('reads a party letter answered under each question: grouped `Antwoord college op 2a en 2b:`, its signers, the closing note', () => {
    const set = parseAsOf('2025-03-10', [
      'Fractie GroenLinks Oisterwijk',
      '',
      'Onderwerp: Bankjes in het Vennenpark',
      '',
      'Wij stellen u de volgende vragen:',
      '',
      '1. Hoeveel bankjes staan er in het Vennenpark?',
      'Antwoord college: Er staan twaalf bankjes.',
      '',
      '2. Er zijn bankjes weggehaald.',
      'a. Waarom is dat gebeurd?',
      'b. Komen ze terug?',
      'Antwoord college op 2a en 2b: Ze waren kapot. Er komen nieuwe.',
      '',
      'Namens de fractie van GroenLinks,',
      '',
      'Sanne de Wit',
      'Joris Bakker',
      '',
      'Beantwoord door het college op 3 maart 2025 (portefeuillehouder: wethouder K. Peeters)',
    ]);
    expect(set.answers.map((a) => a.questions)).toEqual([['1'], ['2a', '2b']]);
    expect(set.submitters).toEqual(['Sanne de Wit', 'Joris Bakker']);
    expect(set.answeredOn).toBe('2025-03-03');
    expect(set.portfolioHolder).toBe('K. Peeters');
  });
  it('reads the councillors an answer letter names `bij monde van de raadsleden …` with no party beside them', () => {
    const set = parseAsOf('2025-04-10', [
      'Gemeente Oirschot',
      '',
      'Datum: 4 april 2025',
      'Onderwerp: Speeltuin Spoordonk',
      '',
      'Geachte leden van de CDA-fractie,',
      '',
      'In uw brief van 10 maart 2025 stelt u, bij monde van de raadsleden T. Verhagen en M. van Rooij, vragen over de speeltuin.',
      '',
      'Vraag 1',
      'Wordt de speeltuin vernieuwd?',
      '',
      'Antwoord 1',
      'Ja, in de zomer.',
      '',
      'Met vriendelijke groet,',
      'burgemeester en wethouders van Oirschot',
    ]);
    expect(set.submitters).toEqual(['T. Verhagen', 'M. van Rooij']);
  });
  it('reads a Word export with no blank line and short one-line paragraphs: each sentence-ending line its own paragraph, `Vraagsteller:` the submitter', () => {
    const set = parseAsOf('2025-04-10', [
      'Gemeente Epe',
      'Beantwoording schriftelijke vragen van de fractie CDA over de bibliotheek in het centrum van Vaassen',
      'Datum: 2 april 2025',
      'Vraagsteller: G. de Boer-Hendriks',
      'Vraag 1: Gaat de bibliotheek in Vaassen verhuizen naar het nieuwe kulturhus?',
      'Antwoord 1: Ja. Het bestuur van de bibliotheek heeft daar in februari mee ingestemd.',
      'De verhuizing staat gepland voor het najaar van 2025, na de oplevering van het gebouw.',
      'Vraag 2: Blijven de openingstijden van de bibliotheek gelijk na de verhuizing naar het kulturhus?',
      'Antwoord 2: De openingstijden worden in overleg met de andere gebruikers van het kulturhus en de',
      'vrijwilligers vastgesteld.',
      'Wij informeren de raad voor de zomer over de nieuwe openingstijden van de bibliotheek.',
      'Burgemeester en wethouders van Epe',
    ]);
    expect(set.submitters).toEqual(['G. de Boer-Hendriks']);
    expectAnswerTexts(set, [
      'Ja. Het bestuur van de bibliotheek heeft daar in februari mee ingestemd.\n\nDe verhuizing staat gepland voor het najaar van 2025, na de oplevering van het gebouw.',
      'De openingstijden worden in overleg met de andere gebruikers van het kulturhus en de vrijwilligers vastgesteld.\n\nWij informeren de raad voor de zomer over de nieuwe openingstijden van de bibliotheek.',
    ]);
  });
});

describe('held-out-21 fixes (fix-h: header and documents)', () => {
  it('reads no party name under `Fractie in de gemeenteraad` as the municipality', () => {
    expect(
      findMunicipality(
        'CDA Oosterhoeve\nFractie in de gemeenteraad\n\nAan: het college van burgemeester en wethouders van Oosterhoeve',
      ),
    ).toBe('Oosterhoeve');
    expect(findMunicipality('Fractie in de gemeenteraad\nCDA Oosterhoeve\n\nAan: de griffie')).toBeNull();
    expect(findMunicipality('gemeente\nLindewoud\n\nRaadsvragen')).toBe('Lindewoud');
  });

  it('reads the portfolio holder named in the opening, the date the questions were asked in the answering sentence', () => {
    const set = parseLines([
      'Gemeente Lindewoud',
      '',
      'Beantwoording schriftelijke vragen over het zwembad',
      '',
      'Geachte leden van de raad,',
      '',
      'Hierbij beantwoorden wij de vragen die mevrouw P. Kok op 2 juni 2025 namens de VVD heeft gesteld over het',
      'zwembad. Wethouder K. van Dijk is portefeuillehouder voor sport.',
      '',
      '1. Gaat het zwembad dicht?',
      '',
      'Nee. Het zwembad blijft open.',
      '',
      'Met vriendelijke groet,',
      '',
      'het college van burgemeester en wethouders van Lindewoud',
    ]);
    expect(set.portfolioHolder).toBe('K. van Dijk');
    expect(set.receivedOn).toBe('2025-06-02');
  });

  it('reads a capitalised `Beleidsnotitie` named by capitalised words and a year as a policy note', () => {
    const set = parseQuestionSetText('1. Past de bouw in de Beleidsnotitie Kleine Kernen Lindewoud 2024?\n');
    expect(set.documents.map((d) => [d.kind, d.title])).toContainEqual([
      'policy',
      'Beleidsnotitie Kleine Kernen Lindewoud 2024',
    ]);
  });
});

describe('held-out-23 fixes (fix-j: header, a promise with its object first)', () => {
  it('reads a `Steller` beside a `Fractie` field as the submitter only where nothing else names who asks', () => {
    const header = [
      'Gemeente Lindewoud',
      'Antwoord op schriftelijke vragen',
      '',
      'Zaaknummer            Z2025-1',
      'Onderwerp             Bankjes in het park',
      'Steller               mevrouw P. de Wit-van Dam',
    ];
    const body = ['', 'Vraag 1', 'Komen er bankjes?', '', 'Antwoord 1', 'Ja.'];
    const withParty = parseLines([...header, 'Fractie               Dorpsbelang', ...body]);
    expect([withParty.submitters, withParty.party]).toEqual([['P. de Wit-van Dam'], 'Dorpsbelang']);
    // (Without a party beside it, the `Steller` is the civil servant who drafted the letter.)
    expect(parseLines([...header, ...body]).submitters).toEqual([]);
  });

  it('reads the municipality from its own policy or by-law titled with it where no letterhead names it', () => {
    const set = parseLines([
      'Schriftelijke vragen van de fractie Dorpsbelang over de sporthal',
      'Vraag 1',
      'Blijft de sporthal open?',
      'Antwoord 1',
      'Ja. De Sportnota Hollands Kroon 2024-2027 noemt de sporthal een basisvoorziening.',
    ]);
    expect(set.municipality).toBe('Hollands Kroon');
    expect(municipalityInTitles(['Parkeerverordening Hollands Kroon'])).toBe('Hollands Kroon');
    // (A region's or province's document has another word there; a longer title names the place in passing.)
    expect(municipalityInTitles(['Omgevingsvisie Provincie Utrecht', 'Woonvisie Utrecht Oost 2025'])).toBeNull();
  });

  it('reads the portfolio holder from a mail passing on `de antwoorden van wethouder X`', () => {
    const set = parseLines([
      'Van: Bestuurssecretariaat Lindewoud <bs@lindewoud.nl>',
      'Verzonden: dinsdag 3 juni 2025 16:45',
      'Aan: A. Bos <a.bos@raad.lindewoud.nl>',
      'Onderwerp: RE: Schriftelijke vragen: bankjes',
      '',
      'Geachte heer Bos,',
      '',
      'Hierbij de antwoorden van wethouder K. van Dijk op uw vragen.',
      '',
      '1. Komen er bankjes?',
      '',
      'Antwoord: Ja.',
    ]);
    expect(set.portfolioHolder).toBe('K. van Dijk');
  });

  it('keeps an abbreviated founding year in a party’s name (`Dorpsbelangen ’74`)', () => {
    expect(findParty("Fractie Dorpsbelangen '74\nGemeenteraad Lindewoud", null)).toBe("Dorpsbelangen '74");
    expect(findParty('namens de fractie van Dorpsbelangen ’74, A. Bos', null)).toBe('Dorpsbelangen ’74');
  });

  it('reads a promise whose object comes first (`De nota actualiseren wij in 2026`), not a named subject', () => {
    expect(
      detectCommitments('Het plan werkt. De Sportnota actualiseren wij in 2026.', '2025-03-01', ['1']).map(
        (c) => c.sentence,
      ),
    ).toEqual(['De Sportnota actualiseren wij in 2026.']);
    expect(detectCommitments('De Sportraad actualiseert in 2026 de nota.', '2025-03-01', ['1'])).toEqual([]);
  });

  it('reads a reference beside the letterhead in a running header without a colon (`Kenmerk 24.001234`)', () => {
    const set = parseLines([
      'Gemeente Lindewoud                                  Kenmerk 24.001234',
      'Postbus 1, 1234 AB Lindewoud',
      '',
      'Datum           18 februari 2025',
      'Onderwerp       Bankjes',
      '',
      'In uw brief van 27 januari 2025 heeft u vragen gesteld over bankjes.',
      '',
      'Vraag 1',
      'Komen er bankjes?',
      '',
      'Antwoord',
      'Ja.',
    ]);
    expect([set.municipality, set.reference, set.receivedOn, set.answeredOn]).toEqual([
      'Lindewoud',
      '24.001234',
      '2025-01-27',
      '2025-02-18',
    ]);
  });

  it('reads a questions title wrapped before its `over` (the parties on one line, the subject on the next)', () => {
    const set = parseAsOf('2025-05-20', [
      'GEMEENTE LINDEWOUD',
      '',
      'Beantwoording van de schriftelijke vragen van de fracties VVD en Lindewoud',
      'Vooruit over de brug bij de oude haven in Lindewoud',
      '(portefeuillehouder: wethouder K. van Dijk)',
      '',
      'De raadsleden A. Bos (VVD) en C. de Wit en D. Mol (beiden Lindewoud Vooruit) hebben op 2 mei 2025',
      'vragen gesteld over de brug. Het college beantwoordt de vragen als volgt.',
      '',
      '1. Wanneer gaat de brug open?',
      '',
      'Wij openen de brug in juni 2025.',
    ]);
    expect([set.subject, set.portfolioHolder]).toEqual(['de brug bij de oude haven in Lindewoud', 'K. van Dijk']);
    // Councillors of two groups, each group's party in brackets after its names: all ask, for both parties.
    expect([set.submitters, set.party]).toEqual([['A. Bos', 'C. de Wit', 'D. Mol'], 'VVD en Lindewoud Vooruit']);
  });
  it('drops the quotation marks around questions repeated whole between them above each answer', () => {
    const set = parseAsOf('2025-03-01', [
      'Onderwerp: Speeltuin',
      '',
      'Vraag 1',
      '„Wanneer wordt de speeltuin aan de Lindelaan',
      'vernieuwd?”',
      '',
      'In het voorjaar van 2026.',
      '',
      'Vraag 2',
      '"Mogen de buren meedenken over het ontwerp \'Spelen in het groen\'?"',
      '',
      'Ja.',
    ]);
    expectQuestions(set, [
      'Wanneer wordt de speeltuin aan de Lindelaan vernieuwd?',
      "Mogen de buren meedenken over het ontwerp 'Spelen in het groen'?",
    ]);
  });

  it('reads the reference printed only in the running page footer', () => {
    const set = parseAsOf('2025-03-01', [
      'Betreft: vragen over de markt',
      '',
      '1. Blijft de markt op zaterdag?',
      '',
      'Ja, de markt blijft op zaterdag.',
      '',
      'Gemeente Lindewoud  ·  Zaaknummer 25-004411                pagina 1 van 2',
      '',
      '2. Komen er meer kramen?',
      '',
      'Nee.',
      '',
      'Gemeente Lindewoud  ·  Zaaknummer 25-004411                pagina 2 van 2',
    ]);
    expect(set.reference).toBe('25-004411');
    expectAnswerTexts(set, ['Ja, de markt blijft op zaterdag.', 'Nee.']);
  });
});

describe('held-out-26 and -27 fixes (fix-m: layouts)', () => {
  it('reads a text table drawn with `#` (`#====#` rules, `#` between the cells) with cells wrapped over lines', () => {
    const row = (a: string, b: string, c: string): string => `# ${a.padEnd(3)}# ${b.padEnd(29)}# ${c.padEnd(33)}#`;
    const rule = (c: string): string => `#${c.repeat(4)}#${c.repeat(30)}#${c.repeat(34)}#`;
    const set = parseAsOf('2026-01-10', [
      'Gemeente Heidebroek',
      'Onderwerp: Bankjes aan de Esweg',
      '',
      rule('='),
      row('Nr', 'Vraag', 'Antwoord'),
      rule('='),
      row('1', 'Komen er nieuwe bankjes aan', 'Ja. Wij plaatsen in april 2026'),
      row('', 'de Esweg?', 'vier bankjes.'),
      rule('-'),
      row('2', 'Wie maakt ze schoon?', 'De buitendienst, zoals motie #7'),
      row('', '', 'vraagt.'),
      rule('='),
    ]);
    expect(set.questions).toEqual([
      { number: '1', text: 'Komen er nieuwe bankjes aan de Esweg?' },
      { number: '2', text: 'Wie maakt ze schoon?' },
    ]);
    expectAnswers(set, [
      [['1'], 'Ja. Wij plaatsen in april 2026 vier bankjes.'],
      [['2'], 'De buitendienst, zoals motie #7 vraagt.'],
    ]);
  });

  it("reads a form's dotted leaders (`Label ........: value`) as `Label: value`, the dots in no answer", () => {
    const set = parseAsOf('2025-05-20', [
      'AANVRAAGFORMULIER SCHRIFTELIJKE VRAGEN',
      '',
      'Datum indiening .............: 12-05-2025',
      'Fractie .....................: D66',
      'Onderwerp ...................: Speeltuin aan de Beukenlaan',
      '',
      'Vragen ......................:',
      '1. Wordt de speeltuin vernieuwd?',
      '2. Komen er ook schommels?',
      '',
      'Datum beantwoording .........: 03-06-2025',
      '',
      'Antwoord 1 ..................:',
      'Ja, in het najaar van 2025.',
      '',
      'Antwoord 2 ..................:',
      '40 procent van de toestellen wordt een schommel.',
    ]);
    expect(set.party).toBe('D66');
    expect(set.subject).toBe('Speeltuin aan de Beukenlaan');
    expect(set.receivedOn).toBe('2025-05-12');
    expect(set.answeredOn).toBe('2025-06-03');
    expectAnswerTexts(set, ['Ja, in het najaar van 2025.', '40 procent van de toestellen wordt een schommel.']);
    // Without a colon only a long run of dots leads; an ellipsis in a sentence stays.
    expect(normaliseLines('Datum ........ 4 maart 2025\n\nWij wachten af... en zien dan verder.')).toEqual([
      'Datum: 4 maart 2025',
      '',
      'Wij wachten af... en zien dan verder.',
    ]);
  });

  it('takes no field value `N/M` with N above M for a page number (`Nummer:   2023/45` ends no page)', () => {
    const lines = normaliseLines(
      [
        'Onderwerp:        Fietspad Molenweg',
        'Nummer:           2023/45',
        'Ingediend door:   K. Bos (D66)',
        'Ingediend op:     3 maart 2025',
        '',
        'Vraag 1: Komt het fietspad er?',
      ].join('\n'),
    );
    expect(lines).toContain('Ingediend op:     3 maart 2025');
    expect(normaliseLines('Klopt dit?\nPagina 1 van 2\n\fGemeente X')).not.toContain('Pagina 1 van 2');
  });

  it('reads the abbreviated labels `Vr. N` and `Antw.` (also `Antw. 2 en 3`) with their hanging indent', () => {
    const set = parseAsOf('2025-02-01', [
      'Betreft:   Brug Kanaalweg',
      '',
      'Vr. 1   Is de brug aan de Kanaalweg veilig genoeg voor',
      '        fietsers?',
      '',
      'Antw.   Ja. De brug is in 2024 nog door een bureau',
      '        gekeurd.',
      '',
      'Vr. 2   Komt er verlichting op de brug?',
      '',
      'Vr. 3   Wie betaalt die?',
      '',
      'Antw. 2 en 3',
      '        Ja. De gemeente betaalt de lampen en hangt ze in het',
      '        najaar van 2025 op.',
    ]);
    expectNumberedQuestions(set, [
      ['1', 'Is de brug aan de Kanaalweg veilig genoeg voor fietsers?'],
      ['2', 'Komt er verlichting op de brug?'],
      ['3', 'Wie betaalt die?'],
    ]);
    expectAnswers(set, [
      [['1'], 'Ja. De brug is in 2024 nog door een bureau gekeurd.'],
      [['2', '3'], 'Ja. De gemeente betaalt de lampen en hangt ze in het najaar van 2025 op.'],
    ]);
    // `Vr.` before a date is a weekday.
    expect(rewriteLayout(['Vr. 12 december: kerstmarkt op het plein'])).toEqual([
      'Vr. 12 december: kerstmarkt op het plein',
    ]);
  });

  it('reads one-letter labels `V1:` / `A1:`, `A2a/b:` covering `2a` and `2b`, only when both kinds occur', () => {
    const set = parseAsOf('2025-02-01', [
      'Memo',
      'Onderwerp: Zwembad De Vliet',
      '',
      'V1: Gaat het zwembad dicht?',
      '',
      'A1: Nee. Het bad blijft open.',
      '',
      'V2a: Stijgen de tarieven?',
      '',
      'V2b: Hoeveel?',
      '',
      'A2a/b: Ja, met 3 procent.',
    ]);
    expect(set.questions.map((q) => q.number)).toEqual(['1', '2a', '2b']);
    expectAnswers(set, [
      [['1'], 'Nee. Het bad blijft open.'],
      [['2a', '2b'], 'Ja, met 3 procent.'],
    ]);
    // (Also with a space between the letter and the number.)
    expect(rewriteLayout(['V 1: Gaat het bad dicht?', 'A 1: Nee.'])).toEqual([
      'Vraag 1: Gaat het bad dicht?',
      'Antwoord 1: Nee.',
    ]);
    // Without any `V1:` an `A2:` is a motorway.
    expect(rewriteLayout(['A2: file bij Vianen', 'A27: ook'])).toEqual(['A2: file bij Vianen', 'A27: ook']);
  });

  it('reads `Gesteld door` as the submitters and `Gesteld op` as the day received', () => {
    const set = parseAsOf('2025-05-01', [
      'Onderwerp:     Hondenpoep in het Wilgenpark',
      'Gesteld door:  R. de Wit (CDA)',
      'Gesteld op:    2 april 2025',
      '',
      'Vraag 1: Komen er meer afvalbakken?',
      '',
      'Antwoord: Ja.',
    ]);
    expect(set.submitters).toEqual(['R. de Wit']);
    expect(set.party).toBe('CDA');
    expect(set.receivedOn).toBe('2025-04-02');
  });

  it('dates a council letter by `de raad op <date> met een raadsinformatiebrief … geïnformeerd`', () => {
    expect(
      findDocumentReferences(
        'Wij hebben de raad op 14 maart 2025 met een raadsinformatiebrief over de sluiting geïnformeerd.',
      ),
    ).toEqual([{ kind: 'council_letter', reference: null, title: null, date: '2025-03-14', url: null }]);
  });
});

describe('held-out-29 and -30 fixes (fix-p: layouts)', () => {
  it('reads bare theme numbers before the questions (`A1. …?`) and a combined theme label (`Antwoord B1 en B2`) (fix-p)', () => {
    const set = parseAsOf('2026-03-01', [
      'Geachte mevrouw Smit,',
      '',
      'U stelde op 3 maart 2026 vragen over de markt, in twee thema’s. Wij volgen die indeling.',
      '',
      'A  Kramen',
      '',
      'A1. Hoeveel kramen staan er op de weekmarkt?',
      '',
      'Antwoord A1',
      'Achtendertig.',
      '',
      'A2. Komen er nieuwe kramen bij?',
      '',
      'Antwoord A2',
      'Twee, in de zomer.',
      '',
      'B  Afval',
      '',
      'B1. Wie ruimt het afval op?',
      '',
      'B2) Wie betaalt dat?',
      '',
      'Antwoord B1 en B2',
      'De marktmeester laat het afval ophalen; de kooplieden betalen mee. Zie ook het antwoord op A2.',
    ]);
    expectNumberedQuestions(set, [
      ['1a', 'Hoeveel kramen staan er op de weekmarkt?'],
      ['1b', 'Komen er nieuwe kramen bij?'],
      ['2a', 'Wie ruimt het afval op?'],
      ['2b', 'Wie betaalt dat?'],
    ]);
    expect(set.answers.map((a) => [a.questions, a.text, a.refersTo])).toEqual([
      [['1a'], 'Achtendertig.', []],
      [['1b'], 'Twee, in de zomer.', []],
      [
        ['2a', '2b'],
        'De marktmeester laat het afval ophalen; de kooplieden betalen mee. Zie ook het antwoord op A2.',
        ['1b'],
      ],
    ]);
  });

  it('keeps a lone bare `A2.` line as text: bare theme numbers need a series with `A1` (fix-p)', () => {
    expect(rewriteLayout(['A2. Daar staat de file elke ochtend.', 'B1. Hoeveel?'])).toEqual([
      'A2. Daar staat de file elke ochtend.',
      'B1. Hoeveel?',
    ]);
  });

  it('reads a box-drawing table of numbered questions alone (`│ Nr │ Vraag │`) with the answers in running text below (fix-p)', () => {
    const set = parseAsOf('2026-03-01', [
      'Formulier schriftelijke vragen',
      '',
      '┌──────────────┬──────────────────────────────┐',
      '│ Fractie      │ Groen Dorp                   │',
      '├──────────────┼──────────────────────────────┤',
      '│ Toelichting  │ De speeltuin aan de Beukenlaan│',
      '│              │ is al een jaar dicht.        │',
      '└──────────────┴──────────────────────────────┘',
      '',
      '┌────┬──────────────────────────────────────┐',
      '│ Nr │ Vraag                                │',
      '╞════╪══════════════════════════════════════╡',
      '│ 1  │ Wanneer gaat de speeltuin weer       │',
      '│    │ open?                                │',
      '├────┼──────────────────────────────────────┤',
      '│ 2  │ Wat kost het herstel?                │',
      '└────┴──────────────────────────────────────┘',
      '',
      'Antwoord op vraag 1: In april, na de keuring.',
      '',
      'Antwoord op vraag 2: Ongeveer 20.000 euro.',
      '',
      'Formulier retour aan: griffie@voorbeeld.nl',
    ]);
    expectNumberedQuestions(set, [
      ['1', 'Wanneer gaat de speeltuin weer open?'],
      ['2', 'Wat kost het herstel?'],
    ]);
    expectAnswers(set, [
      [['1'], 'In april, na de keuring.'],
      [['2'], 'Ongeveer 20.000 euro.'],
    ]);
    expect(set.explanation).toBe('De speeltuin aan de Beukenlaan is al een jaar dicht.');
  });

  it('turns box-drawing corners and junctions into `+`: a table’s bottom border is no separator between documents (fix-p)', () => {
    expect(rewriteLayout(['└────┴────┘', '╞════╪════╡'])).toEqual(['+----+----+', '+----+----+']);
  });

  it('drops a form’s return instruction (`Formulier retour aan: …`, `Retour naar: …`) after the last answer (fix-p)', () => {
    const text = (closing: string): string =>
      parseAsOf('2026-03-01', [
        'Vraag 1: Gaat het zwembad dicht?',
        '',
        'Antwoord 1: Nee, het blijft open.',
        '',
        closing,
      ]).answers[0].text;
    expect(text('Formulier retour aan: griffie@voorbeeld.nl')).toBe('Nee, het blijft open.');
    expect(text('Retour naar: de griffie, kamer 2.14')).toBe('Nee, het blijft open.');
    // (A sentence is text: only an instruction without a sentence's end is dropped.)
    expect(text('Terugsturen naar de leverancier is niet nodig.')).toBe(
      'Nee, het blijft open.\n\nTerugsturen naar de leverancier is niet nodig.',
    );
  });

  it('reads answers in flowing text named by ordinals (`Uw eerste vraag …`) with the questions only in an annex after the signature (fix-p)', () => {
    const set = parseAsOf('2026-03-01', [
      'Lindewoud, 4 maart 2026',
      '',
      'Geachte heer Bos,',
      '',
      'Op 2 februari 2026 stelde u drie vragen over de bibliotheek. U vindt ze in de bijlage.',
      '',
      'Uw eerste vraag gaat over de openingstijden. Die blijven gelijk.',
      '',
      'Wat de tweede en derde vraag betreft: de bibliotheek verhuist niet en de huur stijgt niet.',
      '',
      'Met vriendelijke groet,',
      '',
      'burgemeester en wethouders van Lindewoud,',
      '',
      'Bijlage: de vragen van de fractie Dorpsbelang',
      '---------------------------------------------',
      '',
      '1. Veranderen de openingstijden?',
      '2. Verhuist de bibliotheek?',
      '3. Stijgt de huur?',
    ]);
    expect(set.questions.map((q) => q.number)).toEqual(['1', '2', '3']);
    expectAnswers(set, [
      [['1'], 'Uw eerste vraag gaat over de openingstijden. Die blijven gelijk.'],
      [['2', '3'], 'Wat de tweede en derde vraag betreft: de bibliotheek verhuist niet en de huur stijgt niet.'],
    ]);
    expect(set.introduction).toBe(
      'Op 2 februari 2026 stelde u drie vragen over de bibliotheek. U vindt ze in de bijlage.',
    );
  });
});

describe('held-out-25 fixes (fix-l: e-mail subject, portfolio holder)', () => {
  it('cleans a body `Onderwerp:` that carries a reply prefix, as an e-mail subject', () => {
    const set = parseAsOf('2025-03-01', [
      'Onderwerp: RE: Schriftelijke vragen: Bankjes in het Lindepark',
      'Van: Griffie Lindewoud <griffie@lindewoud.nl>',
      '',
      '1. Komen er meer bankjes?',
      '',
      'Ja, in het voorjaar.',
    ]);
    expect(set.subject).toBe('Bankjes in het Lindepark');
  });

  it("reads the wethouder who saw to the answers in a sentence of the griffie's mail (`… heeft de beantwoording verzorgd`)", () => {
    const set = parseAsOf('2025-03-01', [
      'Van: Griffie Lindewoud <griffie@lindewoud.nl>',
      'Onderwerp: Bankjes in het Lindepark',
      '',
      'Beste heer Visser,',
      '',
      'Hieronder de antwoorden van het college. Wethouder K. Bos heeft de beantwoording verzorgd.',
      '',
      'Ad 1',
      'Ja, in het voorjaar.',
      '',
      'Op ma 1 sep 2025 om 20:14 schreef P. Visser <p.visser@lindewoud.nl>:',
      '> Beste griffie,',
      '>',
      '> 1. Komen er meer bankjes in het Lindepark?',
    ]);
    expect(set.portfolioHolder).toBe('K. Bos');
  });

  it("reads a college letter's signer above `wethouder <portfolio>` when the surname opens with a particle", () => {
    const set = parseAsOf('2025-03-01', [
      'Onderwerp: Bankjes in het Lindepark',
      '',
      'Vraag 1',
      'Komen er meer bankjes?',
      '',
      'Antwoord',
      'Ja, in het voorjaar.',
      '',
      'Met vriendelijke groet,',
      'namens het college van burgemeester en wethouders,',
      '',
      'K. ter Brugge',
      'wethouder Openbare Ruimte',
    ]);
    expect(set.portfolioHolder).toBe('K. ter Brugge');
  });

  it("reads a field whose label fills its block's column, one space before the value (fix-o)", () => {
    const set = parseAsOf('2026-03-01', [
      'Ons kenmerk        2026-00817',
      'Onderwerp          Bankjes in het Lindepark',
      'Portefeuillehouder wethouder K. Wiersma',
      '',
      'Vraag 1',
      'Komen er meer bankjes?',
      '',
      'Antwoord',
      'Ja, in het voorjaar.',
    ]);
    expect(set.portfolioHolder).toBe('K. Wiersma');
    expect(set.reference).toBe('2026-00817');
  });

  it('reads a date-asked field that goes on with who asked and their party (`13 mei 2026, door A. Naam (X)`) (fix-o)', () => {
    const set = parseAsOf('2026-03-01', [
      'Onderwerp:          Bankjes in het Lindepark',
      'Datum:              2 juni 2026',
      'Vragen ingediend:   11 mei 2026, door T. Veenstra (Lindewoud Vooruit)',
      '',
      'Vraag 1',
      'Komen er meer bankjes?',
      '',
      'Antwoord 1',
      'Ja, in het voorjaar.',
    ]);
    expect(set.receivedOn).toBe('2026-05-11');
    expect(set.submitters).toEqual(['T. Veenstra']);
    expect(set.party).toBe('Lindewoud Vooruit');
  });

  it('takes the party after councillors by role without `fractie` only when it is initials or a national name (fix-o)', () => {
    const opening = (party: string): string =>
      [
        'Onderwerp: Bankjes in het Lindepark',
        '',
        `Op 2 mei 2026 hebben de raadsleden A. Kuipers en B. Mulder van ${party} vragen gesteld over de bankjes.`,
        '',
        '1. Komen er meer bankjes?',
        '',
        'Antwoord:',
        'Ja, in het voorjaar.',
      ].join('\n');
    expect(parseQuestionSetText(opening('het CDA'), { reference: '2026-03-01' }).party).toBe('CDA');
    expect(parseQuestionSetText(opening('de ChristenUnie'), { reference: '2026-03-01' }).party).toBe('ChristenUnie');
    expect(parseQuestionSetText(opening('de Lindeschool'), { reference: '2026-03-01' }).party).toBeNull();
  });

  it('reads the wethouder on whose order the answers go out (`In opdracht van wethouder X ontvangt u …`) (fix-o)', () => {
    const set = parseAsOf('2026-03-01', [
      'Van: Secretariaat college Lindewoud <college@lindewoud.nl>',
      'Verzonden: dinsdag 3 maart 2026 10:12',
      'Onderwerp: RE: Bankjes in het Lindepark',
      '',
      'Geachte heer Visser,',
      '',
      'In opdracht van wethouder J. de Graaf ontvangt u hieronder de antwoorden op uw vragen.',
      '',
      'Van: P. Visser <p.visser@lindewoud.nl>',
      'Verzonden: maandag 2 februari 2026 21:40',
      'Onderwerp: Bankjes in het Lindepark',
      '',
      '1. Komen er meer bankjes in het Lindepark?',
      'Antwoord: Ja, in het voorjaar.',
    ]);
    expect(set.portfolioHolder).toBe('J. de Graaf');
  });

  it('reads no person from an office with an ampersand in its name (`Secretariaat B&W`) (fix-o)', () => {
    const set = parseAsOf('2026-03-01', [
      'From: Secretariaat B&W <college@lindewoud.nl>',
      'Sent: Tuesday, March 3, 2026 4:10 PM',
      'Subject: Bankjes in het Lindepark',
      '',
      'Beste griffie,',
      '',
      'Hieronder de antwoorden.',
      '',
      'Groet,',
      'Secretariaat B&W',
      '',
      '________________________________',
      '',
      'Datum: 3 maart 2026',
      'Onderwerp: Bankjes in het Lindepark',
      '',
      'Op 9 februari 2026 heeft mevrouw E. Hoekstra namens de VVD-fractie vragen gesteld over de bankjes.',
      '',
      'Vraag 1',
      'Komen er meer bankjes?',
      '',
      'Antwoord',
      'Ja, in het voorjaar.',
    ]);
    expect(set.submitters).toEqual(['E. Hoekstra']);
    // (A mail sent on the answer letter's own day forwards the answers; the opening dates the questions.)
    expect(set.receivedOn).toBe('2026-02-09');
    expect(set.answeredOn).toBe('2026-03-03');
  });

  it("dates the questions by the opening, not by a registration date on the answer letter's own day (fix-o)", () => {
    const set = parseAsOf('2026-03-01', [
      'Zaaknummer       : Z-2026-0042',
      'Registratiedatum : 12-05-2026',
      '',
      'Lindewoud, 12 mei 2026',
      '',
      'Onderwerp: beantwoording vragen over bankjes',
      '',
      'Op 14 april 2026 stelde u namens de SP-fractie vragen over de bankjes in het Lindepark.',
      '',
      'Vraag 1: Komen er meer bankjes?',
      'Antwoord: Ja, in het voorjaar.',
    ]);
    expect(set.receivedOn).toBe('2026-04-14');
    expect(set.answeredOn).toBe('2026-05-12');
  });

  it('dates the questions by `ingediend op <date>` in a sentence that says they were answered (fix-o)', () => {
    const set = parseAsOf('2026-03-01', [
      'Lindewoud, 20 mei 2026',
      '',
      'Het college maakt bekend dat het de vragen van mevrouw R. Bakker (Lindewoud Vooruit), ingediend op 28 april',
      '2026, als volgt heeft beantwoord.',
      '',
      'Vraag 1',
      'Komen er meer bankjes?',
      '',
      'Antwoord',
      'Ja, in het voorjaar.',
    ]);
    expect(set.receivedOn).toBe('2026-04-28');
  });
});

describe('held-out-32 fixes (fix-t: forms, tables and exports)', () => {
  const risExport = [
    'RIS Vechtdal  |  gemeente Ommerzijl  |  export d.d. 2026-05-02 10:00',
    '=================================================================',
    '[Document]',
    'Titel                = Bankjes in het Lindepark',
    'Registratienummer    = 2026-0144',
    'Soort document       = Schriftelijke vragen',
    'Zittingsjaar         = 2026',
    'Status               = afgehandeld',
    '',
    '[Indiening]',
    'Ingediend door       = P. Smit; R. Yilmaz',
    'Fractie              = Ommerzijl Vooruit',
    'Datum ingediend      = 2026-03-02',
    '',
    '[Afhandeling]',
    'Portefeuillehouder   = wethouder T. Bos',
    'Datum afhandeling    = 2026-03-30',
    'Vertrouwelijk        = nee',
    '',
    '[Relaties]',
    "01  Motie M-2025-31 'Zitten in het park', aangenomen 3 juli 2025",
    '',
    '[Tekst]',
    'Vraag 1',
    "Hoe voert het college de motie 'Zitten in het park' uit?",
    '',
    'Antwoord',
    'Wij plaatsen in mei 2026 tien bankjes. De leveranciers leveren hun bankjes in april 2026 af.',
    '',
    '[Einde export]',
  ].join('\n');

  it("reads an export's `Sleutel = waarde` fields, its values set off by an equals sign in a column, and `Datum afhandeling`", () => {
    const set = parseQuestionSetText(risExport, { reference: '2026-03-01' });
    expect(set.reference).toBe('2026-0144');
    expect(set.subject).toBe('Bankjes in het Lindepark');
    expect(set.submitters).toEqual(['P. Smit', 'R. Yilmaz']);
    expect(set.party).toBe('Ommerzijl Vooruit');
    expect(set.portfolioHolder).toBe('T. Bos');
    expect(set.receivedOn).toBe('2026-03-02');
    expect(set.answeredOn).toBe('2026-03-30');
  });

  it('ends the last answer at `[Einde export]`', () => {
    const set = parseQuestionSetText(risExport, { reference: '2026-03-01' });
    expectAnswerTexts(set, [
      'Wij plaatsen in mei 2026 tien bankjes. De leveranciers leveren hun bankjes in april 2026 af.',
    ]);
  });

  it('reads no promise in a sentence whose subject is a plural agent noun (`De leveranciers leveren …`)', () => {
    const set = parseQuestionSetText(risExport, { reference: '2026-03-01' });
    expect(set.commitments.map((c) => c.phrase)).toEqual(['in mei 2026']);
    expect(
      detectCommitments(
        'Wij openen de route in juni 2026. De vervoerders passen hun dienstregeling in mei 2026 aan.',
        '2026-03-01',
        ['1'],
      ).map((c) => c.phrase),
    ).toEqual(['in juni 2026']);
  });
  it('reads two sub-questions between two rules of a `+---+` grid as sharing the answer cell beside them', () => {
    const set = parseAsOf('2026-03-01', [
      'Onderwerp: Bankjes in het Lindepark',
      '',
      '+---------------------------------+----------------------------------+',
      '| Vraag                           | Antwoord                         |',
      '+=================================+==================================+',
      '| 1. Hoeveel bankjes staan er in  | Er staan twaalf bankjes.         |',
      '| het park?                       |                                  |',
      '+---------------------------------+----------------------------------+',
      '| 3a. Worden er bankjes           | Vijf bankjes zijn kapot.         |',
      '| vervangen?                      |                                  |',
      '| 3b. Welke bankjes zijn kapot?   | Wij vervangen ze in april 2026.  |',
      '+---------------------------------+----------------------------------+',
      '| 4. Komt er een picknicktafel?   | Nee.                             |',
      '+---------------------------------+----------------------------------+',
    ]);
    expect(set.questions.map((q) => q.number)).toEqual(['1', '3a', '3b', '4']);
    expectAnswers(set, [
      [['1'], 'Er staan twaalf bankjes.'],
      [['3a', '3b'], 'Vijf bankjes zijn kapot.\n\nWij vervangen ze in april 2026.'],
      [['4'], 'Nee.'],
    ]);
  });

  it('keeps each row of a pipe table ruled only under its header a row of its own', () => {
    const set = parseQuestionSetText(
      ['| Vraag | Antwoord |', '|---|---|', '| 1. Komen er bankjes? | Ja. |', '| 2. Wanneer? | In april 2026. |'].join(
        '\n',
      ),
      { reference: '2026-03-01' },
    );
    expect(set.answers.map((a) => a.questions)).toEqual([['1'], ['2']]);
  });
  it('reads `Inleiding / toelichting:` on a questions form as the explanation', () => {
    const set = parseAsOf('2026-03-01', [
      'Onderwerp: Bankjes in het Lindepark',
      '',
      'Inleiding / toelichting:',
      'Bewoners missen bankjes in het park.',
      '',
      'Vraag 1   Komen er meer bankjes?',
    ]);
    expect(set.explanation).toBe('Bewoners missen bankjes in het park.');
    expect(set.introduction).toBeNull();
  });

  it('starts the answer letter below a banner framed by two rules of `=` under the questions', () => {
    const set = parseAsOf('2026-03-01', [
      'Onderwerp: Bankjes in het Lindepark',
      '',
      'Vraag 1   Komen er meer bankjes?',
      'Vraag 2   Wanneer?',
      '',
      '==========================================',
      '(de griffie voegde de antwoordbrief toe)',
      '==========================================',
      '',
      'Aan de gemeenteraad van Lindewoud',
      '',
      'Datum: 20 maart 2026',
      '',
      'Wij beantwoorden de vragen over de bankjes.',
      '',
      'Antwoord op vraag 1',
      'Ja.',
      '',
      'Antwoord op vraag 2',
      'In april.',
    ]);
    expectQuestions(set, ['Komen er meer bankjes?', 'Wanneer?']);
    expect(set.introduction).toBe('Wij beantwoorden de vragen over de bankjes.');
    expect(set.answeredOn).toBe('2026-03-20');
  });

  it('reads `Raadslid/raadsleden` as the submitters and the fields of a form part after the answers', () => {
    const set = parseAsOf('2026-03-01', [
      'DEEL A - in te vullen door het raadslid',
      '  Raadslid/raadsleden .... K. de Wit',
      '  Onderwerp .............. Bankjes in het Lindepark',
      '',
      'DEEL B - vragen en antwoorden',
      '',
      '  Vraag 1',
      '  Komen er meer bankjes?',
      '',
      '  Antwoord college',
      '  Ja, in april.',
      '',
      'DEEL C - afhandeling (in te vullen door het college)',
      '  Datum beantwoording .... 12 maart 2026',
      '  Paraaf secretaris ...... [paraaf]',
      '  Portefeuillehouder ..... wethouder P. Smit',
    ]);
    expect(set.submitters).toEqual(['K. de Wit']);
    expect(set.answeredOn).toBe('2026-03-12');
    expect(set.portfolioHolder).toBe('P. Smit');
    expectAnswerTexts(set, ['Ja, in april.']);
  });

  it('reads `GEMEENTE X - GRIFFIE` as municipality X; a form part `Ondertekening` ends the questions', () => {
    const set = parseAsOf('2026-03-01', [
      'GEMEENTE LINDEWOUD - GRIFFIE',
      'Registratieformulier schriftelijke vragen',
      '',
      'Onderwerp : Bankjes in het Lindepark',
      '',
      'Vragen',
      '1.  Komen er meer bankjes?',
      '2.  Wanneer?',
      '',
      'Ondertekening',
      'Handtekening raadslid : K. de Wit',
    ]);
    expect(set.municipality).toBe('Lindewoud');
    expectQuestions(set, ['Komen er meer bankjes?', 'Wanneer?']);
  });

  it("starts the next part at a portal print's `Bijlage N - <file>.pdf` banner: the questions' signature is no text", () => {
    const set = parseAsOf('2026-03-01', [
      'Onderwerp: Bankjes in het Lindepark',
      '',
      '------------------------------------------',
      'Bijlage 1 - RV 2026-03 vragen.pdf',
      '------------------------------------------',
      '',
      'Vragen',
      '1. Komen er meer bankjes?',
      '2. Wanneer?',
      '',
      'K. de Wit',
      'Lindewoud Vooruit',
      '',
      '------------------------------------------',
      'Bijlage 2 - RV 2026-03 antwoord.pdf',
      '------------------------------------------',
      '',
      'Gemeente Lindewoud',
      '',
      'Antwoord 1:',
      'Ja.',
      '',
      'Antwoord 2:',
      'In april.',
    ]);
    expectQuestions(set, ['Komen er meer bankjes?', 'Wanneer?']);
    expectAnswerTexts(set, ['Ja.', 'In april.']);
  });

  it('reads no promise in a sentence whose subject is a board by its compound name (`Het schoolbestuur organiseert …`)', () => {
    const detect = (text: string): string[] => detectCommitments(text, '2026-03-01', ['1']).map((c) => c.sentence);
    expect(detect('Wij werken aan een plan. Het schoolbestuur organiseert in mei 2026 een bijeenkomst.')).toEqual([]);
    expect(
      detect('Wij werken aan een plan. Het gemeentebestuur organiseert in mei 2026 een bijeenkomst.'),
    ).toHaveLength(1);
  });
});

describe('held-out-29/-30 fixes (fix-r)', () => {
  it("gives a footnote's URL to the title its marker ends, also when the title wraps over two lines", () => {
    const set = parseAsOf('2025-01-10', [
      'Vraag 1: Hoe helpt de gemeente?',
      'Antwoord 1: Met de Subsidieregeling groene daken Bergen op',
      'Zoom 2022² helpen wij eigenaren.',
      '',
      '____________________',
      '² https://lokaleregelgeving.overheid.nl/CVDR700001',
    ]);
    expect(set.documents).toEqual([
      {
        kind: 'regulation',
        reference: 'CVDR700001',
        title: 'Subsidieregeling groene daken Bergen op Zoom 2022',
        date: null,
        url: 'https://lokaleregelgeving.overheid.nl/CVDR700001',
      },
    ]);
  });

  it('ends the last answer at `Aldus vastgesteld in de collegevergadering van <date>.`', () => {
    const set = parseAsOf('2026-03-01', [
      'vraag 1.',
      'Komen er meer bankjes?',
      '',
      'antwoord:',
      'Ja, in het voorjaar.',
      '',
      'Aldus vastgesteld in de collegevergadering van 3 maart 2026.',
      '',
      'de griffier van Lindewoud,',
      'P. Jansen',
    ]);
    expectAnswerTexts(set, ['Ja, in het voorjaar.']);
  });

  it('reads a place-date line whose place carries a bracketed province (`Hengelo (O.), 3 mei 2026`)', () => {
    const set = parseAsOf('2026-03-01', [
      'Hengelo (O.), 3 mei 2026',
      '',
      'Betreft: beantwoording vragen bankjes',
      '',
      'Vraag 1',
      'Komen er meer bankjes?',
      '',
      'Antwoord',
      'Ja, in het voorjaar.',
    ]);
    expect(set.answeredOn).toBe('2026-05-03');
  });

  it('reads every councillor of `de heer A en mevrouw B namens X`, each with a title', () => {
    const set = parseAsOf('2026-03-01', [
      'Lindewoud, 3 mei 2026',
      '',
      'Op 2 april 2026 stelden de heer A. Bos en mevrouw C. Dam namens Lindewoud Vooruit vragen over bankjes.',
      '',
      'Vraag 1',
      'Komen er meer bankjes?',
      '',
      'Antwoord',
      'Ja, in het voorjaar.',
    ]);
    expect(set.submitters).toEqual(['A. Bos', 'C. Dam']);
  });

  it("starts the next part at a portal print's `Inhoud document: X.pdf` banner: the answer file's lead is the introduction", () => {
    const set = parseAsOf('2026-03-01', [
      'Onderwerp:     Bankjes in het Lindepark',
      'Indiener(s):   A. Bos',
      '',
      '----------------------------------------',
      'Inhoud document: Vragen bankjes.pdf',
      '----------------------------------------',
      '',
      '1. Komen er meer bankjes?',
      '2. Wanneer?',
      '',
      'Inhoud document: Antwoorden bankjes.pdf',
      '',
      'Het college beantwoordt de vragen als volgt.',
      '',
      'Antwoord op vraag 1',
      'Ja.',
      '',
      'Antwoord op vraag 2',
      'In het voorjaar.',
    ]);
    expectQuestions(set, ['Komen er meer bankjes?', 'Wanneer?']);
    expect(set.introduction).toBe('Het college beantwoordt de vragen als volgt.');
  });

  it('reads a webmail print: the subject without `Schriftelijke vragen:`, no `Onze vragen aan het college:` in the explanation, no signature website', () => {
    const set = parseAsOf('2026-03-01', [
      'Onderwerp:  Schriftelijke vragen: bankjes Lindepark',
      'Van:        Anna Bos <a.bos@raad.lindewoud.nl>',
      'Datum:      2026-04-02 20:15',
      'Aan:        griffie@lindewoud.nl',
      '',
      'Schriftelijke vragen ex artikel 40 RvO',
      '',
      'In het Lindepark staan te weinig bankjes.',
      '',
      'Onze vragen aan het college:',
      '',
      '1. Komen er meer bankjes?',
      '',
      '2. Wanneer?',
      '',
      'Met vriendelijke groet,',
      '',
      '--',
      'Anna Bos',
      'Raadslid Lindewoud Vooruit',
      'www.lindewoudvooruit.nl',
    ]);
    expect(set.subject).toBe('bankjes Lindepark');
    expect(set.explanation).toBe('In het Lindepark staan te weinig bankjes.');
    expect(set.documents).toEqual([]);
  });

  it('reads no explanation from the questions quoted again, numbered, in the original mail below the letter', () => {
    const set = parseAsOf('2026-03-01', [
      'Vraag 1: Komen er meer bankjes in het Lindepark?',
      'Antwoord: Ja, in het voorjaar.',
      '',
      'Vraag 2: Worden ze groen geverfd?',
      'Antwoord: Nee.',
      '',
      'Met vriendelijke groet,',
      'Burgemeester en wethouders van Lindewoud,',
      '',
      '> Van: A. Bos <a.bos@raad.lindewoud.nl>',
      '> Verzonden: donderdag 2 april 2026 20:15',
      '> Aan: Griffie <griffie@lindewoud.nl>',
      '> Onderwerp: Bankjes',
      '>',
      '> In het Lindepark staan te weinig bankjes.',
      '>',
      '> 1. Komen er meer bankjes in het',
      '> Lindepark?',
      '> 2. Worden ze groen geverfd?',
      '>',
      '> Met vriendelijke groet,',
      '> A. Bos',
    ]);
    expect(set.questions).toHaveLength(2);
    expect(set.explanation).toBe('In het Lindepark staan te weinig bankjes.');
  });
});

describe('held-out-31 fixes (fix-s: answer letters)', () => {
  it('reads `Uw vraag N:` as a question label and `Ons antwoord:` as an answer label; `Ons antwoord is …` stays text', () => {
    const set = parseAsOf('2026-03-01', [
      'Geachte mevrouw Bos,',
      '',
      'Hieronder treft u onze antwoorden aan.',
      '',
      'Uw vraag 1:',
      'Komen er meer bankjes in het Lindepark?',
      '',
      'Ons antwoord:',
      'Ja, twee. Ons antwoord is kort.',
      '',
      'Uw vraag 2:',
      'Worden ze groen?',
      '',
      'Ons antwoord: Nee.',
      '',
      'Met vriendelijke groet,',
    ]);
    expectNumberedQuestions(set, [
      ['1', 'Komen er meer bankjes in het Lindepark?'],
      ['2', 'Worden ze groen?'],
    ]);
    expectAnswers(set, [
      [['1'], 'Ja, twee. Ons antwoord is kort.'],
      [['2'], 'Nee.'],
    ]);
  });

  it('keeps `Namens de fractie X stelde u …` as the introduction, not a closing', () => {
    const set = parseAsOf('2026-03-01', [
      'Geachte heer Wit,',
      '',
      'Namens de fractie van Lindewoud Vooruit stelde u ons op 2 februari 2026',
      'vragen over de bankjes. Hieronder treft u onze antwoorden aan.',
      '',
      'Vraag 1: Komen er meer bankjes?',
      'Antwoord: Ja.',
    ]);
    expect(set.introduction).toBe(
      'Namens de fractie van Lindewoud Vooruit stelde u ons op 2 februari 2026 vragen over de bankjes. Hieronder treft u onze antwoorden aan.',
    );
  });

  it('reads a label that fills the field column below a value wrapped onto its own line', () => {
    const set = parseAsOf('2026-03-01', [
      '                              Kenmerk            LW/2026/12',
      '                              Onderwerp          Bankjes en',
      '                                                 prullenbakken Lindepark',
      '                              Portefeuillehouder K. Veldman',
      '',
      'Vraag 1: Komen er meer bankjes?',
      'Antwoord: Ja.',
    ]);
    expect(set.subject).toBe('Bankjes en prullenbakken Lindepark');
    expect(set.portfolioHolder).toBe('K. Veldman');
  });

  it('reads a joint heading `Vraag 2 en 3` over numbered questions as no question', () => {
    const set = parseAsOf('2026-03-01', [
      'Vraag 1',
      'Komen er meer bankjes?',
      '',
      'Antwoord vraag 1',
      'Ja.',
      '',
      'Vraag 2 en 3',
      '    2. Worden ze groen?',
      '    3. Zo nee, welke kleur dan?',
      '',
      'Antwoord vraag 2 en 3',
      'Ze worden blauw.',
    ]);
    expectNumberedQuestions(set, [
      ['1', 'Komen er meer bankjes?'],
      ['2', 'Worden ze groen?'],
      ['3', 'Zo nee, welke kleur dan?'],
    ]);
    expect(set.answers.map((a) => a.questions)).toEqual([['1'], ['2', '3']]);
  });

  it('reads what another party receives `van ons` as the college sending it', () => {
    expect(
      detectCommitments('De speeltuinvereniging krijgt uiterlijk 1 mei 2026 een brief van ons.', '2026-03-01', [
        '1',
      ]).map((c) => c.phrase),
    ).toEqual(['uiterlijk 1 mei 2026']);
    expect(
      detectCommitments('De speeltuinvereniging kreeg op 1 maart 2026 een brief van ons.', '2026-03-01', ['1']),
    ).toEqual([]);
  });

  it('reads `De burgemeester <verb>` with a date as the college’s own act', () => {
    expect(
      detectCommitments('De burgemeester beslist voor 1 juni 2026 over de ontheffingen.', '2026-03-01', ['1']).map(
        (c) => c.phrase,
      ),
    ).toEqual(['voor 1 juni 2026']);
  });

  it('ends the last answer at a Frisian closing alone (`Mei freonlike groetnis,`)', () => {
    const set = parseAsOf('2026-03-01', [
      'Vraag 1: Komen er meer bankjes?',
      'Antwoord: Ja.',
      '',
      'Mei freonlike groetnis,',
      '',
      'K. Veldman',
    ]);
    expect(set.answers[0].text).toBe('Ja.');
  });

  it('drops the municipality from a provincial party’s local branch (`FNP Tytsjerksteradiel` → `FNP`)', () => {
    expect(findParty('Fractie FNP Tytsjerksteradiel', 'Tytsjerksteradiel')).toBe('FNP');
  });

  it('reads councillors by title in the address block under a fractie line wrapped onto two lines', () => {
    const set = parseAsOf('2026-03-01', [
      'Aan de leden van de fractie van Lindewoud Vooruit',
      'in de gemeenteraad van Lindewoud',
      'mevrouw A. Veen en de heer C. Smit',
      '',
      'Geachte mevrouw Veen en heer Smit,',
      '',
      'Op 2 februari 2026 stelde u vragen over bankjes.',
      '',
      'Vraag 1: Komen er meer bankjes?',
      'Antwoord: Ja.',
    ]);
    expect(set.submitters).toEqual(['A. Veen', 'C. Smit']);
  });

  it('reads an addressee line opening with `Aan` over the fractie line', () => {
    const set = parseAsOf('2026-03-01', [
      'Aan mevrouw L. Haring',
      'fractie Lindewoud Vooruit',
      '',
      'Geachte mevrouw Haring,',
      '',
      'Vraag 1: Komen er meer bankjes?',
      'Antwoord: Ja.',
    ]);
    expect(set.submitters).toEqual(['L. Haring']);
  });

  it('reads the burgemeester as holder where the opening says he answers, signing beside the secretaris', () => {
    const letter = (opening: string): string =>
      [
        `${opening}`,
        '',
        'Vraag 1: Komen er meer camera’s?',
        'Antwoord: Ja.',
        '',
        'Hoogachtend,',
        '',
        'De burgemeester van Lindewoud,          De secretaris,',
        '',
        'P.R. Visser                             K. Smit',
      ].join('\n');
    expect(
      parseQuestionSetText(letter('Omdat toezicht zijn portefeuille is, beantwoordt de burgemeester uw vragen.'), {
        reference: '2026-03-01',
      }).portfolioHolder,
    ).toBe('P.R. Visser');
    expect(
      parseQuestionSetText(letter('Hierbij beantwoorden wij uw vragen.'), { reference: '2026-03-01' }).portfolioHolder,
    ).toBeNull();
  });
});

describe('held-out-28 portfolio holder named in a passed-on reply (fix-w)', () => {
  it('reads the burgemeester named as the one whose answers are passed on as holder of his own portfolio', () => {
    const parsed = parseAsOf('2025-03-04', [
      'Van: Griffie Zuiderdorp <griffie@zuiderdorp.nl>',
      'Verzonden: dinsdag 4 maart 2025 10:15',
      'Onderwerp: RE: vragen over de kermis',
      '',
      'Hierbij de antwoorden van burgemeester T. de Graaf op uw vragen over de kermis.',
      '',
      'Antwoord op vraag 1',
      'Vier incidenten.',
      '',
      '-----Oorspronkelijk bericht-----',
      'Van: Piet Mol <p.mol@raad.zuiderdorp.nl>',
      'Verzonden: maandag 17 februari 2025 20:00',
      'Onderwerp: vragen over de kermis',
      '',
      'Namens de ChristenUnie stel ik de volgende vraag aan de burgemeester:',
      '1) Hoeveel incidenten waren er op de kermis?',
      '',
      'Piet Mol',
    ]);
    expect(parsed.portfolioHolder).toBe('T. de Graaf');
  });

  it('does not read `de antwoorden van burgemeester en wethouders` as a holder', () => {
    const parsed = parseAsOf('2025-03-04', [
      'Hierbij de antwoorden van burgemeester en wethouders op uw vragen.',
      '',
      '1. Hoeveel incidenten waren er?',
      'Antwoord: Vier.',
    ]);
    expect(parsed.portfolioHolder).toBeNull();
  });
});

describe('held-out-28 commitments (fix-w)', () => {
  it('reads no promise in a relative clause after a comma that closes on a simple past (`…, die uw raad in mei vaststelde`)', () => {
    const found = detectCommitments(
      'Wij zoeken met de school een oplossing. De regels staan in de notitie Schoolzones, die uw raad in mei vaststelde.',
      '2025-11-01',
      ['2'],
    );
    expect(found).toEqual([]);
  });
  it('keeps a promise in a relative clause in the present (`…, die wij in mei voorleggen`)', () => {
    const found = detectCommitments(
      'Wij schrijven een notitie Schoolzones, die wij in mei 2026 aan uw raad voorleggen.',
      '2025-11-01',
      ['2'],
    );
    expect(found.map((c) => c.phrase)).toEqual(['in mei 2026']);
  });
});

describe('held-out-28 fixes (fix-v: forms and an export)', () => {
  it('reads a form lettered `A. TOELICHTING` / `B. VRAGEN` / `C. BEANTWOORDING …`: part headings, no sub-questions (fix-v)', () => {
    const set = parseAsOf('2026-03-01', [
      'GEMEENTE LINDEWOUD',
      '',
      'Onderwerp : Bankjes in het Lindepark',
      'Fractie   : Lindewoud Vooruit',
      '',
      'A. TOELICHTING',
      '',
      'Bewoners missen bankjes in het park.',
      '',
      'B. VRAGEN',
      '',
      '1. Komen er meer bankjes?',
      '2. Wanneer worden ze geplaatst?',
      '',
      'C. BEANTWOORDING DOOR HET COLLEGE',
      '',
      'Antw. 1:',
      'Ja.',
      '',
      'Antw. 2:',
      'In het voorjaar.',
    ]);
    expect(set.explanation).toBe('Bewoners missen bankjes in het park.');
    expect(set.introduction).toBeNull();
    expectNumberedQuestions(set, [
      ['1', 'Komen er meer bankjes?'],
      ['2', 'Wanneer worden ze geplaatst?'],
    ]);
    expect(set.answers.map((a) => a.questions)).toEqual([['1'], ['2']]);
  });

  it('reads `GRIFFIE X` in capitals as the name X, `Ingediend d.d.`/`Beantwoord d.d.` as the dates and `X-fractie (mw. A. Naam)` as party and submitter (fix-v)', () => {
    const set = parseAsOf('2026-03-01', [
      'GRIFFIE HAVERVELDE',
      'Beantwoording schriftelijke vragen',
      '',
      'Vragen van:         Groen Havervelde-fractie (dhr. K. Brink)',
      'Ingediend d.d.:     3 februari 2026',
      'Beantwoord d.d.:    24 februari 2026',
      'Onderwerp:          Bankjes in het park',
      '',
      'VRAAG 1:',
      'Komen er meer bankjes?',
      '',
      'ANTWOORD 1:',
      'Ja.',
    ]);
    expect(set.municipality).toBe('Havervelde');
    expect(set.party).toBe('Groen Havervelde');
    expect(set.submitters).toEqual(['K. Brink']);
    expect(set.receivedOn).toBe('2026-02-03');
    expect(set.answeredOn).toBe('2026-02-24');
  });

  it('reads a bare `Beantwoording college` above numbered answers as the answers heading, not an answer (fix-v)', () => {
    const set = parseAsOf('2026-03-01', [
      'Vragen',
      '',
      '1. Komen er meer bankjes?',
      '2. Waar komen ze?',
      '3. Wanneer worden ze geplaatst?',
      '',
      'Beantwoording college',
      '',
      'Antwoord vraag 1 en 2',
      'Ja, vier bij de vijver.',
      '',
      'Antwoord vraag 3',
      'In het voorjaar.',
    ]);
    expectQuestions(set, ['Komen er meer bankjes?', 'Waar komen ze?', 'Wanneer worden ze geplaatst?']);
    expectAnswers(set, [
      [['1', '2'], 'Ja, vier bij de vijver.'],
      [['3'], 'In het voorjaar.'],
    ]);
    expect(set.warnings).toEqual([]);
  });
});

describe('held-out-28 the college own staff as subject (fix-w)', () => {
  it('reads `Onze <staff> <verb> …` with a time phrase as the college promising', () => {
    const found = detectCommitments(
      'Het waterschap heeft de dijk afgesloten. Onze wijkagenten bellen binnen twee weken alle omwonenden op.',
      '2025-11-01',
      ['1'],
    );
    expect(found.map((c) => c.phrase)).toEqual(['binnen twee weken']);
  });
});

describe('held-out-36 numbered form parts, a bracketed export and own acts (fix-36b)', () => {
  it('reads form parts numbered in capitals (`1. GEGEVENS …`, `3. TOELICHTING`, `5. ONDERTEKENING`) as part headings and `2. ONDERWERP` as the subject label', () => {
    const set = parseAsOf('2026-03-01', [
      'GRIFFIE LINDEWOUD',
      '',
      '1. GEGEVENS VRAGENSTELLER',
      '   Naam    : K. de Wit',
      '   Fractie : Lindewoud Vooruit',
      '',
      '2. ONDERWERP',
      '   Bankjes in het Lindepark',
      '',
      '3. TOELICHTING',
      '   Bewoners missen bankjes in het park.',
      '',
      '4. VRAGEN',
      '   Vraag 1  Komen er meer bankjes?',
      '   Vraag 2  Wanneer worden ze geplaatst?',
      '',
      '5. ONDERTEKENING',
      '   Datum : 3 februari 2026',
    ]);
    expect(set.subject).toBe('Bankjes in het Lindepark');
    expect(set.explanation).toBe('Bewoners missen bankjes in het park.');
    expect(set.introduction).toBeNull();
    expectQuestions(set, ['Komen er meer bankjes?', 'Wanneer worden ze geplaatst?']);
    expect(set.answers).toEqual([]);
  });

  it('reads an export section in square brackets (`[Vragen]`, `[Antwoorden]`) as that heading', () => {
    const set = parseAsOf('2026-03-01', [
      '[Dossier]',
      'Onderwerp   : Bankjes in het Lindepark',
      '',
      '[Vragen]',
      'Vraag 1     : Komen er meer bankjes?',
      '',
      '[Antwoorden]',
      'Antwoord 1  : Ja, drie.',
    ]);
    expectQuestions(set, ['Komen er meer bankjes?']);
    expectAnswerTexts(set, ['Ja, drie.']);
  });

  it('reads a section text under a generic key (`Toelichting` / `Tekst : …`) without the key', () => {
    const set = parseAsOf('2026-03-01', [
      'Onderwerp : Bankjes in het Lindepark',
      '',
      'Toelichting',
      'Tekst     : Bewoners missen bankjes',
      '            in het park.',
      '',
      'Vraag 1   : Komen er meer bankjes?',
    ]);
    expect(set.explanation).toBe('Bewoners missen bankjes in het park.');
    expect(set.introduction).toBeNull();
  });

  it('reads an end marker named by a compound (`[Einde dossierexport]`) as no text of the last answer', () => {
    const set = parseAsOf('2026-03-01', [
      'Vraag 1     : Komen er meer bankjes?',
      'Antwoord 1  : Ja, drie.',
      '',
      '[Einde dossierexport]',
    ]);
    expectAnswerTexts(set, ['Ja, drie.']);
  });

  it('takes `De wethouder <verb>t …` with a date for the college acting itself', () => {
    const found = detectCommitments(
      'De wethouder organiseert in maart 2026 een bijeenkomst met de ondernemers.',
      '2026-01-10',
      ['1'],
    );
    expect(found.map((c) => c.phrase)).toEqual(['in maart 2026']);
  });

  it('takes a count so far within a period (`in 2026 tot nu toe 7`) for no promise', () => {
    const found = detectCommitments(
      'In 2025 hebben wij 40 vergunningen verleend, in 2026 tot nu toe 7.',
      '2026-03-01',
      ['1'],
    );
    expect(found).toEqual([]);
  });
});

describe('held-out-33 roman labels with sub-question letters (fix-x)', () => {
  it('reads `Antwoord op IIa en IIb` as the answer to both lettered parts, so question III keeps its own answer', () => {
    const set = parseAsOf('2025-03-01', [
      'I. Hoeveel speeltuinen telt de wijk Oostwaard?',
      '',
      'Antwoord',
      'Het zijn er vijf.',
      '',
      'II. Twee speeltuinen zijn gesloten.',
      'a) Waarom?',
      'b) Wanneer gaan ze weer open?',
      '',
      'Antwoord op IIa en IIb',
      'De toestellen worden vervangen.',
      '',
      'III. Wie betaalt dat?',
      '',
      'Antwoord',
      'De gemeente.',
    ]);
    expectAnswers(set, [
      [['1'], 'Het zijn er vijf.'],
      [['2a', '2b'], 'De toestellen worden vervangen.'],
      [['3'], 'De gemeente.'],
    ]);
  });
});

describe('held-out-33 a portal print footer under the last answer (fix-x)', () => {
  it('ends the body at a bare `Terug naar overzicht` line, so the print stamp is no answer text', () => {
    const set = parseAsOf('2026-02-03', [
      'Vraag 1',
      'Komen er meer bankjes in het Lindepark?',
      '',
      'Antwoord 1',
      'Ja, vier bij de vijver.',
      '',
      'Terug naar overzicht',
      'Afgedrukt op 03-02-2026 09:12',
      '© Gemeente Haverdam · Privacy',
    ]);
    expectAnswerTexts(set, ['Ja, vier bij de vijver.']);
  });
});

describe('held-out-34 a labelled share row ends a web page (fix-y)', () => {
  it('keeps the print stamp and footer under `Deel deze pagina: A | B` out of the last answer', () => {
    const set = parseAsOf('2026-02-03', [
      'Schriftelijke vragen Groen Dorp over speeltuinen',
      '',
      'Vraag 1',
      'Komen er nieuwe schommels?',
      'Antwoord 1',
      'Ja, in het voorjaar.',
      '',
      'Delen:  Mastodon  |  WhatsApp  |  Mail',
      'Geprint op 3-2-2026 14:15',
      '(c) 2026 Gemeente Bergdal  |  Contact  |  Privacy',
    ]);
    expectAnswerTexts(set, ['Ja, in het voorjaar.']);
  });
});

describe('held-out-34 a reply above a quoted original with a `Toelichting` heading (fix-y)', () => {
  const text = [
    'Van: Kabinet Bergdal <kabinet@bergdal.nl>',
    'Verzonden: dinsdag 4 maart 2025 09:12',
    'Aan: Sanne Vos <s.vos@raad.bergdal.nl>',
    'Onderwerp: RE: Vragen over speeltuinen',
    '',
    'Beste mevrouw Vos,',
    '',
    'Namens burgemeester T. Lamers, portefeuillehouder jeugd, stuur ik u hieronder de antwoorden op uw vragen.',
    '',
    'Ad 1',
    'Ja, in april.',
    '',
    'Met vriendelijke groet,',
    '',
    'Kabinet Bergdal',
    '',
    '________________________________',
    'Van: Sanne Vos <s.vos@raad.bergdal.nl>',
    'Verzonden: zondag 9 februari 2025 18:40',
    'Aan: Griffie Bergdal <griffie@bergdal.nl>',
    'Onderwerp: Vragen over speeltuinen',
    '',
    'Geachte griffier,',
    '',
    'Namens de fractie van Dorpsbelang stel ik op grond van artikel 40 van het Reglement van',
    'orde de volgende vraag aan het college.',
    '',
    'Toelichting:',
    'De schommel in het Lindepark is al maanden kapot.',
    '',
    '1. Wordt de schommel dit voorjaar vervangen?',
    '',
    'Met vriendelijke groet,',
    '',
    'Sanne Vos',
  ].join('\n');

  it('reads `Namens burgemeester X, portefeuillehouder …` as the holder', () => {
    expect(parseQuestionSetText(text, { reference: '2025-03-04' }).portfolioHolder).toBe('T. Lamers');
  });

  it("keeps the original's lead-in above its `Toelichting` heading out of the explanation", () => {
    expect(parseQuestionSetText(text, { reference: '2025-03-04' }).explanation).toBe(
      'De schommel in het Lindepark is al maanden kapot.',
    );
  });
});

describe('held-out-33 a weekday short form that is a word (fix-x)', () => {
  it('ends a sentence at `zo.` or `do.` before a capital, and keeps `zo. 14 juni` as a date', () => {
    const found = detectCommitments(
      'Elk dorp heeft een trapveld. Dat blijft zo. Wij leggen voor 1 juli 2026 twee nieuwe aan, de eerste op zo. 14 juni 2026 open.',
      '2025-10-01',
      ['2'],
    );
    expect(found.map((c) => c.sentence)).toEqual([
      'Wij leggen voor 1 juli 2026 twee nieuwe aan, de eerste op zo. 14 juni 2026 open.',
    ]);
  });
});

describe('held-out-33 a bare `Inleiding` under the questions part of a form (fix-x)', () => {
  it('reads it as the askers explanation, not the college introduction', () => {
    const set = parseAsOf('2026-03-01', [
      'Onderwerp:        Bankjes in het Lindepark',
      'Namens fractie:   Haverdam Vooruit',
      '',
      'DEEL 1 – VRAGEN',
      '',
      'Inleiding',
      'In het Lindepark staan te weinig bankjes voor ouderen.',
      '',
      'Vraag 1',
      'Komen er meer bankjes?',
      '',
      'DEEL 2 – BEANTWOORDING DOOR HET COLLEGE',
      '',
      'Antwoord vraag 1',
      'Ja, vier bij de vijver.',
    ]);
    expect([set.explanation, set.introduction]).toEqual([
      'In het Lindepark staan te weinig bankjes voor ouderen.',
      null,
    ]);
    expectAnswers(set, [[['1'], 'Ja, vier bij de vijver.']]);
  });
});

describe("held-out-34 a name prefix `'t` among councillors named on behalf of a party (fix-y)", () => {
  it("reads `de heer B. van 't Veld en mevrouw C. Dam namens de fractie van X` as two submitters", () => {
    const set = parseAsOf('2025-03-20', [
      'Aan de gemeenteraad van Bergdal',
      '',
      'Onderwerp: Antwoord op vragen over de speeltuin',
      '',
      'Geachte leden van de raad,',
      '',
      "Op 2 maart 2025 stelden de heer B. van 't Veld en mevrouw C. Dam namens de fractie van Dorpsbelang",
      'schriftelijke vragen over de speeltuin. Hieronder treft u de vragen en onze antwoorden aan.',
      '',
      '1. Wordt de schommel vervangen?',
      'Antwoord:',
      'Ja, in april.',
    ]);
    expect(set.submitters).toEqual(["B. van 't Veld", 'C. Dam']);
  });
});

describe('held-out-33 submitters named in an answer letter (fix-x)', () => {
  it('keeps a surname of two capitalised words after initials (`de raadsleden K. Bos en S. Ben Haddou van de fractie X`)', () => {
    const set = parseAsOf('2026-03-01', [
      'Onderwerp: Bankjes in het Lindepark',
      '',
      'De raadsleden K. Bos en S. Ben Haddou van de fractie Haverdam Vooruit hebben vragen gesteld. Hieronder de antwoorden.',
      '',
      'Vraag 1: Komen er meer bankjes?',
      'Antwoord: Ja, vier bij de vijver.',
    ]);
    expect(set.submitters).toEqual(['K. Bos', 'S. Ben Haddou']);
  });

  it('reads `t.a.v.` after the addressed group on one line (`Aan de fractie X, t.a.v. de heer A. Naam`)', () => {
    const set = parseAsOf('2026-03-01', [
      'Onderwerp: Bankjes in het Lindepark',
      'Aan de fractie van Haverdam Vooruit, t.a.v. de heer P. Wolters',
      'Geachte heer Wolters,',
      'Hieronder vindt u de antwoorden op uw vragen.',
      'Vraag 1: Komen er meer bankjes?',
      'Antwoord: Ja, vier bij de vijver.',
    ]);
    expect(set.submitters).toEqual(['P. Wolters']);
  });
});

describe('held-out-34 `Zie ook ad II.` under roman `Ad` labels (fix-y)', () => {
  it('reads a roman number after `ad` as a cross-reference', () => {
    const set = parseAsOf('2025-04-01', [
      'Geachte raad,',
      '',
      'U vroeg:',
      'I. Komen er nieuwe bankjes in het Lindepark?',
      'II. Komen er ook prullenbakken?',
      '',
      'Ad I.',
      'Ja, vier bij de vijver.',
      '',
      'Ad II.',
      'Ja, naast elk bankje. Zie ook ad I.',
    ]);
    expect(set.answers.map((a) => [a.questions, a.refersTo])).toEqual([
      [['1'], []],
      [['2'], ['1']],
    ]);
  });
});

describe('held-out-34 a plural named subject acting itself (fix-y)', () => {
  it('takes no promise from `Klaarovers van De Linde houden vanaf maart …`', () => {
    const found = detectCommitments(
      [
        'Klaarovers van De Linde houden vanaf maart toezicht bij de school.',
        'Wij plaatsen in april 2026 een nieuw zebrapad.',
      ].join(' '),
      '2026-01-10',
      ['1'],
    );
    expect(found.map((c) => c.phrase)).toEqual(['in april 2026']);
  });
});

describe('held-out-34 a griffie form with questions only (fix-z)', () => {
  it('reads a `Zaaknummer <qualifier>` field as the reference', () => {
    const set = parseAsOf('2026-03-01', [
      'Zaaknummer raadsgriffie ...... ZK-2026-0117',
      'Onderwerp .................... Bankjes in het Lindepark',
      'Fractie ...................... Haverdam Vooruit',
      '',
      'Vraag 1.  Komen er meer bankjes bij de vijver?',
    ]);
    expect(set.reference).toBe('ZK-2026-0117');
  });

  it('reads `Ondertekening indiener(s): …` after the last question as the signature, not as an answer', () => {
    const set = parseAsOf('2026-03-01', [
      'Onderwerp: Bankjes in het Lindepark',
      'Fractie: Haverdam Vooruit',
      'Indiener: K. de Wit',
      '',
      'Vraag 1.  Komen er meer bankjes bij de vijver?',
      '',
      'Vraag 2.  Komen er ook prullenbakken?',
      '',
      'Ondertekening indiener(s): K. de Wit',
    ]);
    expectQuestions(set, ['Komen er meer bankjes bij de vijver?', 'Komen er ook prullenbakken?']);
    expect(set.answers).toEqual([]);
    expect(set.warnings).toEqual([]);
  });
});

describe('held-out-35 a named subject before a modal verb (fix-35)', () => {
  it('takes no promise from `De Stichting Dorpshuis wil in mei …; daarover hebben wij …`', () => {
    const found = detectCommitments(
      [
        'De Stichting Dorpshuis Haverdam wil in mei een ruilbeurs houden; daarover hebben wij nog niet beslist.',
        'Wij plaatsen in april 2026 een nieuw zebrapad.',
      ].join(' '),
      '2026-01-10',
      ['1'],
    );
    expect(found.map((c) => c.phrase)).toEqual(['in april 2026']);
  });
});

describe('held-out-35 the councillor before the group in an `Aan:` field (fix-35)', () => {
  it('reads `Aan: de heer K. de Wit, fractie Haverdam Vooruit` as the submitter', () => {
    const set = parseAsOf('2026-03-01', [
      'Aan:           de heer K. de Wit, fractie Haverdam Vooruit',
      'Van:           burgemeester',
      'Datum:         3 maart 2026',
      'Onderwerp:     Bankjes in het Lindepark',
      '',
      'Geachte heer De Wit,',
      '',
      'VRAAG 1',
      'Komen er meer bankjes bij de vijver?',
      '',
      'ANTWOORD',
      'Ja, in het voorjaar komen er vier bij.',
    ]);
    expect(set.submitters).toEqual(['K. de Wit']);
  });
});

describe('held-out-35 a web address in an answer sentence beside a telephone number (fix-35)', () => {
  it('keeps `… via https://… of via telefoonnummer 14 0xx.` as a document, no contact line', () => {
    const set = parseAsOf('2026-03-01', [
      'Vraag 1',
      'Kunnen inwoners kapotte bankjes melden?',
      '',
      'Antwoord 1',
      'Ja. Inwoners kunnen een melding doen via',
      'https://www.haverdam.nl/melden of via telefoonnummer 14 0599.',
    ]);
    expect(set.documents.map((d) => d.url)).toEqual(['https://www.haverdam.nl/melden']);
  });
});

describe('held-out-35 sub-questions asked together above one answer label (fix-35)', () => {
  it('reads `b. …?` / `c. …?` / `Antwoord 1b en 1c` below an answer as two sub-questions', () => {
    const set = parseAsOf('2026-03-01', [
      'Geachte raad,',
      '',
      '1.  In het Lindepark komen nieuwe bankjes.',
      '    a.  Waar komen ze te staan?',
      '',
      '    Antwoord 1a',
      '    Langs de vijver.',
      '',
      '    b.  Hoeveel kosten ze?',
      '    c.  Wie betaalt ze?',
      '',
      '    Antwoord 1b en 1c',
      '    Ze kosten € 4.000 en de gemeente betaalt ze.',
      '',
      '2.  Komen er ook prullenbakken?',
      '',
      '    Antwoord 2',
      '    Ja.',
    ]);
    expectNumberedQuestions(set, [
      ['1a', 'In het Lindepark komen nieuwe bankjes.\n\nWaar komen ze te staan?'],
      ['1b', 'Hoeveel kosten ze?'],
      ['1c', 'Wie betaalt ze?'],
      ['2', 'Komen er ook prullenbakken?'],
    ]);
    expectAnswers(set, [
      [['1a'], 'Langs de vijver.'],
      [['1b', '1c'], 'Ze kosten € 4.000 en de gemeente betaalt ze.'],
      [['2'], 'Ja.'],
    ]);
    expect(set.warnings).toEqual([]);
  });
});

describe('held-out-35 a reply numbering its answers as the quoted original numbers its questions (fix-35)', () => {
  const reply = [
    'Onderwerp: Re: Vragen over bankjes in het Lindepark',
    'Van: Gemeente Haverdam <info@haverdam.nl>',
    'Datum: 4 maart 2026 10:12',
    'Aan: Kees de Wit <k.dewit@raad.haverdam.nl>',
    '',
    'Geachte heer De Wit,',
    '',
    'Namens de wethouder stuur ik u de antwoorden op uw vragen. Het zaaknummer is HV-2026-0042.',
    '',
    '1. Ja. Er komen vier bankjes bij de vijver.',
    '',
    '2a. Een bankje kost € 1.000.',
    '',
    '2b. De gemeente betaalt ze.',
    '',
    'Met vriendelijke groet,',
    'Team Openbare Ruimte',
    '',
    'Op 1-3-2026 om 20:01 schreef Kees de Wit:',
    '> Hierbij stel ik namens Haverdam Vooruit vragen over de bankjes in het Lindepark.',
    '>',
    '> 1. Komen er meer bankjes bij de',
    '> vijver?',
    '> 2. a. Wat kost een bankje?',
    '>    b. Wie betaalt ze?',
  ];

  it('reads the numbered paragraphs above as answers and the quoted ones as the questions', () => {
    const set = parseAsOf('2026-03-01', reply);
    expectNumberedQuestions(set, [
      ['1', 'Komen er meer bankjes bij de vijver?'],
      ['2a', 'Wat kost een bankje?'],
      ['2b', 'Wie betaalt ze?'],
    ]);
    expectAnswers(set, [
      [['1'], 'Ja. Er komen vier bankjes bij de vijver.'],
      [['2a'], 'Een bankje kost € 1.000.'],
      [['2b'], 'De gemeente betaalt ze.'],
    ]);
    expect(set.warnings).toEqual([]);
  });

  it('reads the number in `Het zaaknummer is …` and the party in `stel ik namens X vragen`', () => {
    const set = parseAsOf('2026-03-01', reply);
    expect([set.reference, set.party]).toEqual(['HV-2026-0042', 'Haverdam Vooruit']);
  });
});

describe('held-out-35 a quoted line indented after its `>` (fix-35)', () => {
  it('reads `>    b. …?` under `> 2. a. …?` as sub-question 2b', () => {
    const set = parseAsOf('2026-03-01', [
      '> Geachte griffie,',
      '>',
      '> 1. Komen er meer bankjes bij de vijver?',
      '> 2. a. Wat kost een bankje?',
      '>    b. Wie betaalt ze?',
    ]);
    expectNumberedQuestions(set, [
      ['1', 'Komen er meer bankjes bij de vijver?'],
      ['2a', 'Wat kost een bankje?'],
      ['2b', 'Wie betaalt ze?'],
    ]);
  });
});

describe('held-out-36 portal prints and forms (fix-36a)', () => {
  it('reads `Vraag 2 (van 3)` as question 2 without the count, `Inleiding indiener` as the explanation and `Datum vraag` as received', () => {
    const set = parseAsOf('2026-03-01', [
      'Onderwerp           Bankjes in het Lindepark',
      'Datum vraag         02-02-2026',
      'Datum antwoord      20-02-2026',
      '',
      'Inleiding indiener',
      'In het Lindepark staan te weinig bankjes voor ouderen.',
      '',
      'Vraag 1 (van 2)',
      'Komen er meer bankjes bij de vijver?',
      '',
      'Antwoord op vraag 1',
      'Ja, vier.',
      '',
      'Vraag 2 (van 2)',
      'Komen er ook prullenbakken?',
      '',
      'Antwoord op vraag 2',
      'Ja, twee.',
    ]);
    expectNumberedQuestions(set, [
      ['1', 'Komen er meer bankjes bij de vijver?'],
      ['2', 'Komen er ook prullenbakken?'],
    ]);
    expect([set.explanation, set.introduction]).toEqual([
      'In het Lindepark staan te weinig bankjes voor ouderen.',
      null,
    ]);
    expect(set.receivedOn).toBe('2026-02-02');
  });

  it('reads a form part headed with a bar (`DEEL C | GRIFFIE`) as a part, and its field under the last rule as a field', () => {
    const set = parseAsOf('2026-03-01', [
      '--------------------------------------------',
      'DEEL A | DOOR HET RAADSLID',
      '--------------------------------------------',
      'Onderwerp           : Bankjes in het Lindepark',
      '',
      'Vragen:',
      '1. Komen er meer bankjes bij de vijver?',
      '',
      'Handtekening raadslid: K. de Wit',
      '',
      '--------------------------------------------',
      'DEEL B | DOOR HET COLLEGE',
      '--------------------------------------------',
      'Portefeuillehouder  : wethouder A. Smit',
      'Datum beantwoording : 20 februari 2026',
      '',
      'Antwoorden:',
      'Ad 1.',
      'Ja, vier.',
      '',
      '--------------------------------------------',
      'DEEL C | GRIFFIE',
      '--------------------------------------------',
      'Registratienummer griffie : HD-26-011',
    ]);
    expectAnswers(set, [[['1'], 'Ja, vier.']]);
    expect([set.reference, set.answeredOn]).toEqual(['HD-26-011', '2026-02-20']);
  });

  it('reads `Antwoord college op 1a en 1b` alone on its line, without a colon, as the answer to both', () => {
    const set = parseAsOf('2026-03-01', [
      'Vraag 1a',
      'Komen er meer bankjes?',
      '',
      'Vraag 1b',
      'Komen er ook prullenbakken?',
      '',
      'Antwoord college op 1a en 1b',
      'Ja, van allebei vier.',
    ]);
    expectAnswers(set, [[['1a', '1b'], 'Ja, van allebei vier.']]);
  });

  it('reads a table cell left empty on a line of its row, then filled again, as a paragraph break', () => {
    const set = parseAsOf('2026-03-01', [
      '+----+-------------------+------------------------+',
      '| Nr | Vraag             | Antwoord               |',
      '+====+===================+========================+',
      '| 1  | Komen er meer     | Ja. Wij plaatsen vier  |',
      '|    | bankjes bij de    | bankjes.               |',
      '|    | vijver in het     |                        |',
      '|    | Lindepark?        | Ook komen er twee      |',
      '|    |                   | prullenbakken.         |',
      '+----+-------------------+------------------------+',
    ]);
    expectAnswers(set, [[['1'], 'Ja. Wij plaatsen vier bankjes.\n\nOok komen er twee prullenbakken.']]);
    expectQuestions(set, ['Komen er meer bankjes bij de vijver in het Lindepark?']);
  });
});

describe('held-out-40 fixes (fix-40b)', () => {
  it('numbers `Vraag:` / `Antwoord:` labels alone on their lines by position, a question going on over paragraphs', () => {
    const set = parseAsOf('2026-03-01', [
      'Vraag:',
      'Hoeveel bankjes staan er in het Wilgenpark?',
      '',
      'Antwoord:',
      'Er staan er twaalf.',
      '',
      'Vraag:',
      'Bewoners klagen over de bankjes bij de vijver. Waarom zijn die nog niet hersteld?',
      '',
      'Het gaat om drie bankjes.',
      '',
      'Antwoord:',
      'De leverancier had geen hout.',
    ]);
    expectQuestions(set, [
      'Hoeveel bankjes staan er in het Wilgenpark?',
      'Bewoners klagen over de bankjes bij de vijver. Waarom zijn die nog niet hersteld?\n\nHet gaat om drie bankjes.',
    ]);
    expectAnswers(set, [
      [['1'], 'Er staan er twaalf.'],
      [['2'], 'De leverancier had geen hout.'],
    ]);
    expect(set.warnings).toEqual([]);
  });

  it('reads bulleted questions answered `Ad het tweede en derde punt` by position, and a reference to `het eerste punt`', () => {
    const set = parseAsOf('2026-03-01', [
      'De fractie stelde deze vragen:',
      '',
      '• Hoeveel bankjes staan er in het Wilgenpark?',
      '• Komen er meer?',
      '• Wanneer?',
      '',
      'Ad het eerste punt',
      'Er staan er twaalf.',
      '',
      'Ad het tweede en derde punt',
      'Ja, in het najaar. Zie ook ons antwoord op het eerste punt.',
    ]);
    expectAnswers(set, [
      [['1'], 'Er staan er twaalf.'],
      [['2', '3'], 'Ja, in het najaar. Zie ook ons antwoord op het eerste punt.'],
    ]);
    expect(set.answers[1].refersTo).toEqual(['1']);
  });

  it('reads dash-bulleted questions answered `Ad het tweede gedachtestreepje` by position (fix-38b)', () => {
    const set = parseAsOf('2026-03-01', [
      'U vraagt:',
      '',
      '-  Waarom is het zwembad in Oosthoek dicht?',
      '-  Gaat het weer open?',
      '-  Wanneer?',
      '',
      'Ad het eerste gedachtestreepje',
      'Het dak lekt.',
      '',
      'Ad het tweede en derde streepje',
      'Ja, in mei 2026.',
    ]);
    expectAnswers(set, [
      [['1'], 'Het dak lekt.'],
      [['2', '3'], 'Ja, in mei 2026.'],
    ]);
  });

  it('reads a `Vraag | Antwoord` grid whose question column holds only the numbers of questions listed above it', () => {
    const set = parseAsOf('2026-03-01', [
      '1. Hoeveel bankjes staan er in het Wilgenpark?',
      '2. Komen er meer?',
      '3. Wanneer?',
      '',
      '+-------+-------------------------+',
      '| Vraag | Antwoord                |',
      '+-------+-------------------------+',
      '| 1     | Er staan er twaalf.     |',
      '+-------+-------------------------+',
      '| 2 en 3| Ja, vier in het najaar. |',
      '|       |                         |',
      '|       | Daar is geld voor.      |',
      '+-------+-------------------------+',
    ]);
    expectQuestions(set, ['Hoeveel bankjes staan er in het Wilgenpark?', 'Komen er meer?', 'Wanneer?']);
    expectAnswers(set, [
      [['1'], 'Er staan er twaalf.'],
      [['2', '3'], 'Ja, vier in het najaar.\n\nDaar is geld voor.'],
    ]);
  });
});

describe('held-out-39 documents through many hands (fix-39a)', () => {
  it('reads the date right after `uw vragen van` as the date asked, also where the sentence answers them', () => {
    const set = parseAsOf('2026-03-01', [
      'Datum: 20 februari 2026',
      '',
      'Uw vragen van 2 februari 2026 beantwoorden wij hieronder.',
      '',
      'Vraag 1: Komen er meer bankjes?',
      'Antwoord: Ja, vier.',
    ]);
    expect([set.receivedOn, set.answeredOn]).toEqual(['2026-02-02', '2026-02-20']);
  });

  it('reads sub-questions lettered in capitals under a question asked in capitals, answered unlabelled', () => {
    const set = parseAsOf('2026-03-01', [
      '1. KOMEN ER MEER BANKJES IN HET LINDEPARK?',
      '',
      'Ja, vier.',
      '',
      '2. BEWONERS MISSEN PRULLENBAKKEN.',
      'A. HOEVEEL PRULLENBAKKEN STAAN ER NU?',
      '',
      'Er staan er zes.',
      '',
      'B. KOMEN ER MEER BIJ?',
      '',
      'Nee, dat is niet nodig.',
    ]);
    expectNumberedQuestions(set, [
      ['1', 'KOMEN ER MEER BANKJES IN HET LINDEPARK?'],
      ['2a', 'BEWONERS MISSEN PRULLENBAKKEN.\n\nHOEVEEL PRULLENBAKKEN STAAN ER NU?'],
      ['2b', 'KOMEN ER MEER BIJ?'],
    ]);
    expectAnswers(set, [
      [['1'], 'Ja, vier.'],
      [['2a'], 'Er staan er zes.'],
      [['2b'], 'Nee, dat is niet nodig.'],
    ]);
  });

  it('starts the letter pasted under a signed e-mail note at its fields and salutation: the note is no introduction', () => {
    const set = parseAsOf('2026-03-01', [
      'Van: Griffie Haverdam <griffie@haverdam.nl>',
      'Verzonden: dinsdag 24 februari 2026 09:12',
      'Aan: K. de Wit <k.dewit@raad.haverdam.nl>',
      'Onderwerp: Antwoorden',
      '',
      'Beste Karin,',
      '',
      'Hieronder staat de brief van het college met de antwoorden.',
      '',
      'Groeten,',
      'Griffie Haverdam',
      '',
      'Kenmerk: HD-26-011',
      'Datum: 20 februari 2026',
      'Onderwerp: Bankjes in het Lindepark',
      '',
      'Geachte mevrouw De Wit,',
      '',
      'U stelde ons vragen over het Lindepark. Hieronder leest u de antwoorden.',
      '',
      'Vraag 1: Komen er meer bankjes?',
      'Antwoord: Ja, vier.',
    ]);
    expect([set.reference, set.subject, set.answeredOn, set.introduction]).toEqual([
      'HD-26-011',
      'Bankjes in het Lindepark',
      '2026-02-20',
      'U stelde ons vragen over het Lindepark. Hieronder leest u de antwoorden.',
    ]);
  });
});

describe('held-out-39 signatures and short sentences pointing back (fix-39b)', () => {
  it('reads the full name above `wethouder <portfolio>` in a mail signature, over the employer below it', () => {
    const set = parseLines([
      'Beste heer De Wit,',
      '',
      'Antwoord op vraag 1:',
      'Ja, vier.',
      '',
      'Met vriendelijke groet,',
      '',
      'Sanne Kok',
      'wethouder Onderwijs',
      'Gemeente Haverdam',
      '',
      '-----Oorspronkelijk bericht-----',
      'Van: K. de Wit <k.dewit@raad.haverdam.nl>',
      'Verzonden: maandag 2 februari 2026 10:00',
      'Onderwerp: Bankjes',
      '',
      '1. Komen er meer bankjes?',
    ]);
    expect(set.portfolioHolder).toBe('Sanne Kok');
  });

  it('joins `Dat gebeurt <long time phrase>.` to the promise before it, however many words the phrase takes', () => {
    const text = 'Wij vervangen de lantaarnpalen aan de Dorpsstraat. Dat gebeurt in de week van 6 oktober 2025.';
    expect(detectCommitments(text, '2025-04-02', ['1']).map((c) => [c.sentence, c.phrase])).toEqual([
      [text, 'in de week van 6 oktober 2025'],
    ]);
  });
});

describe('held-out-40 answer letters of small municipalities (fix-40a)', () => {
  it('reads `Ad a.` / `Ad b.` under a repeated question with lettered sub-questions as the answers to 1a and 1b', () => {
    const set = parseAsOf('2026-03-01', [
      'Vraag 1',
      'In het Lindepark staan nieuwe bankjes.',
      'a. Hoeveel bankjes zijn er geplaatst?',
      'b. Komen er ook prullenbakken bij?',
      '',
      'Ad a.',
      'Er zijn zes bankjes geplaatst.',
      '',
      'Ad b)',
      'Ja, twee.',
      '',
      'Vraag 2',
      'Wie maakt de bankjes schoon?',
      '',
      'Antwoord',
      'De buitendienst.',
    ]);
    expectAnswers(set, [
      [['1a'], 'Er zijn zes bankjes geplaatst.'],
      [['1b'], 'Ja, twee.'],
      [['2'], 'De buitendienst.'],
    ]);
  });

  it('reads the holder in `… tot de portefeuille van wethouder X behoort`', () => {
    const set = parseAsOf('2026-03-01', [
      'Geachte heer Bos,',
      '',
      'Omdat groen tot de portefeuille van wethouder T. van Leeuwen behoort, heeft hij de antwoorden voorbereid.',
      '',
      'Vraag 1',
      'Komen er meer bankjes?',
      '',
      'Antwoord',
      'Ja.',
    ]);
    expect(set.portfolioHolder).toBe('T. van Leeuwen');
  });

  it('reads a party named with an exclamation mark (`de fractie van Samen! Haverdam`) and the date of its sentence', () => {
    const set = parseAsOf('2026-03-01', [
      'Geachte raadsleden,',
      '',
      'Op 4 februari 2026 heeft de fractie van Samen! Haverdam, bij monde van raadslid K. de Wit, vragen gesteld',
      'over de bankjes in het Lindepark.',
      '',
      'Vraag 1',
      'Komen er meer bankjes?',
      '',
      'Antwoord',
      'Ja.',
    ]);
    expect([set.party, set.receivedOn, set.submitters]).toEqual(['Samen! Haverdam', '2026-02-04', ['K. de Wit']]);
    expect(findParty('De fractie van Samen! Haverdam stelt vragen over de bankjes.', 'Haverdam')).toBe(
      'Samen! Haverdam',
    );
  });

  it('reads a subject cut inside a quoted title in a label column, its quote closed on the next line', () => {
    const set = parseAsOf('2026-03-01', [
      'Nummer:        SV 2026-03',
      'Onderwerp:     Uitvoering motie ‘Groen plein bij station',
      '               Haverdam-Noord’',
      '',
      'Vraag 1',
      'Komen er meer bankjes?',
      '',
      'Antwoord',
      'Ja.',
    ]);
    expect(set.subject).toBe('Uitvoering motie ‘Groen plein bij station Haverdam-Noord’');
  });
});

describe('held-out-38 forms (fix-38a)', () => {
  it('reads a Word form with `Antwoord<TAB>…` as the answer label, its wrapped lines led by a tab', () => {
    const set = parseAsOf('2026-03-01', [
      'Onderwerp\tBankjes in het Lindepark',
      'Fractie\tHaverdam Vooruit',
      '',
      'Vraag 1\tHoeveel bankjes staan er nu in het',
      '\tLindepark?',
      'Antwoord\tEr staan zes bankjes.',
      '\tTwee daarvan zijn kapot.',
      '',
      '\tWij vervangen ze in mei 2026.',
      '',
      'Vraag 2\tKomen er meer bij?',
      'Antwoord\tNee.',
    ]);
    expectNumberedQuestions(set, [
      ['1', 'Hoeveel bankjes staan er nu in het Lindepark?'],
      ['2', 'Komen er meer bij?'],
    ]);
    expectAnswers(set, [
      [['1'], 'Er staan zes bankjes. Twee daarvan zijn kapot.\n\nWij vervangen ze in mei 2026.'],
      [['2'], 'Nee.'],
    ]);
  });

  it('reads a names field wrapped after `en` in the left column of a two-column form, and a `Verzonden aan … op:` field under the answers', () => {
    const set = parseAsOf('2026-03-01', [
      'Registratienummer:  2026-0031            Datum ontvangst:     2 februari 2026',
      'Fractie:            CDA                  Grondslag:           art. 40 RvO',
      'Vragensteller(s):   B. Verbeek en        Portefeuillehouder:  wethouder K. Smit',
      '                    L. Bakker            Datum beantwoording: 20 februari 2026',
      'Onderwerp:          Bankjes in het Lindepark',
      '',
      'Vraag 1.',
      'Komen er meer bankjes?',
      'Reactie college:',
      'Ja.',
      '',
      'Vraag 2.',
      'Wanneer?',
      'Reactie college:',
      'In mei.',
      '',
      'Verzonden aan indiener(s) en griffie op: 21 februari 2026',
    ]);
    expect([set.submitters, set.answeredOn]).toEqual([['B. Verbeek', 'L. Bakker'], '2026-02-20']);
    expectAnswers(set, [
      [['1'], 'Ja.'],
      [['2'], 'In mei.'],
    ]);
  });

  it('reads a form field `Vragen: zie hieronder` as the questions heading, no part of the explanation above it', () => {
    const set = parseAsOf('2026-03-01', [
      'Onderwerp ........ Bankjes in het Lindepark',
      'Toelichting ...... Bewoners missen bankjes in het park.',
      'Vragen ........... zie hieronder',
      '',
      '1. Komen er meer bankjes?',
      '2. Wanneer?',
    ]);
    expect(set.explanation).toBe('Bewoners missen bankjes in het park.');
    expectNumberedQuestions(set, [
      ['1', 'Komen er meer bankjes?'],
      ['2', 'Wanneer?'],
    ]);
  });

  it('leaves out what a named organisation wants to do (`Stichting X wil in het najaar …`), a modal verb after its name', () => {
    const found = detectCommitments(
      [
        'Wij overleggen met de buurt.',
        'Stichting Groen Haverdam wil in het najaar zelf een plantdag houden.',
        'Wij informeren u in mei 2026 over de uitkomst.',
      ].join(' '),
      '2026-01-05',
      ['1'],
    );
    expect(found.map((c) => c.sentence)).toEqual(['Wij informeren u in mei 2026 over de uitkomst.']);
  });
});

describe('held-out-42 the griffie inbox: replies and their originals (fix-42a)', () => {
  it('reads `Reactie op vraag N:` lines as answer labels, also for two questions', () => {
    const set = parseAsOf('2026-03-01', [
      'Geachte heer Bos,',
      '',
      'Hierbij beantwoord ik uw vragen.',
      '',
      'Reactie op vraag 1:',
      'Ja, er komen twee bankjes bij.',
      '',
      'Reactie op vraag 2 en 3:',
      'De buitendienst plaatst ze in mei.',
      '',
      '-----Original Message-----',
      'From: Piet Bos <p.bos@raad.haverdam.nl>',
      'Sent: Monday, February 2, 2026 9:12 AM',
      'To: Griffie Haverdam <griffie@haverdam.nl>',
      'Subject: Bankjes',
      '',
      '1. Komen er meer bankjes?',
      '2. Wie plaatst ze?',
      '3. Wanneer?',
    ]);
    expectAnswers(set, [
      [['1'], 'Ja, er komen twee bankjes bij.'],
      [['2', '3'], 'De buitendienst plaatst ze in mei.'],
    ]);
  });

  it('reads the names signed one a line with the sender of an e-mail, and copied on it, as askers too', () => {
    const set = parseAsOf('2026-03-01', [
      'Van: Piet Bos <p.bos@raad.haverdam.nl>',
      'Verzonden: maandag 2 februari 2026 09:12',
      'Aan: Griffie Haverdam <griffie@haverdam.nl>',
      'CC: Anna Smit <a.smit@raad.haverdam.nl>',
      'Onderwerp: Bankjes',
      '',
      'Geachte griffier,',
      '',
      '1. Komen er meer bankjes?',
      '2. Wie plaatst ze?',
      '',
      'Met vriendelijke groet,',
      '',
      'Piet Bos',
      'Anna Smit',
      'Haverdam Vooruit',
    ]);
    expect(set.submitters).toEqual(['Piet Bos', 'Anna Smit']);
  });

  it('reads `b) …?` with its own `Antwoord:` below the answer to `a)` as sub-question b of a `Vraag N.` stem', () => {
    const set = parseLines([
      'Vraag 1. Komen er meer bankjes?',
      'Antwoord: Ja.',
      '',
      'Vraag 2. Over het onderhoud:',
      'a) Wie verft de bankjes?',
      'Antwoord: De buitendienst.',
      'b) Hoe vaak?',
      'Antwoord: Eens per jaar.',
    ]);
    expectNumberedQuestions(set, [
      ['1', 'Komen er meer bankjes?'],
      ['2a', 'Over het onderhoud:\n\nWie verft de bankjes?'],
      ['2b', 'Hoe vaak?'],
    ]);
    expectAnswers(set, [
      [['1'], 'Ja.'],
      [['2a'], 'De buitendienst.'],
      [['2b'], 'Eens per jaar.'],
    ]);
  });

  it('reads the holder from the signature of the note above an original with the answers typed in under each question', () => {
    const set = parseAsOf('2026-03-01', [
      'Van: Karel Visser <k.visser@haverdam.nl>',
      'Verzonden: maandag 9 februari 2026 16:00',
      'Aan: Piet Bos <p.bos@raad.haverdam.nl>',
      'Onderwerp: RE: Bankjes',
      '',
      'Beste heer Bos,',
      '',
      'Mijn antwoorden staan hieronder in uw bericht.',
      '',
      'Met vriendelijke groet,',
      '',
      'Karel Visser',
      'wethouder Openbare Ruimte',
      '',
      'Van: Piet Bos <p.bos@raad.haverdam.nl>',
      'Verzonden: maandag 2 februari 2026 09:12',
      'Aan: Griffie Haverdam <griffie@haverdam.nl>',
      'Onderwerp: Bankjes',
      '',
      'Vraag 1. Komen er meer bankjes?',
      'Antwoord: Ja.',
      '',
      'Vraag 2. Wie plaatst ze?',
      'Antwoord: De buitendienst.',
      '',
      'Met vriendelijke groet,',
      '',
      'Piet Bos',
    ]);
    expect([set.portfolioHolder, set.submitters]).toEqual(['Karel Visser', ['Piet Bos']]);
  });
});

describe("held-out-42 the griffie's inbox (fix-42b)", () => {
  it('reads lettered form parts `B. IN TE VULLEN DOOR …` and `C. AFHANDELING …`: the date field there, the answer ending', () => {
    const set = parseAsOf('2026-03-01', [
      'A. IN TE VULLEN DOOR DE VRAGENSTELLER',
      'Onderwerp:   Bankjes in het Lindepark',
      '',
      'Vraag 1: Komen er meer bankjes?',
      '',
      'B. IN TE VULLEN DOOR BURGEMEESTER EN WETHOUDERS',
      'Datum beantwoording:   12 februari 2026',
      '',
      'Antwoord op vraag 1:',
      'Ja, in het voorjaar.',
      '',
      'C. AFHANDELING DOOR DE GRIFFIE',
      'Op de lijst ingekomen stukken van 5 maart 2026',
    ]);
    expect(set.answeredOn).toBe('2026-02-12');
    expectAnswers(set, [[['1'], 'Ja, in het voorjaar.']]);
  });

  it("drops a portal print's stamp `Geprint op <date> <time> door <user>` below the last answer", () => {
    const set = parseAsOf('2026-03-01', [
      'Vraag 1',
      'Komen er meer bankjes?',
      '',
      'Antwoord 1',
      'Ja.',
      '',
      'Geprint op 02-03-2026 om 08:15 door raadsgriffie.haverdam',
    ]);
    expectAnswers(set, [[['1'], 'Ja.']]);
  });

  it('reads the municipality in a page footer, `Datum ontvangen` and a Markdown break `---` ending the last answer', () => {
    const set = parseAsOf('2026-03-01', [
      '| Veld | Waarde |',
      '|---|---|',
      '| Onderwerp | Bankjes |',
      '| Datum ontvangen | 9 februari 2026 |',
      '',
      '**Vraag 1**',
      'Komen er meer bankjes?',
      '',
      '**Antwoord 1**',
      'Ja.',
      '',
      '---',
      'Afdruk uit het zaaksysteem van de gemeente Zundert - pagina 1 van 1',
    ]);
    expect([set.municipality, set.receivedOn]).toEqual(['Zundert', '2026-02-09']);
    expectAnswers(set, [[['1'], 'Ja.']]);
  });

  it('reads no commitment in a clause after a semicolon that a name opens (`…; Vitens vervangt in mei …`)', () => {
    expect(
      detectCommitments(
        'Het plein richten wij opnieuw in; Vitens vervangt daarvoor in mei de waterleiding.',
        '2026-03-01',
        ['1'],
      ),
    ).toEqual([]);
  });

  it('reads labels with the writer in brackets (`Vraag 1 (fractie)`, `Antwoord 1 (college)`) and `Naam` in `Gegevens indiener`', () => {
    const set = parseAsOf('2026-03-01', [
      'Gegevens indiener (in te vullen door de fractie)',
      '  Naam ......... : mr. K. de Wit',
      '  Onderwerp .... : Bankjes in het Lindepark',
      '',
      'Vraag 1 (fractie)',
      'Komen er meer bankjes?',
      '',
      'Antwoord 1 (college)',
      'Ja.',
    ]);
    expect(set.submitters).toEqual(['K. de Wit']);
    expectAnswers(set, [[['1'], 'Ja.']]);
    expect(set.questions.map((q) => q.text)).toEqual(['Komen er meer bankjes?']);
  });
});

describe('held-out-41 fixes (fix-41)', () => {
  it('closes a sentence after a company form in capitals (`… Haverkamp BV. De aannemer …`)', () => {
    expect(
      detectCommitments(
        'Wij spreken op 3 maart 2026 met de aannemer, Bouwbedrijf Haverkamp BV. De aannemer wil de prijs niet verlagen.',
        '2026-01-10',
        ['2'],
      ).map((c) => c.sentence),
    ).toEqual(['Wij spreken op 3 maart 2026 met de aannemer, Bouwbedrijf Haverkamp BV.']);
  });

  it('reads a promise whose topic opens the sentence before the verb and the college (`Over de Lindelaan informeren wij u …`)', () => {
    expect(
      detectCommitments('Over de Lindelaan informeren wij u opnieuw in september.', '2026-01-10', ['4']).map(
        (c) => c.phrase,
      ),
    ).toEqual(['in september']);
  });
});

describe('held-out-44 fixes (fix-44a)', () => {
  it('reads the holder from `Wethouder X beantwoordt …` and the number from `Het zaaknummer van deze brief is Z/…`', () => {
    const set = parseLines([
      'Gemeente Lindewoud',
      '',
      'Geachte leden van de raad,',
      '',
      'Op 3 juni 2025 stelde mevrouw P. Kok vragen over het zwembad. Wethouder R. de Wit beantwoordt',
      'ze namens het college. Het zaaknummer van deze brief is Z/25/40112.',
      '',
      'Vraag 1',
      'Gaat het zwembad dicht?',
      '',
      'Antwoord',
      'Nee. Het zwembad blijft open.',
    ]);
    expect([set.portfolioHolder, set.reference]).toEqual(['R. de Wit', 'Z/25/40112']);
  });

  it("ends the last answer at a RIS page's `Gekoppelde vergadering` list", () => {
    const set = parseLines([
      'Vraag 1',
      'Gaat het zwembad dicht?',
      '',
      'Antwoord 1',
      'Nee. Het zwembad blijft open.',
      '',
      'Gekoppelde vergadering',
      '  Raadscommissie Samenleving, 4 juni 2025, agendapunt 5',
    ]);
    expectAnswerTexts(set, ['Nee. Het zwembad blijft open.']);
  });

  it("drops a form's footer under a `-----` rule where `=====` rules divided its parts", () => {
    const set = parseAsOf('2025-04-01', [
      'Onderwerp : Bankjes in het park',
      '==============================',
      'DEEL 1 - VRAGEN',
      '==============================',
      'Vraag 1: Komen er meer bankjes?',
      '',
      'Antwoord 1:',
      'Ja, wij plaatsen er vier.',
      '',
      '------------------------------',
      'Raadsgriffie Voorbeeld | vragenformulier | versie 2021',
    ]);
    expectAnswerTexts(set, ['Ja, wij plaatsen er vier.']);
  });
});

describe('held-out-43 fixes (fix-43b)', () => {
  it('reads a form head in capitals with the office before the word (`GRIFFIE GEMEENTE X`)', () => {
    expect(
      findMunicipality('GRIFFIE GEMEENTE HAVERDAM\nFORMULIER SCHRIFTELIJKE VRAGEN\n\nVraag 1: Komt er een bank?'),
    ).toBe('Haverdam');
  });

  it('reads the set’s number in brackets, no party, and `Portefeuillehouder is wethouder X` in the introduction', () => {
    const set = parseAsOf('2026-03-01', [
      'Geachte heer Bos,',
      '',
      'Hierbij de antwoorden op de vragen van de heer Bos over de kermis (zaaknummer Z.26.00412). Portefeuillehouder is wethouder M. de Wit.',
      '',
      'Vraag 1',
      'Komt de kermis terug?',
      '',
      'Antwoord 1',
      'Ja.',
    ]);
    expect([set.reference, set.party, set.portfolioHolder]).toEqual(['Z.26.00412', null, 'M. de Wit']);
  });
});

describe('held-out-44 fixes (fix-44b)', () => {
  it('takes the reply nearest the quoted questions as the college’s, not the griffie’s note forwarding it', () => {
    const set = parseAsOf('2026-03-01', [
      'Van: Griffie Haverdam <griffie@haverdam.example>',
      'Verzonden: dinsdag 10 februari 2026 08:30',
      'Aan: Raadsleden Haverdam <raad@haverdam.example>',
      'Onderwerp: FW: Re: Schriftelijke vragen: bankjes in het park',
      '',
      'Beste raadsleden,',
      '',
      'Ter informatie de vragen en antwoorden over de bankjes in het Lindepark.',
      '',
      'Met vriendelijke groet,',
      '',
      'Griffie Haverdam',
      '',
      '-----Oorspronkelijk bericht-----',
      'Van: Bestuurssecretariaat <bs@haverdam.example>',
      'Verzonden: vrijdag 6 februari 2026 15:10',
      'Aan: Kees de Wit <k.dewit@raad.example>',
      'Onderwerp: Re: Schriftelijke vragen: bankjes in het park',
      '',
      'Geachte heer De Wit,',
      '',
      'Namens wethouder P. Smit zend ik u de antwoorden op uw vragen.',
      '',
      'Met vriendelijke groet,',
      '',
      'Bestuurssecretariaat',
      '',
      '> Van: Kees de Wit <k.dewit@raad.example>',
      '> Verzonden: maandag 12 januari 2026 20:00',
      '> Aan: Griffie Haverdam <griffie@haverdam.example>',
      '> Onderwerp: Schriftelijke vragen: bankjes in het park',
      '>',
      '> 1. Komen er meer bankjes?',
      '',
      'ANTWOORD: Ja.',
      '',
      '> Kees de Wit',
    ]);
    expect([set.introduction, set.answeredOn, set.portfolioHolder]).toEqual([
      'Namens wethouder P. Smit zend ik u de antwoorden op uw vragen.',
      '2026-02-06',
      'P. Smit',
    ]);
  });

  it('reads a bare `Inleiding` below `Uw inleiding … nemen wij hieronder over` as the askers’ explanation', () => {
    const set = parseAsOf('2026-03-01', [
      'Geachte mevrouw Bos,',
      '',
      'U heeft op 2 februari 2026 vragen gesteld. Uw inleiding en vragen nemen wij hieronder over.',
      '',
      'Inleiding',
      'In het Lindepark staan te weinig bankjes.',
      '',
      'Vraag 1:',
      'Komen er meer bankjes?',
      'Antwoord:',
      'Ja.',
    ]);
    expect([set.introduction, set.explanation]).toEqual([
      'U heeft op 2 februari 2026 vragen gesteld. Uw inleiding en vragen nemen wij hieronder over.',
      'In het Lindepark staan te weinig bankjes.',
    ]);
  });

  it('reads the addressee greeted by name as the asker when the letter says `U heeft … vragen gesteld`', () => {
    const set = parseAsOf('2026-03-01', [
      'Aan:        de fractie van Haverdam Vooruit',
      '            mevrouw L. de Bos',
      'Datum:      20 februari 2026',
      'Onderwerp:  Antwoord op vragen over bankjes',
      '',
      'Geachte mevrouw De Bos,',
      '',
      'U heeft op 2 februari 2026 vragen gesteld over bankjes.',
      '',
      'Vraag 1:',
      'Komen er meer bankjes?',
      'Antwoord:',
      'Ja.',
    ]);
    expect(set.submitters).toEqual(['L. de Bos']);
  });

  it('reads no commitment in what the college expects to receive (`Het rapport verwachten wij in mei`)', () => {
    expect(
      detectCommitments(
        'Wij laten een bureau de brug onderzoeken. Het rapport verwachten wij in mei 2026.',
        '2026-03-01',
        ['2'],
      ),
    ).toEqual([]);
  });

  it('reads no commitment when a name follows the verb, the object first (`De nota verstuurt het Waterbedrijf Oost …`)', () => {
    expect(
      detectCommitments(
        'Wij passen het tarief aan. De nota’s verstuurt het Waterbedrijf Oost in april 2026.',
        '2026-03-01',
        ['3'],
      ),
    ).toEqual([]);
  });
});

describe('held-out-48 fixes (fix-48a)', () => {
  it('reads a local party named after the councillors without `fractie` in the opening as the party (fix-48a)', () => {
    const set = parseLines([
      'Gemeente Westerkwartier',
      'Onderwerp: Beantwoording vragen over de veerpont',
      '',
      'Geachte raadsleden,',
      '',
      'Op 3 maart 2025 stelden de raadsleden T. Mulder en R. Zijlstra van Dorpsbelang Westerkwartier ons vragen over de',
      'veerpont. Hieronder leest u onze antwoorden.',
      '',
      'Vraag 1',
      'Blijft de pont varen?',
      '',
      'Antwoord',
      'Ja.',
    ]);
    expect([set.party, set.submitters]).toEqual(['Dorpsbelang Westerkwartier', ['T. Mulder', 'R. Zijlstra']]);
  });

  it('reads the subject from a title line answering follow-up questions (`Beantwoording vervolgvragen X over Y`) (fix-48a)', () => {
    const set = parseLines([
      'Gemeente Waterdam',
      'Beantwoording vervolgvragen CDA over de openingstijden van het zwembad',
      'Datum: 4 maart 2025',
      'Vraag 4',
      'Gaat het zwembad eerder open?',
      'Antwoord',
      'Nee.',
    ]);
    expect(set.subject).toBe('de openingstijden van het zwembad');
  });

  it('keeps a title naming who asks and, after a dash, what about (`Raadsvragen X - Y`) whole as the subject (fix-48a)', () => {
    const set = parseLines([
      'Gemeente Waterdam',
      '',
      'Raadsvragen SP - onderhoud van de speeltuinen',
      '',
      'Geachte raadsleden,',
      '',
      'Vraag 1: Wanneer worden de speeltuinen gekeurd?',
      '',
      'Antwoord 1: Elk voorjaar.',
    ]);
    expect(set.subject).toBe('Raadsvragen SP - onderhoud van de speeltuinen');
  });

  it('reads no cross-reference in an answer pointing to another set’s question, by its date or its fractie (fix-48a)', () => {
    const set = parseLines([
      'Vraag 1',
      'Hoeveel bomen zijn er gekapt?',
      'Antwoord 1',
      'Zie ons antwoord op vraag 1 van 3 februari 2025: dat waren er twaalf.',
      'Vraag 2',
      'Komen er nieuwe bomen?',
      'Antwoord 2',
      'Wij verwijzen naar het antwoord op vraag 4 in onze brief van 3 februari 2025. Zie verder het antwoord op vraag 1.',
      'Vraag 3',
      'Wat kost dat?',
      'Antwoord 3',
      'Zie het antwoord op vraag 2 van de fractie GroenLinks.',
    ]);
    expect(set.answers.map((a) => a.refersTo)).toEqual([[], ['1'], []]);
  });

  it('reads a follow-up set’s own earlier set, named by date and registration number in brackets, as a document (fix-48a)', () => {
    const set = parseLines([
      'Geachte raadsleden,',
      '',
      'Deze vragen sluiten aan op de schriftelijke vragen van 4 maart 2025 (registratienummer 2025-0112) en op onze',
      'beantwoording van 1 april 2025 (BW25-0311). Over de raadsvragen van 2 februari 2025 is nog niets besloten.',
      '',
      'Vraag 1',
      'Komt er een zebrapad?',
      'Antwoord 1',
      'Ja.',
    ]);
    expect(set.documents).toEqual([
      { kind: 'other', reference: '2025-0112', title: null, date: '2025-03-04', url: null },
      { kind: 'other', reference: 'BW25-0311', title: null, date: '2025-04-01', url: null },
    ]);
  });

  it('reads councillors asking follow-up questions on behalf of their group (`stelde de heer X namens … vervolgvragen`) (fix-48a)', () => {
    const set = parseLines([
      'Geachte leden van de raad,',
      '',
      'Op 2 april 2025 stelde mevrouw K. de Wit namens de fractie van het CDA vervolgvragen over de bibliotheek.',
      '',
      'Vraag 1',
      'Blijft de bibliotheek open?',
      'Antwoord 1',
      'Ja.',
    ]);
    expect([set.submitters, set.party]).toEqual([['K. de Wit'], 'CDA']);
  });

  it('reads a form’s `Toelichting college:` as the college’s introduction, its `Vraag N beantwoorden wij …` as prose (fix-48a)', () => {
    const set = parseAsOf('2025-03-01', [
      'FORMULIER SCHRIFTELIJKE VRAGEN',
      'Fractie     : D66',
      'Onderwerp   : Parkeren bij het station',
      '',
      'Vraag 1: Hoeveel plekken zijn er?',
      '',
      'Vraag 2: Komen er meer plekken bij?',
      '',
      'Datum beantwoording : 3 maart 2025',
      '',
      'Toelichting college:',
      'Vraag 2 kunnen wij nog niet beantwoorden. U krijgt dat antwoord uiterlijk 1 mei 2025 van ons.',
      '',
      'Antwoord op vraag 1:',
      'Er zijn 120 plekken.',
    ]);
    expect(set.introduction).toBe(
      'Vraag 2 kunnen wij nog niet beantwoorden. U krijgt dat antwoord uiterlijk 1 mei 2025 van ons.',
    );
    expectNumberedQuestions(set, [
      ['1', 'Hoeveel plekken zijn er?'],
      ['2', 'Komen er meer plekken bij?'],
    ]);
  });

  it('reads a form’s answer field left empty as no answer, with a warning for its question (fix-48a)', () => {
    const set = parseLines([
      'Vraag 1: Hoeveel plekken zijn er?',
      '',
      'Vraag 2: Komen er meer plekken bij?',
      '',
      'Antwoord op vraag 1:',
      'Er zijn 120 plekken.',
      '',
      'Antwoord op vraag 2:',
      '',
      '',
      '=====================================',
      'DEEL C - AFHANDELING GRIFFIE',
      '=====================================',
      'Verzonden aan raadsleden op : 6 maart 2025',
    ]);
    expectAnswers(set, [[['1'], 'Er zijn 120 plekken.']]);
    expect(set.warnings).toEqual(['Vraag 2 heeft geen antwoord.']);
  });
});

describe('held-out-43 fixes (fix-43a)', () => {
  it('reads a noun after an article as no participle (`de gebouwen die … hebben in juni`): no past tense', () => {
    expect(
      detectCommitments('Wij bezoeken de gebouwen die een gebrek hebben in juni met een inspecteur.', '2026-01-10', [
        '2',
      ]).map((c) => c.phrase),
    ).toEqual(['in juni']);
  });

  it('takes no commitment from a sentence whose subject is other bodies in the plural (`De provincies besluiten …`)', () => {
    const answer = (other: string) =>
      detectCommitments(
        `Wij hebben ${other} om advies gevraagd. De ${other} besluiten in oktober 2025 over de peilen.`,
        '2025-03-01',
        ['1'],
      );
    expect(answer('waterschappen')).toEqual([]);
    expect(answer('provincies')).toEqual([]);
  });

  it('reads the holder from `Wethouder X heeft dit onderwerp in portefeuille` in the opening', () => {
    const set = parseLines([
      'Gemeente Lindewoud',
      '',
      'Beantwoording schriftelijke vragen over de markt',
      '',
      'Geachte leden van de raad,',
      '',
      'Op 3 maart 2025 stelde de fractie van de SP vragen over de markt. Wethouder De Vaan - Smit heeft dit',
      'onderwerp in portefeuille.',
      '',
      '1. Blijft de markt op zaterdag?',
      'Antwoord: Ja.',
    ]);
    expect(set.portfolioHolder).toBe('De Vaan-Smit');
  });

  it('keeps a number wrapped under `… het antwoord op vraag` in the answer, not a new item', () => {
    const set = parseLines([
      'Geachte heer Bos,',
      '',
      '1) Komen er meer prullenbakken?',
      '',
      'Antwoord vraag 1)',
      'Ja, in april.',
      '',
      '2) Worden ze vaker geleegd?',
      '',
      'Antwoord vraag 2)',
      'Nee. Wij legen ze twee keer per week. Zie ook het antwoord bij vraag',
      '1.',
    ]);
    expect(set.answers.map((a) => a.text)).toEqual([
      'Ja, in april.',
      'Nee. Wij legen ze twee keer per week. Zie ook het antwoord bij vraag 1.',
    ]);
    expect(set.warnings).toEqual([]);
  });

  it('reads the holder from `Wethouder X heeft deze vragen … beantwoord` in the opening', () => {
    const set = parseLines([
      'Gemeente Lindewoud',
      '',
      'Beantwoording schriftelijke vragen over de markt',
      '',
      'Geachte leden van de raad,',
      '',
      'Op 3 maart 2025 stelde de fractie van de SP vragen over de markt. Wethouder K. van Dam heeft deze vragen namens',
      'het college beantwoord.',
      '',
      '1. Blijft de markt op zaterdag?',
      'Antwoord: Ja.',
    ]);
    expect(set.portfolioHolder).toBe('K. van Dam');
  });

  it('reads a plain `Datum` as the answer date where the opening says the college answers (`Het college beantwoordt …`)', () => {
    const set = parseLines([
      'Gemeente Lindewoud                     Raadsvragen 2025',
      '',
      'Datum vragen     3 februari 2025',
      'Datum            4 maart 2025',
      'Onderwerp        Bankjes in het park',
      '',
      'Geachte heer Bos,',
      '',
      'U heeft vragen gesteld over bankjes. Het college beantwoordt deze vragen als volgt.',
      '',
      'Vraag 1',
      'Komen er bankjes?',
      '',
      'Antwoord 1',
      'Ja.',
    ]);
    expect([set.receivedOn, set.answeredOn]).toEqual(['2025-02-03', '2025-03-04']);
  });

  it('reads a form part headed only by who fills it in (`IN TE VULLEN DOOR HET COLLEGE`) for its fields (fix-45b)', () => {
    const set = parseLines([
      'FORMULIER RAADSVRAGEN',
      '---------------------------------',
      'IN TE VULLEN DOOR HET RAADSLID',
      'Naam raadslid:        P. Kok',
      'Onderwerp:            Bankjes',
      '',
      'Vragen:',
      '1. Komen er bankjes in het park?',
      '',
      'Handtekening raadslid:    P. Kok',
      '---------------------------------',
      'IN TE VULLEN DOOR HET COLLEGE',
      'Datum beantwoording:   4 maart 2025',
      '',
      'Antwoorden:',
      'Ad 1.',
      'Ja, in april.',
    ]);
    expect(set.answeredOn).toBe('2025-03-04');
  });

  it("leaves a note about the document itself on the text's last line out of the last answer, no blank line above (fix-45b)", () => {
    const set = parseLines([
      'Vraag 1',
      'Komen er bankjes?',
      '',
      'Antwoord 1',
      'Ja, er komen er vier.',
      'Deze brief wordt na verzending geplaatst op de website van de raad.',
    ]);
    expect(set.answers.map((a) => a.text)).toEqual(['Ja, er komen er vier.']);
  });

  it('reads councillors on the line under an `Aan:` field cut after its comma (fix-45b)', () => {
    const set = parseLines([
      'Aan:        de fractie van Dorpsbelang,',
      '            mevrouw R. Smit en de heer T. Bakker',
      'Datum:      3 maart 2025',
      'Betreft:    beantwoording vragen over bankjes',
      '',
      'Geachte mevrouw Smit, geachte heer Bakker,',
      '',
      'U heeft mij vragen gesteld over bankjes.',
      '',
      '1. Komen er bankjes?',
      '',
      'Antwoord 1',
      'Ja.',
    ]);
    expect(set.submitters).toEqual(['R. Smit', 'T. Bakker']);
  });

  it("drops a paragraph `De vragen luidden:` above the quoted questions from the college's introduction (fix-45b)", () => {
    const set = parseLines([
      'Geachte heer Bos,',
      '',
      'Op 3 maart 2025 heeft u vragen gesteld over bankjes in het park.',
      '',
      'De vragen luidden:',
      '1. Komen er bankjes?',
      '',
      'Antwoord 1',
      'Ja.',
    ]);
    expect(set.introduction).toBe('Op 3 maart 2025 heeft u vragen gesteld over bankjes in het park.');
  });

  it('reads no promise where the college receives something from another party (fix-45b)', () => {
    const found = detectCommitments(
      'Het advies ontvangen wij naar verwachting in juni van de adviescommissie. Wij besluiten in juli 2025 over het plan.',
      '2025-03-01',
      ['1'],
    );
    expect(found.map((c) => c.sentence)).toEqual(['Wij besluiten in juli 2025 over het plan.']);
  });
});

describe('a wrapped opening is no closing (session 11 review)', () => {
  it('reads `namens het college beantwoord.` at the start of a line as the end of the opening sentence', () => {
    const set = parseAsOf('2025-03-10', [
      'Gemeente Haverdam',
      '',
      'Onderwerp: bankjes in het park',
      '',
      'Geachte heer De Wit,',
      '',
      'Wethouder P. Smit heeft deze vragen',
      'namens het college beantwoord.',
      '',
      '1. Komen er meer bankjes?',
      '',
      'Antwoord:',
      'Ja, wij plaatsen er vier.',
      '',
      '2. Wanneer?',
      '',
      'Antwoord:',
      'In mei 2025.',
      '',
      'Met vriendelijke groet,',
      'het college',
    ]);
    expectNumberedQuestions(set, [
      ['1', 'Komen er meer bankjes?'],
      ['2', 'Wanneer?'],
    ]);
    expect(set.portfolioHolder).toBe('P. Smit');
  });
});

describe('held-out-37 fixes (fix-37)', () => {
  it("numbers a Word export's unnumbered questions by the highest number an answer label names (`Antwoord vraag 2 en 3`) (fix-37)", () => {
    const set = parseLines(
      [
        'Gemeente Waterdam',
        'Aan de gemeenteraad',
        'Datum 4 maart 2025',
        'Ons kenmerk WD/2025.311',
        'Onderwerp Bankjes in het Rozenpark',
        'Het raadslid mevrouw K. Jansen (Waterdam Lokaal) heeft op 3 februari 2025 schriftelijke vragen gesteld over de bankjes in het park.',
        'Vragen',
        'Komen er bankjes in het Rozenpark?',
        'Wanneer worden ze geplaatst?',
        'Is het college bereid ook prullenbakken te',
        'plaatsen?',
        'Antwoord vraag 1',
        'Ja.',
        'Antwoord vraag 2 en 3',
        'In mei, met prullenbakken.',
      ]
        .join('\r\n')
        .split('\n'),
    );
    expect(set.questions.map((q) => q.number)).toEqual(['1', '2', '3']);
    expect(set.answers.map((a) => a.questions)).toEqual([['1'], ['2', '3']]);
    expect([set.reference, set.subject, set.answeredOn]).toEqual([
      'WD/2025.311',
      'Bankjes in het Rozenpark',
      '2025-03-04',
    ]);
  });

  it("drops an export's stamp under a tab table (`Geëxporteerd uit <systeem> door …`) from the last answer (fix-37)", () => {
    const set = parseLines([
      'Onderwerp\tBankjes in het park',
      '',
      'Nr\tVraag\tAntwoord',
      '1\tKomen er bankjes?\tJa.',
      '2\tWanneer?\tIn mei.',
      '\t\tDe bankjes zijn besteld.',
      '',
      'Geëxporteerd uit Notubiz door de griffie van Waterdam',
    ]);
    expect(set.answers.map((a) => a.text)).toEqual(['Ja.', 'In mei. De bankjes zijn besteld.']);
  });

  it("drops an export's stamp naming who or when (`Geëxporteerd door⇥X⇥<datum tijd>`) from the last answer (fix-56c)", () => {
    const set = parseLines([
      'Type\tNr\tTekst',
      'Vraag\t1\tWordt de brug gerepareerd?',
      'Vraag\t2\tWanneer is hij weer open?',
      'Antwoord\t1 en 2\tJa. De brug is in april weer open.',
      '',
      'Geëxporteerd door\traadsgriffie\t3-3-2025 09:41',
    ]);
    expectAnswers(set, [[['1', '2'], 'Ja. De brug is in april weer open.']]);
    expect(
      parseLines(['1. Komt er een zebrapad?', '', 'Antwoord 1: Ja.', '', 'Geëxporteerd op 4-3-2025']).answers[0].text,
    ).toBe('Ja.');
  });

  it("keeps the text under `Toelichting door vragensteller` the askers' even where it tells that the member asked (fix-37)", () => {
    const set = parseLines([
      'Schriftelijke vragen van het lid De Wit inzake bankjes',
      '',
      'Toelichting door vragensteller:',
      '',
      'Bewoners missen bankjes in het park.',
      '',
      'Gelet op het voorgaande heeft het lid De Wit, namens de fractie van de SP, de volgende vragen gesteld:',
      '',
      '1. Komen er bankjes?',
      '',
      'Antwoord:',
      'Ja.',
    ]);
    expect(set.explanation).toContain('Bewoners missen bankjes');
    expect(set.introduction).toBeNull();
  });

  it("reads a Word export's field block that lost the tab after each label (`Datum 4 maart 2025` / `Ons kenmerk …`) (fix-37)", () => {
    const set = parseLines([
      'Gemeente Waterdam',
      'Datum 4 maart 2025',
      'Ons kenmerk WD/2025.311',
      'Onderwerp Bankjes in het Rozenpark',
      '',
      'Vraag 1',
      'Komen er bankjes?',
      'Antwoord 1',
      'Ja.',
    ]);
    expect([set.reference, set.subject, set.answeredOn]).toEqual([
      'WD/2025.311',
      'Bankjes in het Rozenpark',
      '2025-03-04',
    ]);
  });
});

describe('held-out-46 fixes (fix-46)', () => {
  it("reads the municipality from a portal print's running header with its page counter, dropped as furniture (fix-46)", () => {
    const set = parseLines([
      'Raadsinformatie Oude IJsselstreek - Schriftelijke vraag                          1/2',
      '',
      'Titel                 Bankjes in het park',
      'Fractie               Dorpsbelang',
      '',
      'Vragen',
      '1. Komen er bankjes?',
      '2. Wanneer?',
      '',
      'Beantwoording',
      'Ad 1. Ja.',
      '',
      'Afgedrukt op 08-01-2025 09:14',
      'Raadsinformatie Oude IJsselstreek - Schriftelijke vraag                          2/2',
      '',
      'Ad 2. In mei.',
    ]);
    expect(set.municipality).toBe('Oude IJsselstreek');
  });

  it('reads a local party whose last word ends in an exclamation mark (`fractie Echt Anders!`) (fix-46)', () => {
    expect(findParty('Met vriendelijke groet,\nP. Bos\nfractie Echt Anders!', null)).toBe('Echt Anders!');
  });

  it('reads the portfolio holder from `beantwoord onder verantwoordelijkheid van wethouder X` (fix-46)', () => {
    const set = parseLines([
      'Geachte raadsleden,',
      '',
      'Op 3 maart 2025 ontvingen wij de vragen van de fractie Dorpsbelang. De vragen zijn beantwoord onder',
      'verantwoordelijkheid van wethouder K. de Wit.',
      '',
      '1. Komen er bankjes?',
      '',
      'Antwoord:',
      'Ja.',
    ]);
    expect(set.portfolioHolder).toBe('K. de Wit');
  });
  it('reads an answer letter with `Datum` beside `Datum verzending` and a wrapped title `… gesteld door A. Bos op` / `<date>` (fix-46)', () => {
    const set = parseLines([
      'Gemeente Waterdam',
      'College van burgemeester en wethouders',
      '',
      'Datum               4 maart 2025',
      'Datum verzending    6 maart 2025',
      'Onderwerp           Bankjes in het Rozenpark',
      '',
      'Schriftelijke vragen van de fractie Dorpsbelang, gesteld door P. de Wit en J. Smit-Bos op',
      '10 februari 2025 (artikel 40 Reglement van Orde)',
      '',
      'Vraag 1:',
      'Komen er bankjes?',
      'Antwoord:',
      'Ja.',
    ]);
    expect([set.receivedOn, set.answeredOn]).toEqual(['2025-02-10', '2025-03-04']);
    expect(set.submitters).toEqual(['P. de Wit', 'J. Smit-Bos']);
  });

  it('reads the date asked after the askers in a `Vragen van` field (`…, ingekomen 6 februari 2025`) (fix-46)', () => {
    const set = parseLines([
      'Gemeente Waterdam',
      '',
      'Datum:             4 maart 2025',
      'Onderwerp:         Bankjes in het Rozenpark',
      'Vragen van:        fractie Dorpsbelang (P. de Wit), ingekomen 10 februari 2025',
      '',
      'Vraag 1',
      'Komen er bankjes?',
      'Antwoord 1',
      'Ja.',
    ]);
    expect([set.party, set.submitters, set.receivedOn]).toEqual(['Dorpsbelang', ['P. de Wit'], '2025-02-10']);
  });
});

describe('held-out-49 fixes (fix-49b)', () => {
  it('reads a strong simple past before the time phrase (`Bij de gemeente kwamen dit jaar …`) as the past, no promise (fix-49b)', () => {
    const set = parseAsOf('2024-11-20', [
      'Vraag 1',
      'Hoeveel klachten over de veerpont zijn er dit jaar gekomen?',
      '',
      'Antwoord 1',
      'Bij de gemeente kwamen dit jaar tot en met september 17 klachten binnen. Wij bespreken de klachten in februari 2025 met de veerdienst.',
    ]);
    expect(set.commitments.map((c) => c.phrase)).toEqual(['in februari 2025']);
  });

  it('reads a tracking sheet with one row per question and the set’s facts repeated in columns as fields and a table (fix-49b)', () => {
    const set = parseLines([
      'Overzicht schriftelijke vragen - 12-11-2024 10:02\t\t\t\t\t\t\t\t',
      'Kenmerk\tDatum ontvangst\tFractie\tIndiener(s)\tOnderwerp\tVraag nr.\tVraag\tAntwoord\tDatum antwoord\tStatus',
      'SV-2024-118\t7-10-2024\tD66\tK. Jansen; P. de Bruin\tVeerpont Lindewoud\t1\tHoe vaak viel de pont uit?\tDe pont viel dit jaar vier keer uit.\t4-11-2024\tBeantwoord',
      'SV-2024-118\t7-10-2024\tD66\tK. Jansen; P. de Bruin\tVeerpont Lindewoud\t2a\tWat was de oorzaak?\tTwee keer was er een storing aan de motor.\t4-11-2024\tBeantwoord',
      'SV-2024-118\t7-10-2024\tD66\tK. Jansen; P. de Bruin\tVeerpont Lindewoud\t2b\tWie betaalt de reparatie?\tDe reparatie betaalt de vervoerder.\t4-11-2024\tBeantwoord',
      'SV-2024-118\t7-10-2024\tD66\tK. Jansen; P. de Bruin\tVeerpont Lindewoud\t3\tKomt er een reservepont?\t\t\tIn behandeling',
      '\t\t\t\t\t\t\t\t\t',
    ]);
    expect([set.reference, set.subject, set.party, set.submitters, set.receivedOn, set.answeredOn]).toEqual([
      'SV-2024-118',
      'Veerpont Lindewoud',
      'D66',
      ['K. Jansen', 'P. de Bruin'],
      '2024-10-07',
      '2024-11-04',
    ]);
    expectNumberedQuestions(set, [
      ['1', 'Hoe vaak viel de pont uit?'],
      ['2a', 'Wat was de oorzaak?'],
      ['2b', 'Wie betaalt de reparatie?'],
      ['3', 'Komt er een reservepont?'],
    ]);
    expectAnswers(set, [
      [['1'], 'De pont viel dit jaar vier keer uit.'],
      [['2a'], 'Twee keer was er een storing aan de motor.'],
      [['2b'], 'De reparatie betaalt de vervoerder.'],
    ]);
  });

  it('names the municipality by a by-law titled with lower-case words before it (`Verordening x y Gemeente 2020`) (fix-49b)', () => {
    expect(municipalityInTitles(['Verordening sociaal domein Hollands Kroon 2021'])).toBe('Hollands Kroon');
  });

  it('answers lettered sub-questions in turn under an unnumbered `Antwoord college:` (`a.⇥…` / `b.⇥…`) (fix-49b)', () => {
    const set = parseLines([
      'Vraag 1.\tIs de speeltuin aan de Beukenlaan open?',
      'Antwoord college:',
      'Nee, de speeltuin is dicht.',
      'Vraag 2.\tOver het onderhoud:',
      'a.\tWanneer is het hek gerepareerd?',
      'b.\tWie betaalt de reparatie?',
      'Antwoord college:',
      'a.\tHet hek is op 4 oktober gerepareerd.',
      'b.\tDe reparatie komt uit het budget voor speelvoorzieningen.',
      'Vraag 3.\tGaat de speeltuin weer open?',
      'Antwoord college:',
      'Ja, na de keuring.',
    ]);
    expectAnswers(set, [
      [['1'], 'Nee, de speeltuin is dicht.'],
      [['2a'], 'Het hek is op 4 oktober gerepareerd.'],
      [['2b'], 'De reparatie komt uit het budget voor speelvoorzieningen.'],
      [['3'], 'Ja, na de keuring.'],
    ]);
  });

  it('keeps Word’s own bullet `•` before a tab (a copy into an editor) as printed, one space after it (fix-49b)', () => {
    const set = parseLines([
      'Vraag 1.\tWaarom is het zwembad dicht?',
      'Antwoord college:',
      'Het zwembad is dicht om twee redenen:',
      '•\thet dak lekt boven het diepe bad;',
      '•\tde luchtbehandeling is kapot.',
      'Wij melden u de heropening.',
    ]);
    expectAnswerTexts(set, [
      'Het zwembad is dicht om twee redenen:\n\n• het dak lekt boven het diepe bad;\n\n• de luchtbehandeling is kapot.\n\nWij melden u de heropening.',
    ]);
  });

  it('reads a cell paragraph on a line of its own between two numbered tab rows, fields above, as the cell going on (fix-49b)', () => {
    const set = parseLines([
      'Gemeente Lindewoud\r',
      'Kenmerk:\tLW/2024/0311\r',
      'Datum:\t4 november 2024\r',
      'Onderwerp:\tBankjes in het Stationspark\r',
      'Vragensteller:\tmevrouw T. Bakker (D66)\r',
      'Portefeuillehouder:\twethouder R. Smit\r',
      'Nr.\tVraag\tAntwoord\r',
      '1\tHoeveel bankjes staan er in het park?\tEr staan nu zes bankjes in het park, vier bij de vijver en twee langs het pad naar de kinderboerderij.\r',
      '2\tKomen er meer bankjes bij?\tJa. Wij plaatsen in het voorjaar vier nieuwe bankjes.\r',
      'Twee daarvan komen bij de speeltuin.\r',
      '3\tWie betaalt de bankjes?\tDe bankjes worden betaald uit het wijkbudget.\r',
    ]);
    expectNumberedQuestions(set, [
      ['1', 'Hoeveel bankjes staan er in het park?'],
      ['2', 'Komen er meer bankjes bij?'],
      ['3', 'Wie betaalt de bankjes?'],
    ]);
    expectAnswerTexts(set, [
      'Er staan nu zes bankjes in het park, vier bij de vijver en twee langs het pad naar de kinderboerderij.',
      'Ja. Wij plaatsen in het voorjaar vier nieuwe bankjes.\n\nTwee daarvan komen bij de speeltuin.',
      'De bankjes worden betaald uit het wijkbudget.',
    ]);
  });
});

describe('held-out-47 fixes (fix-47)', () => {
  it('reads the holder from `Wethouder <portefeuille>: X` under the signature, not the burgemeester above (fix-47)', () => {
    const set = parseLines([
      'Onderwerp: Bankjes in het Rozenpark',
      '',
      '1. Komen er bankjes?',
      '',
      'Antwoord op vraag 1',
      'Ja.',
      '',
      'Hoogachtend,',
      'Het college van burgemeester en wethouders van Waterdam,',
      'K.L. de Boer, burgemeester',
      'Wethouder openbare ruimte: T. Smits',
    ]);
    expect(set.portfolioHolder).toBe('T. Smits');
  });

  it('reads the holder from `beantwoord door wethouder X` and `vastgesteld door wethouder X` in the opening (fix-47)', () => {
    for (const opening of [
      'Uw vragen over bankjes worden beantwoord door wethouder R. Kok.',
      'De antwoorden zijn op 3 maart 2025 vastgesteld door wethouder R. Kok.',
    ]) {
      const set = parseLines([opening, '', '1. Komen er bankjes?', '', 'Antwoord op vraag 1: Ja.']);
      expect(set.portfolioHolder).toBe('R. Kok');
    }
  });

  it('reads a portal’s list of attached file names under `Bijlagen` as no annex, the share row under it no text (fix-54)', () => {
    const set = parseLines([
      'Toelichting',
      'In Zuidwijk ontbreekt een speelplek voor oudere kinderen.',
      '',
      'Vragen',
      '1. Komt er een speelplek?',
      '',
      'Antwoorden',
      '1. Ja, in het voorjaar.',
      '',
      'Bijlagen',
      '  Notitie speelplekken Zuidwijk.pdf (90 kB)',
      '  Kaart Zuidwijk.docx',
      '',
      'Delen:  Facebook | E-mail',
    ]);
    expect(set.explanation).toBe('In Zuidwijk ontbreekt een speelplek voor oudere kinderen.');
    expectAnswerTexts(set, ['Ja, in het voorjaar.']);
  });

  it('dates the answers by a form’s `Vastgesteld door het college op`, not the day they went to the council (fix-54)', () => {
    const set = parseLines([
      'Onderwerp        : Verlichting fietspad',
      'Datum ontvangst  : 02-09-2025',
      '',
      'Vraag 1',
      'Komt er verlichting?',
      'Antwoord college',
      'Ja, in de winter.',
      '',
      'Vastgesteld door het college op : 16-09-2025',
      'Verzonden aan de raad op        : 19-09-2025',
    ]);
    expect(set.receivedOn).toBe('2025-09-02');
    expect(set.answeredOn).toBe('2025-09-16');
  });

  it('reads a letter titled `Schriftelijke vragen …` whose opening tells `ontvingen wij de vragen` as the answers (fix-54)', () => {
    const set = parseLines([
      'Datum: 12 juni 2025',
      'Betreft: Schriftelijke vragen Lokaal Belang over de kermis',
      '',
      'Op 20 mei 2025 ontvingen wij de vragen van de fractie Lokaal Belang over de kermis.',
      '',
      'VRAAG 1: Gaat de kermis door?',
      '',
      'ANTWOORD 1: Ja, in september.',
    ]);
    expect(set.receivedOn).toBe('2025-05-20');
    expect(set.answeredOn).toBe('2025-06-12');
  });

  it('takes one agent’s own act (`De aannemer verwacht …`) for no promise, the college’s beside it still (fix-54)', () => {
    const found = detectCommitments(
      [
        'De aannemer verwacht de lantaarnpalen eind maart te plaatsen.',
        'Wij openen het fietspad in april 2026.',
        'De wethouder informeert u in mei 2026 over de kosten.',
      ].join(' '),
      '2026-01-10',
      ['1'],
    );
    expect(found.map((c) => c.phrase)).toEqual(['in april 2026', 'in mei 2026']);
  });

  it('reads the holder from `voorbereid door wethouder X` in the opening (fix-54)', () => {
    const set = parseLines([
      'Hierbij onze antwoorden. De vragen zijn voorbereid door wethouder P. van Galen.',
      '',
      '1. Komt er een speeltuin?',
      '',
      'Antwoord op vraag 1: Ja.',
    ]);
    expect(set.portfolioHolder).toBe('P. van Galen');
  });

  it('reads the holder from a name with its role in brackets under the college (`A. Bos (wethouder sport)`) (fix-47)', () => {
    const set = parseLines([
      'Vraag 1.',
      'Komen er bankjes?',
      '',
      'Antwoord college:',
      'Ja.',
      '',
      'Hoogachtend,',
      'burgemeester en wethouders van Waterdam,',
      'H. Peeters (wethouder openbare ruimte)',
    ]);
    expect(set.portfolioHolder).toBe('H. Peeters');
  });

  it('dates the questions from an opening in the present tense (`In uw brief van <datum> stelt de fractie … vragen`) (fix-47)', () => {
    const set = parseLines([
      'Waterdam, 4 maart 2025',
      '',
      'In uw brief van 2 februari 2025 stelt de fractie van de SP vragen over bankjes.',
      '',
      'Vraag 1: Komen er bankjes?',
      'Antwoord: Ja.',
    ]);
    expect(set.receivedOn).toBe('2025-02-02');
  });

  it('joins a subject word broken with a hyphen in its label column (`Onderwerp  … speel-` / `  tuinen`) (fix-47)', () => {
    const set = parseLines([
      'Datum         4 maart 2025',
      'Onderwerp     Vragen VVD over nieuwe speel-',
      '              tuinen in Oosthaven',
      '',
      '1.  Komen er speeltuinen?',
      '',
      'Ja.',
    ]);
    expect(set.subject).toBe('Vragen VVD over nieuwe speeltuinen in Oosthaven');
  });

  it('reads an opening telling the asking in the past (`De fractie X stelde op <datum> de volgende vragen.`) as the college’s (fix-47)', () => {
    const set = parseLines([
      'Datum: 4 maart 2025',
      'Onderwerp: Schriftelijke vragen SP over bankjes',
      '',
      'De fractie van de SP (de heer K. Bos) stelde op 2 februari 2025 de volgende vragen.',
      '',
      'Vragen',
      '1. Komen er bankjes?',
      '',
      'Antwoorden',
      'Ad 1',
      'Ja.',
    ]);
    expect([set.explanation, set.receivedOn, set.answeredOn]).toEqual([null, '2025-02-02', '2025-03-04']);
    expect(set.introduction).toContain('stelde op 2 februari 2025');
  });

  it('reads prose under a RIS page’s `Vragen` heading, before the first question, as the askers’ explanation (fix-47)', () => {
    const set = parseLines([
      'Titel                  Bankjes in het Rozenpark',
      'Fractie                SP',
      'Datum ingediend        02-02-2025',
      'Datum beantwoord       04-03-2025',
      '',
      'Vragen',
      'Bewoners missen bankjes in het park.',
      '1. Komen er bankjes?',
      '',
      'Antwoorden',
      '1. Ja.',
    ]);
    expect([set.explanation, set.introduction]).toEqual(['Bewoners missen bankjes in het park.', null]);
  });

  it('reads no document in the page address a browser prints at its foot beside the page counter (fix-47)', () => {
    const set = parseLines([
      'Vragen',
      '1. Komen er bankjes?',
      '',
      'Antwoorden',
      '1. Ja.',
      '',
      'https://waterdam.raadsinformatie.nl/vragen/item/4411        1/1',
    ]);
    expect(set.documents).toEqual([]);
  });

  it('reads a Word export with a tab after each list number and no blank line as one paragraph a line (fix-47)', () => {
    const set = parseLines([
      'Gemeente Waterdam',
      'Onderwerp: Bankjes in het Rozenpark',
      'Toelichting',
      'Bewoners van de wijk Oost missen al jaren bankjes in het Rozenpark bij de vijver.',
      '1)\tHoeveel bankjes staan er nu in het Rozenpark bij de vijver?',
      '2)\tWanneer plaatst het college de nieuwe bankjes in het park?',
      'Beantwoording',
      '1)\tEr staan op dit moment vier bankjes in het park bij de vijver.',
      '2)\tDe nieuwe bankjes komen in het voorjaar van 2025 in het park.',
      'Wij overleggen eerst met de bewoners van de wijk over de plekken.',
    ]);
    expect(set.answers[1].text).toBe(
      'De nieuwe bankjes komen in het voorjaar van 2025 in het park.\n\nWij overleggen eerst met de bewoners van de wijk over de plekken.',
    );
  });
});

describe('held-out-50 fixes (fix-50)', () => {
  it('drops a trust formula naming the letter before the addressee (`… erop hiermee uw vragen te hebben beantwoord`) (fix-50)', () => {
    const set = parseLines([
      'Vragen',
      '1. Komen er bankjes?',
      '',
      'Antwoorden',
      'Ad 1',
      'Ja, in het voorjaar.',
      '',
      'Wij hopen hiermee de vragen voldoende te hebben beantwoord.',
      '',
      'Hoogachtend,',
    ]);
    expectAnswerTexts(set, ['Ja, in het voorjaar.']);
  });

  it('reads a paraph under the answers (`Paraaf wethouder: K.B.`) as no text of the last answer (fix-50)', () => {
    const set = parseLines([
      'Vragen:',
      '1. Komen er bankjes?',
      '',
      'Antwoord 1:',
      'Ja, in het voorjaar.',
      '',
      'Paraaf wethouder: K.B.',
    ]);
    expectAnswerTexts(set, ['Ja, in het voorjaar.']);
  });

  it('leaves out what an association or foundation named by a compound does (`De winkeliersvereniging houdt …`) (fix-50)', () => {
    const found = detectCommitments(
      [
        'Wij overleggen in januari 2025 met de Winkeliersvereniging Oosthaven.',
        'De winkeliersvereniging houdt in de zomer een braderie met de scholen.',
        'De sportstichting opent in mei 2025 een nieuwe kantine.',
      ].join(' '),
      '2024-11-05',
      ['1'],
    );
    expect(found.map((c) => c.sentence)).toEqual([
      'Wij overleggen in januari 2025 met de Winkeliersvereniging Oosthaven.',
    ]);
  });

  it('reads the college’s copy of the askers’ explanation under `Uw toelichting` as the explanation (fix-50)', () => {
    const set = parseLines([
      'Datum: 4 maart 2025',
      '',
      'Geachte heer Bos,',
      '',
      'Hierbij ontvangt u de antwoorden op uw vragen over bankjes.',
      '',
      'Uw toelichting',
      'Bewoners missen bankjes in het park.',
      '',
      '1. Komen er bankjes?',
      '',
      'Antwoord 1',
      'Ja.',
    ]);
    expect([set.introduction, set.explanation]).toEqual([
      'Hierbij ontvangt u de antwoorden op uw vragen over bankjes.',
      'Bewoners missen bankjes in het park.',
    ]);
  });

  it('drops a later page’s running header `Gemeente X - beantwoording …` with its date line, a sentence going on under it (fix-50)', () => {
    const set = parseLines([
      'Onderwerp: Bankjes in het park',
      '',
      'Vraag 1.',
      'Komen er bankjes?',
      '',
      'Antwoord 1.',
      'Ja. De bankjes komen er zodra het waterschap Aa en',
      '',
      'Gemeente Waterdam  |  Postbus 1, 1000 AA Waterdam',
      'Pagina 1 van 2',
      '\fGemeente Waterdam - antwoorden raadsvragen 2025-RV-08',
      '4 maart 2025',
      '',
      'Maas de oever heeft opgehoogd.',
      '',
      'Gemeente Waterdam  |  Postbus 1, 1000 AA Waterdam',
      'Pagina 2 van 2',
    ]);
    expectAnswerTexts(set, ['Ja. De bankjes komen er zodra het waterschap Aa en Maas de oever heeft opgehoogd.']);
  });

  it('reads the holder from `Wethouder X, portefeuillehouder Y, heeft de beantwoording voorbereid` (fix-50)', () => {
    const set = parseLines([
      'Geachte leden van de raad,',
      '',
      'Wethouder R. Kok, portefeuillehouder Openbare Ruimte, heeft de beantwoording voorbereid.',
      '',
      '1. Komen er bankjes?',
      '',
      'Antwoord op vraag 1: Ja.',
    ]);
    expect(set.portfolioHolder).toBe('R. Kok');
  });

  it('reads `Reactie college op vraag 2 en 3` under two questions as one answer to both (fix-50)', () => {
    const set = parseLines([
      'Vraag 1',
      'Komen er bankjes?',
      '',
      'Reactie college',
      'Ja.',
      '',
      'Vraag 2',
      'Komen er ook prullenbakken?',
      '',
      'Vraag 3',
      'Zo ja, wanneer?',
      '',
      'Reactie college op vraag 2 en 3',
      'Ja, in het voorjaar.',
    ]);
    expectAnswers(set, [
      [['1'], 'Ja.'],
      [['2', '3'], 'Ja, in het voorjaar.'],
    ]);
  });

  it('leaves out what the college’s own staff did, told in the simple past (`Onze toezichthouders telden dit jaar …`) (fix-50)', () => {
    const found = detectCommitments(
      [
        'Onze toezichthouders telden dit jaar op zes zaterdagen fietsen op de stoep.',
        'Onze toezichthouders controleren in december 2024 extra.',
      ].join(' '),
      '2024-11-05',
      ['1'],
    );
    expect(found.map((c) => c.phrase)).toEqual(['in december 2024']);
  });

  it('reads the holder from `De beantwoording is afgestemd met wethouder X` in a mail passing the answers on (fix-50)', () => {
    const set = parseLines([
      'Beste mevrouw Bos,',
      '',
      'Hieronder de antwoorden. De beantwoording is afgestemd met wethouder R. Kok (portefeuille Sport).',
      '',
      '1. Komen er bankjes?',
      '',
      'Antwoord op vraag 1: Ja.',
    ]);
    expect(set.portfolioHolder).toBe('R. Kok');
  });
});

describe('held-out-53 answer letters (fix-53b)', () => {
  it('reads the councillors after `t.a.v. de heren … en mevrouw …` without the title `de heren`', () => {
    const set = parseLines([
      'Aan de fractie Dorpsbelang Haverdam',
      't.a.v. de heren A. Bos en C. Dijk en mevrouw E. Smit',
      '',
      'Onderwerp   Vragen over de markt',
      '',
      'Geachte heren Bos en Dijk, geachte mevrouw Smit,',
      '',
      'Met uw brief van 2 maart 2025 stelde u vragen over de markt.',
      '',
      'Vraag 1: Blijft de markt op zaterdag?',
      'Antwoord: Ja.',
    ]);
    expect(set.submitters).toEqual(['A. Bos', 'C. Dijk', 'E. Smit']);
  });

  it('reads the holder from `Wethouder X (portefeuille) beantwoordt deze vragen`', () => {
    const set = parseLines([
      'Geachte leden van de raad,',
      '',
      'U stelde vragen over de bankjes. Wethouder K. van Dam (Openbare Ruimte) beantwoordt deze vragen namens het college.',
      '',
      '1. Komen er bankjes?',
      '',
      'Antwoord op vraag 1: Ja.',
    ]);
    expect(set.portfolioHolder).toBe('K. van Dam');
  });

  it('reads the holder named in an apposition before the verb (`De portefeuillehouder X, wethouder Y, heeft de beantwoording voorbereid`)', () => {
    const set = parseLines([
      'Geachte leden van de raad,',
      '',
      'Hierbij de antwoorden op uw vragen over de bankjes. De portefeuillehouder Sport, wethouder',
      'L. Veenstra, heeft de beantwoording voorbereid.',
      '',
      '1. Komen er bankjes?',
      '',
      'Antwoord op vraag 1: Ja.',
    ]);
    expect(set.portfolioHolder).toBe('L. Veenstra');
  });
});

describe('held-out-48 fixes (fix-48b)', () => {
  it('reads a second answer letter of the same set below a rule as its continuation: later date, both openings (fix-48b)', () => {
    const set = parseAsOf('2025-03-01', [
      'Gemeente Haverdam',
      '',
      'Aan de fractie van D66',
      't.a.v. mevrouw R. Kaya',
      '',
      'Haverdam, 3 februari 2025',
      '',
      'Zaaknummer:   Z25-0412',
      'Onderwerp:    Vragen over de sluis bij de Molenweg',
      '',
      'Geachte mevrouw Kaya,',
      '',
      'U hebt op 14 januari 2025 vragen gesteld over de sluis. Vraag 1 beantwoorden wij nu; het antwoord op vraag 2',
      'ontvangt u uiterlijk 21 februari 2025.',
      '',
      '1. Hoe oud is de sluis?',
      'Antwoord: De sluis is in 1932 gebouwd.',
      '',
      'Met vriendelijke groet,',
      '',
      'Burgemeester en wethouders van Haverdam,',
      'J. Dekker',
      '',
      '==============================================',
      '',
      'Gemeente Haverdam',
      '',
      'Haverdam, 24 februari 2025',
      '',
      'Zaaknummer:   Z25-0412',
      'Onderwerp:    Vragen over de sluis bij de Molenweg',
      '',
      'Geachte mevrouw Kaya,',
      '',
      'Hieronder vindt u het antwoord op vraag 2.',
      '',
      '2. Wanneer wordt de sluis geverfd?',
      'Antwoord: Wij verven de sluis in mei 2025.',
      '',
      'Met vriendelijke groet,',
      '',
      'Burgemeester en wethouders van Haverdam,',
      'J. Dekker',
    ]);
    expectNumberedQuestions(set, [
      ['1', 'Hoe oud is de sluis?'],
      ['2', 'Wanneer wordt de sluis geverfd?'],
    ]);
    expectAnswers(set, [
      [['1'], 'De sluis is in 1932 gebouwd.'],
      [['2'], 'Wij verven de sluis in mei 2025.'],
    ]);
    expect([set.answeredOn, set.reference, set.warnings]).toEqual(['2025-02-24', 'Z25-0412', []]);
    expect(set.introduction?.split('\n\n')).toHaveLength(2);
    expect(set.introduction).toMatch(/^U hebt op 14 januari 2025 .*\n\nHieronder vindt u het antwoord op vraag 2\.$/s);
    // (The first letter's promise of 21 February falls before the second letter's date: it was met or overtaken.)
    expect(set.commitments.map((c) => c.phrase)).toEqual(['in mei 2025']);
  });

  it('gives no numbering warning for questions the college’s opening names as answered elsewhere (fix-48b)', () => {
    const set = parseLines([
      'Datum: 3 maart 2025',
      'Onderwerp: Vragen over de markt (vervolg)',
      '',
      'Geachte leden van de raad,',
      '',
      'Op 2 februari 2025 hebben wij vraag 1 beantwoord. Hieronder volgen de antwoorden op de overige vragen;',
      'vraag 4 is ingetrokken.',
      '',
      'Vraag 2',
      'Hoeveel kramen staan er?',
      '',
      'Antwoord',
      'Twintig.',
      '',
      'Vraag 3',
      'Wie betaalt de stroom?',
      '',
      'Antwoord',
      'De marktkooplieden.',
      '',
      'Vraag 5',
      'Komt er een vismarkt?',
      '',
      'Antwoord',
      'Nee.',
    ]);
    expect(set.questions.map((q) => q.number)).toEqual(['2', '3', '5']);
    expect(set.warnings).toEqual([]);
  });

  it('takes the addressee, not the signers, as the asker of a college letter without answers (fix-48b)', () => {
    const set = parseLines([
      'Gemeente Haverdam',
      '',
      'Aan de fractie van de ChristenUnie',
      't.a.v. de heer P. de Boer',
      '',
      'Haverdam, 4 maart 2025',
      'Onderwerp: Vragen over de ijsbaan',
      '',
      'Geachte heer De Boer,',
      '',
      'Op 3 februari 2025 hebt u vragen gesteld over de ijsbaan. Wij hebben meer tijd nodig.',
      '',
      'Uw vragen',
      '',
      '1. Blijft de ijsbaan open?',
      '2. Wie betaalt het onderhoud?',
      '',
      'Met vriendelijke groet,',
      '',
      'burgemeester en wethouders van Haverdam,',
      '',
      'de secretaris,                    de burgemeester,',
      '',
      'L. Vos                            H. Bakker',
    ]);
    expect(set.submitters).toEqual(['P. de Boer']);
    expect(set.answers).toEqual([]);
  });

  it('reads a perfect with a double infinitive and its subject between as the past (fix-48b)', () => {
    const set = parseAsOf('2025-03-01', [
      'Vraag 1',
      'Wanneer komt het besluit?',
      '',
      'Antwoord 1',
      'Op 12 februari hebben wij de bewoners laten weten dat de sluis langer dicht zou blijven. Wij openen de sluis in april 2025.',
    ]);
    expect(set.commitments.map((c) => c.phrase)).toEqual(['in april 2025']);
  });

  it('reads a date in a relative clause on the opening noun, naming neither college nor council, as others’ term (fix-48b)', () => {
    const set = parseAsOf('2025-03-01', [
      'Vraag 1',
      'Hoe gaat het met de subsidie?',
      '',
      'Antwoord 1',
      'Verzoeken die voor 1 mei 2025 worden ingediend, behandelen wij met voorrang. Plannen die wij in juni 2025',
      'vaststellen, sturen wij u toe.',
    ]);
    expect(set.commitments.map((c) => c.phrase)).toEqual(['in juni 2025']);
  });

  it('reads a RIS page copied from the browser: askers one a line under their label, a line per paragraph beside file names (fix-49a)', () => {
    const set = parseAsOf('2025-03-01', [
      'Gemeente Brakelveen - Raadsinformatie',
      'Home',
      'Schriftelijke vragen',
      '',
      'Nummer',
      'SV 2025-08',
      'Onderwerp',
      'Speeltuin Esdoornlaan',
      'Fractie',
      'VVD',
      'Indiener(s)',
      'K. van Dam',
      'Anna te Riet',
      'Datum ontvangst',
      '03-02-2025',
      'Status',
      'Beantwoord',
      '',
      'Toelichting',
      'De speeltuin aan de Esdoornlaan is al maanden afgesloten omdat twee toestellen kapot zijn, en ouders in de wijk vragen ons steeds vaker wanneer hun kinderen er weer kunnen spelen.',
      'Daarom stellen wij de volgende vragen.',
      '',
      'Vraag 1',
      'Wanneer gaat de speeltuin weer open?',
      'Antwoord',
      'De leverancier plaatst de nieuwe toestellen in de loop van maart, en de speeltuin gaat daarna meteen weer open voor alle kinderen uit de buurt en van de scholen in de wijk.',
      'De bewoners krijgen een brief zodra het zover is.',
      '',
      'Documenten',
      'Schriftelijke vragen VVD over de speeltuin aan de Esdoornlaan.pdf',
      'PDF | 120 kB',
      'Beantwoording schriftelijke vragen SV 2025-08 speeltuin.pdf',
      'PDF | 80 kB',
    ]);
    expect(set.submitters).toEqual(['K. van Dam', 'Anna te Riet']);
    expect(set.explanation?.split('\n\n')).toHaveLength(2);
    expectAnswerTexts(set, [
      'De leverancier plaatst de nieuwe toestellen in de loop van maart, en de speeltuin gaat daarna meteen weer open voor alle kinderen uit de buurt en van de scholen in de wijk.\n\nDe bewoners krijgen een brief zodra het zover is.',
    ]);
  });

  it('reads `Afgestemd met portefeuillehouder: wethouder X` under the signature as the holder (fix-51b)', () => {
    const set = parseAsOf('2025-03-01', [
      'Aan de gemeenteraad van Lindewaarde',
      '',
      'Betreft : schriftelijke vragen over de kinderboerderij',
      '',
      'Vraag 1:',
      'Blijft de kinderboerderij open?',
      'Antwoord: Ja, tot eind 2026.',
      '',
      'Hoogachtend,',
      '',
      'Het college van burgemeester en wethouders van Lindewaarde,',
      'de secretaris,            de burgemeester,',
      'P. Mol                    T. Vink',
      '',
      'Afgestemd met portefeuillehouder: wethouder G. de Haan',
    ]);
    expect(set.portfolioHolder).toBe('G. de Haan');
  });

  it('ends the questions at a labelled choice between boxes set apart under them, as a form field (fix-51b)', () => {
    const set = parseAsOf('2025-03-01', [
      'FORMULIER SCHRIFTELIJKE VRAGEN',
      '',
      'Fractie:            Dorpsbelang Ekerwold',
      'Onderwerp:          Speeltuin Molenhoek',
      '',
      'Vragen:',
      '1. Wanneer gaat de speeltuin weer open?',
      '2. Komt er een nieuw hek?',
      '',
      'Spoed gewenst:      [ ] ja   [X] nee',
      'Handtekening:       J. Visser',
      '',
      'In te vullen door het college',
      'Datum antwoord:     20-02-2025',
      '',
      'Antwoorden:',
      '1. In april.',
      '2. Ja.',
    ]);
    expectQuestions(set, ['Wanneer gaat de speeltuin weer open?', 'Komt er een nieuw hek?']);
    expectAnswerTexts(set, ['In april.', 'Ja.']);
  });

  it('reads `Naar aanleiding van de vragen die de heer X namens de fractie Y heeft gesteld, …` as the introduction (fix-51a)', () => {
    const set = parseLines([
      'datum          4 maart 2025',
      'ons kenmerk    2025-OR-0117',
      'onderwerp      Schriftelijke vragen Dorpsbelang: bankjes Molenpad',
      '',
      'Geachte leden van de raad,',
      '',
      'Naar aanleiding van de vragen die mevrouw T. de Graaf namens de fractie Dorpsbelang heeft gesteld op grond van artikel 38 van het Reglement van orde, berichten wij u als volgt.',
      '',
      'Vraag 1. Komen er bankjes aan het Molenpad?',
      '',
      'Antwoord 1. Ja, in het voorjaar.',
    ]);
    expect(set.explanation).toBeNull();
    expect(set.introduction).toBe(
      'Naar aanleiding van de vragen die mevrouw T. de Graaf namens de fractie Dorpsbelang heeft gesteld op grond van artikel 38 van het Reglement van orde, berichten wij u als volgt.',
    );
  });

  it('reads the holder from `De vragen zijn voorbereid met wethouder X, portefeuillehouder Y` (fix-51a)', () => {
    const set = parseLines([
      'Geachte heer Bakker,',
      '',
      'Op 2 mei 2025 ontvingen wij uw vragen. De vragen zijn voorbereid met wethouder K. van Vliet, portefeuillehouder sport.',
      '',
      '1. Gaat de sporthal in de zomer dicht?',
      '',
      'Ad 1',
      'Nee.',
    ]);
    expect(set.portfolioHolder).toBe('K. van Vliet');
  });

  it('reads the holder from `Wethouder X heeft ze … vastgesteld` right after a sentence about the answers (fix-51a)', () => {
    const set = parseLines([
      'Beste Joris,',
      '',
      'Hieronder de antwoorden op je vragen over de markt. Wethouder A. Mulder heeft ze gisteren vastgesteld.',
      '',
      'Ad 1. Ja, de markt blijft op zaterdag.',
      '',
      '> 1. Blijft de markt op zaterdag?',
    ]);
    expect(set.portfolioHolder).toBe('A. Mulder');
  });

  it("drops a later page's running header in parts between bars inside a sentence across the page break (fix-51b)", () => {
    const set = parseAsOf('2025-06-01', [
      'Aan de gemeenteraad van Brakkenveen',
      '',
      'Onderwerp          Schriftelijke vragen over de markt',
      '',
      '1.  Blijft de weekmarkt op het Kerkplein?',
      '',
      'Antwoord college',
      'Ja. De marktkooplieden houden hun vaste plaats en krijgen een nieuwe stroomkast bij de',
      '',
      'Pagina 1 van 2',
      '\f',
      'Gemeente Brakkenveen  |  zaak 2025-031/EZ  |  12 mei 2025',
      '',
      'kerk.',
      '',
      'Met vriendelijke groet,',
      '',
      'Pagina 2 van 2',
    ]);
    expectAnswerTexts(set, [
      'Ja. De marktkooplieden houden hun vaste plaats en krijgen een nieuwe stroomkast bij de kerk.',
    ]);
  });

  it('reads prose under `Vragen van de fractie` below a portal’s breadcrumb and page title as the explanation (fix-51a)', () => {
    const set = parseLines([
      'Home > Documenten > Schriftelijke vragen > 2025',
      '',
      'Schriftelijke vragen: Parkeren Stationsplein',
      '',
      'Onderwerp            Parkeren Stationsplein',
      'Fractie              Dorpsbelang',
      'Datum antwoord       3 maart 2025',
      '',
      'Vragen van de fractie',
      '',
      'Sinds januari staan er elke ochtend fietsen op de parkeerplaatsen van het Stationsplein.',
      '',
      'Vraag 1: Weet het college dit?',
      '',
      'Antwoord van het college',
      '',
      'Antwoord 1: Ja.',
    ]);
    expect(set.explanation).toBe(
      'Sinds januari staan er elke ochtend fietsen op de parkeerplaatsen van het Stationsplein.',
    );
    expect(set.introduction).toBeNull();
  });

  it('reads a table whose number column counts in roman numerals (`│ II │ … │ … │`) as questions 1, 2, 3 (fix-52a)', () => {
    const border = (l: string, m: string, r: string): string =>
      `${l}${'─'.repeat(6)}${m}${'─'.repeat(30)}${m}${'─'.repeat(36)}${r}`;
    const row = (n: string, q: string, a: string): string => `│ ${n.padEnd(5)}│ ${q.padEnd(29)}│ ${a.padEnd(35)}│`;
    const set = parseAsOf('2025-05-01', [
      'Gemeente Zoeterwoude',
      'Onderwerp: Antwoord op vragen over de veerpont',
      '',
      border('┌', '┬', '┐'),
      row('Nr.', 'Vraag', 'Antwoord'),
      border('├', '┼', '┤'),
      row('I', 'Vaart de pont ook in', 'Ja, van april tot en met'),
      row('', 'de winter?', 'oktober.'),
      border('├', '┼', '┤'),
      row('II', 'Wat kost een overtocht?', 'Twee euro.'),
      border('├', '┼', '┤'),
      row('III', 'Komt er een tweede pont?', 'Zie het antwoord op vraag II.'),
      border('└', '┴', '┘'),
    ]);
    expectNumberedQuestions(set, [
      ['1', 'Vaart de pont ook in de winter?'],
      ['2', 'Wat kost een overtocht?'],
      ['3', 'Komt er een tweede pont?'],
    ]);
    expectAnswers(set, [
      [['1'], 'Ja, van april tot en met oktober.'],
      [['2'], 'Twee euro.'],
      [['3'], 'Zie het antwoord op vraag II.'],
    ]);
    expect(set.answers[2].refersTo).toEqual(['2']);
  });

  it('reads a tab table’s number cells `2.a` / `2.b` as rows of sub-questions 2a and 2b (fix-52a)', () => {
    const set = parseAsOf('2025-06-01', [
      'Onderwerp\tSpeelplaatsen De Kaag',
      'Fractie\tKaag Lokaal',
      '',
      'Nr\tVraag\tAntwoord',
      '1.\tHoeveel speelplaatsen zijn er?\tVier.',
      '2.a\tWordt er een vijfde aangelegd?\tNee, daar is geen ruimte voor.',
      '2.b\tZo ja, waar?\tZie het antwoord op vraag 2.a.',
      '3.\tWie maait het gras?\tDe gemeente.',
    ]);
    expectNumberedQuestions(set, [
      ['1', 'Hoeveel speelplaatsen zijn er?'],
      ['2a', 'Wordt er een vijfde aangelegd?'],
      ['2b', 'Zo ja, waar?'],
      ['3', 'Wie maait het gras?'],
    ]);
    expectAnswers(set, [
      [['1'], 'Vier.'],
      [['2a'], 'Nee, daar is geen ruimte voor.'],
      [['2b'], 'Zie het antwoord op vraag 2.a.'],
      [['3'], 'De gemeente.'],
    ]);
    expect(set.answers[2].refersTo).toEqual(['2a']);
  });

  it('ends the last answer at the college’s signature field (`Handtekening namens het college : …`) (fix-52a)', () => {
    const set = parseAsOf('2025-02-01', [
      'FORMULIER SCHRIFTELIJKE VRAGEN',
      'Onderwerp        : Bomenkap Dorpsweg',
      'Fractie          : Groen Lansingerland',
      '',
      'Vraag 1: Hoeveel bomen worden gekapt?',
      'Vraag 2: Worden ze herplant?',
      '',
      'Antwoord op vraag 1:',
      'Twaalf.',
      '',
      'Antwoord op vraag 2:',
      'Ja, in het plantseizoen.',
      '',
      'Handtekening namens het college : de secretaris, B. Mulder',
    ]);
    expectAnswers(set, [
      [['1'], 'Twaalf.'],
      [['2'], 'Ja, in het plantseizoen.'],
    ]);
    expect(set.submitters).toEqual([]);
  });

  it('reads `In mei en juni telden wij …` as a past count, no commitment: two months named together are one time (fix-52a)', () => {
    const set = parseAsOf('2025-09-01', [
      'Datum: 20 augustus 2025',
      '',
      'Vraag 1: Hoeveel bezoekers had het zwembad?',
      'Antwoord 1: In mei en juni telden wij 9.000 bezoekers. Op 3 en 4 juli kregen wij veel klachten over de kassa.',
      '',
      'Vraag 2: Komt er een tweede kassa?',
      'Antwoord 2: Ja. Wij plaatsen die in oktober 2025.',
    ]);
    expect(set.commitments.map((c) => [c.questions, c.phrase])).toEqual([[['2'], 'in oktober 2025']]);
  });
});

/** Held-out-52's layouts, each rule on an invented text. */
describe('held-out-52 fixes (fix-52b)', () => {
  it('reads a Word export whose answers are labelled `Vraag 2a en 2b` under a listed stem `2.` with `a.`/`b.` (fix-52b)', () => {
    const set = parseLines([
      'Gemeente Veldhoven-Oost',
      'Onderwerp:\tBomenkap Molenlaan',
      'Op 4 maart 2025 heeft de heer R. Vos namens de fractie Groen Veldhoven-Oost schriftelijke vragen gesteld over de kap van bomen aan de Molenlaan.',
      'Vragen',
      '1.\tHoeveel bomen worden gekapt?',
      '2.\tDe bewoners zijn niet vooraf ingelicht.',
      'a.\tWaarom niet?',
      'b.\tKomt er alsnog een bijeenkomst?',
      'Antwoorden',
      'Vraag 1',
      'Twaalf bomen.',
      'Vraag 2a en 2b',
      'Dat is een fout van ons.',
      'Er komt een bijeenkomst.',
    ]);
    expectNumberedQuestions(set, [
      ['1', 'Hoeveel bomen worden gekapt?'],
      ['2a', 'De bewoners zijn niet vooraf ingelicht.\n\nWaarom niet?'],
      ['2b', 'Komt er alsnog een bijeenkomst?'],
    ]);
    expectAnswers(set, [
      [['1'], 'Twaalf bomen.'],
      [['2a', '2b'], 'Dat is een fout van ons.\n\nEr komt een bijeenkomst.'],
    ]);
  });

  it('takes the subject from a long title `Antwoord op schriftelijke vragen van … over Y` above a publication (fix-52b)', () => {
    const set = parseLines([
      'GEMEENTEBLAD                                        Nr. 90211',
      'Officiële uitgave van de gemeente Zuidermeer           2 juni 2025',
      '',
      'Antwoord op schriftelijke vragen van de fractie Groen Zuidermeer over de sluiting van het zwembad De Vijverhof',
      '',
      'Burgemeester en wethouders van Zuidermeer maken bekend dat zij op 27 mei 2025 de schriftelijke vragen van de heer P. Kuiper (Groen Zuidermeer) van 2 mei 2025 als volgt hebben beantwoord.',
      '',
      'Vraag 1',
      'Gaat het zwembad dicht?',
      '',
      'Antwoord 1',
      'Nee.',
    ]);
    expect(set.subject).toBe('de sluiting van het zwembad De Vijverhof');
    expect(set.receivedOn).toBe('2025-05-02');
    expect(set.answeredOn).toBe('2025-05-27');
  });

  it('dates the answers by the day the college settled `deze brief`, told only in a sentence (fix-52b)', () => {
    const set = parseLines([
      'Aan de leden van de gemeenteraad',
      '',
      'Geachte raadsleden,',
      '',
      'Op 3 februari 2025 ontvingen wij de vragen van mevrouw T. Bakker van de fractie Dorpsbelang. Het college heeft deze antwoordbrief op 18 februari 2025 vastgesteld.',
      '',
      '1) Wordt de brug gerepareerd?',
      '',
      'Ad 1)',
      'Ja, in april.',
    ]);
    expect(set.receivedOn).toBe('2025-02-03');
    expect(set.answeredOn).toBe('2025-02-18');
  });

  it('names the asker told only in the postponement letter above the answer letter in the same file (fix-52b)', () => {
    const set = parseLines([
      'Zaaknummer : Z-31',
      'Datum      : 1 april 2025',
      'Onderwerp  : Uitstel beantwoording vragen over de kermis',
      '',
      'Op 2 maart 2025 heeft de heer D. Wolters namens de fractie van Stadspartij Oosterhaven schriftelijke vragen gesteld over de kermis. U ontvangt de antwoorden uiterlijk 20 april 2025.',
      '',
      'Met vriendelijke groet,',
      '',
      'burgemeester en wethouders van Oosterhaven,',
      '',
      '==========================================',
      '',
      'Zaaknummer : Z-31',
      'Datum      : 15 april 2025',
      'Onderwerp  : Beantwoording vragen over de kermis',
      '',
      'Hieronder vindt u de vragen en onze antwoorden.',
      '',
      '1. Komt de kermis terug op het plein?',
      '',
      'Antwoord 1)',
      'Ja.',
      '',
      'Met vriendelijke groet,',
      '',
      'burgemeester en wethouders van Oosterhaven,',
    ]);
    expect(set.submitters).toEqual(['D. Wolters']);
    expect(set.receivedOn).toBe('2025-03-02');
    expect(set.answeredOn).toBe('2025-04-15');
  });
});

describe('held-out-53 fixes (fix-53a)', () => {
  it('reads an answer letter that prints no questions and answers by number only, not refusing it (fix-53a)', () => {
    const set = parseAsOf('2025-03-01', [
      'Gemeente Haverdam',
      '',
      'Datum: 20 februari 2025',
      'Onderwerp: vragen over de bibliotheek',
      '',
      'Geachte heer Bosman,',
      '',
      'Op 12 januari 2025 heeft u drie vragen gesteld over de openingstijden van de bibliotheek.',
      '',
      'Antwoord 1',
      'De bibliotheek blijft op zaterdag open.',
      '',
      'Antwoord 2',
      'Zie antwoord 1. Wij informeren u in april 2025 over de nieuwe tijden.',
      '',
      'Antwoord 3',
      'Nee.',
      '',
      'Met vriendelijke groet,',
    ]);
    expect(set.questions).toEqual([]);
    expectAnswers(set, [
      [['1'], 'De bibliotheek blijft op zaterdag open.'],
      [['2'], 'Zie antwoord 1. Wij informeren u in april 2025 over de nieuwe tijden.'],
      [['3'], 'Nee.'],
    ]);
    expect(set.answers.map((a) => a.refersTo)).toEqual([[], ['1'], []]);
    expect(set.warnings).toEqual([]);
    expect(set.commitments.map((c) => c.questions)).toEqual([['2']]);
  });

  it('still refuses numbered paragraphs that answer no questions of an asker (fix-53a)', () => {
    expect(() =>
      parseLines([
        'Jaarplan van de bibliotheek',
        '',
        'Ad 1.',
        'De zaterdag blijft open.',
        '',
        'Ad 2.',
        'Nieuwe tijden.',
      ]),
    ).toThrow(expect.objectContaining({ code: 'not_a_question_set' }));
  });

  it('ends a question e-mail at the askers’ thanks in advance on a line of its own (fix-53a)', () => {
    const set = parseLines([
      'Van: Pieter Smulders <p.smulders@raad.haverdam.nl>',
      'Onderwerp: Schriftelijke vragen: de bankjes in het park',
      '',
      'Beste griffie,',
      '',
      '1. Hoeveel bankjes staan er in het park?',
      '2. Wanneer worden de kapotte bankjes vervangen?',
      '',
      'Bij voorbaat dank voor de beantwoording!',
      '',
      'Groet,',
      'Pieter Smulders',
    ]);
    expectQuestions(set, ['Hoeveel bankjes staan er in het park?', 'Wanneer worden de kapotte bankjes vervangen?']);
  });

  it('reads two parties of one fractie joined by a slash as one party (fix-53a)', () => {
    expect(findParty('Aan: de fractie SP/Lokaal Sterk, de heer R. Bos', null)).toBe('SP/Lokaal Sterk');
    expect(findParty('namens de fractie VVD/D66 stellen wij', null)).toBe('VVD/D66');
  });

  it('takes no time word inside a quoted title for a promise, and a relative clause `die u … ontvangt` as one (fix-53a)', () => {
    expect(
      detectCommitments(
        "De ombudsman schreef in zijn rapport 'Licht in de zomer' dat de wijk weinig groen heeft.",
        '2025-03-01',
        ['1'],
      ),
    ).toEqual([]);
    expect(
      detectCommitments(
        'De uitkomsten staan in de jaarrapportage jeugdhulp, die uw raad uiterlijk in juni 2025 ontvangt.',
        '2025-03-01',
        ['2'],
      ),
    ).toEqual([
      {
        questions: ['2'],
        sentence: 'De uitkomsten staan in de jaarrapportage jeugdhulp, die uw raad uiterlijk in juni 2025 ontvangt.',
        phrase: 'uiterlijk in juni 2025',
        deadline: '2025-06-30',
      },
    ]);
  });
});

describe('conversions (held-out-56 causes, fix-56a)', () => {
  it('reads an unwrapped reply above a wrapped `>` quoted original line by line: a line ending a sentence ends its paragraph', () => {
    const set = parseAsOf('2025-04-01', [
      'Van: Wethouder B. Hiemstra <b.hiemstra@voorbeeld.nl>',
      'Verzonden: dinsdag 11 maart 2025 10:05',
      'Aan: Jan Wouda <j.wouda@lokaalvoorbeeld.nl>',
      'Onderwerp: RE: Schriftelijke vragen: speelplaats Dorpsstraat',
      '',
      'Geachte heer Wouda,',
      '',
      'Namens het college beantwoord ik uw vragen van 20 februari over de speelplaats aan de Dorpsstraat hieronder per vraag.',
      '',
      'Antwoord op vraag 1:',
      'Ja. De speeltoestellen aan de Dorpsstraat zijn in januari bij de jaarlijkse keuring afgekeurd en daarna weggehaald, omdat de bodem eronder niet meer voldeed aan de eisen voor de valondergrond.',
      'Wij plaatsen nieuwe toestellen zodra de aanbesteding klaar is, en informeren de buurt daarover met een brief aan huis en een bericht op de website van de gemeente en in de wijkkrant.',
      '',
      'Antwoord op vraag 2:',
      'Nee.',
      '',
      'Met vriendelijke groet,',
      '',
      'B. Hiemstra',
      '',
      '-----Oorspronkelijk bericht-----',
      'Van: Jan Wouda <j.wouda@lokaalvoorbeeld.nl>',
      'Verzonden: donderdag 20 februari 2025 20:14',
      'Aan: Griffie Voorbeeld <griffie@voorbeeld.nl>',
      'Onderwerp: Schriftelijke vragen: speelplaats Dorpsstraat',
      '',
      '> Namens Lokaal Voorbeeld stel ik de volgende vragen. Sinds januari staan er',
      '> geen toestellen meer op de speelplaats aan de Dorpsstraat. Ouders maken zich',
      '> zorgen.',
      '>',
      '> 1. Waarom zijn de speeltoestellen aan de Dorpsstraat weggehaald?',
      '> 2. Komen de oude toestellen terug op de speelplaats aan de',
      '> Dorpsstraat?',
    ]);
    expectNumberedQuestions(set, [
      ['1', 'Waarom zijn de speeltoestellen aan de Dorpsstraat weggehaald?'],
      ['2', 'Komen de oude toestellen terug op de speelplaats aan de Dorpsstraat?'],
    ]);
    expectAnswerTexts(set, [
      'Ja. De speeltoestellen aan de Dorpsstraat zijn in januari bij de jaarlijkse keuring afgekeurd en daarna weggehaald, omdat de bodem eronder niet meer voldeed aan de eisen voor de valondergrond.\n\nWij plaatsen nieuwe toestellen zodra de aanbesteding klaar is, en informeren de buurt daarover met een brief aan huis en een bericht op de website van de gemeente en in de wijkkrant.',
      'Nee.',
    ]);
  });

  it('reads `l` or `I` for `1` in the day of a date field, not in a date in running text', () => {
    const set = parseAsOf('2025-04-01', [
      'Aan de leden van de gemeenteraad van Voorbeeld',
      '',
      'Datum        : I3 maart 2025',
      'Ons kenmerk  : Z/25/004411',
      'Onderwerp    : schriftelijke vragen over de markt',
      '',
      'Vraag 1',
      'Verhuist de markt?',
      '',
      'Antwoord',
      'Nee. Wij informeren de marktkooplieden vóór l mei 2025.',
    ]);
    expect(set.answeredOn).toBe('2025-03-13');
    expectAnswerTexts(set, ['Nee. Wij informeren de marktkooplieden vóór l mei 2025.']);
  });

  it('drops a scribbled signature read by OCR between the signer’s function and name', () => {
    const set = parseAsOf('2025-04-01', [
      'Onderwerp: schriftelijke vragen over de haven',
      '',
      'Vraag 1',
      'Wordt de haven uitgebaggerd?',
      '',
      'Antwoord',
      'Ja, in juni 2025.',
      '',
      'Hoogachtend,',
      'burgemeester en wethouders van Voorbeeld,',
      'namens dezen,',
      'de wethouder van Havens,',
      '',
      '    /\\~^ l ~/ .',
      'K. de Boer',
    ]);
    expect(set.portfolioHolder).toBe('K. de Boer');
  });
});

describe('held-out-56 fixes (fix-56c)', () => {
  it('reads the askers’ letter reprinted under `Uw vragen`, signed by them, above the college’s `Onze antwoorden`', () => {
    const set = parseAsOf('2025-02-01', [
      'GEMEENTE VOORDAM',
      '',
      'Onderwerp: Vragen over zwerfafval bij de haven',
      'Datum: 10 februari 2025',
      '',
      'Geachte mevrouw Smit en heer Bakker,',
      '',
      'Hieronder leest u eerst uw vragen en daarna onze antwoorden.',
      '',
      'Uw vragen',
      '',
      'Bij de haven ligt steeds meer zwerfafval. Wij stellen daarom de volgende vragen.',
      '',
      'I.   Hoe vaak wordt de haven schoongemaakt?',
      'II.  Komen er meer afvalbakken?',
      'III. Spreekt het college de havenondernemers aan?',
      '',
      'Namens de fractie van Voordam Vooruit,',
      '',
      'A. Smit',
      'P. Bakker',
      '',
      'Onze antwoorden',
      '',
      'Ad I',
      'Twee keer per week.',
      '',
      'Ad II en III',
      'Ja. Wij plaatsen vier afvalbakken en spreken de ondernemers aan.',
      '',
      'Zie ook het antwoord onder I en II.',
      '',
      'Met vriendelijke groet,',
      '',
      'burgemeester en wethouders van Voordam,',
    ]);
    expect(set.explanation).toBe('Bij de haven ligt steeds meer zwerfafval. Wij stellen daarom de volgende vragen.');
    expect(set.introduction).toBe('Hieronder leest u eerst uw vragen en daarna onze antwoorden.');
    expect(set.submitters).toEqual(['A. Smit', 'P. Bakker']);
    expect(set.answers.map((a) => [a.questions, a.refersTo])).toEqual([
      [['1'], []],
      [
        ['2', '3'],
        ['1', '2'],
      ],
    ]);
  });
});

describe('held-out-55 fixes (fix-55)', () => {
  it('reads a ruled grid numbered `1.1`, `1.2`, `2.1` as `1a`, `1b`, `2a`, its theme rows as headings and `vraag 2.1.` as a sentence end (fix-55)', () => {
    const set = parseAsOf('2026-04-10', [
      'Gemeente Haverdam                Beantwoording raadsvragen',
      '',
      'Onderwerp    : Speeltuinen in de Lindewijk',
      'Datum antwoord : 8 april 2026',
      '',
      '+-----+------------------------------+------------------------------+',
      '| Nr. | Vraag                        | Antwoord                     |',
      '+-----+------------------------------+------------------------------+',
      '|     | Onderhoud                    |                              |',
      '+-----+------------------------------+------------------------------+',
      '| 1.1 | Hoeveel toestellen zijn      | Drie toestellen zijn         |',
      '|     | afgekeurd?                   | afgekeurd.                   |',
      '+-----+------------------------------+------------------------------+',
      '| 1.2 | Wanneer komen er nieuwe?     | In juni 2026.                |',
      '+-----+------------------------------+------------------------------+',
      '|     | Spelen voor iedereen         |                              |',
      '+-----+------------------------------+------------------------------+',
      '| 2.1 | Komt er een rolstoelschommel?| Ja. Zie ook het antwoord op  |',
      '|     |                              | vraag 1.2. Wij plaatsen hem  |',
      '|     |                              | voor 1 juli 2026.            |',
      '+-----+------------------------------+------------------------------+',
    ]);
    expectNumberedQuestions(set, [
      ['1a', 'Hoeveel toestellen zijn afgekeurd?'],
      ['1b', 'Wanneer komen er nieuwe?'],
      ['2a', 'Komt er een rolstoelschommel?'],
    ]);
    expectAnswers(set, [
      [['1a'], 'Drie toestellen zijn afgekeurd.'],
      [['1b'], 'In juni 2026.'],
      [['2a'], 'Ja. Zie ook het antwoord op vraag 1.2. Wij plaatsen hem voor 1 juli 2026.'],
    ]);
    expect(set.answers[2].refersTo).toEqual(['1b']);
    expect(set.commitments.map((c) => c.sentence)).toContain('Wij plaatsen hem voor 1 juli 2026.');
  });

  it('reads the wethouder named after `beantwoordt` as the portfolio holder: `Namens het college beantwoordt wethouder X …` (fix-55)', () => {
    const set = parseLines([
      'Gemeente Haverdam',
      '',
      'Onderwerp     Bankjes in het Lindepark',
      'Datum         3 maart 2026',
      '',
      'Geachte raadsleden,',
      '',
      'De heer T. Verbeek van de fractie Haverdam Vooruit stelde op 10 februari 2026 vragen over de bankjes.',
      'Hieronder beantwoordt wethouder M. de Groot ze namens het college.',
      '',
      'Vraag 1: Hoeveel bankjes zijn kapot?',
      'Antwoord 1: Vier.',
    ]);
    expect(set.portfolioHolder).toBe('M. de Groot');
  });

  it('reads every titled asker of a list opening a sentence with `De heer`: `De heer X en mevrouw Y van de fractie Z` (fix-55)', () => {
    const set = parseLines([
      'Gemeente Haverdam',
      '',
      'Geachte raadsleden,',
      '',
      'De heer A. Brouwer en mevrouw L. van Dam van de fractie van het CDA hebben op 2 maart 2026 vragen gesteld over',
      'de bankjes in het Lindepark.',
      '',
      'Vraag 1: Hoeveel bankjes zijn kapot?',
      'Antwoord 1: Vier.',
    ]);
    expect(set.submitters).toEqual(['A. Brouwer', 'L. van Dam']);
    expect(set.party).toBe('CDA');
  });

  it('keeps `Ons antwoord` under every `Uw vraag N` as a label however often it recurs; the letterhead site above `Uw vraag 1` is no document (fix-57a)', () => {
    const set = parseAsOf('2026-03-01', [
      '                                        Gemeente Haverdam',
      '                                        Postbus 12',
      '                                        www.haverdam.nl',
      '',
      'Datum         3 maart 2026',
      '',
      'Geachte leden van de raad,',
      '',
      'Hieronder treft u per vraag ons antwoord aan.',
      '',
      'Uw vraag 1',
      'Hoeveel bankjes zijn kapot?',
      '',
      'Ons antwoord',
      'Vier.',
      '',
      'Uw vraag 2',
      'Wanneer worden ze vervangen?',
      '',
      'Ons antwoord',
      'In april.',
      '',
      'Uw vraag 3',
      'Wat kost dat?',
      '',
      'Ons antwoord',
      'Circa € 2.000.',
    ]);
    expectAnswers(set, [
      [['1'], 'Vier.'],
      [['2'], 'In april.'],
      [['3'], 'Circa € 2.000.'],
    ]);
    expect(set.documents).toEqual([]);
  });

  it('drops a received stamp printed beside the address block, with its date and register line below it (fix-57a)', () => {
    const set = parseLines([
      'Aan de leden van de gemeenteraad              ONTVANGEN GRIFFIE',
      'van Oirschot                                   - 12 MRT. 2026',
      '                                                 Reg.nr. ......',
      '',
      'Datum        :  10 maart 2026',
      'Onderwerp    :  bankjes in het Lindepark',
      '',
      'Geachte leden van de raad,',
      '',
      'Vraag 1',
      'Hoeveel bankjes zijn kapot?',
      '',
      'Antwoord',
      'Vier.',
      '',
      'Hoogachtend,',
      '',
      'burgemeester en wethouders van Oirschot,',
    ]);
    expect(set.municipality).toBe('Oirschot');
    expect(set.answeredOn).toBe('2026-03-10');
  });

  it('reads a strong participle with an unstressed prefix (`besproken`, `bekeken`) as the past: no promise (fix-57a)', () => {
    expect(
      detectCommitments(
        'Het college heeft uw vragen op 3 maart 2026 in zijn vergadering besproken. Wij hebben de plannen op 3 maart 2026 bekeken. Wij bespreken de plannen in april met de buurt.',
        '2026-03-03',
        [],
      ).map((c) => c.phrase),
    ).toEqual(['in april']);
  });
});

describe('conversions to plain text (fix-59c)', () => {
  it('joins a field value that wraps inside a dashed simple table (pandoc) onto its row (fix-59c)', () => {
    const set = parseLines([
      'GEMEENTE BRAKELDORP',
      '',
      '  ------------------ ----------------------------------------------',
      '  Datum              4 maart 2026',
      '',
      '  Onderwerp          Beantwoording schriftelijke vragen Vooruit',
      '                     Brakeldorp over de bruggen',
      '',
      '  Portefeuillehouder wethouder T. Vos',
      '  ------------------ ----------------------------------------------',
      '',
      'Geachte leden van de raad,',
      '',
      'Vraag 1: Hoeveel bruggen zijn afgesloten?',
      'Antwoord 1: Twee.',
    ]);
    expect(set.subject).toBe('Beantwoording schriftelijke vragen Vooruit Brakeldorp over de bruggen');
  });

  it('reads notes gathered at the end of a plain-text conversion where their bracketed markers stand (fix-59c)', () => {
    const set = parseAsOf('2026-03-01', [
      'Geachte leden van de raad,',
      '',
      '1.  Hoeveel bruggen zijn afgesloten?',
      '',
      '    Antwoord: Twee. Dat staat in de Bruggenvisie Brakeldorp 2024 en in de laatste brief[1] aan uw raad.',
      '',
      '2.  Wanneer gaan ze weer open?',
      '',
      '    Antwoord: Volgens het Uitvoeringsplan Bruggen 2026[2] in de zomer.',
      '',
      'Met vriendelijke groet,',
      '',
      'het college van burgemeester en wethouders',
      '',
      "[1] Raadsinformatiebrief 2026-004 'Staat van de bruggen' van 12 januari",
      '    2026.',
      '',
      '[2] Uitvoeringsplan Bruggen 2026:',
      '    https://www.brakeldorp.nl/uitvoeringsplan-bruggen',
    ]);
    expect(set.documents.map((d) => [d.kind, d.title, d.url])).toEqual([
      ['policy', 'Bruggenvisie Brakeldorp 2024', null],
      ['council_letter', 'Staat van de bruggen', null],
      ['policy', 'Uitvoeringsplan Bruggen 2026', 'https://www.brakeldorp.nl/uitvoeringsplan-bruggen'],
    ]);
    expect(set.answers[0].text).toBe(
      'Twee. Dat staat in de Bruggenvisie Brakeldorp 2024 en in de laatste brief[1] aan uw raad.',
    );
  });

  it('reads three months in a list before a simple past as one past time, no commitment (fix-59c)', () => {
    const set = parseAsOf('2026-03-01', [
      'Vraag 1: Hoeveel klachten kwamen er binnen?',
      'Antwoord 1: In mei, juni en juli ontvingen wij samen 40 klachten over de bruggen.',
    ]);
    expect(set.commitments).toEqual([]);
  });

  it('reads a double surname whose second part has a prefix after a dash as one asker (fix-59c)', () => {
    const set = parseLines([
      'Geachte leden van de raad,',
      '',
      'Op 2 februari 2026 hebben de raadsleden K. Hoogland – van Dijk en P. Smit namens de PvdA vragen gesteld',
      'over de bruggen.',
      '',
      'Vraag 1: Hoeveel bruggen zijn afgesloten?',
      'Antwoord 1: Twee.',
    ]);
    expect(set.party).toBe('PvdA');
    expect(set.submitters).toEqual(['K. Hoogland-van Dijk', 'P. Smit']);
  });

  it('drops a leaked HYPERLINK field code and gives its URL to the title it showed (fix-59c)', () => {
    const set = parseLines([
      'Vraag 1: Wat staat er in het plan?',
      'Antwoord 1: In de  HYPERLINK "https://www.brakeldorp.nl/bruggenvisie" Bruggenvisie Brakeldorp 2024 staat dat wij de bruggen vervangen.',
    ]);
    expect(set.answers[0].text).toBe('In de Bruggenvisie Brakeldorp 2024 staat dat wij de bruggen vervangen.');
    expect(set.documents).toEqual([
      {
        kind: 'policy',
        reference: null,
        title: 'Bruggenvisie Brakeldorp 2024',
        date: null,
        url: 'https://www.brakeldorp.nl/bruggenvisie',
      },
    ]);
  });

  it('reads an HTML mail as text: image links are no documents, `Title <url>` and an italic report title are (fix-59c)', () => {
    const set = parseLines([
      '[image: Gemeente Brakeldorp] <https://www.brakeldorp.nl/>',
      '',
      '*Vraag 1*',
      'Wat staat er in de plannen?',
      '',
      '*Antwoord*',
      'De _Bruggenvisie Brakeldorp 2024_ <https://www.brakeldorp.nl/visie> noemt de vervanging. De cijfers staan in de _Inspectie bruggen en kades 2025_ <https://www.brakeldorp.nl/inspectie> en in de _Rapportage staat van de bruggen 2025_ <https://www.brakeldorp.nl/rapportage>.',
      '',
      '[image: Facebook] <https://www.facebook.com/gemeentebrakeldorp> [image: LinkedIn] <https://www.linkedin.com/company/brakeldorp>',
    ]);
    expect(set.documents.map((d) => [d.kind, d.title, d.url])).toEqual([
      ['policy', 'Bruggenvisie Brakeldorp 2024', 'https://www.brakeldorp.nl/visie'],
      ['web', null, 'https://www.brakeldorp.nl/inspectie'],
      ['other', 'Rapportage staat van de bruggen 2025', 'https://www.brakeldorp.nl/rapportage'],
    ]);
  });
});

describe('held-out-57 fixes (fix-57c)', () => {
  it("drops an export's closing line named as a noun (`Export <systeem> …, <datum tijd>, N rijen`) from the last answer (fix-57c)", () => {
    const set = parseLines([
      'Onderwerp\tSnoeiwerk langs de Dorpsstraat',
      '',
      'Nr\tVraag\tAntwoord',
      '1\tWanneer wordt er gesnoeid?\tIn maart.',
      '',
      'Export Notubiz raadsgriffie Haverdam, 12-03-2026 16:05, 1 rij',
    ]);
    expectAnswerTexts(set, ['In maart.']);
    // A sentence about an export is answer text.
    expect(
      parseLines([
        '1. Mag het hout weg?',
        '',
        'Antwoord 1: Ja.',
        '',
        'Export van het hout naar Duitsland is sinds 1-1-2026 toegestaan.',
      ]).answers[0].text,
    ).toBe('Ja.\n\nExport van het hout naar Duitsland is sinds 1-1-2026 toegestaan.');
  });
});

describe('held-out-57 fixes (fix-57b)', () => {
  it('numbers a Word export without numbers whose lettered sub-questions under a stem are answered by `Antwoord a:` and `Antwoord b en c:`, a question wrapped over two paragraphs (fix-57b)', () => {
    // (Word's "save as text" with CRLF line ends: each line a paragraph.)
    const set = parseQuestionSetText(
      [
        'Gemeente Haverdam',
        'Beantwoording schriftelijke vragen',
        'Onderwerp:\tSpeeltuin aan de Beukenlaan',
        'Hoeveel klachten kwamen er dit jaar binnen over de speeltuin?',
        'Antwoord: Zes klachten.',
        'De speeltuin aan de Beukenlaan is in 2021 vernieuwd. Wij hebben daarover drie vragen:',
        'a.\tWie controleert de toestellen?',
        'b.\tHoe vaak gebeurt dat?',
        'c.\tWaar staan de verslagen?',
        'Antwoord a:\tDe buitendienst controleert ze.',
        'Antwoord b en c:\tElke maand; de verslagen staan in het beheersysteem.',
        'Wil het college de zandbak, die nu vaak vol zwerfafval ligt, omheinen met een',
        'laag hek?',
        'Antwoord: Ja, in het voorjaar.',
      ].join('\r\n'),
    );
    expectNumberedQuestions(set, [
      ['1', 'Hoeveel klachten kwamen er dit jaar binnen over de speeltuin?'],
      [
        '2a',
        'De speeltuin aan de Beukenlaan is in 2021 vernieuwd. Wij hebben daarover drie vragen:\n\nWie controleert de toestellen?',
      ],
      ['2b', 'Hoe vaak gebeurt dat?'],
      ['2c', 'Waar staan de verslagen?'],
      ['3', 'Wil het college de zandbak, die nu vaak vol zwerfafval ligt, omheinen met een laag hek?'],
    ]);
    expectAnswers(set, [
      [['1'], 'Zes klachten.'],
      [['2a'], 'De buitendienst controleert ze.'],
      [['2b', '2c'], 'Elke maand; de verslagen staan in het beheersysteem.'],
      [['3'], 'Ja, in het voorjaar.'],
    ]);
  });

  it('reads a box-drawing table row numbered by a letter alone under a stem row as that question’s sub-question (fix-57b)', () => {
    const set = parseLines([
      'Gemeente Haverdam',
      '',
      '┌────┬──────────────────────────┬──────────────────────────┐',
      '│ Nr │ Vraag                    │ Antwoord                 │',
      '├────┼──────────────────────────┼──────────────────────────┤',
      '│ 1  │ Hoeveel bomen zijn er    │ Er zijn 40 bomen gekapt. │',
      '│    │ gekapt?                  │                          │',
      '├────┼──────────────────────────┼──────────────────────────┤',
      '│ 2  │ Er komt een nieuw        │                          │',
      '│    │ bomenplan.               │                          │',
      '├────┼──────────────────────────┼──────────────────────────┤',
      '│ a  │ Wanneer is het klaar?    │ In juni 2026.            │',
      '├────┼──────────────────────────┼──────────────────────────┤',
      '│ b  │ Praat de buurt mee?      │ Ja, in twee avonden.     │',
      '└────┴──────────────────────────┴──────────────────────────┘',
    ]);
    expectNumberedQuestions(set, [
      ['1', 'Hoeveel bomen zijn er gekapt?'],
      ['2a', 'Er komt een nieuw bomenplan.\n\nWanneer is het klaar?'],
      ['2b', 'Praat de buurt mee?'],
    ]);
    expectAnswers(set, [
      [['1'], 'Er zijn 40 bomen gekapt.'],
      [['2a'], 'In juni 2026.'],
      [['2b'], 'Ja, in twee avonden.'],
    ]);
  });

  it('closes a questions letter at the wish for answers wrapped onto a second line (`… met belangstelling` / `tegemoet.`) (fix-57b)', () => {
    const set = parseLines([
      'Fractie Haverdam Vooruit',
      '',
      'Betreft: bankjes in het Lindepark',
      '',
      'Geacht college,',
      '',
      '1.  Hoeveel bankjes zijn kapot?',
      '',
      '2.  Wanneer worden ze vervangen?',
      '',
      'Wij kijken uw antwoorden op deze vragen binnen de termijn met belangstelling',
      'tegemoet.',
      '',
      'Met vriendelijke groet,',
      '',
      'P. Hoekstra',
    ]);
    expectNumberedQuestions(set, [
      ['1', 'Hoeveel bankjes zijn kapot?'],
      ['2', 'Wanneer worden ze vervangen?'],
    ]);
    expect(set.submitters).toEqual(['P. Hoekstra']);
  });

  it('reads the councillor of the `Aan:` field (`…, t.a.v. mevrouw X`) as who asked in the college’s postponement letter, which answers nothing yet (fix-57b)', () => {
    const set = parseLines([
      'GEMEENTE HAVERDAM',
      '',
      'Aan          : de fractie van het CDA, t.a.v. mevrouw R. Bakker',
      'Van          : het college van burgemeester en wethouders',
      'Datum        : 3 maart 2026',
      'Onderwerp    : schriftelijke vragen over de bankjes',
      '',
      'Geachte mevrouw Bakker,',
      '',
      'Uw vragen kunnen wij niet binnen de termijn beantwoorden. Wij sturen u de antwoorden uiterlijk 1 april 2026.',
      '',
      'Ter herinnering volgen hieronder uw vragen.',
      '',
      '1. Hoeveel bankjes zijn kapot?',
      '2. Wanneer worden ze vervangen?',
      '',
      'Met vriendelijke groet,',
      '',
      'burgemeester en wethouders van Haverdam,',
      '',
      'de secretaris,                      de burgemeester,',
      '',
      'J. Visser                           K. de Boer',
    ]);
    expect(set.submitters).toEqual(['R. Bakker']);
    expect(set.answers).toEqual([]);
  });
});

describe('held-out-59 fixes (fix-59d: an OCR’d letter with its stamp beside the address, a quoted mail chain)', () => {
  const scannedLetter = (stampLine: string, dateLine: string): string[] => [
    '                              GEMEENTE HAVERDAM',
    '',
    '  Fractie Dorpsbelang',
    `  t.a.v. de heer P. Smit${stampLine}`,
    '  Molenweg 3                                        1 4 OKT. 2025',
    '  4321 ZX  Haverdam                                 griffie Haverdam',
    '',
    `  Datum          : ${dateLine}`,
    '  Onderwerp      : beantwoording schriftelijke vragen over de bankjes',
    '',
    '  Geachte heer Smit,',
    '',
    '  In uw brief van 2 september 2025 heeft u vragen gesteld over de bankjes in het park.',
    '  Hieronder leest u onze antwoorden.',
    '',
    '  Vraag 1',
    '  Hoeveel bezoekers komen er in de zomer?',
    '',
    '  Antwoord',
    '  Wij schatten het aantal bezoekers in juni en juli op circa 4.000. Wij plaatsen in mei nieuwe bankjes.',
  ];

  it('drops a received stamp standing beside the address block, its letters spaced apart, and keeps the addressee', () => {
    const set = parseAsOf('2025-09-01', scannedLetter('                   I N G E K O M E N', '1O oktober 2025'));
    expect(set.submitters).toEqual(['P. Smit']);
  });

  it('reads an OCR’d `O` for a `0` in a date field’s day: `Datum : 1O oktober 2025` (and keeps prose as printed)', () => {
    const set = parseAsOf('2025-09-01', scannedLetter('                   INGEKOMEN', '1O oktober 2025'));
    expect(set.answeredOn).toBe('2025-10-10');
    expect(set.submitters).toEqual(['P. Smit']);
  });

  it('takes no estimate put at an amount (`Wij schatten … op circa 4.000`) for a promise; the act after it is one', () => {
    const set = parseAsOf('2025-09-01', scannedLetter('                   INGEKOMEN', '1O oktober 2025'));
    expect(set.commitments.map((c) => [c.sentence, c.phrase])).toEqual([
      ['Wij plaatsen in mei nieuwe bankjes.', 'in mei'],
    ]);
  });

  it('drops the municipality’s website under a forwarding griffier’s address line above a quoted mail with the questions', () => {
    const set = parseLines([
      'Van: Griffie Haverdam <griffie@haverdam.nl>',
      'Verzonden: maandag 6 oktober 2025 10:12',
      'Aan: Raadsleden Haverdam <raad@haverdam.nl>',
      'Onderwerp: FW: RE: Schriftelijke vragen: bankjes in het park',
      '',
      'Beste raadsleden,',
      '',
      'Hieronder de antwoorden van het college op de vragen van de heer Smit.',
      '',
      'Met vriendelijke groet,',
      '',
      'Anna Visser',
      'griffier',
      '',
      'Gemeente Haverdam | Markt 1 | 4321 ZX Haverdam',
      'www.haverdam.nl',
      '',
      '> -----Oorspronkelijk bericht-----',
      '> Van: Secretariaat Haverdam <secretariaat@haverdam.nl>',
      '> Verzonden: vrijdag 3 oktober 2025 15:00',
      '> Aan: Piet Smit <p.smit@dorpsbelang.nl>',
      '> Onderwerp: RE: Schriftelijke vragen: bankjes in het park',
      '>',
      '> Geachte heer Smit,',
      '>',
      '> Namens wethouder L. Bakker stuur ik u de antwoorden, steeds na "Antwoord college:".',
      '>',
      '> -----Oorspronkelijk bericht-----',
      '> Van: Piet Smit <p.smit@dorpsbelang.nl>',
      '> Verzonden: dinsdag 2 september 2025 20:00',
      '> Aan: Griffie Haverdam <griffie@haverdam.nl>',
      '> Onderwerp: Schriftelijke vragen: bankjes in het park',
      '>',
      '> 1. Hoeveel bankjes zijn kapot?',
      '>',
      '> Antwoord college: Vier. Meer staat op de parkpagina:',
      '> https://www.haverdam.nl/projecten/park',
      '>',
      '> Met vriendelijke groet,',
      '>',
      '> Piet Smit',
    ]);
    expect(set.documents.map((d) => [d.kind, d.url])).toEqual([['web', 'https://www.haverdam.nl/projecten/park']]);
  });
});

describe('a web page copied as text, one paragraph a line (fix-59b)', () => {
  it('reads each label above its value as a field when no line is blank (a RIS detail page)', () => {
    const set = parseLines([
      'Raadsinformatie Haverdam',
      'Documenten',
      'Type',
      'Schriftelijke vragen',
      'Registratienummer',
      '25.0012345',
      'Onderwerp',
      'Verlichting van het fietspad langs de Vaart',
      'Indiener',
      'P. Hoekstra',
      'Fractie',
      'Groen Haverdam',
      'Datum ontvangst',
      '3 maart 2025',
      'Datum beantwoording',
      '1 april 2025',
      'Toelichting',
      'Het fietspad langs de Vaart is in de winter donker. Fietsers voelen zich daar niet veilig, vooral scholieren die vroeg naar school gaan.',
      'Vragen',
      '1. Is het college bereid het fietspad te verlichten?',
      'Beantwoording',
      'Ad 1. Ja. Wij plaatsen voor 1 oktober 2025 lantaarns met een bewegingssensor langs het hele fietspad.',
    ]);
    expect([set.reference, set.subject, set.party, set.submitters, set.receivedOn, set.answeredOn]).toEqual([
      '25.0012345',
      'Verlichting van het fietspad langs de Vaart',
      'Groen Haverdam',
      ['P. Hoekstra'],
      '2025-03-03',
      '2025-04-01',
    ]);
    expectQuestions(set, ['Is het college bereid het fietspad te verlichten?']);
  });

  it('leaves the cookie banner and breadcrumb above the page title out, and takes the subject from the title', () => {
    const set = parseLines([
      'Deze site gebruikt cookies',
      'Haverdam.nl gebruikt analytische cookies. Met uw toestemming plaatsen wij ook cookies van derden. Lees onze cookieverklaring.',
      'Alles accepteren',
      'Ga naar de inhoud',
      'Gemeente Haverdam',
      'Menu',
      'Home › Bestuur › Gemeenteraad › Raadsvragen 2025',
      'Vragen van Groen Haverdam over de verlichting van het fietspad langs de Vaart',
      'Registratienummer: RV 2025-011',
      'Vragensteller: P. Hoekstra (Groen Haverdam)',
      'Ingediend: 3 maart 2025',
      'Beantwoord: 1 april 2025',
      'Vragen',
      'Het fietspad langs de Vaart is in de winter donker. Scholieren voelen zich daar niet veilig.',
      'Daarom stelt Groen Haverdam de volgende vraag:',
      '1. Is het college bereid het fietspad te verlichten?',
      'Antwoorden van het college',
      'Antwoord op vraag 1',
      'Ja. Wij plaatsen voor 1 oktober 2025 lantaarns met een bewegingssensor langs het hele fietspad.',
      'Deel deze pagina',
    ]);
    expect(set.subject).toBe('de verlichting van het fietspad langs de Vaart');
    expect(set.explanation).toBe(
      'Het fietspad langs de Vaart is in de winter donker. Scholieren voelen zich daar niet veilig.\n\n' +
        'Daarom stelt Groen Haverdam de volgende vraag:',
    );
    expect(set.introduction).toBeNull();
  });
});

describe('conversions of held-out-59 (fix-59a)', () => {
  it('reads the party the college names when it tells the asker: `heeft u namens X vragen gesteld`', () => {
    const set = parseLines([
      'Gemeente Haverdam',
      '',
      'Geachte heer Bos,',
      '',
      'Op 3 maart 2026 heeft u namens Haverdams Welzijn vragen gesteld over de bankjes in het Lindepark.',
      '',
      'Vraag 1: Hoeveel bankjes zijn kapot?',
      'Antwoord 1: Vier.',
    ]);
    expect(set.party).toBe('Haverdams Welzijn');
  });

  it('pairs a block of letterhead labels with the block of values after it, a subject wrapping over two lines', () => {
    const set = parseAsOf('2026-04-01', [
      'Gemeente Haverdam',
      '',
      'Datum',
      'Ons kenmerk',
      'Uw kenmerk',
      'Onderwerp',
      '',
      '12 maart 2026',
      'H26.00417',
      'HV-2026-003',
      'Beantwoording vragen Haverdam Vooruit over de bankjes',
      'in het Lindepark',
      '',
      'Geachte leden van de raad,',
      '',
      '1) Hoeveel bankjes zijn kapot?',
      'Antwoord: Vier.',
    ]);
    expect(set.answeredOn).toBe('2026-03-12');
    expect(set.reference).toBe('H26.00417');
    expect(set.subject).toBe('Beantwoording vragen Haverdam Vooruit over de bankjes in het Lindepark');
  });

  it('joins a word broken over a page whose letterhead lines are printed again at the top, and a compound broken before its own hyphen', () => {
    const set = parseAsOf('2026-04-01', [
      'Gemeente Haverdam',
      'H26.00417',
      '',
      'Geachte leden van de raad,',
      '',
      '1) Wat gaat het college doen?',
      'Antwoord: Wij plaatsen borden bij de kruising Kerk-',
      'weg-Molenpad. Wij houden in mei 2026 een buurt-',
      '',
      'Pagina 1 van 2',
      '\fGemeente Haverdam',
      'H26.00417',
      '',
      'bijeenkomst over de plannen.',
    ]);
    expectAnswerTexts(set, [
      'Wij plaatsen borden bij de kruising Kerkweg-Molenpad. Wij houden in mei 2026 een buurtbijeenkomst over de plannen.',
    ]);
  });
});

describe('held-out-58 fixes (fix-58a)', () => {
  it('ends repeated questions at a trust formula with `voorlopig`, and leaves a date in a third party’s relative clause to that party', () => {
    const set = parseAsOf('2026-03-02', [
      'Aan de fractie van de VVD',
      't.a.v. de heer P. Schouten',
      '',
      'Datum          : 27 februari 2026',
      'Uw brief van   : 30 januari 2026',
      'Onderwerp      : uitstel beantwoording schriftelijke vragen fietsbrug Haverdam',
      '',
      'Geachte heer Schouten,',
      '',
      'Op 30 januari 2026 heeft u namens de VVD-fractie vragen gesteld over de fietsbrug. Die vragen kunnen wij nog niet beantwoorden.',
      '',
      'Voor het antwoord op uw vraag 2 hebben wij een rapport nodig van het waterschap Rivierland, dat in maart de metingen aan de oever afrondt.',
      '',
      'U ontvangt onze antwoorden uiterlijk 10 april.',
      '',
      'Uw vragen',
      '',
      '1. Wanneer gaat de fietsbrug weer open?',
      '2. Is de oever onder de brug nog stevig genoeg?',
      '',
      'Wij vertrouwen erop u hiermee voorlopig voldoende te hebben geïnformeerd.',
      '',
      'Met vriendelijke groet,',
      '',
      'burgemeester en wethouders van Haverdam,',
    ]);
    expectQuestions(set, ['Wanneer gaat de fietsbrug weer open?', 'Is de oever onder de brug nog stevig genoeg?']);
    expect(set.commitments.map((c) => [c.sentence, c.phrase, c.deadline])).toEqual([
      ['U ontvangt onze antwoorden uiterlijk 10 april.', 'uiterlijk 10 april', '2026-04-10'],
    ]);
  });

  it('dates the answers by a form’s `Datum vaststelling college`, not the day they went to the council', () => {
    const set = parseLines([
      'Onderwerp                   : Speeltuin Molenwijk',
      'Datum indiening             : 03-02-2026',
      '',
      'Vraag 1:',
      'Komt er een nieuw klimrek?',
      '',
      'Portefeuillehouder          : wethouder K. Bos',
      'Datum vaststelling college  : 24-02-2026',
      '',
      'Antwoord op vraag 1:',
      'Ja, het rek wordt vervangen.',
      '',
      'Uiterste datum beantwoording : 05-03-2026',
      'Verzonden aan de raad        : 26-02-2026',
    ]);
    expect(set.receivedOn).toBe('2026-02-03');
    expect(set.answeredOn).toBe('2026-02-24');
    expect(set.introduction).toBeNull();
  });

  it('reads the reference in `Uw vragen hebben registratienummer …`, and the party after `de heren A en B namens …` wrapped before its name', () => {
    const set = parseLines([
      'Haverdam, 9 maart 2026',
      '',
      'Geachte raadsleden,',
      '',
      'Op 2 februari 2026 hebben de heren K. de Wit en L. Brouwer namens de fractie van de',
      'Partij voor de Dieren vragen gesteld over de markt. Uw vragen hebben registratienummer 2026-0117.',
      '',
      'Vraag 1',
      'Blijft de markt op zaterdag?',
      '',
      'Antwoord op vraag 1',
      'Ja.',
    ]);
    expect(set.reference).toBe('2026-0117');
    expect(set.party).toBe('Partij voor de Dieren');
    expect(set.submitters).toEqual(['K. de Wit', 'L. Brouwer']);
  });
});

describe('another place named with a capital inside it acting (fix-58b)', () => {
  it('reads a sentence opening with a name with an inner capital and its verb as that party acting: no promise (fix-58b)', () => {
    expect(
      detectCommitments(
        'Zeebrugge-Dorp voert per 1 maart 2025 een nieuwe parkeerregeling in; wij passen onze folders daarop aan. Wij hangen in februari 2025 nieuwe borden op.',
        '2024-11-05',
        ['2'],
        'Lindewoud',
      ).map((c) => c.phrase),
    ).toEqual(['in februari 2025']);
    // The set's own municipality so named is the college acting; a date in the college's own part stays a promise.
    expect(
      detectCommitments(
        'Ter-Aar voert per 1 maart 2025 een nieuwe parkeerregeling in; wij informeren de bewoners daarover.',
        '2024-11-05',
        ['2'],
        'Ter-Aar',
      ).map((c) => c.phrase),
    ).toEqual(['per 1 maart 2025']);
    expect(
      detectCommitments(
        'Zeebrugge-Dorp voert nieuwe regels in; wij passen per 1 maart 2025 onze folders daarop aan.',
        '2024-11-05',
        ['2'],
        'Lindewoud',
      ).map((c) => c.phrase),
    ).toEqual(['per 1 maart 2025']);
  });
});

describe('the griffie mailing the answers to the councillor who asked (fix-60)', () => {
  it('reads the `Aan:` recipient greeted by first name (`Beste Anouk,`) and told of `de vragen die je … hebt gesteld` as the asker', () => {
    const set = parseAsOf('2025-03-01', [
      'Van: Griffie Haverdam <griffie@haverdam.nl>',
      'Verzonden: dinsdag 11 februari 2025 09:12',
      'Aan: Anouk Verbeek <a.verbeek@raad.haverdam.nl>',
      'CC: Fractie Lokaal Haverdam <lokaal@raad.haverdam.nl>',
      'Onderwerp: RE: Schriftelijke vragen: bankjes in het park',
      '',
      'Beste Anouk,',
      '',
      'Hierbij de antwoorden van het college op de vragen die je op 20 januari 2025 hebt gesteld.',
      '',
      'Groet,',
      '',
      'Pieter Smit',
      'griffie Haverdam',
      '',
      'Vraag 1: Komen er nieuwe bankjes in het park?',
      'Antwoord: Ja, in het voorjaar.',
    ]);
    expect(set.submitters).toEqual(['Anouk Verbeek']);
    // Greeting someone on neither line names no asker.
    const other = parseAsOf('2025-03-01', [
      'Van: Griffie Haverdam <griffie@haverdam.nl>',
      'Verzonden: dinsdag 11 februari 2025 09:12',
      'Aan: Anouk Verbeek <a.verbeek@raad.haverdam.nl>',
      'Onderwerp: RE: Schriftelijke vragen: bankjes in het park',
      '',
      'Beste Karin,',
      '',
      'Hierbij de antwoorden van het college op de vragen die je op 20 januari 2025 hebt gesteld.',
      '',
      'Groet,',
      '',
      'Pieter Smit',
      'griffie Haverdam',
      '',
      'Vraag 1: Komen er nieuwe bankjes in het park?',
      'Antwoord: Ja, in het voorjaar.',
    ]);
    expect(other.submitters).toEqual([]);
  });
});

describe('held-out-63 fixes (fix-63a)', () => {
  it('reads a table with double outer borders whose row rules (`╟──┼──╢`) recur under every row: each row its own answer (fix-63a)', () => {
    const rule = '╟────┼──────────────────────────┼──────────────────────────╢';
    const set = parseLines([
      'Gemeente Lindewoud',
      '',
      'Geachte raadsleden,',
      '',
      'Hieronder de vragen van de fractie met onze antwoorden.',
      '',
      '╔════╤══════════════════════════╤══════════════════════════╗',
      '║ Nr │ Vraag                    │ Antwoord                 ║',
      '╠════╪══════════════════════════╪══════════════════════════╣',
      '║ 1  │ Hoeveel lantaarns zijn   │ Er zijn negen lantaarns  ║',
      '║    │ kapot?                   │ kapot.                   ║',
      rule,
      '║ 2  │ Wie repareert ze?        │ De netbeheerder.         ║',
      '║    │                          │                          ║',
      '║    │                          │ Wij houden toezicht.     ║',
      rule,
      '║ 3  │ Komen er ledlampen?      │ Nee, niet dit jaar.      ║',
      rule,
      '║ 4  │ Wanneer branden ze weer? │ Binnen twee weken.       ║',
      '╚════╧══════════════════════════╧══════════════════════════╝',
    ]);
    expectNumberedQuestions(set, [
      ['1', 'Hoeveel lantaarns zijn kapot?'],
      ['2', 'Wie repareert ze?'],
      ['3', 'Komen er ledlampen?'],
      ['4', 'Wanneer branden ze weer?'],
    ]);
    expectAnswers(set, [
      [['1'], 'Er zijn negen lantaarns kapot.'],
      [['2'], 'De netbeheerder.\n\nWij houden toezicht.'],
      [['3'], 'Nee, niet dit jaar.'],
      [['4'], 'Binnen twee weken.'],
    ]);
  });

  it('reads `U vraagt (2a): …` repeating a question to its asker as the label `Vraag 2a:`, the answer under it `Ons antwoord: …`; without the colon it stays a sentence (fix-63a)', () => {
    expect(rewriteLayout(['U vraagt (1): Hoeveel?', 'U vroeg 2b: Waarom?', 'U vraagt (in uw brief) of wij …'])).toEqual(
      ['Vraag 1: Hoeveel?', 'Vraag 2b: Waarom?', 'U vraagt (in uw brief) of wij …'],
    );
    const set = parseLines([
      'Gemeente Lindewoud',
      '',
      'Geachte mevrouw De Wit,',
      '',
      'Hieronder herhalen wij uw vragen, met ons antwoord eronder.',
      '',
      'U vraagt (1): Hoeveel bankjes staan er in het park, en hoeveel',
      'daarvan zijn kapot?',
      '',
      'Ons antwoord: Er staan er twintig; drie zijn kapot.',
      '',
      'U vraagt (2a): Wie ruimt het zwerfvuil op?',
      '',
      'Ons antwoord: De buitendienst, twee keer per week.',
      '',
      'U vraagt (2b): Komen er meer afvalbakken?',
      '',
      'Ons antwoord: Ja, vier.',
      '',
      'Met vriendelijke groet,',
      '',
      'het college van burgemeester en wethouders van Lindewoud',
    ]);
    expectNumberedQuestions(set, [
      ['1', 'Hoeveel bankjes staan er in het park, en hoeveel daarvan zijn kapot?'],
      ['2a', 'Wie ruimt het zwerfvuil op?'],
      ['2b', 'Komen er meer afvalbakken?'],
    ]);
    expectAnswers(set, [
      [['1'], 'Er staan er twintig; drie zijn kapot.'],
      [['2a'], 'De buitendienst, twee keer per week.'],
      [['2b'], 'Ja, vier.'],
    ]);
  });
});

describe('conversions and copies of held-out-62 (fix-62b)', () => {
  it('reads a question/answer table copied from a PDF viewer, each cell on lines of its own, its header row again after the page break (fix-62b)', () => {
    const set = parseAsOf('2026-03-02', [
      'Beantwoording raadsvragen',
      'Onderwerp: Bankjes langs de Dommel',
      'Datum beantwoording: 2 maart 2026',
      'Nr.',
      'Vraag',
      'Antwoord',
      '1',
      'Hoeveel bankjes staan er',
      'langs de Dommel?',
      'Er staan er veertien. Twee',
      'daarvan zijn kapot.',
      '2',
      'Klopt het dat er geen',
      'prullenbakken staan? Zo ja,',
      'waarom niet?',
      'Wij vervangen de twee kapotte',
      'bankjes in april 2026. Het Groen-',
      'plan Dommeldal 2024 noemt geen',
      'prullenbakken.',
      'Pagina 1 van 2',
      'Nr.',
      'Vraag',
      'Antwoord',
      '3',
      'Komt er verlichting?',
      'Nee.',
      'Pagina 2 van 2',
    ]);
    expectNumberedQuestions(set, [
      ['1', 'Hoeveel bankjes staan er langs de Dommel?'],
      ['2', 'Klopt het dat er geen prullenbakken staan? Zo ja, waarom niet?'],
      ['3', 'Komt er verlichting?'],
    ]);
    expectAnswers(set, [
      [['1'], 'Er staan er veertien. Twee daarvan zijn kapot.'],
      [
        ['2'],
        'Wij vervangen de twee kapotte bankjes in april 2026. Het Groenplan Dommeldal 2024 noemt geen prullenbakken.',
      ],
      [['3'], 'Nee.'],
    ]);
  });

  it('reads a RIS export with the whole set on one row, every question in one cell and every answer in the next (fix-62b)', () => {
    const set = parseAsOf('2026-03-02', [
      'Kenmerk;Onderwerp;Fractie;Toelichting;Vragen;Antwoorden;Geëxporteerd op',
      '2026-031;Bankjes langs de Dommel;Dommelpartij;"Bewoners missen bankjes.";"1. Hoeveel bankjes staan er?',
      '2. Komen er meer?";"Ad 1: Veertien.',
      '',
      'Ad 2: Ja. Wij plaatsen in mei 2026 vier nieuwe.";3-3-2026 10:12',
    ]);
    expectNumberedQuestions(set, [
      ['1', 'Hoeveel bankjes staan er?'],
      ['2', 'Komen er meer?'],
    ]);
    expectAnswers(set, [
      [['1'], 'Veertien.'],
      [['2'], 'Ja. Wij plaatsen in mei 2026 vier nieuwe.'],
    ]);
    expect(set.reference).toBe('2026-031');
    expect(set.explanation).toBe('Bewoners missen bankjes.');
  });

  it('reads a reference label and its number as a paragraph of their own, and no publication permalink as a document (fix-62b)', () => {
    const set = parseLines([
      'PROVINCIAAL BLAD',
      '',
      'Beantwoording schriftelijke vragen over de Dommelbrug',
      '',
      'Kenmerk Z/26/0418',
      '',
      'Vraag 1',
      'Gaat de brug dicht?',
      '',
      'Antwoord',
      'Nee, zie https://www.dommeldal.nl/brug.',
      '',
      'Metagegevens',
      'Permalink: https://zoek.officielebekendmakingen.nl/gmb-2026-1234.html',
    ]);
    expect(set.reference).toBe('Z/26/0418');
    expect(set.documents.map((d) => d.url)).toEqual(['https://www.dommeldal.nl/brug']);
  });

  it('reads a RIS page with its menu one item a line, folding triangles and `Lees meer`, and a `Bijlagen (3)` list as back matter (fix-62b)', () => {
    const set = parseLines([
      'Raad Dommeldal',
      'Agenda',
      'Vergaderingen',
      'Indieners',
      'Stukken',
      'Contact',
      'Onderwerp\tBankjes langs de Dommel',
      'Indiener\tP. Aarts',
      'Toelichting',
      'Bewoners missen bankjes langs de rivier.',
      'Lees meer',
      '▸ Vraag 1',
      'Komen er meer bankjes?',
      'Antwoord van het college',
      'Ja, vier.',
      '▸ Vraag 2',
      'Wanneer?',
      'Antwoord van het college',
      'In mei.',
      '',
      'Bijlagen (3)',
      'Vragen Dommelpartij.pdf',
      'PDF, 80 kB',
    ]);
    expect(set.submitters).toEqual(['P. Aarts']);
    expect(set.explanation).toBe('Bewoners missen bankjes langs de rivier.');
    expectQuestions(set, ['Komen er meer bankjes?', 'Wanneer?']);
    expectAnswerTexts(set, ['Ja, vier.', 'In mei.']);
  });

  it('reads the municipality’s own enforcement officers as the college acting, also after the verb (fix-62b)', () => {
    expect(
      detectCommitments(
        'Wel controleren de handhavers vanaf maart 2025 elke week bij de scholen. De provincie zet in mei extra bussen in.',
        '2024-11-05',
        ['2'],
        'Dommeldal',
      ).map((c) => c.phrase),
    ).toEqual(['vanaf maart 2025']);
    // (What they did, in the simple past, is no promise.)
    expect(detectCommitments('De handhavers bezochten dit jaar 40 scholen.', '2024-11-05', ['3'], 'Dommeldal')).toEqual(
      [],
    );
    expect(
      detectCommitments('De handhavers registreerden dit jaar 40 meldingen.', '2024-11-05', ['3'], 'Dommeldal'),
    ).toEqual([]);
  });
});

describe('held-out-63 fixes (fix-63b)', () => {
  it('reads a Word export whose list numbering restarted at every question (`1.` each time, a bare `Antwoord:` under each) as the questions in order, with a warning; the raad addressed on its own line is no introduction (fix-63b)', () => {
    const set = parseLines([
      'Gemeente Lindewoud',
      'Beantwoording schriftelijke vragen van de fractie van de VVD over de bankjes in het Stadspark',
      'Datum: 12 maart 2026',
      'Aan de raad van de gemeente Lindewoud.',
      'Op 20 februari 2026 heeft de heer P. Mulder van de fractie VVD vragen gesteld over de bankjes in het Stadspark. Het college beantwoordt deze vragen als volgt.',
      '1.\tHoeveel bankjes staan er in het Stadspark?',
      'Antwoord:',
      'Er staan 24 bankjes in het park.',
      '1.\tWanneer worden de kapotte bankjes',
      'vervangen?',
      'Antwoord:',
      'De vier kapotte bankjes zijn vorige week vervangen.',
      '1.\tKomen er bankjes bij de vijver?',
      'Antwoord:',
      'Nee, daar is geen ruimte.',
      'Het college van burgemeester en wethouders van Lindewoud,',
    ]);
    expectNumberedQuestions(set, [
      ['1', 'Hoeveel bankjes staan er in het Stadspark?'],
      ['2', 'Wanneer worden de kapotte bankjes vervangen?'],
      ['3', 'Komen er bankjes bij de vijver?'],
    ]);
    expectAnswers(set, [
      [['1'], 'Er staan 24 bankjes in het park.'],
      [['2'], 'De vier kapotte bankjes zijn vorige week vervangen.'],
      [['3'], 'Nee, daar is geen ruimte.'],
    ]);
    expect(set.introduction).toBe(
      'Op 20 februari 2026 heeft de heer P. Mulder van de fractie VVD vragen gesteld over de bankjes in het Stadspark. Het college beantwoordt deze vragen als volgt.',
    );
    expect(set.warnings.map(warningGist)).toEqual(['question 1 numbered twice, renumbered']);
  });

  it('keeps a numbered list inside an answer as the answer’s, where no answer label follows a question mark (fix-63b)', () => {
    const set = parseLines([
      '1. Welke maatregelen neemt het college?',
      'Antwoord:',
      'Wij nemen twee maatregelen:',
      '1. Wij plaatsen extra verlichting.',
      '2. Wij snoeien de struiken.',
      '2. Wanneer is dat klaar?',
      'Antwoord:',
      'Voor de zomer.',
    ]);
    expect(set.questions.map((q) => q.number)).toEqual(['1', '2']);
    expect(set.answers[0].text).toContain('Wij plaatsen extra verlichting.');
  });

  it('takes the councillor on the line below `t.a.v. de fractie X` as the one who asked, not the group (fix-63b)', () => {
    const set = parseLines([
      'De gemeenteraad van Lindewoud',
      't.a.v. de fractie Dorpsbelang',
      'de heer K. van der Meer-Bos',
      '',
      'Lindewoud, 12 maart 2026',
      '',
      'Onderwerp : antwoord op uw vragen over de veerdienst',
      '',
      'Geachte heer Van der Meer-Bos,',
      '',
      'U heeft ons op 20 februari 2026 namens de fractie Dorpsbelang vragen gesteld over de veerdienst.',
      '',
      'Vraag 1',
      'Blijft de late boot varen?',
      '',
      'Antwoord 1',
      'Ja.',
    ]);
    expect(set.submitters).toEqual(['K. van der Meer-Bos']);
  });

  it('reads what another expects to do (`Voltara verwacht … te plaatsen`) as no promise of the college, beside the college’s own sentence (fix-63b)', () => {
    expect(
      detectCommitments(
        'Wij stellen in maart 2025 het laadplan vast. Voltara verwacht de eerste kasten in mei 2025 te plaatsen.',
        '2024-11-05',
        ['3'],
        'Lindewoud',
      ).map((c) => c.phrase),
    ).toEqual(['in maart 2025']);
    // The college expecting to act itself still promises it.
    expect(
      detectCommitments(
        'Wij verwachten de eerste kasten in mei 2025 te plaatsen.',
        '2024-11-05',
        ['3'],
        'Lindewoud',
      ).map((c) => c.phrase),
    ).toEqual(['in mei 2025']);
  });
});

describe('conversions of held-out-62 (fix-62a)', () => {
  it('reads an `.rtf` opened as text: control words and groups go, hex and unicode escapes are decoded, `\\par` ends a paragraph, a hyperlink field gives its URL (fix-62a)', () => {
    const rtf = [
      String.raw`{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\fnil\fcharset0 Arial;}}{\colortbl ;\red0\green0\blue255;}`,
      String.raw`{\*\generator Msftedit 5.41;}\viewkind4\uc1\pard\f0\fs22 Gemeente Lindewoud\par`,
      String.raw`\par`,
      String.raw`Kenmerk:\tab LW/2025/118\par`,
      String.raw`Datum:\tab 3 maart 2025\par`,
      String.raw`\par`,
      String.raw`\b Vraag 1\b0\par`,
      String.raw`Wanneer gaat het zwembad weer open?\par`,
      String.raw`\b Antwoord 1\b0\par`,
      String.raw`Wij openen het bad v\'f3\'f3r 1 juni 2025. Het bad is dan \'e9\'e9n week gratis.\par`,
      String.raw`Dat staat in het {\field{\*\fldinst{HYPERLINK https://www.lindewoud.nl/sportnota }}{\fldrslt{\ul\cf1 Sportnota Lindewoud 2024}}}\f0\fs22 . Het bad heet \u8216?De Plons\u8217?.\par`,
      '}',
    ].join('\n');
    const set = parseQuestionSetText(rtf, { reference: '2025-03-05' });
    expect(set.reference).toBe('LW/2025/118');
    expectQuestions(set, ['Wanneer gaat het zwembad weer open?']);
    expectAnswerTexts(set, [
      'Wij openen het bad vóór 1 juni 2025. Het bad is dan één week gratis.\n\nDat staat in het Sportnota Lindewoud 2024. Het bad heet ‘De Plons’.',
    ]);
    expect(set.documents).toEqual([
      {
        kind: 'policy',
        reference: null,
        title: 'Sportnota Lindewoud 2024',
        date: null,
        url: 'https://www.lindewoud.nl/sportnota',
      },
    ]);
    expect(set.commitments.map((c) => c.phrase)).toEqual(['vóór 1 juni 2025']);
  });

  it('reads an HTML mail dumped by a text browser: `[n]` markers and the `References` list go, a reference gives its URL (and CVDR number) to the document its link text names, other links are none (fix-62a)', () => {
    const set = parseAsOf('2025-03-05', [
      'Van: Secretariaat Gemeente Lindewoud <secretariaat@lindewoud.nl>',
      'Verzonden: maandag 3 maart 2025 10:12',
      'Aan: P. Dekkers (Dorpslijst Lindewoud) <p.dekkers@raad.lindewoud.nl>',
      'Onderwerp: Schriftelijke vragen: Hondenpoep in het park',
      '',
      '   [1]Gemeente Lindewoud',
      '',
      '   Namens het college van burgemeester en wethouders stuur ik u hierbij de',
      '   antwoorden op uw vragen over de honden in het park aan de Molenweg.',
      '',
      '   Vraag 1',
      '   Welke regels gelden voor honden in het park?',
      '',
      '   Antwoord',
      '   Het staat in de [2]Algemene plaatselijke verordening Lindewoud 2023.',
      '   Een eigenaar moet aan deze regels voldoen:',
      '     * de hond is aangelijnd;',
      '     * de eigenaar ruimt de poep op.',
      '',
      '   Met vriendelijke groet,',
      '   namens wethouder K. Jacobs,',
      '',
      '   [3]Facebook',
      '',
      'References',
      '',
      '   1. https://www.lindewoud.nl/',
      '   2. https://lokaleregelgeving.overheid.nl/CVDR654321',
      '   3. https://www.facebook.com/gemeentelindewoud',
    ]);
    expectAnswerTexts(set, [
      'Het staat in de Algemene plaatselijke verordening Lindewoud 2023.\n\nEen eigenaar moet aan deze regels voldoen:\n\n* de hond is aangelijnd;\n\n* de eigenaar ruimt de poep op.',
    ]);
    expect(set.documents.map((d) => [d.title, d.reference, d.url])).toEqual([
      [
        'Algemene plaatselijke verordening Lindewoud 2023',
        'CVDR654321',
        'https://lokaleregelgeving.overheid.nl/CVDR654321',
      ],
    ]);
    // The answer mail goes to the councillor who asked, the group in brackets.
    expect(set.submitters).toEqual(['P. Dekkers']);
    expect(set.party).toBe('Dorpslijst Lindewoud');
  });

  it('keeps a list lead-in together with the sentence before it when its first word would not have fitted on that line (fix-62a)', () => {
    const lines = rewriteLayout([
      'Wij hebben het park dit jaar op drie plekken opnieuw ingericht. Het gaat om:',
      '* de speeltuin;',
      '* het grasveld.',
      'Het onderhoud doen wij zelf en de aannemer plant de bomen in het',
      'najaar. De bewoners kiezen de soorten.',
      'Bij de ingang staan nu:',
      '* twee bankjes;',
      '* een afvalbak.',
    ]);
    expect(lines.slice(0, 2)).toEqual([
      'Wij hebben het park dit jaar op drie plekken opnieuw ingericht. Het gaat om:',
      '',
    ]);
    // A sentence ending where `Bij` would have fitted: the lead-in starts a paragraph of its own.
    expect(lines.slice(7, 10)).toEqual(['najaar. De bewoners kiezen de soorten.', '', 'Bij de ingang staan nu:']);
  });

  it('reads a Word "save as text" with blank lines only around its letterhead and signature as unwrapped, and `Reactie college op 2a en 2b:` as their answer (fix-62a)', () => {
    const set = parseLines([
      'Gemeente Lindewoud\tMarkt 1\t1234 AB  Lindewoud',
      '',
      'Geachte raadsleden,',
      'Op 4 februari 2025 heeft de fractie van Dorpslijst Lindewoud vragen gesteld over de markt op zaterdag.',
      'In deze brief beantwoorden wij die vragen.',
      '1.\tBlijft de markt op zaterdag op het Kerkplein staan?',
      'Reactie college:',
      'Ja. De marktcommissie heeft daar in januari 2025 mee ingestemd.',
      '2.\tHoeveel kramen staan er?',
      'a.\tHoeveel kramen stonden er in 2024 gemiddeld op de markt?',
      'b.\tKomen er volgend jaar nieuwe kramen bij?',
      'Reactie college op 2a en 2b:',
      'In 2024 stonden er gemiddeld 24 kramen op de markt, vooral met groente en fruit.',
      'De marktmeester verwacht in 2025 twee nieuwe kramen met streekproducten.',
      '',
      'Hoogachtend,',
      'burgemeester en wethouders van Lindewoud,',
    ]);
    expect(set.introduction).toBe(
      'Op 4 februari 2025 heeft de fractie van Dorpslijst Lindewoud vragen gesteld over de markt op zaterdag.\n\nIn deze brief beantwoorden wij die vragen.',
    );
    expectAnswers(set, [
      [['1'], 'Ja. De marktcommissie heeft daar in januari 2025 mee ingestemd.'],
      [
        ['2a', '2b'],
        'In 2024 stonden er gemiddeld 24 kramen op de markt, vooral met groente en fruit.\n\nDe marktmeester verwacht in 2025 twee nieuwe kramen met streekproducten.',
      ],
    ]);
  });

  it('reads `hebben wij u al laten weten dat …` as a perfect: what the clause after `dat` tells of others is no promise (fix-62a)', () => {
    expect(
      detectCommitments(
        'In onze brief van mei hebben wij u al laten weten dat de provincie de weg vanaf volgend jaar moet verbreden.',
        '2024-11-05',
        ['1'],
      ),
    ).toEqual([]);
    expect(
      detectCommitments('Wij hebben de bewoners laten weten dat wij de weg in maart 2025 verbreden.', '2024-11-05', [
        '1',
      ]).map((c) => c.phrase),
    ).toEqual(['in maart 2025']);
  });
});

describe('conversions of held-out-62 (fix-62c)', () => {
  it('reads a sidebar of fields extracted after the page text (`Datum` / value / …) as fields, the text running on over the page', () => {
    const set = parseAsOf('2025-05-01', [
      'Gemeente Lindewoud',
      '',
      'Geachte heer Bos,',
      '',
      'Op 2 maart 2025 heeft u vragen gesteld over de speeltuin. Wij beantwoorden ze hieronder.',
      '',
      '1. Wanneer gaat de speeltuin weer open?',
      '',
      'Antwoord',
      'In juni 2025. Wij plaatsen dan ook een nieuwe glij-',
      'Datum',
      '3 april 2025',
      'Ons kenmerk',
      'LW-2025-0712',
      'Onderwerp',
      'Speeltuin',
      'Esdoornlaan',
      'Bijlage(n)',
      'geen',
      'Pagina 1 van 2',
      '\fGemeente Lindewoud',
      'Ons kenmerk LW-2025-0712',
      'baan.',
      '',
      '2. Komt er een bankje?',
      '',
      'Antwoord',
      'Ja.',
    ]);
    expect(set.reference).toBe('LW-2025-0712');
    expect(set.subject).toBe('Speeltuin Esdoornlaan');
    expect(set.answeredOn).toBe('2025-04-03');
    expectAnswers(set, [
      [['1'], 'In juni 2025. Wij plaatsen dan ook een nieuwe glijbaan.'],
      [['2'], 'Ja.'],
    ]);
  });

  it('reads an OCR label closed by `,` or `;` as the document’s other labels close, and drops a speck after a full stop', () => {
    const set = parseLines([
      'Vraag 1.',
      'Hoeveel bomen zijn er gekapt?',
      '',
      'Antwoord:',
      'Twaalf. .',
      '',
      'Vraag 2,',
      'Komen er nieuwe bomen?',
      '',
      'Antwoord;',
      'Ja, twintig.',
    ]);
    expectNumberedQuestions(set, [
      ['1', 'Hoeveel bomen zijn er gekapt?'],
      ['2', 'Komen er nieuwe bomen?'],
    ]);
    expectAnswers(set, [
      [['1'], 'Twaalf.'],
      [['2'], 'Ja, twintig.'],
    ]);
  });

  it('reads a lower-case line inside a wrapped sentence (`namens de fractie X vragen` / `gesteld …`) as no closing', () => {
    const set = parseLines([
      'Inleiding',
      'Op 4 maart 2025 heeft mevrouw K. Bos',
      'namens de fractie Lindewoud Vooruit vragen',
      'gesteld over de speeltuin. Wij beantwoorden ze als volgt.',
      '',
      'Vraag 1',
      'Gaat de speeltuin open?',
      '',
      'Antwoord 1',
      'Ja.',
    ]);
    expect(set.introduction).toBe(
      'Op 4 maart 2025 heeft mevrouw K. Bos namens de fractie Lindewoud Vooruit vragen gesteld over de speeltuin. Wij beantwoorden ze als volgt.',
    );
  });

  it('reads receiving something expected (`Het rapport ontvangen wij naar verwachting in mei`) as no promise', () => {
    expect(
      detectCommitments(
        'Het rapport ontvangen wij naar verwachting in mei 2025. Wij ontvangen de leerlingen in juni 2025 op het raadhuis.',
        '2024-11-05',
        ['1'],
      ).map((c) => c.phrase),
    ).toEqual(['in juni 2025']);
  });
});

describe('held-out-63 forms, exports and publications (fix-63c)', () => {
  it('drops a bare page number above a publication’s running header, the sentence going on below it (fix-63c)', () => {
    const set = parseAsOf('2026-03-01', [
      'GEMEENTEBLAD',
      'Officiële uitgave van de gemeente Lindewoud',
      '',
      'Nr. 88001',
      '3 maart 2026',
      '',
      'Vraag 1',
      'Wanneer gaat het zwembad weer open?',
      '',
      'Antwoord 1',
      'De renovatie loopt volgens plan. Wij openen het bad voor de',
      '',
      '1',
      '',
      'Gemeenteblad 2026 nr. 88001                                   3 maart 2026',
      '',
      'zomervakantie weer voor publiek.',
      '',
      'Vraag 2',
      'Blijft het tarief gelijk?',
      '',
      'Antwoord 2',
      'Ja.',
      '',
      '2',
      '',
      'Gemeenteblad 2026 nr. 88001                                   3 maart 2026',
    ]);
    expectAnswerTexts(set, [
      'De renovatie loopt volgens plan. Wij openen het bad voor de zomervakantie weer voor publiek.',
      'Ja.',
    ]);
  });

  it('reads a form’s `Naam raadslid / raadsleden` (a spaced slash) as the askers, a signature by initials as one of them, and a bracketed instruction after `Vragen` as that heading (fix-63c)', () => {
    const set = parseLines([
      'GEMEENTERAAD HAVERDAM',
      'Formulier schriftelijke vragen',
      '',
      'Naam raadslid / raadsleden : Petra Kooistra, Jelle van der Meer',
      'Fractie                    : Haverdam Vooruit',
      'Onderwerp                  : Verlichting fietspad',
      '',
      'Toelichting:',
      'Het fietspad langs de vaart is sinds de zomer donker.',
      '',
      'Vragen (nummer elke vraag; s.v.p. niet meer dan vijf):',
      '',
      '1. Wanneer worden de lampen gerepareerd?',
      '',
      'Handtekening: P. Kooistra',
    ]);
    expect(set.submitters).toEqual(['Petra Kooistra', 'Jelle van der Meer']);
    expect(set.explanation).toBe('Het fietspad langs de vaart is sinds de zomer donker.');
    expectQuestions(set, ['Wanneer worden de lampen gerepareerd?']);
  });

  it('reads the councillors in brackets by initials after their group (`de fractie van de X (A. Bos en C. de Wit-Dam)`) (fix-63c)', () => {
    const set = parseLines([
      'Haverdam, 4 maart 2026',
      '',
      'Geachte leden van de raad,',
      '',
      'De fractie van de SGP (H. Mulder en A. de Vos-Dijkstra) heeft op 2 februari 2026 vragen gesteld over de',
      'speeltuin. Hieronder vindt u onze antwoorden.',
      '',
      'Vraag 1',
      'Komt er een nieuw klimrek?',
      '',
      'Antwoord 1',
      'Ja.',
    ]);
    expect(set.party).toBe('SGP');
    expect(set.submitters).toEqual(['H. Mulder', 'A. de Vos-Dijkstra']);
  });

  it('reads no promise in a part between semicolons opened by people named by what they do, nor in a sentence opened by a company or by `die`/`deze` and a third party (fix-63c)', () => {
    expect(
      detectCommitments(
        'Huurders kunnen tot 1 maart 2025 reageren op het plan; wij leggen daarvoor een inloopmap neer in het dorpshuis.',
        '2024-11-05',
        ['2'],
      ),
    ).toEqual([]);
    expect(
      detectCommitments(
        'Wij spraken met de vervoerder. Het busbedrijf onderzoekt een extra rit en besluit daarover in februari 2025. Die stichting opent in maart 2025 een inloophuis. Wij stellen in april 2025 een nieuw plan op.',
        '2024-11-05',
        ['1'],
      ).map((c) => c.phrase),
    ).toEqual(['in april 2025']);
    // The college's own part keeps its date.
    expect(
      detectCommitments(
        'Huurders kunnen reageren op het plan; wij verwerken de reacties in januari 2025.',
        '2024-11-05',
        ['2'],
      ).map((c) => c.phrase),
    ).toEqual(['in januari 2025']);
  });

  it('reads an export’s attachment banners between rules (`---- Tekst bijlage 2 van 2: x.pdf ----`) as the start of each attached document (fix-63c)', () => {
    const set = parseLines([
      '=== Export raadsinformatiesysteem gemeente Haverdam ===',
      '',
      'Titel:               Schriftelijke vragen CDA - Parkeren bij het station',
      'Registratienummer:   SV-2026-011',
      '',
      '------ Tekst bijlage 1 van 2: SV-2026-011 vragen.pdf ------',
      '',
      'Aan het college van burgemeester en wethouders van Haverdam',
      '',
      'Het parkeerterrein bij het station staat elke ochtend vol.',
      '',
      '1. Hoeveel plekken komen er bij?',
      '',
      'L. Brouwer',
      'CDA Haverdam',
      '',
      '------ Tekst bijlage 2 van 2: SV-2026-011 antwoord.pdf ------',
      '',
      'Gemeente Haverdam',
      '',
      'Geachte heer Brouwer,',
      '',
      'Hierbij beantwoorden wij uw vragen van 2 februari 2026.',
      '',
      'Antwoord op vraag 1',
      'Er komen veertig plekken bij.',
    ]);
    expect(set.explanation).toBe('Het parkeerterrein bij het station staat elke ochtend vol.');
    expect(set.introduction).toBe('Hierbij beantwoorden wij uw vragen van 2 februari 2026.');
    expectQuestions(set, ['Hoeveel plekken komen er bij?']);
    expect(set.submitters).toEqual(['L. Brouwer']);
  });

  it('reads a local party’s letter headed by its full name as that party, and no person in its name above the signatures (fix-63c)', () => {
    const set = parseLines([
      'Dorpsbelangen Haverdam',
      'fractie in de gemeenteraad van Haverdam',
      '',
      'Aan het college van burgemeester en wethouders van Haverdam',
      '',
      'Onderwerp: Schriftelijke vragen over de kermis',
      '',
      'Namens de fractie van Dorpsbelangen stellen wij de volgende vragen.',
      '',
      '1. Waar staat de kermis dit jaar?',
      '',
      'Met vriendelijke groet,',
      '',
      'Dorpsbelangen Haverdam',
      '',
      'Anne Jansen                      Bram de Groot',
      'fractievoorzitter                raadslid',
    ]);
    expect(set.party).toBe('Dorpsbelangen Haverdam');
    expect(set.submitters).toEqual(['Anne Jansen', 'Bram de Groot']);
  });

  it('reads a subject wrapped after any word before a blank line, and keeps the hyphen of an abbreviation with `+` at a line end (fix-65a)', () => {
    const set = parseLines([
      'Gemeente Haverdam',
      '',
      'Datum: 3 maart 2026',
      'Onderwerp: Beantwoording schriftelijke vragen Dorpsbelangen over de aanleg',
      'van het fietspad',
      '',
      'Geachte leden van de raad,',
      '',
      'Vraag 1',
      'Komt er een stalling bij het station?',
      '',
      'Antwoord',
      'Ja. Naast de K+R-',
      'strook komt een stalling voor honderd fietsen.',
    ]);
    expect(set.subject).toBe('Beantwoording schriftelijke vragen Dorpsbelangen over de aanleg van het fietspad');
    expectAnswerTexts(set, ['Ja. Naast de K+R-strook komt een stalling voor honderd fietsen.']);
  });

  it('takes no promise from a region’s body by its compound name (`De zorgregio X …`) (fix-65a)', () => {
    const found = detectCommitments(
      [
        'Wij hebben de zorgen met de partners besproken.',
        'De zorgregio Haverland onderzoekt de spreiding in 2026.',
        'Wij sturen uw raad in juni 2026 een brief.',
      ].join(' '),
      '2026-03-01',
      ['1'],
    );
    expect(found.map((c) => c.phrase)).toEqual(['in juni 2026']);
  });

  it('ends the last answer at `Vastgesteld in de collegevergadering van <date>.` (fix-65a)', () => {
    const set = parseLines([
      'Vraag 1',
      'Wanneer gaat het zwembad open?',
      '',
      'Antwoord',
      'Het zwembad gaat op 1 mei open.',
      '',
      'Vastgesteld in de collegevergadering van 12 maart 2026.',
      '',
      'Burgemeester en wethouders van Haverdam',
    ]);
    expectAnswerTexts(set, ['Het zwembad gaat op 1 mei open.']);
  });
});

describe('held-out-64 fixes (fix-64c)', () => {
  it('reads no letterhead website as a document when the scan lost the space in `Vraag1`', () => {
    const set = parseLines([
      'G E M E E N T E   H A V E R D A M',
      '',
      '                         Postbus 12',
      '                         9999 ZZ  Haverdam',
      '                         www.haverdam.nl',
      '',
      'Geachte heer Smit,',
      '',
      'Vraag1',
      'Wanneer wordt de brug geschilderd?',
      '',
      'Antwoord :',
      'De brug wordt in april geschilderd.',
      '',
      'Vraag2',
      'Welke kleur krijgt de brug?',
      '',
      'Antwoord :',
      'De brug wordt groen.',
      '',
      'Met vriendelijke groet,',
    ]);
    expect(set.documents).toEqual([]);
  });

  it('reads no commitment in what a document says another party does (`In het … staat dat de regio …`)', () => {
    expect(
      detectCommitments(
        'In het Afvalplan Regio Noord 2022-2026 staat dat de regio in 2026 een nieuw plan maakt.',
        '2025-03-01',
        ['2'],
      ),
    ).toEqual([]);
    expect(
      detectCommitments('In de nota staat dat wij in juni 2025 de raad informeren.', '2025-03-01', ['2']),
    ).toHaveLength(1);
  });

  it('reads a form’s `Mede-indieners` as submitters and its consent box as no question text', () => {
    const set = parseLines([
      'Naam raadslid: Petra Blom',
      'Fractie: Haverdam Lokaal',
      'Mede-indieners: R. Kuiper',
      'Onderwerp: Verlichting van het fietspad',
      'Vragen:',
      '1. Waarom brandt de verlichting aan de Dijkweg niet?',
      '2. Wanneer wordt die gerepareerd?',
      '',
      'Akkoord voorwaarden: ja',
    ]);
    expect(set.submitters).toEqual(['Petra Blom', 'R. Kuiper']);
    expectQuestions(set, ['Waarom brandt de verlichting aan de Dijkweg niet?', 'Wanneer wordt die gerepareerd?']);
  });

  it('reads a text browser’s link inside a sentence as the web page it points to, a menu’s link as none', () => {
    const set = parseLines([
      '     * [1]Home',
      '     * [2]Contact',
      '',
      'Vragen en antwoorden',
      '',
      '    1. Waar kan ik mijn grofvuil kwijt?',
      '',
      '   Antwoord: Dat leest u op de [3]afvalpagina.',
      '',
      '   [4]Privacy | [5]Cookies',
      '',
      'References',
      '',
      '   1. https://haverdam.nl/',
      '   2. https://haverdam.nl/contact',
      '   3. https://www.haverdam.nl/afval/grofvuil',
      '   4. https://haverdam.nl/privacy',
      '   5. https://haverdam.nl/cookies',
    ]);
    expect(set.documents.map((d) => [d.kind, d.url])).toEqual([['web', 'https://www.haverdam.nl/afval/grofvuil']]);
  });
});

describe('held-out-64 fixes (fix-64a)', () => {
  it('reads margin labels with the question number set apart (`Vraag    2   …`) beside indented text', () => {
    const set = parseLines([
      'Geachte leden van de raad,',
      '',
      'Hierbij beantwoord ik de vragen van de heer Smit.',
      '',
      'Vraag    1   Hoeveel bankjes staan er in het Stadspark van',
      '             Oudewaarde?',
      '',
      'Antwoord     Er staan er achttien. Vier daarvan zijn aan',
      '             vervanging toe.',
      '',
      'Vraag    2   Komen er meer bij?',
      '',
      'Antwoord     Nee.',
    ]);
    expectNumberedQuestions(set, [
      ['1', 'Hoeveel bankjes staan er in het Stadspark van Oudewaarde?'],
      ['2', 'Komen er meer bij?'],
    ]);
    expectAnswerTexts(set, ['Er staan er achttien. Vier daarvan zijn aan vervanging toe.', 'Nee.']);
  });

  it('drops a later page’s header naming the kenmerk without its label, printed earlier in the letterhead', () => {
    const page1 = [
      'Gemeente Haverdam',
      '',
      'Ons kenmerk       HV/2025/0412',
      'Onderwerp         Vragen over de bibliotheek',
      '',
      'Vraag 1',
      'Hoe lang blijft de bibliotheek open?',
      '',
      'Antwoord op vraag 1',
      'De bibliotheek blijft tot de zomer van 2026 open op de huidige plek aan de Markt; daarna ver-',
    ];
    const page2 = [
      'Beantwoording vragen bibliotheek        HV/2025/0412',
      '',
      'huist zij naar het nieuwe cultuurhuis.',
    ];
    const set = parseQuestionSetText([...page1, '\f' + page2[0], ...page2.slice(1)].join('\n'));
    expectAnswerTexts(set, [
      'De bibliotheek blijft tot de zomer van 2026 open op de huidige plek aan de Markt; daarna verhuist zij naar het nieuwe cultuurhuis.',
    ]);
  });

  it('reads Apple Mail’s `Op … heeft X het volgende geschreven:` and a `namens` sentence going on below as the reply note', () => {
    const set = parseLines([
      'Van: Secretariaat <secretariaat@haverdam.nl>',
      'Onderwerp: Re: Schriftelijke vragen: speeltuinen',
      'Datum: 3 maart 2026 om 10:02:11 CET',
      'Aan: Eva Kok <e.kok@raad.haverdam.nl>',
      '',
      'Beste mevrouw Kok,',
      '',
      'Namens het college, en in het bijzonder namens wethouder',
      'P. Smit, ontvangt u hieronder de antwoorden op uw vragen.',
      '',
      'Groet,',
      'Secretariaat',
      '',
      '> Op 12 feb. 2026, om 08:40 heeft Eva Kok <e.kok@raad.haverdam.nl> het volgende geschreven:',
      '>',
      '> 1. Hoeveel speeltuinen worden er vernieuwd?',
      '',
      'Drie, in de wijken Noord en Oost.',
      '',
      '> 2. Wanneer is dat klaar?',
      '',
      'Voor de zomer.',
    ]);
    expectQuestions(set, ['Hoeveel speeltuinen worden er vernieuwd?', 'Wanneer is dat klaar?']);
    expectAnswerTexts(set, ['Drie, in de wijken Noord en Oost.', 'Voor de zomer.']);
    expect(set.introduction).toBe(
      'Namens het college, en in het bijzonder namens wethouder P. Smit, ontvangt u hieronder de antwoorden op uw vragen.',
    );
  });

  it('reads a mail’s attachment pasted as text under `Inhoud bijlage "…":` as the questions its numbered answers answer', () => {
    const set = parseLines([
      'Van: Secretariaat <secretariaat@haverdam.nl>',
      'Verzonden: dinsdag 4 maart 2026 09:10',
      'Aan: Griffie <griffie@haverdam.nl>',
      'Onderwerp: RE: Schriftelijke vragen over de markt',
      '',
      'Hieronder de antwoorden van het college.',
      '',
      '1. De markt verhuist in mei naar het Kerkplein.',
      '',
      '2. Nee.',
      '',
      'Groet,',
      'Secretariaat',
      '',
      '_____________________________',
      'Inhoud bijlage "Vragen markt.docx":',
      '',
      'Schriftelijke vragen',
      '',
      '1. Waar staat de markt na de verbouwing?',
      '2. Komen er meer kramen?',
    ]);
    expectNumberedQuestions(set, [
      ['1', 'Waar staat de markt na de verbouwing?'],
      ['2', 'Komen er meer kramen?'],
    ]);
    expectAnswerTexts(set, ['De markt verhuist in mei naar het Kerkplein.', 'Nee.']);
  });
});

describe('held-out-66 fixes (fix-66b)', () => {
  it('keeps the hyphen of a compound after a word group coupled by hyphens at a line end (`doe-het-zelf-` / `winkel`) (fix-66b)', () => {
    const set = parseLines([
      'Vraag 1',
      'Wat komt er in het oude postkantoor?',
      '',
      'Antwoord',
      'Er komt een doe-het-zelf-',
      'winkel; de opening is in het voorjaar.',
    ]);
    expectAnswerTexts(set, ['Er komt een doe-het-zelf-winkel; de opening is in het voorjaar.']);
  });

  it('reads a co-signer written `mede namens A. Naam` beside the signer of a party letter as a submitter (fix-66b)', () => {
    const set = parseLines([
      'Haverdam, 3 maart 2026',
      '',
      'Betreft: schriftelijke vragen over de bibliotheek',
      '',
      'Wij stellen het college de volgende vragen:',
      '',
      '1. Blijft de bibliotheek op zaterdag open?',
      '',
      'Met vriendelijke groet,',
      'namens de fractie Haverdam Vooruit,',
      '',
      'Karin Bosman                         mede namens Youssef el Idrissi',
      'raadslid                             fractievoorzitter',
    ]);
    expect(set.submitters).toEqual(['Karin Bosman', 'Youssef el Idrissi']);
  });

  it('reads a questions letter pasted under the answers that mail it: its place-date line dates the questions, the mail the answers; its head names the asker after the group; the wethouder who approved the answers holds the portfolio (fix-66b)', () => {
    const set = parseLines([
      'Van: Bestuurssecretariaat <bs@haverdam.nl>',
      'Verzonden: dinsdag 4 maart 2026 09:10',
      'Aan: Griffie <griffie@haverdam.nl>',
      'Onderwerp: RE: Schriftelijke vragen over de markt',
      '',
      'Hieronder de antwoorden van het college. Wethouder P. de Boer heeft de antwoorden geaccordeerd.',
      '',
      '1. De markt verhuist in mei naar het Kerkplein.',
      '',
      '2. Nee.',
      '',
      'Groet,',
      'Bestuurssecretariaat',
      '',
      '_____________________________',
      'Inhoud bijlage "Vragen markt.docx":',
      '',
      'Schriftelijke vragen ex artikel 38 RvO',
      'Fractie Haverdam Vooruit, Sanne Mulder',
      'Haverdam, 12 februari 2026',
      '',
      '1. Waar staat de markt na de verbouwing?',
      '2. Komen er meer kramen?',
    ]);
    expect([set.receivedOn, set.answeredOn]).toEqual(['2026-02-12', '2026-03-04']);
    expect(set.submitters).toEqual(['Sanne Mulder']);
    expect(set.portfolioHolder).toBe('P. de Boer');
  });
});

describe('held-out-65 fixes (fix-65b)', () => {
  it('drops a folding triangle after a label (`Vraag 1 ▾`), as before it (fix-65b)', () => {
    const set = parseLines([
      'Raadsinformatie Haverdam',
      'Titel\tBankjes in het Molenpark',
      'Indiener(s)\tA. Kok (Dorpsbelangen)',
      'Vraag 1 ▾',
      'Komen er meer bankjes in het Molenpark?',
      'Antwoord 1',
      'Ja, in april komen er vier bij.',
      'Vraag 2 ▸',
      'Worden ze rolstoeltoegankelijk?',
      'Antwoord 2',
      'Ja.',
    ]);
    expectQuestions(set, ['Komen er meer bankjes in het Molenpark?', 'Worden ze rolstoeltoegankelijk?']);
  });

  it('reads the party’s letter to the college reprinted in an answer letter to the raad: the lead-in is the introduction, the reprinted text the explanation, its signer the asker (fix-65b)', () => {
    const set = parseAsOf('2026-03-01', [
      'Gemeente Lindewoud',
      '',
      'Lindewoud, 2 maart 2026',
      '',
      'Onderwerp: schriftelijke vragen Dorpsbelangen over de veerpont',
      '',
      'Geachte leden van de raad,',
      '',
      'Op 9 februari 2026 ontvingen wij de vragen hieronder. Wij drukken de brief af en beantwoorden daarna de vragen.',
      '',
      'Geacht college,',
      '',
      'De veerpont over de Linde vaart sinds januari alleen nog in het weekend.',
      '',
      '1. Waarom vaart de pont doordeweeks niet meer?',
      '2. Kan de pont in de zomer weer elke dag varen?',
      '',
      'Met vriendelijke groet,',
      '',
      'Karin Bosman-Lely',
      'fractievoorzitter Dorpsbelangen',
      '',
      'Ons antwoord op vraag 1',
      'De veerdienst vond te weinig schippers.',
      '',
      'Ons antwoord op vraag 2',
      'Ja, vanaf 1 juni 2026 vaart de pont weer elke dag.',
      '',
      'Met vriendelijke groet,',
      '',
      'namens het college van burgemeester en wethouders van Lindewoud,',
      'de wethouder Verkeer,',
      '',
      'J. de Ridder',
    ]);
    expect(set.introduction).toBe(
      'Op 9 februari 2026 ontvingen wij de vragen hieronder. Wij drukken de brief af en beantwoorden daarna de vragen.',
    );
    expect(set.explanation).toBe('De veerpont over de Linde vaart sinds januari alleen nog in het weekend.');
    expect(set.submitters).toEqual(['Karin Bosman-Lely']);
    expect(set.portfolioHolder).toBe('J. de Ridder');
    expectAnswerTexts(set, [
      'De veerdienst vond te weinig schippers.',
      'Ja, vanaf 1 juni 2026 vaart de pont weer elke dag.',
    ]);
  });

  it('reads `V1` / `A1` labels and `A2 en A3` where the letter’s legend names them (`de vragen (V) en antwoorden (A)`) (fix-65a)', () => {
    const set = parseLines([
      'Hieronder staan de vragen (V) en onze antwoorden (A).',
      '',
      'V1  Wanneer gaat het zwembad open?',
      '',
      'A1  Op 1 mei.',
      '',
      'V2  Komt er een peuterbad?',
      '',
      'V3  Wat kost een abonnement?',
      '',
      'A2 en A3  Het peuterbad komt er; de tarieven volgen.',
    ]);
    expectQuestions(set, ['Wanneer gaat het zwembad open?', 'Komt er een peuterbad?', 'Wat kost een abonnement?']);
    expectAnswers(set, [
      [['1'], 'Op 1 mei.'],
      [['2', '3'], 'Het peuterbad komt er; de tarieven volgen.'],
    ]);
  });

  it('reads question labels numbered in words (`Vraag één`, `Antwoord op vraag twee en drie`) as digits (fix-64b)', () => {
    const set = parseLines([
      'Vraag één',
      'Wanneer gaat de sporthal open?',
      '',
      'Antwoord',
      'In september.',
      '',
      'Vraag twee',
      'Wat kost een uur huur?',
      '',
      'Vraag drie',
      'Krijgen jeugdclubs korting?',
      '',
      'Antwoord op vraag twee en drie',
      'Dat besluiten wij in de zomer.',
    ]);
    expectNumberedQuestions(set, [
      ['1', 'Wanneer gaat de sporthal open?'],
      ['2', 'Wat kost een uur huur?'],
      ['3', 'Krijgen jeugdclubs korting?'],
    ]);
    expectAnswers(set, [
      [['1'], 'In september.'],
      [['2', '3'], 'Dat besluiten wij in de zomer.'],
    ]);
  });

  it('keeps `Vraag een` in a sentence and a lone word-numbered label as they are (fix-64b)', () => {
    const set = parseLines(['1. Is vraag een van de bewoners al beantwoord?', '', 'Antwoord 1: Ja.']);
    expectNumberedQuestions(set, [['1', 'Is vraag een van de bewoners al beantwoord?']]);
  });

  it('reads a sub-question letter set off by a dash on a label (`Vraag 3-a`, `Antwoord 3-a en 3-b`) as `3a` (fix-64b)', () => {
    const set = parseLines([
      'Vraag 1',
      'Klopt het dat de brug dicht gaat?',
      '',
      'Antwoord 1',
      'Ja, in mei.',
      '',
      'Vraag 2-a',
      'Hoe lang duurt de afsluiting?',
      '',
      'Vraag 2-b',
      'Komt er een pont?',
      '',
      'Antwoord 2-a en 2-b',
      'Zes weken; een pont is te duur. Zie ook het antwoord op vraag 1.',
    ]);
    expectNumberedQuestions(set, [
      ['1', 'Klopt het dat de brug dicht gaat?'],
      ['2a', 'Hoe lang duurt de afsluiting?'],
      ['2b', 'Komt er een pont?'],
    ]);
    expectAnswers(set, [
      [['1'], 'Ja, in mei.'],
      [['2a', '2b'], 'Zes weken; een pont is te duur. Zie ook het antwoord op vraag 1.'],
    ]);
    expect(set.answers[1].refersTo).toEqual(['1']);
  });

  it('reads `zie het antwoord op de derde vraag` as a reference to question 3 of questions numbered by position (fix-64b)', () => {
    const set = parseLines([
      'Vraag: Hoeveel bomen zijn er gekapt?',
      'Antwoord: Veertig.',
      'Vraag: Waarom?',
      'Antwoord: Zij waren ziek.',
      'Vraag: Worden zij vervangen?',
      'Antwoord: Ja, door linden.',
      'Vraag: Wanneer?',
      'Antwoord: In het najaar. Zie ook het antwoord op de derde vraag.',
    ]);
    expect(set.answers.map((a) => a.refersTo)).toEqual([[], [], [], ['3']]);
  });
});

describe('held-out-66 fixes (fix-66a)', () => {
  it('reads a form whose parts are lettered in capitals from `A.`: the letters go, the labels are read (fix-66a)', () => {
    const set = parseAsOf('2026-04-20', [
      'RAADSGRIFFIE OMMEN',
      'Vragenformulier raadsleden',
      '',
      'A. Kenmerk                : RG-26-031',
      'B. Fractie                : Ommer Belang',
      'C. Onderwerp              : Verlichting fietspad Vilsteren',
      'D. Naam raadslid          : P. Slot',
      '',
      'E. Toelichting',
      'Het fietspad is sinds de storm onverlicht.',
      '',
      'F. Vragen',
      '1. Wanneer worden de lantaarns hersteld?',
      '',
      'G. Portefeuillehouder     : J. Mulder',
      'H. Antwoorden',
      'Ad 1. Wij herstellen de lantaarns in mei 2026.',
    ]);
    expect(set.reference).toBe('RG-26-031');
    expect(set.party).toBe('Ommer Belang');
    expect(set.subject).toBe('Verlichting fietspad Vilsteren');
    expect(set.portfolioHolder).toBe('J. Mulder');
    expect(set.explanation).toBe('Het fietspad is sinds de storm onverlicht.');
    expectNumberedQuestions(set, [['1', 'Wanneer worden de lantaarns hersteld?']]);
    expectAnswers(set, [[['1'], 'Wij herstellen de lantaarns in mei 2026.']]);
  });

  it('keeps capital letters that do not number a form: lettered sub-questions stay questions (fix-66a)', () => {
    const set = parseLines([
      'Onderwerp: Speeltuin Hoge Veld',
      '',
      'Vraag 1',
      'A. Is het college bekend met de kapotte schommel?',
      'B. Wanneer wordt die vervangen?',
      '',
      'Antwoord 1',
      'Ja; in juni.',
    ]);
    expect(set.questions.map((q) => q.text).join(' ')).toContain('A. Is het college bekend');
  });

  it('renumbers a question number printed twice when the answers are numbered in order (`Vraag 2` twice, `Antwoord 3`) (fix-66a)', () => {
    const set = parseLines([
      'Onderwerp: Zwembad De Wetering',
      '',
      'Vraag 1',
      'Waarom is het zwembad gesloten?',
      '',
      'Vraag 2',
      'Hoe lang duurt de reparatie?',
      '',
      'Vraag 2',
      'Wat kost de reparatie?',
      '',
      'Antwoord op vraag 1',
      'Het dak lekt.',
      '',
      'Antwoord op vraag 2',
      'Zes weken.',
      '',
      'Antwoord op vraag 3',
      'Naar schatting 80.000 euro.',
    ]);
    expectNumberedQuestions(set, [
      ['1', 'Waarom is het zwembad gesloten?'],
      ['2', 'Hoe lang duurt de reparatie?'],
      ['3', 'Wat kost de reparatie?'],
    ]);
    expectAnswers(set, [
      [['1'], 'Het dak lekt.'],
      [['2'], 'Zes weken.'],
      [['3'], 'Naar schatting 80.000 euro.'],
    ]);
    expect(set.warnings.map(warningGist)).toEqual(['question 2 numbered twice, renumbered']);
  });

  it('reads the instruction printed above a form’s fields as no introduction (fix-66a)', () => {
    const set = parseLines([
      'FORMULIER RAADSVRAGEN',
      'Ingevuld afgeven op de griffie, die het formulier aan het college doorzendt.',
      '',
      'Kenmerk        : 26-SV-12',
      'Onderwerp      : Parkeren bij het station',
      'Naam raadslid  : L. Bakker',
      '',
      'Vragen',
      '1. Hoeveel plekken komen erbij?',
      '',
      'Antwoorden',
      'Ad 1. Veertig plekken.',
    ]);
    expect(set.introduction).toBeNull();
    expect(set.reference).toBe('26-SV-12');
    expectAnswers(set, [[['1'], 'Veertig plekken.']]);
  });

  it('keeps the college’s announcement above a publication’s fields as its introduction (fix-66a)', () => {
    const set = parseLines([
      'Beantwoording schriftelijke vragen over de kermis',
      '',
      'Het college van de gemeente Putten maakt bekend dat het de vragen op 3 mei 2026 heeft beantwoord.',
      '',
      'Vragensteller: S. Hop (CU)',
      'Zaaknummer: Z-26-0412',
      '',
      '1. Komt de kermis terug?',
      '',
      'Antwoord: Ja, in september.',
    ]);
    expect(set.introduction).toBe(
      'Het college van de gemeente Putten maakt bekend dat het de vragen op 3 mei 2026 heeft beantwoord.',
    );
  });
});

describe('held-out-67 fixes (fix-67c)', () => {
  it('reads `<br>` in Markdown table cells as paragraph breaks (a space inside a sentence) and drops a line-end `\\` (fix-67c)', () => {
    const set = parseLines([
      '**Gemeente Oldambt**',
      '',
      'Aan de fractie Groen Links Oldambt\\',
      't.a.v. mevrouw S. Bakker\\',
      'Raadhuisplein 1\\',
      '9671 CE Winschoten',
      '',
      '| Nr. | Vraag | Antwoord |',
      '|-----|-------|----------|',
      '| 1 | Waarom is de fietsbrug dicht? | Bij een schouw bleek de<br>leuning los te zitten.<br><br>De brug is inmiddels hersteld. |',
      '| 2 | Komt er een omleiding? | Ja.<br>Die staat met borden aangegeven. |',
    ]);
    expect(set.submitters).toEqual(['S. Bakker']);
    expectAnswers(set, [
      [['1'], 'Bij een schouw bleek de leuning los te zitten.\n\nDe brug is inmiddels hersteld.'],
      [['2'], 'Ja.\n\nDie staat met borden aangegeven.'],
    ]);
  });

  it('reads the holder from `Wethouder X heeft de antwoorden … vastgesteld` in a mail passing the answers on (fix-67c)', () => {
    const set = parseLines([
      'Van:\tSecretariaat <secretariaat@zutphen.nl>',
      'Verzonden:\tmaandag 3 maart 2025 10:02',
      'Aan:\tGriffie',
      'Onderwerp:\tBeantwoording vragen D66 over de bibliotheek',
      '',
      'Beste griffie,',
      '',
      'Hierbij de antwoorden op de vragen van mevrouw L. Prins (D66). Wethouder K. Aksoy heeft de antwoorden gisteren vastgesteld.',
      '',
      'Vraag 1) Blijft de bibliotheek open?',
      'Antw.: Ja.',
    ]);
    expect(set.portfolioHolder).toBe('K. Aksoy');
  });

  it('reads a colon-less `Portefeuillehouder wethouder X` among colon-less fields, and drops a `Place | Title code` running header (fix-67c)', () => {
    const set = parseLines([
      'Gemeente Oldebroek',
      'Ons kenmerk OB-2025-0412',
      'Datum 6 mei 2025',
      'Onderwerp Zwembad De Veldkamp',
      'Portefeuillehouder burgemeester J. Ottink',
      'Geachte heer Dijk,',
      'Hieronder onze antwoorden.',
      'Uw vragen',
      '1. Gaat het zwembad dicht?',
      '2. Wat kost het?',
      'Onze antwoorden',
      'Ad vraag 1',
      'Nee. Het zwembad blijft open.',
      'Pagina 1 van 2',
      'Oldebroek | Beantwoording raadsvragen OB-2025-0412',
      'Ad vraag 2',
      'Ongeveer een ton per jaar.',
      'Met vriendelijke groet,',
      'Pagina 2 van 2',
    ]);
    expect(set.portfolioHolder).toBe('J. Ottink');
    expectAnswerTexts(set, ['Nee. Het zwembad blijft open.', 'Ongeveer een ton per jaar.']);
  });
});

describe('held-out-67 fixes (fix-67b)', () => {
  it('reads an OCR look-alike label number (`Vraag S` for 5) only where the sequence demands that digit', () => {
    const set = parseLines([
      'Vraag 4',
      'Is de speeltuin aan de Molenweg veilig?',
      '',
      'Antwoord 4',
      'Ja.',
      '',
      'Vraag S',
      'Wanneer wordt het hek gerepareerd?',
      '',
      'Antwoord S',
      'Volgende week.',
      '',
      'Vraag 6',
      'Wie betaalt de reparatie?',
      '',
      'Antwoord 6',
      'De gemeente Gemert-Bakel.',
    ]);
    expectNumberedQuestions(set, [
      ['4', 'Is de speeltuin aan de Molenweg veilig?'],
      ['5', 'Wanneer wordt het hek gerepareerd?'],
      ['6', 'Wie betaalt de reparatie?'],
    ]);
    expectAnswers(set, [
      [['4'], 'Ja.'],
      [['5'], 'Volgende week.'],
      [['6'], 'De gemeente Gemert-Bakel.'],
    ]);
    // (`B` reads as `8`, which the sequence 1, B, 3 does not demand; `Z` after a `Vraag 2` is no second 2.)
    expect(
      normaliseLines(['Vraag 1', 'Is het zo?', 'Vraag B', 'Is het anders?', 'Vraag 3', 'Waarom?'].join('\n')),
    ).toContain('Vraag B');
    expect(
      normaliseLines(['Vraag 1', 'Is het zo?', 'Vraag 2', 'Is het anders?', 'Vraag Z', 'Waarom?'].join('\n')),
    ).toContain('Vraag Z');
  });

  it('reads an OCR list number closed by a comma (`2, Nee.`) between `1.` and `3.` as `2.`, not a line going on', () => {
    const set = parseLines([
      'Vragen:',
      '1. Hoeveel laadpalen staan er in Sint-Oedenrode?',
      '2. Komen er meer bij?',
      '3. Wie beheert ze?',
      '',
      'Antwoorden:',
      '1. Er staan er veertig.',
      '2, Nee, dit jaar niet.',
      '3. Een marktpartij.',
    ]);
    expectAnswers(set, [
      [['1'], 'Er staan er veertig.'],
      [['2'], 'Nee, dit jaar niet.'],
      [['3'], 'Een marktpartij.'],
    ]);
    // (A line going on with numbers after a comma keeps them: it starts no item.)
    expect(
      normaliseLines(
        ['1. Wij verwijzen naar de antwoorden op de vragen 1 en', '2, Deze zijn bekend.', '3. Ja.'].join('\n'),
      ),
    ).toContain('2, Deze zijn bekend.');
  });

  it('takes a form’s `Gesteld op grond van` from its ticked box, and a scribbled signature field names no asker', () => {
    const set = parseLines([
      'Naam raadslid ....... : P. Smits',
      'Fractie ............. : Lokaal Oisterwijk',
      'Gesteld op grond van : ☐ artikel 37 RvO (mondelinge vragen)',
      '                       ☒ artikel 42 RvO (schriftelijke vragen)',
      'Onderwerp ........... : Bankjes in het Lindepark',
      '',
      'Vragen:',
      '1. Komen er nieuwe bankjes?',
      '',
      'Handtekening raadslid: ~ P. Smts ~',
      '',
      'Antwoorden:',
      '1. Ja.',
    ]);
    expect(set.legalBasis).toBe('artikel 42 RvO');
    expect(set.submitters).toEqual(['P. Smits']);
  });

  it('drops a form footer that counts its sheets (`… versie 2 - 2022      blad 1/1`) as page furniture', () => {
    const lines = normaliseLines(
      [
        'Antwoorden:',
        '1. Ja, de brug in Haaren wordt in het voorjaar',
        'hersteld.',
        'Formulier raadsvragen Haaren - versie 2 - 2022                  blad 1/1',
      ].join('\n'),
    );
    expect(lines).toEqual(['Antwoorden:', '1. Ja, de brug in Haaren wordt in het voorjaar', 'hersteld.']);
  });

  it('drops the plus of a fold’s header before a numbered question (`+ 2. Wanneer …?`)', () => {
    const set = parseLines([
      'Vragen en antwoorden',
      '+ 1. Hoeveel bomen worden er in Waalre gekapt?',
      'Antwoord: Twaalf.',
      '+ 2. Worden zij vervangen?',
      'Antwoord: Ja, door linden.',
    ]);
    expectNumberedQuestions(set, [
      ['1', 'Hoeveel bomen worden er in Waalre gekapt?'],
      ['2', 'Worden zij vervangen?'],
    ]);
  });

  it('reads a box table’s answer cell merged over two rows, the row rule stopping at its joint, as their one answer', () => {
    const set = parseLines([
      '┌───┬────────────────────────┬──────────────────────────────┐',
      '│Nr │Vraag                   │Antwoord                      │',
      '├───┼────────────────────────┼──────────────────────────────┤',
      '│3a │Gaat de bibliotheek in  │Nee. De bibliotheek blijft op │',
      '│   │Goirle dicht?           │zaterdag open, maar de        │',
      '├───┼────────────────────────┤openingstijden door de week   │',
      '│3b │Wat gebeurt er met de   │worden korter.                │',
      '│   │openingstijden?         │                              │',
      '├───┼────────────────────────┼──────────────────────────────┤',
      '│4  │Wat kost dat?           │Niets.                        │',
      '└───┴────────────────────────┴──────────────────────────────┘',
    ]);
    expectNumberedQuestions(set, [
      ['3a', 'Gaat de bibliotheek in Goirle dicht?'],
      ['3b', 'Wat gebeurt er met de openingstijden?'],
      ['4', 'Wat kost dat?'],
    ]);
    expectAnswers(set, [
      [['3a', '3b'], 'Nee. De bibliotheek blijft op zaterdag open, maar de openingstijden door de week worden korter.'],
      [['4'], 'Niets.'],
    ]);
  });
});

/** The general rules behind held-out-67's conversions (fix-67a). */
describe('held-out-67 fixes (fix-67a)', () => {
  it('decodes a raw `.eml` read as text: MIME headers as the mail header block, a quoted-printable body (fix-67a)', () => {
    const set = parseAsOf(
      '2025-05-01',
      [
        '\uFEFFReturn-Path: <j.vandijk@raad.oss.nl>',
        'From: =?utf-8?Q?Jos=C3=A9?= van Dijk <j.vandijk@raad.oss.nl>',
        'To: griffie@oss.nl',
        'Subject: Schriftelijke vragen: fietspad Kruisstraat',
        'Date: Tue, 8 Apr 2025 09:12:00 +0200',
        'MIME-Version: 1.0',
        'Content-Type: text/plain; charset=utf-8',
        'Content-Transfer-Encoding: quoted-printable',
        '',
        'Namens de fractie SP stel ik de volgende vragen. Het fietspad is sinds maa=',
        'rt afgesloten en fietsers moeten een omweg van een kilometer rijden, ook sc=',
        'holieren. Dat is niet ide=C3=ABel.',
        '',
        '1. Wanneer gaat het fietspad weer open?',
        '2. Kan er tot die tijd een tijdelijke oversteek komen bij de Kruisstra=',
        'at?',
        '',
        'Met vriendelijke groet,',
        'José van Dijk',
      ]
        .join('\r\n')
        .split('\n'),
    );
    expectNumberedQuestions(set, [
      ['1', 'Wanneer gaat het fietspad weer open?'],
      ['2', 'Kan er tot die tijd een tijdelijke oversteek komen bij de Kruisstraat?'],
    ]);
    expect(set.explanation).toContain('sinds maart afgesloten');
    expect(set.explanation).toContain('ook scholieren. Dat is niet ideëel.');
    expect(set.subject).toBe('fietspad Kruisstraat');
    expect(set.receivedOn).toBe('2025-04-08');
  });

  it('leaves a text that only starts with header-like lines (no mail transport header) as it is (fix-67a)', () => {
    const set = parseLines([
      'From: griffie',
      'Onderwerp: subsidie=',
      'regeling',
      '',
      '1. Wat kost de regeling? Is dat=3D te veel?',
      '',
      'Antwoord 1: Twee ton.',
    ]);
    expect(set.subject).toBe('subsidie= regeling');
    expect(set.questions[0].text).toBe('Wat kost de regeling? Is dat=3D te veel?');
  });

  const UNLABELLED = [
    '\uFEFFGemeente Meierijstad',
    'Kenmerk:\tMS/25/0412',
    'Onderwerp:\tBeantwoording schriftelijke vragen D66 over de bibliotheek in Veghel',
    'Portefeuillehouder:\twethouder A. Verhoeven',
    'Geachte leden van de raad,',
    'Op 3 maart 2025 heeft de fractie van D66 vragen gesteld over de openingstijden van de bibliotheek. Hieronder vindt u onze antwoorden.',
    'Gaat de bibliotheek op zaterdag dicht?',
    'Nee. De bibliotheek blijft op zaterdag open.',
    'Hoeveel bezoekers komen er op zaterdag?',
    'Gemiddeld 240.',
    'In de zomer zijn het er minder.',
    'Wordt de raad over nieuwe openingstijden geïnformeerd?',
    'Ja, zie ook het antwoord op vraag 1.',
    'Met vriendelijke groet,',
    'Burgemeester en wethouders van Meierijstad,',
    'de secretaris,\tde burgemeester,',
    'P. de Vries\tK. Jansen',
  ];

  it('numbers Word-exported question paragraphs by position when numbering and labels were lost and answers follow unlabelled (fix-67a)', () => {
    const set = parseLines([UNLABELLED.join('\r\n')]);
    expectNumberedQuestions(set, [
      ['1', 'Gaat de bibliotheek op zaterdag dicht?'],
      ['2', 'Hoeveel bezoekers komen er op zaterdag?'],
      ['3', 'Wordt de raad over nieuwe openingstijden geïnformeerd?'],
    ]);
    expectAnswers(set, [
      [['1'], 'Nee. De bibliotheek blijft op zaterdag open.'],
      [['2'], 'Gemiddeld 240.\n\nIn de zomer zijn het er minder.'],
      [['3'], 'Ja, zie ook het antwoord op vraag 1.'],
    ]);
    expect(set.answers[2].refersTo).toEqual(['1']);
  });

  it('still refuses question-and-answer paragraphs without a lead-in about council questions, or with a question left unanswered (fix-67a)', () => {
    const faq = [
      'Veelgestelde vragen over de milieustraat',
      'Hieronder vindt u de antwoorden op de meest gestelde vragen.',
      'Wanneer is de milieustraat open?',
      'Van dinsdag tot en met zaterdag.',
      'Wat kost het wegbrengen van grofvuil?',
      'De eerste vijf keer per jaar is gratis.',
      'Moet ik mijn pas meenemen?',
      'Ja, zonder pas komt u er niet in.',
    ];
    expect(() => parseLines(faq)).toThrow(expect.objectContaining({ code: 'not_a_question_set' }));
    const twoQuestionsInARow = [...UNLABELLED];
    twoQuestionsInARow.splice(8, 0, 'En hoeveel op zondag?');
    expect(() => parseLines([twoQuestionsInARow.join('\n')])).toThrow(
      expect.objectContaining({ code: 'not_a_question_set' }),
    );
  });
});

describe('held-out-68 fixes (fix-68)', () => {
  /** A webmail print of a councillor forwarding the griffie's answer mail (invented: Waterdam). */
  const forwardedPrint = (footer: string): string[] => [
    'Webmail\tLotte Brink <lotte.brink@example.nl>',
    '',
    'Fwd: Antwoorden schriftelijke vragen fietsenstalling station',
    '1 bericht',
    '',
    'Lotte Brink <lotte.brink@example.nl>\t2 december 2024 om 19:05',
    'Aan: Fractie GroenLinks Waterdam <fractie@gl-waterdam.nl>',
    '',
    'Hallo allemaal,',
    '',
    'Hieronder de antwoorden. Bespreken we ze maandag?',
    '',
    'Lotte',
    '',
    '---------- Forwarded message ---------',
    'Van: Griffie Waterdam <griffie@waterdam.nl>',
    'Date: vr 29 nov 2024 om 10:02',
    'Subject: Antwoorden schriftelijke vragen fietsenstalling station',
    'To: Lotte Brink <lotte.brink@example.nl>',
    '',
    'Beste Lotte,',
    '',
    'Hierbij de antwoorden op de vragen die je op 4 november 2024 hebt gesteld. Het college heeft de antwoorden op 26 november 2024 vastgesteld.',
    '',
    'Vraag 1: Komen er meer plekken in de stalling?',
    'Antwoord: Ja, tweehonderd.',
    '',
    'Groet,',
    'Bas Vos',
    'griffie Waterdam',
    '',
    footer,
  ];

  it("drops a browser's print footer (the page's address and `N/M`), which names no web document", () => {
    for (const footer of [
      'https://webmail.example.nl/print?thread=4711&view=pt\t1/1',
      'www.waterdam.nl/raad/schriftelijke-vragen/2024-88      1/2',
    ]) {
      const set = parseAsOf('2024-12-03', forwardedPrint(footer));
      expect(set.documents.filter((d) => d.kind === 'web')).toEqual([]);
      expect(set.answers.map((a) => a.text)).toEqual(['Ja, tweehonderd.']);
    }
    // A URL with a page count but no gap between them is no footer of that kind.
    const inline = parseAsOf('2024-12-03', [
      'Vraag 1: Waar staat het plan?',
      'Antwoord: Op www.waterdam.nl/stalling staat de kaart.',
    ]);
    expect(inline.documents.map((d) => d.url)).toEqual(['www.waterdam.nl/stalling']);
  });

  it('reads the recipient greeted by the mail below a forward’s own note (`Hallo allemaal,` first) as the asker', () => {
    const set = parseAsOf('2024-12-03', forwardedPrint(''));
    expect(set.submitters).toEqual(['Lotte Brink']);
  });

  it('dates a mailed answer set by the day its opening says the college settled the answers, not the day it was sent', () => {
    const set = parseAsOf('2024-12-03', forwardedPrint(''));
    expect(set.answeredOn).toBe('2024-11-26');
    expect(set.receivedOn).toBe('2024-11-04');
    // Without that sentence the mail's date answers.
    const plain = parseAsOf(
      '2024-12-03',
      forwardedPrint('').map((line) =>
        line.replace(' Het college heeft de antwoorden op 26 november 2024 vastgesteld.', ''),
      ),
    );
    expect(plain.answeredOn).toBe('2024-11-29');
  });

  it('reads a past passive with a separable particle before `be-`/`ver-` (`is in mei uitbetaald`) as no commitment', () => {
    const set = parseAsOf('2024-11-20', [
      'Vraag 1: Is de bijdrage al betaald?',
      'Antwoord 1: De eerste termijn is in mei uitbetaald, zoals wij eerder hebben gemeld. De tweede termijn is in april doorberekend aan de huurders. Wij betalen de laatste termijn in januari 2025 uit.',
    ]);
    expect(set.commitments.map((c) => [c.sentence, c.phrase])).toEqual([
      ['Wij betalen de laatste termijn in januari 2025 uit.', 'in januari 2025'],
    ]);
  });
});
