import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  DocumentError,
  detectCommitments,
  findDocumentReferences,
  normaliseQuestionNumber,
  parseDocument,
  parseQuestionSetText,
} from './index';
import { normaliseLines } from './normalise';
import { buildParagraphs } from './paragraphs';
import { parseNumberList } from './numbering';

/** CPU time of this process (ms): a bound that other work on a busy machine cannot break. */
function cpuMs(): number {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1000;
}

const seeds = join(__dirname, '../../test/fixtures/seeds');
const layouts = join(__dirname, '../../test/fixtures/parsing');
const read = (path: string): string => readFileSync(path, 'utf8');

describe('the seeds', () => {
  it('parses the Amstelveen seed (format A) to its expected JSON', () => {
    const parsed = parseQuestionSetText(read(join(seeds, '000_e55048b8f92346cb.txt')), {
      municipality: 'Amstelveen',
      reference: '2024-11-12',
    });
    expect(parsed).toEqual(JSON.parse(read(join(seeds, '000_e55048b8f92346cb.expected.json'))));
  });

  it('parses the Amersfoort seed (format B) to its expected JSON', () => {
    const parsed = parseQuestionSetText(read(join(seeds, '002_61424de74e848507.txt')), { reference: '2024-11-05' });
    expect(parsed).toEqual(JSON.parse(read(join(seeds, '002_61424de74e848507.expected.json'))));
  });

  it.each(['001_039490bbad77eee3', '003_bcb7ee3f3b0aa745', '004_fc33e569bd653f0d'])(
    'refuses the context document %s as not a question set',
    (name) => {
      expect(() => parseQuestionSetText(read(join(seeds, `${name}.txt`)))).toThrow(
        expect.objectContaining({ code: 'not_a_question_set' }),
      );
    },
  );
});

describe('layout fixtures', () => {
  const names = readdirSync(layouts)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => f.replace(/\.txt$/, ''));
  it.each(names)('parses %s to its expected JSON', (name) => {
    const parsed = parseQuestionSetText(read(join(layouts, `${name}.txt`)), { reference: '2024-11-05' });
    expect(parsed).toEqual(JSON.parse(read(join(layouts, `${name}.expected.json`))));
  });

  const mails = readdirSync(layouts)
    .filter((f) => f.endsWith('.eml'))
    .map((f) => f.replace(/\.eml$/, ''));
  it.each(mails)('parses the e-mail %s.eml to its expected JSON', async (name) => {
    const parsed = await parseDocument(readFileSync(join(layouts, `${name}.eml`)), `${name}.eml`, {
      reference: '2024-11-05',
    });
    expect(parsed).toEqual(JSON.parse(read(join(layouts, `${name}.expected.json`))));
  });
});

describe('question numbers', () => {
  it.each([
    ['1', '1'],
    ['1.a', '1a'],
    ['1a.', '1a'],
    ['1 a)', '1a'],
    ['Vraag 1a:', '1a'],
    ['12C', '12c'],
    ['Antwoord 3:', '3'],
    ['Ad 4.', '4'],
    ['a.', null],
    ['vraag', null],
  ])('normalises %s to %s', (raw, expected) => {
    expect(normaliseQuestionNumber(raw)).toBe(expected);
  });

  it.each([
    ['2 en 3', ['2', '3']],
    ['4 t/m 6', ['4', '5', '6']],
    ['1c en 1d', ['1c', '1d']],
    ['1a. en 4b.', ['1a', '4b']],
    ['1, 2 en 3:', ['1', '2', '3']],
    ['1a t/m 1c', ['1a', '1b', '1c']],
    ['1 tot en met 3', ['1', '2', '3']],
    ['2 en de rest', ['2']],
    ['2025', []],
  ])('reads the list %s', (text, expected) => {
    expect(parseNumberList(text).numbers).toEqual(expected);
  });

  it.each([
    ['1. Vraag?\n2) Vraag?\n3.a Vraag?\n3.b) Vraag?', ['1', '2', '3a', '3b']],
    ['1. Inleiding.\na. Eerste?\nb) Tweede?\n2. Derde?', ['1a', '1b', '2']],
    ['Vraag 1: Een?\nVraag 1b: Twee?\nVraag 2 Drie?', ['1', '1b', '2']],
  ])('finds the questions in %j', (text, expected) => {
    expect(parseQuestionSetText(text).questions.map((q) => q.number)).toEqual(expected);
  });
});

