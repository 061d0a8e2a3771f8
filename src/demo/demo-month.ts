import { addDays, formatDutchDate } from '../deadlines';

/**
 * A month of work in Amersfoort for the demo, dated relative to the day the demo loads, so the
 * griffie's lists are never empty and never all late: a set in every status (draft, registered,
 * overdue, postponed, answered, published on time and late, withdrawn) and commitments in every
 * status. Parties, people and texts are invented; the answer term is Amersfoort's 20 days.
 */

export type DemoMonthStep =
  | { kind: 'postpone'; sentOn: number; newDueOn: number; reason: string }
  | { kind: 'answer'; answeredOn: number; answers: { questions: string[]; text: string }[] }
  | { kind: 'publish'; publishedOn: number }
  | { kind: 'withdraw'; reason: string };

/** What the demo does with a commitment the answers propose (matched by a word of its sentence). */
export interface DemoMonthCommitment {
  match: string;
  action: 'keep-proposed' | 'confirm' | 'dismiss' | 'fulfil' | 'fulfil-partly' | 'not-kept' | 'withdraw';
  /** For fulfil: the council letter that fulfilled it. */
  letter?: { reference: string; title: string };
}

export interface DemoMonthSet {
  reference: string | null;
  subject: string;
  party: string;
  submitters: string[];
  portfolioHolder: string | null;
  /** Days before today the griffie received the set (null: a fractie's draft). */
  receivedDaysAgo: number | null;
  /** Submitted by the fractie itself ("indienen"): it waits in the griffie's intake. */
  submittedByFractie?: boolean;
  explanation: string;
  questions: string[];
  steps: DemoMonthStep[];
  commitments: DemoMonthCommitment[];
}

export const DEMO_MONTH_MUNICIPALITY = 'amersfoort';

/** Aldermen of the demo (Paffen-Zeenni answers the seed set too). */
export const DEMO_MONTH_ALDERMEN = [
  { name: 'Paffen-Zeenni', portfolio: 'Sociaal domein, diversiteit' },
  { name: 'Van der Berg', portfolio: 'Mobiliteit, openbare ruimte' },
];

/** Sentences with a due date `days` from today, as an answer would write it. */
function by(today: string, days: number): string {
  return formatDutchDate(addDays(today, days));
}

