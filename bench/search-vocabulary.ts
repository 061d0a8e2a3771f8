/**
 * A Dutch council vocabulary for the search benchmark: function words first (the head of the
 * Zipf curve; most are stop words), then council words with inflections, accented words and
 * compounds. Deterministic, so every run seeds the same archive.
 */

const FUNCTION_WORDS = `de het een van en in op te dat die is voor met niet aan zijn er om ook als bij door
of naar over uit tot dan nog wel maar wat wordt worden kan heeft hebben deze dit zo al meer geen waar hoe
welke wij u zij hun onze uw college raad gemeente`.split(/\s+/);

const STEMS = `melding meldpunt discriminatie voorziening agenda motie beleid nota evaluatie maatregel fractie
antwoord vraag wethouder burgemeester raadslid griffie besluit uitvoering onderzoek rapport budget subsidie
begroting jaarrekening woning woningbouw huur bewoner inwoner wijk buurt straat verkeer parkeren fiets
fietspad school onderwijs jeugd jeugdzorg zorg welzijn armoede schuld schuldhulp werk werkgelegenheid
ondernemer winkel centrum markt cultuur bibliotheek sport sportpark zwembad natuur groen boom park water
klimaat energie duurzaamheid warmte zonnepaneel windmolen afval riool dijk overlast geluid veiligheid
politie handhaving boa criminaliteit drugs ondermijning toezicht vergunning bestemmingsplan omgevingswet
omgevingsvisie ruimte grond bouw project planning termijn kosten bijdrage overeenkomst contract aanbesteding
regio provincie rijk minister wet regeling verordening toezegging voortgang informatie brief
raadsinformatiebrief communicatie participatie inspraak bijeenkomst overleg gesprek organisatie
samenwerking partner stichting vereniging vrijwilliger mantelzorg ouderen gezondheid huisarts ggd
vaccinatie asiel opvang statushouder integratie taal inburgering diversiteit inclusie gelijkwaardigheid
toegankelijkheid gehandicapte bushalte openbaar vervoer station spoor snelweg rotonde kruispunt
oversteekplaats snelheid drempel camera verlichting lantaarnpaal speeltuin kinderopvang peuter
leerling docent schoolgebouw gymzaal lokaal digitalisering privacy datalek website loket dienstverlening
klacht bezwaar procedure rechter uitspraak evenement festival horeca terras sluitingstijd alcohol
jongeren jongerenwerk straatcoach hangplek vandalisme graffiti zwerfafval container inzameling
grondstof hergebruik circulair plastic compost tarief belasting heffing ozb precario leges reserve
risico tekort overschot investering lening garantie dekking amendement raadsvoorstel beleidsnota
uitvoeringsprogramma actieplan monitor rapportage indicator doelstelling resultaat effect`.split(/\s+/);

const ACCENTED = `geëvalueerd coördinatie coördinator ideeën café privé financiële financiële één
reünie categorieën zeeën geïnformeerd geïnvesteerd geëxploiteerd geüpdatet patiënt patiënten
efficiënt efficiënte coëfficiënt naïef geïntegreerd creëren gecreëerd beëindigd beëindiging
overeenkomstig hèt crèche crèches scène enquête enquêtes rosé`.split(/\s+/);

const COMPOUND_HEADS = `anti woning verkeers fiets school jeugd zorg sport energie afval veiligheids
handhavings participatie klimaat water groen bouw parkeer wijk buurt armoede schuld subsidie
discriminatie integratie vergunning`.split(/\s+/);
const COMPOUND_TAILS = `beleid plan agenda voorziening loket punt regeling nota visie programma fonds
budget raad team overleg aanpak project netwerk monitor onderzoek strategie maatregel kader
verordening vergunning`.split(/\s+/);

function inflect(stem: string): string[] {
  const out = [stem];
  if (/(ing|heid)$/.test(stem)) out.push(stem.endsWith('heid') ? `${stem.slice(0, -4)}heden` : `${stem}en`);
  else if (/[aeiou]$/.test(stem)) out.push(`${stem}s`);
  else out.push(`${stem}en`);
  return out;
}

/** Words in Zipf rank order (rank 1 most frequent). */
export function benchVocabulary(): { words: string[]; firstContentRank: number } {
  const content: string[] = [];
  for (const stem of STEMS) content.push(...inflect(stem));
  content.push(...ACCENTED);
  for (const head of COMPOUND_HEADS) {
    for (const tail of COMPOUND_TAILS) {
      const joined = head === 'anti' ? `anti-${tail}` : `${head}${tail}`;
      content.push(joined);
    }
  }
  content.push('anti-discriminatievoorziening', 'anti-discriminatieagenda', 'raadsinformatiebrieven');
  // A fixed shuffle (LCG) so inflected forms and compounds spread over the Zipf ranks.
  let seed = 20241120;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let i = content.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [content[i], content[j]] = [content[j], content[i]];
  }
  const unique = [...new Set([...FUNCTION_WORDS, ...content])];
  return { words: unique, firstContentRank: FUNCTION_WORDS.length + 1 };
}

export const BENCH_MUNICIPALITIES = `Amersfoort Amstelveen Utrecht Zwolle Leiden Haarlem Arnhem Nijmegen Breda Tilburg
Eindhoven Groningen Leeuwarden Assen Emmen Enschede Deventer Apeldoorn Ede Almere Lelystad Alkmaar Hoorn Zaanstad
Delft Gouda Dordrecht Schiedam Zoetermeer Westland Middelburg Vlissingen Goes Venlo Roermond Maastricht Heerlen
Sittard-Geleen Helmond Oss`.split(/\s+/);

export const BENCH_PARTIES = [
  'VVD',
  'D66',
  'GroenLinks',
  'PvdA',
  'CDA',
  'SP',
  'ChristenUnie',
  'PvdD',
  'SGP',
  'Volt',
  'JA21',
  'Lokaal Belang',
];

export const BENCH_SURNAMES =
  `de Vries|Jansen|de Jong|Bakker|Visser|Smit|Meijer|de Boer|Mulder|de Groot|Bos|Vos|Peters|Hendriks|van Leeuwen|Dekker|Brouwer|de Wit|Dijkstra|Smits|de Graaf|van der Meer|van der Linden|Kok|Jacobs|de Haan|Vermeulen|van den Berg|van der Heijden|van der Veen|Paffen-Zeenni|Özdemir|Çelik|Müller|Hoekstra`.split(
    '|',
  );
