/**
 * Throughput of the time-phrase engine on a realistic mix of answer sentences: most without a
 * phrase (references, amounts, URLs, vague words), the rest with one or more phrases.
 * Target (issue 4): at least 50,000 sentences per second on one core.
 */
import { findTimePhrases } from '../src/deadlines';

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

export async function run(): Promise<void> {
  const sentences = mix(200_000);
  measure(sentences.slice(0, 20_000), '2024-11-05'); // warm-up: let the JIT settle first
  const { seconds, phrases } = measure(sentences, '2024-11-05');
  const perSecond = Math.round(sentences.length / seconds);
  const withPhrase = SENTENCES.filter((s) => findTimePhrases(s, '2024-11-05').length > 0).length;
  console.log(
    `dates: ${sentences.length.toLocaleString('en-US')} sentences (${withPhrase}/${SENTENCES.length} kinds with a phrase), ${phrases.toLocaleString('en-US')} phrases in ${seconds.toFixed(2)} s`,
  );
  console.log(
    `dates: ${perSecond.toLocaleString('en-US')} sentences/s (target ≥ 50,000) ${perSecond >= 50_000 ? 'OK' : 'BELOW TARGET'}`,
  );
}
