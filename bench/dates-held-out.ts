/**
 * Held-out answer-letter sentences for the phrase shapes of issue 22 (`over N weken`, `N dagen
 * geleden`, `de afgelopen N weken`, `aankomende maand`, `binnen N jaar`, cross-month day ranges,
 * `04/2025`, `in jan`, ordinal days, `naar verwachting` in the clause, year-less phrases in a past
 * clause). The expected periods were written from the product's date conventions
 * (docs/deadlines.md) before the engine was run on them, and were not used while building it:
 * `npm run bench -- dates` scores them, nothing else reads them.
 */
export interface HeldOutCase {
  text: string;
  ref: string;
  /** Every phrase the text should yield, in order: phrase, start, end, precision, relation, approximate. */
  expected: ReadonlyArray<readonly [string, string, string, string, string, boolean]>;
}

export const HELD_OUT: readonly HeldOutCase[] = [
  {
    text: 'Over vier weken ontvangt u van ons de uitkomsten van de enquête.',
    ref: '2025-03-10',
    expected: [['Over vier weken', '2025-04-07', '2025-04-07', 'day', 'in', false]],
  },
  {
    text: 'Het college verwacht over twee maanden een besluit te nemen over de subsidie.',
    ref: '2025-12-31',
    expected: [['over twee maanden', '2026-02-28', '2026-02-28', 'day', 'in', true]],
  },
  {
    text: 'Acht weken geleden is de aanvraag bij de provincie ingediend.',
    ref: '2025-03-10',
    expected: [['Acht weken geleden', '2025-01-13', '2025-01-13', 'day', 'in', false]],
  },
  {
    text: 'In de afgelopen 3 maanden zijn er 41 meldingen van overlast binnengekomen.',
    ref: '2025-05-31',
    expected: [['In de afgelopen 3 maanden', '2025-02-28', '2025-05-31', 'month', 'in', false]],
  },
  {
    text: 'De afgelopen twee jaar heeft de gemeente geïnvesteerd in de wijkteams.',
    ref: '2025-03-10',
    expected: [['De afgelopen twee jaar', '2023-03-10', '2025-03-10', 'year', 'in', false]],
  },
  {
    text: 'Aankomende week spreekt de wethouder met de woningcorporaties.',
    ref: '2025-03-12',
    expected: [['Aankomende week', '2025-03-17', '2025-03-23', 'week', 'in', false]],
  },
  {
    text: 'Binnen drie jaar moeten alle schoolgebouwen energieneutraal zijn.',
    ref: '2025-03-10',
    expected: [['Binnen drie jaar', '2025-03-10', '2028-03-10', 'year', 'by', false]],
  },
  {
    text: 'De evenementenvergunning geldt van 3 tot 9 juni 2025.',
    ref: '2025-03-10',
    expected: [['van 3 tot 9 juni 2025', '2025-06-03', '2025-06-09', 'day', 'in', false]],
  },
  {
    text: 'De Dorpsstraat is afgesloten 28 juli - 15 augustus in verband met werkzaamheden.',
    ref: '2025-03-10',
    expected: [['28 juli - 15 augustus', '2025-07-28', '2025-08-15', 'day', 'in', false]],
  },
  {
    text: 'De nieuwe verordening treedt in werking per 07/2025.',
    ref: '2025-03-10',
    expected: [['per 07/2025', '2025-07-01', '2025-07-31', 'month', 'from', false]],
  },
  {
    text: 'In motie 7-2025 vraagt de raad om een onderzoek naar de wachtlijsten.',
    ref: '2025-03-10',
    expected: [],
  },
  {
    text: 'De raadsinformatiebrief volgt eind okt met de cijfers van het derde kwartaal.',
    ref: '2025-03-10',
    expected: [['eind okt', '2025-10-21', '2025-10-31', 'month', 'in', false]],
  },
  {
    text: 'Jan Visser (CDA) stelde de vragen namens zijn fractie.',
    ref: '2025-03-10',
    expected: [],
  },
  {
    text: 'Op de twaalfde juni organiseren wij een bijeenkomst voor omwonenden.',
    ref: '2025-03-10',
    expected: [['Op de twaalfde juni', '2025-06-12', '2025-06-12', 'day', 'in', false]],
  },
  {
    text: 'De inloopavond is verplaatst naar 2de april 2025.',
    ref: '2025-03-10',
    expected: [['2de april 2025', '2025-04-02', '2025-04-02', 'day', 'in', false]],
  },
  {
    text: 'Naar verwachting wordt de nieuwe sporthal in het najaar van 2026 opgeleverd.',
    ref: '2025-03-10',
    expected: [['in het najaar van 2026', '2026-09-01', '2026-11-30', 'season', 'in', true]],
  },
  {
    text: 'In januari is het convenant met de zorgaanbieders ondertekend.',
    ref: '2025-03-10',
    expected: [['In januari', '2025-01-01', '2025-01-31', 'month', 'in', false]],
  },
  {
    text: 'In april is het convenant met de zorgaanbieders ondertekend.',
    ref: '2025-03-10',
    expected: [['In april', '2024-04-01', '2024-04-30', 'month', 'in', false]],
  },
  {
    text: 'In april wordt het convenant met de zorgaanbieders ondertekend.',
    ref: '2025-03-10',
    expected: [['In april', '2025-04-01', '2025-04-30', 'month', 'in', false]],
  },
  {
    text: 'Op 20 november vond de tweede bewonersavond plaats in het buurthuis.',
    ref: '2025-03-10',
    expected: [['Op 20 november', '2024-11-20', '2024-11-20', 'day', 'in', false]],
  },
  {
    text: 'Medio december werd de aanbesteding gegund aan een regionale aannemer.',
    ref: '2025-03-10',
    expected: [['Medio december', '2024-12-11', '2024-12-20', 'month', 'in', false]],
  },
  {
    text: 'De wethouder zal in mei de raad informeren over de voortgang.',
    ref: '2025-06-15',
    expected: [['in mei', '2026-05-01', '2026-05-31', 'month', 'in', false]],
  },
  {
    text: 'Het aankomende jaar richten wij ons op de uitvoering van het plan.',
    ref: '2025-03-10',
    expected: [['Het aankomende jaar', '2026-01-01', '2026-12-31', 'year', 'in', false]],
  },
  {
    text: 'Wij hebben de partners gevraagd om over 2 weken te reageren.',
    ref: '2025-03-10',
    expected: [['over 2 weken', '2025-03-24', '2025-03-24', 'day', 'in', false]],
  },
];
