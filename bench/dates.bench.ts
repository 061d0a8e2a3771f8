/**
 * Throughput of the time-phrase engine on a realistic mix of answer sentences: most without a
 * phrase (references, amounts, URLs, vague words), the rest with one or more phrases.
 * Targets: at least 50,000 sentences per second on one core (issue 4), and at least 10 times
 * chrono-node's Dutch parser on the same mix, measured in the same run (issue 22: the machine is
 * shared, so only the ratio is stable).
 *
 * How the two are compared, the same way for both: each engine warms up until its passes stop
 * getting faster (warmUp); then rounds of the same sentences alternate between them, in turns
 * (chrono first in even rounds, ours first in odd ones), and each slice is timed in CPU time of
 * this process (the compiler and collector threads count; time the machine gives to other
 * processes does not). The ratio printed is the median of the rounds' ratios, beside the ratio
 * of the wall-clock totals.
 *
 * Then two checks of what the engine reads: chrono-node's own Dutch test cases that fall inside
 * the conventions (bench/dates-peer.ts), our result next to chrono's expectation; and the
 * held-out letter sentences of issue 22 (bench/dates-held-out.ts), scored only here.
 */
import * as chrono from 'chrono-node';
import { findTimePhrases, TimePhrase } from '../src/deadlines';
import { HELD_OUT } from './dates-held-out';
import { CHRONO_NL_CASES, PEER_CASES, PEER_OUT_OF_SCOPE, PeerCase } from './dates-peer';

const SENTENCES: readonly string[] = [
  'In april komend jaar delen wij de voortgang van de anti-discriminatieagenda met uw Raad.',
  'We verwachten deze voortgang rond april 2025 met u te delen.',
  'In het eerste kwartaal van 2025 evalueren we de voortgang opnieuw.',
  'Daar is uw Raad over geïnformeerd op 1 oktober jl. middels de Raadsinformatiebrief Stappen voor iedereen.',
  'Dit ethisch afwegingskader staat in het voorjaar 2025 op de agenda voor het Raadsgesprek.',
  'Op 6 november 2018 (2018-115M) nam de gemeenteraad van Amersfoort een motie aan.',
  'Het college stuurt uiterlijk eind 2025 een raadsinformatiebrief.',
  'Voor de zomer ontvangt u het plan van aanpak, na de zomer volgt de evaluatie.',
  'Deze tafel komt vanaf februari iedere 8 weken bij elkaar.',
  'De nota wordt binnen zes weken na vaststelling gepubliceerd.',
  'Tussen april en juni 2025 worden drie bijeenkomsten georganiseerd, de eerste op dinsdag 1 april 2025.',
  'Extern is dit onderdeel van de Diversiteitsnota 2023-2026, voor intern zie beantwoording op vraag 1a.',
  'Een deel van onze inzet komt voort vanuit de anti-discriminatieagenda 2021-2026.',
  'Zie https://lokaleregelgeving.overheid.nl/CVDR699462/1#hoofdstuk_03 voor de verordening.',
  'We betalen meer dan de 0,77 cent per inwoner die we vanuit het Rijk krijgen.',
  'Hier hebben 30 deelnemers van 21 organisaties uit de stad aan deelgenomen.',
  'Het budget voor 2026 bedraagt € 2.500.000, een stijging van 12% ten opzichte van de begroting 2025.',
  'Er is commitment uitgesproken dat de betrokken partijen de komende tijd de handen ineen slaan.',
  'Wij komen hier op korte termijn op terug, zo snel mogelijk na het overleg met de partners.',
  'Zie beantwoording op vraag 1b; de diverse kanalen waarborgen de toegankelijkheid van de voorzieningen.',
  'Het aantal formele klachten over discriminatie is miniem, zoals ook blijkt uit artikel 40 van het reglement.',
  'U kunt het meldpunt bellen op 020-6381839 of mailen naar info@discriminatie.nl.',
  'Ja, dit gebeurt reeds.',
  'Wij investeren in extra menskracht aan de telefoon, zodat zij de tijd hebben om de meldingen aan te horen.',
  'In de jaren 2022 en 2024 hebben we stadsgesprekken gevoerd met ervaringsdeskundigen en inwoners.',
  'De gemeente heeft een belangrijke voorbeeldfunctie, maar geen specifiek beleid gericht op andere lokale werkgevers.',
  'Binnenkort ontvangt u meer informatie over de uitvoering van de motie.',
  'Onze anti-discriminatievoorziening voorziet alle partners in de stad van voorlichting en training.',
  // Issue 4: slash dates, day ranges, the week of, parts of quarters, past clauses, counts.
  'Het college heeft op 1/10/2024 besloten; de nieuwe regeling geldt per 1/1 en 2/3 van de gemeenten volgt (RIS 2024/123).',
  'De inloopbijeenkomsten vinden plaats van 1 t/m 5 april 2025 en in de week van 14 april.',
  'Het onderzoek is naar verwachting eind Q1 2025 afgerond, de evaluatie volgt begin Q3.',
  'U heeft eind november een brief aan de gemeenten gezonden en wij reageren in januari.',
  'In 2000 gevallen ging het om discriminatie op grond van afkomst, de hulplijn is 24/7 bereikbaar.',
  // Issue 22: counted periods, cross-month ranges, month/year digits, abbreviations, ordinals, tense.
  'Over twee weken ontvangt u de planning; de afgelopen 3 maanden zijn 41 meldingen binnengekomen.',
  'De wegafsluiting duurt van 10 augustus - 12 september, de aanbesteding start per 04/2025 (motie 4-2025).',
  'In maart is de meting uitgevoerd, naar verwachting volgt in jan de vierentwintigste mei een evaluatie.',
];

