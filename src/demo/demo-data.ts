import type { ImportOverrides } from '../import/parsed-to-set';

/**
 * Values the seed documents do not print, invented for the demo and consistent with the texts
 * (demo/README.md, "What the documents do not print"). Answer terms: Amersfoort 20 days, Amstelveen 30 days.
 */
export interface DemoMunicipality {
  slug: string;
  name: string;
  answerTermAmount: number;
  answerTermUnit: 'days' | 'weeks';
}

export interface DemoQuestionSet {
  file: string;
  municipality: string;
  reference: string;
  /** Used where the document prints no subject line (neither seed does). */
  subject: string | null;
  party: string | null;
  portfolioHolder: string | null;
  receivedOn: string;
  answeredOn: string;
  publishedOn: string;
}

export interface DemoContextDocument {
  file: string;
  municipality: string;
  kind: 'policy' | 'other';
  title: string;
}

export const DEMO_MUNICIPALITIES: DemoMunicipality[] = [
  { slug: 'amersfoort', name: 'Amersfoort', answerTermAmount: 20, answerTermUnit: 'days' },
  { slug: 'amstelveen', name: 'Amstelveen', answerTermAmount: 30, answerTermUnit: 'days' },
];

export const DEMO_QUESTION_SETS: DemoQuestionSet[] = [
  {
    file: '000_e55048b8f92346cb.txt',
    municipality: 'amstelveen',
    reference: '2024-0412',
    subject: 'Antidiscriminatieverordening en -voorziening',
    party: null,
    portfolioHolder: null,
    receivedOn: '2024-10-15',
    answeredOn: '2024-11-12',
    publishedOn: '2024-11-14',
  },
  {
    file: '002_61424de74e848507.txt',
    municipality: 'amersfoort',
    reference: '2024-123',
    subject: 'Uitvoering motie antidiscriminatiebeleid',
    party: 'GroenLinks',
    portfolioHolder: 'Paffen-Zeenni',
    receivedOn: '2024-10-02',
    answeredOn: '2024-11-05',
    publishedOn: '2024-11-07',
  },
];

export const DEMO_CONTEXT_DOCUMENTS: DemoContextDocument[] = [
  {
    file: '001_039490bbad77eee3.txt',
    municipality: 'amersfoort',
    kind: 'other',
    title: 'Monitor lokaal antidiscriminatiebeleid (presentatie)',
  },
  {
    file: '003_bcb7ee3f3b0aa745.txt',
    municipality: 'amersfoort',
    kind: 'other',
    title: 'Kamerbrief monitor lokaal antidiscriminatiebeleid 2022',
  },
  {
    file: '004_fc33e569bd653f0d.txt',
    municipality: 'amstelveen',
    kind: 'policy',
    title: 'Effectief antidiscriminatiebeleid in zeven stappen (workshop)',
  },
];

/** What the demo adds to a seed's parsed text when importing it (src/demo, and the tests' seed helper). */
export function demoImportOverrides(demo: DemoQuestionSet): ImportOverrides {
  return {
    municipality: demo.municipality,
    reference: demo.reference,
    subject: demo.subject,
    party: demo.party,
    portfolioHolder: demo.portfolioHolder,
    receivedOn: demo.receivedOn,
    answeredOn: demo.answeredOn,
    publishedOn: demo.publishedOn,
  };
}