describe('answers', () => {
  const base = 'Vraag 1: Een?\nVraag 2: Twee?\nVraag 3: Drie?\nVraag 4: Vier?\n';
  it.each([
    [
      'Antwoord op vraag 1 en 2: Ja.\nAntwoord 3 en 4: Nee.',
      [
        ['1', '2'],
        ['3', '4'],
      ],
    ],
    ['Antwoord vraag 1 t/m 3: Ja.\nAntwoord 4: Nee.', [['1', '2', '3'], ['4']]],
    ['Ad 1.\nJa.\nAd 2, 3 en 4.\nNee.', [['1'], ['2', '3', '4']]],
  ])('aligns %j', (answers, expected) => {
    expect(parseQuestionSetText(base + answers).answers.map((a) => a.questions)).toEqual(expected);
  });

  it('warns about a question without an answer', () => {
    expect(parseQuestionSetText(`${base}Antwoord 1: Ja.`).warnings).toEqual([
      'Vraag 2 heeft geen antwoord.',
      'Vraag 3 heeft geen antwoord.',
      'Vraag 4 heeft geen antwoord.',
    ]);
  });

  it('gives an unnumbered answer to the question before it', () => {
    const parsed = parseQuestionSetText('Vraag 1\nKlopt dit?\nAntwoord:\nJa.\nVraag 2\nWaarom?\nAntwoord\nDaarom.');
    expect(parsed.answers).toEqual([
      { questions: ['1'], text: 'Ja.', refersTo: [] },
      { questions: ['2'], text: 'Daarom.', refersTo: [] },
    ]);
  });

  it('reads cross-references, a main number standing for its sub-questions', () => {
    const text =
      '1. Inleiding.\na. Een?\nb. Twee?\n2. Drie?\n\nBeantwoording\n1a. Ja.\n1b. Zie het antwoord op vraag 1a.\n2. Zie beantwoording op vraag 1. En zie vraag 7.';
    const parsed = parseQuestionSetText(text);
    expect(parsed.answers.map((a) => a.refersTo)).toEqual([[], ['1a'], ['1a', '1b']]);
  });

  it('gives a question-only e-mail no answers and no warnings about them', () => {
    const parsed = parseQuestionSetText(
      'Onderwerp: Parkeren\n\n1. Hoeveel plekken zijn er?\n2. Waarom zo weinig?\n\nMet vriendelijke groet,\nA. de Wit',
    );
    expect(parsed.answers).toEqual([]);
    expect(parsed.submitters).toEqual(['A. de Wit']);
    expect(parsed.warnings).toEqual([]);
  });
});