function mix(count: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < count; i++) out.push(SENTENCES[(i * 7) % SENTENCES.length]);
  return out;
}

function measure(sentences: readonly string[], reference: string): { seconds: number; phrases: number } {
  let phrases = 0;
  const started = process.hrtime.bigint();
  for (const sentence of sentences) phrases += findTimePhrases(sentence, reference).length;
  return { seconds: Number(process.hrtime.bigint() - started) / 1e9, phrases };
}

interface Timing {
  /** CPU seconds of this process, all threads. */
  cpu: number;
  wall: number;
}

function timed(work: () => void): Timing {
  const cpu = process.cpuUsage();
  const wall = process.hrtime.bigint();
  work();
  const used = process.cpuUsage(cpu);
  return { cpu: (used.user + used.system) / 1e6, wall: Number(process.hrtime.bigint() - wall) / 1e9 };
}

/**
 * Runs passes until one is not 3% faster than the fastest before it (at least 3, at most 15) and
 * returns how many ran. A fixed count of sentences was no fair warm-up: the optimizing compiler
 * works in the background, slower on a loaded machine, and our 20,000 sentences (0.1 s) ended
 * before it had finished, while chrono's were 2,000.
 */
function warmUp(pass: () => void): number {
  let best = Infinity;
  for (let k = 1; k <= 15; k++) {
    const { cpu } = timed(pass);
    if (k >= 3 && cpu > best * 0.97) return k;
    best = Math.min(best, cpu);
  }
  return 15;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** chrono's one instant against our period: exact for a single day or a day range, else inside it. */
function agrees(c: PeerCase, ours: TimePhrase | undefined): boolean {
  if (c.start === null || !ours) return c.start === null && !ours;
  if (c.end !== undefined) return ours.start === c.start && ours.end === c.end;
  if (ours.start === ours.end) return ours.start === c.start;
  return ours.start <= c.start && c.start <= ours.end;
}

function peerSuite(): void {
  const rows = PEER_CASES.map((c) => ({ c, ours: findTimePhrases(c.text, c.ref)[0] }));
  const agreeing = rows.filter(({ c, ours }) => agrees(c, ours)).length;
  console.log(
    `dates: chrono-node's Dutch test cases (test/nl, MIT): ${PEER_CASES.length} of ${CHRONO_NL_CASES} inside the conventions; ${agreeing}/${PEER_CASES.length} agree`,
  );
  const show = (ours: TimePhrase | undefined): string =>
    ours ? `${ours.phrase} → ${ours.start === ours.end ? ours.start : `${ours.start}…${ours.end}`}` : 'none';
  for (const { c, ours } of rows) {
    if (agrees(c, ours)) continue;
    const theirs = c.start === null ? 'none' : c.end ? `${c.start}…${c.end}` : c.start;
    console.log(`  differs: ${JSON.stringify(c.text)} (ref ${c.ref}, ${c.file}): chrono ${theirs}, ours ${show(ours)}`);
    console.log(`           why: ${c.differs ?? 'NOT EXPLAINED by the conventions: a gap'}`);
  }
  console.log(`  left out (not in the conventions, nothing reported by design): ${PEER_OUT_OF_SCOPE.join('; ')}`);
}

function heldOut(): void {
  let right = 0;
  const wrong: string[] = [];
  for (const h of HELD_OUT) {
    const got = findTimePhrases(h.text, h.ref).map((p) => [
      p.phrase,
      p.start,
      p.end,
      p.precision,
      p.relation,
      p.approximate,
    ]);
    if (JSON.stringify(got) === JSON.stringify(h.expected)) right++;
    else wrong.push(`  wrong: ${JSON.stringify(h.text)} (ref ${h.ref}): ${JSON.stringify(got)}`);
  }
  console.log(`dates: held-out letter sentences (issue 22): ${right}/${HELD_OUT.length} exactly right`);
  for (const line of wrong) console.log(line);
}

/**
 * `DATES_ONLY=ours|chrono DATES_SENTENCES=N`: only that engine, 20,000 sentences then N more, and
 * nothing else, for counting instructions where the machine is too busy for clocks (docs/deadlines.md):
 * the difference between N and 0 is the work of N sentences.
 */
function onlyOne(engine: string, count: number): void {
  const sentences = mix(20_000 + count);
  const reference = new Date(2024, 10, 5, 12);
  let found = 0;
  for (const sentence of sentences) {
    found +=
      engine === 'chrono'
        ? chrono.nl.parse(sentence, reference).length
        : findTimePhrases(sentence, '2024-11-05').length;
  }
  console.log(`dates: ${engine} on ${sentences.length} sentences: ${found} results`);
}

export async function run(): Promise<void> {
  const only = process.env.DATES_ONLY;
  if (only === 'ours' || only === 'chrono') return onlyOne(only, Number(process.env.DATES_SENTENCES ?? 0));
  const sentences = mix(200_000);
  const warmUpSet = sentences.slice(0, 20_000);
  const oursPasses = warmUp(() => measure(warmUpSet, '2024-11-05'));
  const { seconds, phrases } = measure(sentences, '2024-11-05');
  const perSecond = Math.round(sentences.length / seconds);
  const withPhrase = SENTENCES.filter((s) => findTimePhrases(s, '2024-11-05').length > 0).length;
  console.log(
    `dates: ${sentences.length.toLocaleString('en-US')} sentences (${withPhrase}/${SENTENCES.length} kinds with a phrase), ${phrases.toLocaleString('en-US')} phrases in ${seconds.toFixed(2)} s`,
  );
  console.log(
    `dates: ${perSecond.toLocaleString('en-US')} sentences/s (target ≥ 50,000) ${perSecond >= 50_000 ? 'OK' : 'BELOW TARGET'}`,
  );

  // chrono-node against ours on the same sentences (see the top of this file for the method).
  const reference = new Date(2024, 10, 5, 12);
  const parseChrono = (batch: readonly string[]) => () => {
    for (const sentence of batch) chrono.nl.parse(sentence, reference);
  };
  const parseOurs = (batch: readonly string[]) => () => {
    for (const sentence of batch) findTimePhrases(sentence, '2024-11-05');
  };
  const chronoPasses = warmUp(parseChrono(warmUpSet));
  const rounds = 12;
  const perRound = 5_000;
  const ratios: number[] = [];
  const total = { chronoCpu: 0, oursCpu: 0, chronoWall: 0, oursWall: 0 };
  for (let round = 0; round < rounds; round++) {
    const batch = sentences.slice(round * perRound, (round + 1) * perRound);
    let theirs: Timing;
    let ours: Timing;
    if (round % 2 === 0) {
      theirs = timed(parseChrono(batch));
      ours = timed(parseOurs(batch));
    } else {
      ours = timed(parseOurs(batch));
      theirs = timed(parseChrono(batch));
    }
    ratios.push(theirs.cpu / ours.cpu);
    total.chronoCpu += theirs.cpu;
    total.oursCpu += ours.cpu;
    total.chronoWall += theirs.wall;
    total.oursWall += ours.wall;
  }
  const compared = rounds * perRound;
  const ratio = median(ratios);
  console.log(
    `dates: warm-up until passes of 20,000 sentences stop getting faster: ours ${oursPasses} passes, chrono-node ${chronoPasses}`,
  );
  console.log(
    `dates: chrono-node nl ${Math.round(compared / total.chronoCpu).toLocaleString('en-US')} sentences per CPU second, ours ${Math.round(compared / total.oursCpu).toLocaleString('en-US')} on the same ${compared.toLocaleString('en-US')} (${rounds} alternating rounds); wall-clock totals ${(total.chronoWall / total.oursWall).toFixed(1)}×`,
  );
  console.log(
    `dates: ours against chrono-node, median of the rounds (CPU time): ${ratio.toFixed(1)}× [rounds ${Math.min(...ratios).toFixed(1)}–${Math.max(...ratios).toFixed(1)}] (target ≥ 10×) ${ratio >= 10 ? 'OK' : 'BELOW TARGET'}`,
  );

  peerSuite();
  heldOut();
}