export function demoMonthSets(today: string): DemoMonthSet[] {
  return [
    {
      reference: null,
      subject: 'Fietsparkeren bij station Schothorst',
      party: 'D66',
      submitters: ['E. Jansen'],
      portfolioHolder: null,
      receivedDaysAgo: null,
      explanation: 'Reizigers melden dat de fietsenstalling bij station Schothorst vol staat.',
      questions: [
        'Hoeveel fietsparkeerplekken zijn er bij station Schothorst?',
        'Is het college bereid extra plekken te realiseren?',
      ],
      steps: [],
      commitments: [],
    },
    {
      reference: null,
      subject: 'Afvalbakken in het Valleikanaalpark',
      party: 'GroenLinks',
      submitters: ['L. Smit'],
      portfolioHolder: null,
      receivedDaysAgo: 1,
      submittedByFractie: true,
      explanation: 'Bezoekers van het park melden overvolle afvalbakken na warme weekenden.',
      questions: [
        'Hoe vaak worden de afvalbakken in het Valleikanaalpark geleegd?',
        'Is het college bereid dat in de zomer vaker te doen?',
      ],
      steps: [],
      commitments: [],
    },
    {
      reference: '2026-201',
      subject: 'Verkeersveiligheid rond basisscholen',
      party: 'VVD',
      submitters: ['M. de Groot', 'S. Bakker'],
      portfolioHolder: 'Van der Berg',
      receivedDaysAgo: 4,
      explanation: 'Ouders maken zich zorgen over de oversteekplaatsen bij scholen in Vathorst.',
      questions: [
        'Welke oversteekplaatsen bij basisscholen zijn in de afgelopen twee jaar aangepast?',
        'Bij welke scholen ziet het college nog risico’s?',
        'Wanneer worden die aangepakt?',
      ],
      steps: [],
      commitments: [],
    },
    {
      reference: '2026-196',
      subject: 'Wachttijden schuldhulpverlening',
      party: 'SP',
      submitters: ['R. Visser'],
      portfolioHolder: 'Paffen-Zeenni',
      receivedDaysAgo: 27,
      explanation: 'Inwoners met schulden wachten volgens signalen maanden op een eerste gesprek.',
      questions: [
        'Hoe lang is de gemiddelde wachttijd voor een eerste gesprek?',
        'Hoeveel inwoners staan op de wachtlijst?',
      ],
      steps: [],
      commitments: [],
    },
    {
      reference: '2026-194',
      subject: 'Onderhoud van speeltuinen',
      party: 'ChristenUnie',
      submitters: ['H. Mulder'],
      portfolioHolder: 'Van der Berg',
      receivedDaysAgo: 25,
      explanation: 'In de wijk Kattenbroek staan speeltoestellen al maanden afgezet.',
      questions: ['Welke speeltoestellen zijn afgekeurd?', 'Wanneer worden ze vervangen?'],
      steps: [
        {
          kind: 'postpone',
          sentOn: -6,
          newDueOn: 10,
          reason: 'Voor een volledig antwoord is een inventarisatie van alle speeltuinen nodig.',
        },
      ],
      commitments: [],
    },
    {
      reference: '2026-190',
      subject: 'Toegankelijkheid van het stadhuis',
      party: 'GroenLinks',
      submitters: ['A. de Wit'],
      portfolioHolder: 'Paffen-Zeenni',
      receivedDaysAgo: 30,
      explanation: 'Een rolstoelgebruiker kon de publieke tribune niet bereiken.',
      questions: ['Is de publieke tribune toegankelijk voor rolstoelgebruikers?', 'Wat gaat het college verbeteren?'],
      steps: [
        {
          kind: 'answer',
          answeredOn: -12,
          answers: [
            { questions: ['1'], text: 'Nee, de lift naar de tribune is te smal voor een elektrische rolstoel.' },
            {
              questions: ['2'],
              text: `Wij laten de lift aanpassen en informeren de raad uiterlijk ${by(today, 60)} over de planning. Wij onderzoeken voor ${by(today, 30)} of een tijdelijke oplossing mogelijk is.`,
            },
          ],
        },
      ],
      commitments: [
        { match: 'planning', action: 'keep-proposed' },
        { match: 'tijdelijke', action: 'dismiss' },
      ],
    },
    {
      reference: '2026-171',
      subject: 'Meldingen van discriminatie dit jaar',
      party: 'D66',
      submitters: ['E. Jansen'],
      portfolioHolder: 'Paffen-Zeenni',
      receivedDaysAgo: 70,
      explanation: 'Het aantal meldingen bij het antidiscriminatiebureau lijkt te stijgen.',
      questions: ['Hoeveel meldingen kwamen er dit jaar binnen?', 'Wat doet het college met de uitkomsten?'],
      steps: [
        {
          kind: 'answer',
          answeredOn: -45,
          answers: [
            { questions: ['1'], text: 'Tot en met het derde kwartaal kwamen 112 meldingen binnen.' },
            {
              questions: ['2'],
              text: `Wij sturen de raad uiterlijk ${by(today, -10)} een raadsinformatiebrief met de analyse. Wij informeren de raad uiterlijk ${by(today, -5)} over de gesprekken met de scholen.`,
            },
          ],
        },
        { kind: 'publish', publishedOn: -43 },
      ],
      commitments: [
        {
          match: 'analyse',
          action: 'fulfil',
          letter: { reference: '2026-140', title: 'Analyse meldingen discriminatie' },
        },
        { match: 'scholen', action: 'fulfil-partly' },
      ],
    },
    {
      reference: '2026-150',
      subject: 'Bomenkap aan de Hogeweg',
      party: 'VVD',
      submitters: ['S. Bakker'],
      portfolioHolder: 'Van der Berg',
      receivedDaysAgo: 100,
      explanation: 'Bewoners vragen waarom langs de Hogeweg bomen worden gekapt.',
      questions: ['Hoeveel bomen worden gekapt?', 'Hoeveel bomen worden teruggeplant?'],
      steps: [
        {
          kind: 'answer',
          answeredOn: -85,
          answers: [
            { questions: ['1'], text: 'Er worden 46 bomen gekapt, vooral zieke essen.' },
            {
              questions: ['2'],
              text: `Wij planten 60 nieuwe bomen en informeren de raad uiterlijk ${by(today, -20)} over de soorten. Wij sturen u uiterlijk ${by(today, 40)} het herplantplan. Wij organiseren uiterlijk ${by(today, -30)} een bewonersavond. Wij leggen uiterlijk ${by(today, -25)} een bomenregister aan.`,
            },
          ],
        },
        { kind: 'publish', publishedOn: -84 },
      ],
      commitments: [
        { match: 'soorten', action: 'confirm' },
        { match: 'herplantplan', action: 'confirm' },
        { match: 'bewonersavond', action: 'not-kept' },
        { match: 'bomenregister', action: 'withdraw' },
      ],
    },
    {
      reference: '2026-199',
      subject: 'Openingstijden van de bibliotheek',
      party: 'SP',
      submitters: ['R. Visser'],
      portfolioHolder: 'Paffen-Zeenni',
      receivedDaysAgo: 15,
      explanation: 'De bibliotheek in Nieuwland zou op zaterdag dichtgaan.',
      questions: ['Klopt het dat de bibliotheek in Nieuwland op zaterdag sluit?'],
      steps: [{ kind: 'withdraw', reason: 'De fractie heeft het antwoord al in de commissie gekregen.' }],
      commitments: [],
    },
  ];
}