describe('documents', () => {
  it("leaves out the website in the sender's address footer, not one an answer names", () => {
    const parsed = parseQuestionSetText(
      [
        'Vraag 1: Waar staan de openingstijden?',
        '',
        'Antwoord 1: Op https://www.waterdorp.nl/openingstijden.',
        '',
        'Met vriendelijke groet,',
        'Het college van Waterdorp',
        '',
        'Postbus 88  9999 ZZ Waterdorp  |  www.waterdorp.nl  |  14 0999',
      ].join('\n'),
    );
    expect(parsed.documents).toEqual([
      { kind: 'web', reference: null, title: null, date: null, url: 'https://www.waterdorp.nl/openingstijden' },
    ]);
  });

  it('keeps the typo 2918-115M as printed and warns with the likely 2018-115M', () => {
    const parsed = parseQuestionSetText(
      'Op 6 november 2018 (2918-115M) nam de raad een motie aan.\n\nVraag 1: Is de motie uitgevoerd?',
    );
    expect(parsed.documents).toEqual([
      { kind: 'motion', reference: '2918-115M', title: null, date: '2018-11-06', url: null },
    ]);
    expect(parsed.warnings).toEqual([
      'motie 2918-115M: aangenomen op 6 november 2018, bedoeld is waarschijnlijk 2018-115M',
    ]);
  });

  it.each([
    ['de aangenomen motie M2024-12', 'motion', 'M2024-12', null],
    ['amendement 2023-14A', 'amendment', '2023-14A', null],
    [
      'de Raadsinformatiebrief 2024-085 Stappen voor iedereen, waarin',
      'council_letter',
      '2024-085',
      'Stappen voor iedereen',
    ],
    ['het raadsvoorstel „Herijking subsidiebeleid”', 'council_proposal', null, 'Herijking subsidiebeleid'],
    ['de Diversiteitsnota 2023-2026', 'policy', null, 'Diversiteitsnota 2023-2026'],
    ['het Integraal Veiligheidsplan', 'policy', null, 'Integraal Veiligheidsplan'],
    ['zie CVDR699462', 'regulation', 'CVDR699462', null],
    ['de Participatiewet', 'other', null, 'Participatiewet'],
  ])('recognises %s', (text, kind, reference, title) => {
    expect(findDocumentReferences(text)[0]).toEqual(expect.objectContaining({ kind, reference, title }));
  });

  it('merges a URL into the document it names and lists another URL as web', () => {
    const text =
      'Zie de Raadsinformatiebrief Stappen voor iedereen.\nhttps://x.notubiz.nl/document/1/Raadsinformatiebrief+2024-085+Stappen+voor+iedereen\nhttps://x.notubiz.nl/document/1/Raadsinformatiebrief+2024-085+Stappen+voor+iedereen\nhttps://example.nl/';
    expect(findDocumentReferences(text)).toEqual([
      {
        kind: 'council_letter',
        reference: '2024-085',
        title: 'Stappen voor iedereen',
        date: null,
        url: 'https://x.notubiz.nl/document/1/Raadsinformatiebrief+2024-085+Stappen+voor+iedereen',
      },
      { kind: 'web', reference: null, title: null, date: null, url: 'https://example.nl/' },
    ]);
  });
});

describe('text cleaning', () => {
  it.each([
    ['voor-\nziening', 'voorziening'],
    ['mel-\n\ndingen', 'meldingen'],
    ['de anti-\ndiscriminatieagenda', 'de anti-discriminatieagenda'],
    ['zee-\negel', 'zee-egel'],
    ['Noord-\nHolland', 'Noord-Holland'],
    ['opleidings-\nen trainingstrajecten', 'opleidings- en trainingstrajecten'],
  ])('repairs the hyphenation in %j', (text, expected) => {
    expect(buildParagraphs(normaliseLines(text)).paragraphs.join(' ')).toBe(expected);
  });

  it('drops page numbers and running headers', () => {
    const text =
      'Gemeente X – raadsvragen\nEerste regel.\nPagina 1 van 2\n\fGemeente X – raadsvragen\nTweede regel.\nPagina 2 van 2';
    expect(normaliseLines(text).filter(Boolean)).toEqual([
      'Gemeente X – raadsvragen',
      'Eerste regel.',
      'Tweede regel.',
    ]);
  });

  it('keeps a paragraph repeated verbatim right after itself once, with a warning', () => {
    const paragraph = 'Wij hebben hierover in het voorjaar met alle betrokken partners uitgebreid gesproken.';
    const result = buildParagraphs([paragraph, '', paragraph, '', 'Slot.']);
    expect(result.paragraphs).toEqual([paragraph, 'Slot.']);
    expect(result.warnings).toHaveLength(1);
  });

  it('joins lines of a paragraph and continues a sentence across a stray blank line', () => {
    expect(buildParagraphs(['Een zin die', '', 'doorloopt.', '', 'Nieuwe alinea.']).paragraphs).toEqual([
      'Een zin die doorloopt.',
      'Nieuwe alinea.',
    ]);
  });
});

describe('commitments', () => {
  const ref = '2024-11-05';
  it.each([
    [
      'In het eerste kwartaal van 2025 evalueren we de voortgang opnieuw.',
      'In het eerste kwartaal van 2025',
      '2025-03-31',
    ],
    ['Wij sturen u uiterlijk eind 2025 een raadsinformatiebrief.', 'uiterlijk eind 2025', '2025-12-31'],
    ['Het college informeert de raad voor de zomer van 2025.', 'voor de zomer van 2025', '2025-06-30'],
  ])('proposes %j', (sentence, phrase, deadline) => {
    expect(detectCommitments(sentence, ref, ['1'])).toEqual([{ questions: ['1'], sentence, phrase, deadline }]);
  });

  it.each([
    ['past statements', 'In 2023 hebben we de regeling geëvalueerd. Deze is met u gedeeld op 27 juni 2023.'],
    ['acts of others', 'De provincie levert het onderzoek in het voorjaar van 2025 op.'],
    ['a third party named first', 'ProRail start in 2026 met de werkzaamheden.'],
    ['conditions', 'Als de raad instemt, dan starten we in 2025 met de pilot.'],
    ['conditions with indien', 'Wij starten in 2025 met de pilot, indien de subsidie wordt toegekend.'],
    ['expected outcomes', 'We verwachten dat het aantal meldingen in 2025 daalt.'],
    ['vague terms', 'Wij informeren u op korte termijn over de uitkomsten.'],
    ['a passive plan with no actor', 'Het plan wordt verder vormgegeven en uitgevoerd in 2025.'],
  ])('does not propose %s', (_, text) => {
    expect(detectCommitments(text, ref, ['1'])).toEqual([]);
  });

  it('joins a short sentence that points back to the one before it', () => {
    const text = 'Dit doen wij nadat wij uw Raad hebben geïnformeerd. Dit zal rond april 2025 zijn.';
    expect(detectCommitments(text, ref, ['7'])).toEqual([
      { questions: ['7'], sentence: text, phrase: 'rond april 2025', deadline: '2025-04-30' },
    ]);
  });

  it('uses the printed answer date rather than --ref as the reference date', () => {
    const parsed = parseQuestionSetText(
      'Datum beantwoording: 10 januari 2025\nVraag 1: Wanneer?\nAntwoord 1: Wij informeren u in december.',
      { reference: '2024-01-01' },
    );
    expect(parsed.commitments).toEqual([
      { questions: ['1'], sentence: 'Wij informeren u in december.', phrase: 'in december', deadline: '2025-12-31' },
    ]);
  });
});

describe('errors and limits', () => {
  it.each([
    ['empty text', ''],
    ['whitespace', '  \n\n '],
  ])('refuses %s as empty', (_, text) => {
    expect(() => parseQuestionSetText(text)).toThrow(expect.objectContaining({ code: 'empty' }));
  });

  it('refuses prose without questions with a Dutch message', () => {
    let error: unknown;
    try {
      parseQuestionSetText('Dit is een gewone brief over de begroting. Er staan geen vragen in.');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DocumentError);
    expect(error).toEqual(
      expect.objectContaining({
        code: 'not_a_question_set',
        message: 'De tekst bevat geen genummerde schriftelijke vragen.',
      }),
    );
  });

  it('parses 1 MB of text in under 5 seconds', () => {
    const block = read(join(seeds, '002_61424de74e848507.txt'));
    const hostile = `${'a-\n'.repeat(2000)}${'1. '.repeat(5000)}\n${'Zie vraag 1 en 2 en 3 en '.repeat(2000)}\n${'x'.repeat(50_000)}\n`;
    let text = hostile;
    while (text.length < 1_000_000) text += block;
    const started = cpuMs();
    parseQuestionSetText(text, { reference: '2024-11-05' });
    expect(cpuMs() - started).toBeLessThan(5000);
  });
});
