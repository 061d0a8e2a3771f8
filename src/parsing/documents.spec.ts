import { attachedDocument, findDocumentReferences, scanDocuments } from './documents';
import { parseAsOf } from '../../test/support/parsing/spec-helpers';

type Expected = { kind: string; reference: string | null; title: string | null; date?: string | null };

/** Sentences as they stand in questions and answers, with the documents they name (first mention first). */
const NAMED: Array<[string, Expected[]]> = [
  // A framework named by lower-case words after its capitalised keyword, set off by a comma and a clause about it, is
  // read up to the comma; a verb among the words is no title (fix-63c).
  [
    'Wij nemen dit mee in het Beleidskader ligplaatsen en woonboten, dat wij in 2025 aan de raad voorleggen. In het Beleidskader staat niets over ligplaatsen, dat is jammer.',
    [{ kind: 'policy', reference: null, title: 'Beleidskader ligplaatsen en woonboten' }],
  ],
  // A subject pronoun after an inverted verb is no word of a title: `de Speelvisie herzien wij medio 2026` is a short
  // mention of the one named before, not a document `Speelvisie herzien wij` (fix-57c).
  [
    'De Speelvisie Haverdam 2021 noemt geen aantallen. De Speelvisie herzien wij medio 2026. Het Groenplan passen we in 2027 aan.',
    [
      { kind: 'policy', reference: null, title: 'Speelvisie Haverdam 2021' },
      { kind: 'policy', reference: null, title: 'Groenplan' },
    ],
  ],
  // A regeling named by lower-case words as another government's scheme, no year: `other`, its title before `van`
  // (fix-56c); a year-less one of no named government stays no document.
  [
    'Boeren vragen steun aan via de Subsidieregeling zonnepanelen van de provincie Drenthe. Wij volgen de regeling\nvoor het Rijk. Ook de Regeling schoolzwemmen van het Rijk helpt. De regeling zwembaden van onze gemeente blijft.',
    [
      { kind: 'other', reference: null, title: 'Subsidieregeling zonnepanelen' },
      { kind: 'other', reference: null, title: 'Regeling schoolzwemmen' },
    ],
  ],
  // A regeling named by lower-case words and a name without a year is the state's: `other`, as a law is (fix-49b).
  [
    'Ondernemers krijgen een bijdrage op grond van de Regeling tegemoetkoming schade Suriname. Zie ook de Regeling\nsubsidie dorpshuizen Haverdam 2024.',
    [
      { kind: 'other', reference: null, title: 'Regeling tegemoetkoming schade Suriname' },
      { kind: 'regulation', reference: null, title: 'Regeling subsidie dorpshuizen Haverdam 2024' },
    ],
  ],
  // A verordening as the subject of a passive clause that adopts it, its date wrapped over two lines (fix-46).
  [
    'De Verordening Duurzaamheidslening Haverdam 2025 is op 12\nmaart 2025 vastgesteld.',
    [
      {
        kind: 'regulation',
        reference: null,
        title: 'Verordening Duurzaamheidslening Haverdam 2025',
        date: '2025-03-12',
      },
    ],
  ],
  // An annual report whose name lists its subjects (`X, Y en Z`) before the year, at a line's start (fix-46).
  [
    'De aantallen staan in het\nJaarverslag Sport, Cultuur en Recreatie 2024.',
    [{ kind: 'other', reference: null, title: 'Jaarverslag Sport, Cultuur en Recreatie 2024' }],
  ],
  // A plan's place name wrapped to the next line of a question (fix-46).
  [
    'Wat betekent dit voor het Regionaal Mobiliteitsplan\nZuidkust?',
    [{ kind: 'policy', reference: null, title: 'Regionaal Mobiliteitsplan Zuidkust' }],
  ],
  // A quoted title wrapped over two lines with its number in brackets, named again unwrapped later: one motion.
  [
    "Volgt u de motie 'Schone\nsloten' (M2023-11)?\n\nDe motie 'Schone sloten' vraagt een plan.",
    [{ kind: 'motion', reference: 'M2023-11', title: 'Schone sloten' }],
  ],
  // The general APV styled in sentence case, as many municipalities print it, named by a place of several words.
  [
    'Dat verbiedt artikel 2:9 van de Algemene plaatselijke verordening Bergen op Zoom 2024.',
    [{ kind: 'regulation', reference: null, title: 'Algemene plaatselijke verordening Bergen op Zoom 2024' }],
  ],
  // A general by-law whose adjective is capitalised as part of its name keeps it.
  [
    'Wij herzien de Gemeentelijke Subsidieverordening Oosterdorp 2020 volgend jaar.',
    [{ kind: 'regulation', reference: null, title: 'Gemeentelijke Subsidieverordening Oosterdorp 2020' }],
  ],
  // The raad adopting a motion named by its number without an article dates it (`nam de raad motie M… 'X' aan`).
  [
    "Op 3 maart 2022 nam de raad motie M2022-08 'Bomen in de wijk' aan.",
    [{ kind: 'motion', reference: 'M2022-08', title: 'Bomen in de wijk', date: '2022-03-03' }],
  ],
  // A plan's name runs over a place with a bare `aan` (`Bergen aan Zee`) up to its period of years.
  [
    'Dat staat in het Groenbeleidsplan Wijk aan Zee 2022-2028 dat de raad heeft vastgesteld.',
    [{ kind: 'policy', reference: null, title: 'Groenbeleidsplan Wijk aan Zee 2022-2028' }],
  ],
  // A network plan named with a place and a year is a policy, as a compound plan is.
  [
    'Wij werken het Hoofdfietsnetwerk Dongen 2022 dit jaar bij.',
    [{ kind: 'policy', reference: null, title: 'Hoofdfietsnetwerk Dongen 2022' }],
  ],
  // A law named by `Wet` and lower-case words keeps the year that closes its name.
  [
    'Volgens de Wet inburgering 2021 moet dat binnen een jaar gebeuren.',
    [{ kind: 'other', reference: null, title: 'Wet inburgering 2021' }],
  ],
  // A numbered letter with a quoted title: the date after the title is the letter's.
  [
    "In de raadsinformatiebrief 2025-017 'Stand van de dijken' van 4 maart 2025 staat het overzicht.",
    [{ kind: 'council_letter', reference: '2025-017', title: 'Stand van de dijken', date: '2025-03-04' }],
  ],
  // An agreement named by two capitalised words and no year; a monitor whose own word is capitalised, with a year.
  [
    'De lasten worden verdeeld volgens de Samenwerkingsovereenkomst Nieuwe Haven. Wij melden dit in de Monitor Wonen Zuid 2025.',
    [
      { kind: 'other', reference: null, title: 'Samenwerkingsovereenkomst Nieuwe Haven' },
      { kind: 'other', reference: null, title: 'Monitor Wonen Zuid 2025' },
    ],
  ],
  // A capitalised adjective between the article and a `Visie`/`Nota` keyword is part of the name; the year closes it.
  [
    'Past de groei in de groene zone die de Regionale Nota Landschap 2028 mogelijk maakt?',
    [{ kind: 'policy', reference: null, title: 'Regionale Nota Landschap 2028' }],
  ],
  // A period of years closes a title read after its keyword, as a single year does.
  [
    'Welke doelen uit het Beleidskader Cultuur en Erfgoed 2022-2026 blijven liggen?',
    [{ kind: 'policy', reference: null, title: 'Beleidskader Cultuur en Erfgoed 2022-2026' }],
  ],
  // The clause after a motion, amendment or proposal dates it when its verb adopts it, also with words between the
  // date and the verb, a proposal's `vastgesteld`, or the verb's particle before or after the date.
  [
    "Past dit bij het raadsvoorstel 'Kaders Jeugdhulp 2025', dat uw raad op 3 oktober 2024 heeft vastgesteld?",
    [{ kind: 'council_proposal', reference: null, title: 'Kaders Jeugdhulp 2025', date: '2024-10-03' }],
  ],
  [
    "Hoe voert u de motie 'Schone sloten' (M24-08) uit, die de raad op 2 mei 2024 met algemene stemmen aannam?",
    [{ kind: 'motion', reference: 'M24-08', title: 'Schone sloten', date: '2024-05-02' }],
  ],
  [
    "De raad stelde het raadsvoorstel 'Nieuwe brug Oosthaven' op 12 maart 2024 vast, met een krediet.",
    [{ kind: 'council_proposal', reference: null, title: 'Nieuwe brug Oosthaven', date: '2024-03-12' }],
  ],
  [
    "Uw raad nam de motie 'Bankje bij de bushalte' (M2022-31) aan op 5 april 2022.",
    [{ kind: 'motion', reference: 'M2022-31', title: 'Bankje bij de bushalte', date: '2022-04-05' }],
  ],
  // The raad's decision on a day taken by (`bij`, `met`, `via`) the proposal named right after it dates that proposal.
  [
    "Uw raad gaf op 9 februari 2022 extra geld vrij met het raadsvoorstel 'Sporthal De Linde' (2022-031).",
    [{ kind: 'council_proposal', reference: '2022-031', title: 'Sporthal De Linde', date: '2022-02-09' }],
  ],
  // … but a policy note's `vastgesteld` is not its date.
  [
    'Dat staat in het Actieplan Sport Westdorp 2024-2027. Het is op 3 juli 2024 door de raad vastgesteld.',
    [{ kind: 'policy', reference: null, title: 'Actieplan Sport Westdorp 2024-2027', date: null }],
  ],
  // A keyword's quoted title followed by `, aangenomen op …` is dated so, also with the date wrapped.
  [
    "Voert u de motie 'Geen gat in de dijk', aangenomen op 3 maart\n2022, nog uit?",
    [{ kind: 'motion', reference: null, title: 'Geen gat in de dijk', date: '2022-03-03' }],
  ],
  // An amendment's or motion's short number with a hyphen after its letter.
  [
    'Het amendement A-12 en de motie M-3 zijn uitgevoerd.',
    [
      { kind: 'amendment', reference: 'A-12', title: null },
      { kind: 'motion', reference: 'M-3', title: null },
    ],
  ],
  // A letter named by its date alone after the same kind's letter with that title and date is that letter.
  [
    "In de raadsinformatiebrief 'Stand van de bruggen' van 2 mei 2024 staat het. Wij lichtten het toe in de raadsinformatiebrief van 2 mei 2024.",
    [{ kind: 'council_letter', reference: null, title: 'Stand van de bruggen', date: '2024-05-02' }],
  ],
  // A letter of a minister, a province's Gedeputeerde Staten or the Kamer named by its sender and date.
  [
    'Wij volgen de brief van de minister van Binnenlandse Zaken en Koninkrijksrelaties\nvan 3 april 2024 en de brief van Gedeputeerde Staten van Gelderland van 9 mei 2024.',
    [
      { kind: 'other', reference: null, title: null, date: '2024-04-03' },
      { kind: 'other', reference: null, title: null, date: '2024-05-09' },
    ],
  ],
  // An APV named with a place of two words; the CVDR number in brackets is the whole title's.
  [
    'Artikel 2:10 van de Algemene Plaatselijke Verordening Oude IJsselstreek (CVDR654321) geldt hier.',
    [
      {
        kind: 'regulation',
        reference: 'CVDR654321',
        title: 'Algemene Plaatselijke Verordening Oude IJsselstreek',
        date: null,
      },
    ],
  ],
  // A number with a two-digit year after a dot; the mover named before the bracketed title.
  [
    "Hoe staat het met motie 87.24 van het lid Visser ('Bankjes in het park'), die de raad op 4 april 2024 aannam?",
    [{ kind: 'motion', reference: '87.24', title: 'Bankjes in het park', date: '2024-04-04' }],
  ],
  // `…', aangenomen op …` right after a numbered motion's quoted title dates it.
  [
    "Volgens de motie M2023-077 'Groene schoolpleinen', aangenomen op 9 februari 2023, vergroenen wij de pleinen.",
    [{ kind: 'motion', reference: 'M2023-077', title: 'Groene schoolpleinen', date: '2023-02-09' }],
  ],
  // A motion number with a hyphen after its letter; the adoption clause after the motion is not the plan's before it.
  [
    "Wij volgen het Speelruimteplan Voorbeeld 2022-2026 en de motie 'Spelen in de wijk' (A-22-14), die de raad op 3 maart 2022 aannam.",
    [
      { kind: 'policy', reference: null, title: 'Speelruimteplan Voorbeeld 2022-2026' },
      { kind: 'motion', reference: 'A-22-14', title: 'Spelen in de wijk', date: '2022-03-03' },
    ],
  ],
  [
    'Staat de wijk in het Gemeentelijk Rioleringsplan? Ja, in het Gemeentelijk Rioleringsplan Voorbeeld 2023-2027.',
    [{ kind: 'policy', reference: null, title: 'Gemeentelijk Rioleringsplan Voorbeeld 2023-2027' }],
  ],
  // A place whose name has a lower-case particle, before the period's years, is part of the title.
  [
    'Wij schrijven een Sportnota Rijn bij Beekdal 2025-2029, die de oude vervangt.',
    [{ kind: 'policy', reference: null, title: 'Sportnota Rijn bij Beekdal 2025-2029' }],
  ],
  [
    'Dat staat in het Groenplan Berg aan den Zee 2024.',
    [{ kind: 'policy', reference: null, title: 'Groenplan Berg aan den Zee 2024' }],
  ],
  [
    'Dit staat in de Beleidsregel kamerverhuur Berg op Zoomdal 2021 (CVDR700001).',
    [{ kind: 'regulation', reference: 'CVDR700001', title: 'Beleidsregel kamerverhuur Berg op Zoomdal 2021' }],
  ],
  // A full date right after a quoted title is the document's.
  [
    "Dit vroeg de raad in de motie 'Ruimte voor bomen' van 3 oktober 2023?",
    [{ kind: 'motion', reference: null, title: 'Ruimte voor bomen', date: '2023-10-03' }],
  ],
  [
    'Het staat in het Groenbeleid Voorbeeld 2020-2030.',
    [{ kind: 'policy', reference: null, title: 'Groenbeleid Voorbeeld 2020-2030' }],
  ],
  [
    'De tarieven staan in de Legesverordening sportparken Voorbeeld 2025 (CVDR123456).',
    [{ kind: 'regulation', reference: 'CVDR123456', title: 'Legesverordening sportparken Voorbeeld 2025' }],
  ],
  [
    "Een overzicht staat in de raadsinformatiebrief 'Voortgang haven' (RIB 2025-022).",
    [{ kind: 'council_letter', reference: '2025-022', title: 'Voortgang haven' }],
  ],
  [
    'Dit mag op grond van de Algemene\nPlaatselijke Verordening Voorbeeld 2023.',
    [{ kind: 'regulation', reference: null, title: 'Algemene Plaatselijke Verordening Voorbeeld 2023' }],
  ],
  [
    "Het geld komt uit het amendement A-2024-07 'Groene schoolpleinen'.",
    [{ kind: 'amendment', reference: 'A-2024-07', title: 'Groene schoolpleinen' }],
  ],
  [
    "Zoals de motie 'Veilig fietsen' (2022-M09) vraagt.",
    [{ kind: 'motion', reference: '2022-M09', title: 'Veilig fietsen' }],
  ],
  [
    'Zie de Verordening antidiscriminatievoorziening Amstelveen 2021 voor de taken.',
    [{ kind: 'regulation', reference: null, title: 'Verordening antidiscriminatievoorziening Amstelveen 2021' }],
  ],
  [
    'Eigenaren krijgen een bijdrage uit de Stimuleringsregeling groene daken Voorbeeld 2022.',
    [{ kind: 'regulation', reference: null, title: 'Stimuleringsregeling groene daken Voorbeeld 2022' }],
  ],
  ['De Subsidieregeling loopt tot 2026.', []],
  [
    'De Verordening Jeugdhulp Utrecht regelt dit.',
    [{ kind: 'regulation', reference: null, title: 'Verordening Jeugdhulp Utrecht' }],
  ],
  [
    'Dit staat in de Nota Integratie en Inclusie.',
    [{ kind: 'policy', reference: null, title: 'Nota Integratie en Inclusie' }],
  ],
  [
    'De Nota Wonen, Welzijn en Zorg is in 2023 vastgesteld.',
    [{ kind: 'policy', reference: null, title: 'Nota Wonen, Welzijn en Zorg' }],
  ],
  [
    'In de Groenvisie Zeewolde staat dit. Het Beheerplan Bomen en Struiken 2026-2030 volgt.',
    [
      { kind: 'policy', reference: null, title: 'Groenvisie Zeewolde' },
      { kind: 'policy', reference: null, title: 'Beheerplan Bomen en Struiken 2026-2030' },
    ],
  ],
  [
    'De Nota Bestaanszekerheid 2023-2026 geldt nog. In de Nota Bestaanszekerheid staat het budget.',
    [{ kind: 'policy', reference: null, title: 'Nota Bestaanszekerheid 2023-2026' }],
  ],
  [
    'Het college heeft dit beoordeeld in de nota „Bomen en groen”.',
    [{ kind: 'policy', reference: null, title: 'Bomen en groen' }],
  ],
  [
    'De Lokale Sportagenda Hart van Drenthe 2024-2028 noemt dit. Volgens de Sportagenda is dat zo.',
    [{ kind: 'policy', reference: null, title: 'Lokale Sportagenda Hart van Drenthe 2024-2028' }],
  ],
  [
    'De Algemene Plaatselijke Verordening Ede 2023 verbiedt dit. Een ontheffing van de APV kan.',
    [{ kind: 'regulation', reference: null, title: 'Algemene Plaatselijke Verordening Ede 2023' }],
  ],
  [
    "Ook de op 3 juni 2024 aangenomen motie 'Licht aan' (M2024-11) vraagt dit. Op 5 maart 2023 nam de raad de motie 'Groen' (M2023-02) aan.",
    [
      { kind: 'motion', reference: 'M2024-11', title: 'Licht aan', date: '2024-06-03' },
      { kind: 'motion', reference: 'M2023-02', title: 'Groen', date: '2023-03-05' },
    ],
  ],
  [
    "Op 8 mei 2023 nam uw raad bovendien de motie 'Minder afval' aan.",
    [{ kind: 'motion', reference: null, title: 'Minder afval', date: '2023-05-08' }],
  ],
  [
    "De motie 'Stille nachten' (M2022-31) is op 14 april 2022 door de gemeenteraad aangenomen.",
    [{ kind: 'motion', reference: 'M2022-31', title: 'Stille nachten', date: '2022-04-14' }],
  ],
  [
    "Past dit in het Groenplan Ede 2020-2030 en de op 4 maart 2024 aangenomen motie 'Meer bomen' (M2024-05)?",
    [
      { kind: 'policy', reference: null, title: 'Groenplan Ede 2020-2030', date: null },
      { kind: 'motion', reference: 'M2024-05', title: 'Meer bomen', date: '2024-03-04' },
    ],
  ],
  [
    'Het Actieplan Veiligheid 2024-2027 noemt dit als prioriteit.',
    [{ kind: 'policy', reference: null, title: 'Actieplan Veiligheid 2024-2027' }],
  ],
  [
    'Zoals afgesproken in het Coalitieakkoord 2022-2026 zetten wij dit voort.',
    [{ kind: 'policy', reference: null, title: 'Coalitieakkoord 2022-2026' }],
  ],
  [
    'Het college verwijst naar het Integraal Huisvestingsplan Onderwijs 2020-2035.',
    [{ kind: 'policy', reference: null, title: 'Integraal Huisvestingsplan Onderwijs 2020-2035' }],
  ],
  [
    'Het Uitvoeringsprogramma Armoede 2023-2025 loopt nog.',
    [{ kind: 'policy', reference: null, title: 'Uitvoeringsprogramma Armoede 2023-2025' }],
  ],
  [
    'In de Woonvisie 2030 staat het doel van 30 procent sociale huur.',
    [{ kind: 'policy', reference: null, title: 'Woonvisie 2030' }],
  ],
  ['Het Mobiliteitsplan geeft de richting aan.', [{ kind: 'policy', reference: null, title: 'Mobiliteitsplan' }]],
  [
    'Het Regionaal Veiligheidsplan geldt voor de hele regio.',
    [{ kind: 'policy', reference: null, title: 'Regionaal Veiligheidsplan' }],
  ],
  [
    'de Diversiteitsnota 2023-2026 van de gemeente',
    [{ kind: 'policy', reference: null, title: 'Diversiteitsnota 2023-2026' }],
  ],
  [
    'Met Raadsvoorstel 2024-045 stelde de raad het budget vast.',
    [{ kind: 'council_proposal', reference: '2024-045', title: null }],
  ],
  [
    'het raadsvoorstel „Herijking subsidiebeleid”',
    [{ kind: 'council_proposal', reference: null, title: 'Herijking subsidiebeleid' }],
  ],
  ['Het amendement A12 werd verworpen.', [{ kind: 'amendment', reference: 'A12', title: null }]],
  [
    'Amendement 2023-14A over de parkeertarieven is aangenomen.',
    [{ kind: 'amendment', reference: '2023-14A', title: null }],
  ],
  ['De aangenomen motie M2024-12 vraagt om een evaluatie.', [{ kind: 'motion', reference: 'M2024-12', title: null }]],
  ['De motie M7 van de fractie van D66 is uitgevoerd.', [{ kind: 'motion', reference: 'M7', title: null }]],
  ['Motie 2023/15 vroeg om meer toezicht.', [{ kind: 'motion', reference: '2023/15', title: null }]],
  [
    'Op 6 november 2018 (2018-115M) nam de raad een motie aan.',
    [{ kind: 'motion', reference: '2018-115M', title: null, date: '2018-11-06' }],
  ],
  [
    'In de collegebrief van 12 maart 2024 staat dat het onderzoek loopt.',
    [{ kind: 'council_letter', reference: null, title: null, date: '2024-03-12' }],
  ],
  [
    'In de RIB van 3 oktober 2024 meldden wij dit al.',
    [{ kind: 'council_letter', reference: null, title: null, date: '2024-10-03' }],
  ],
  [
    'de Raadsinformatiebrief 2024-085 Stappen voor iedereen, waarin wij dit toelichten',
    [{ kind: 'council_letter', reference: '2024-085', title: 'Stappen voor iedereen' }],
  ],
  [
    'Het staat in artikel 2:10 van de Algemene Plaatselijke Verordening.',
    [{ kind: 'regulation', reference: null, title: 'Algemene Plaatselijke Verordening' }],
  ],
  ['De APV verbiedt dit.', [{ kind: 'regulation', reference: null, title: 'APV' }]],
  [
    'de Afvalstoffenverordening 2022 regelt de inzameling',
    [{ kind: 'regulation', reference: null, title: 'Afvalstoffenverordening 2022' }],
  ],
  [
    'Volgens de Algemene inkoopverordening Bergen op Zoom\n   2021 mag dat niet.',
    [{ kind: 'regulation', reference: null, title: 'Algemene inkoopverordening Bergen op Zoom 2021' }],
  ],
  ['Zie CVDR699462 voor de tekst.', [{ kind: 'regulation', reference: 'CVDR699462', title: null }]],
  [
    'De Meldregeling Integriteit 2023 geldt voor alle medewerkers.',
    [{ kind: 'regulation', reference: null, title: 'Meldregeling Integriteit 2023' }],
  ],
  [
    'De Gedragscode Integriteit Amstelveen 2024 is aangepast.',
    [{ kind: 'other', reference: null, title: 'Gedragscode Integriteit Amstelveen 2024' }],
  ],
  ['De Participatiewet biedt die ruimte niet.', [{ kind: 'other', reference: null, title: 'Participatiewet' }]],
  [
    'volgens de Wet gemeentelijke antidiscriminatievoorzieningen',
    [{ kind: 'other', reference: null, title: 'Wet gemeentelijke antidiscriminatievoorzieningen' }],
  ],
  [
    'het rapport „Discriminatie in beeld” van het Verwey-Jonker Instituut',
    [{ kind: 'other', reference: null, title: 'Discriminatie in beeld' }],
  ],
  ['het convenant „Veilig uitgaan” met de horeca', [{ kind: 'other', reference: null, title: 'Veilig uitgaan' }]],
  [
    'In de Nota Integratie en Inclusie en met motie M2024-12 vroeg de raad om de Verordening antidiscriminatievoorziening Amstelveen 2021 te evalueren.',
    [
      { kind: 'policy', reference: null, title: 'Nota Integratie en Inclusie' },
      { kind: 'motion', reference: 'M2024-12', title: null },
      { kind: 'regulation', reference: null, title: 'Verordening antidiscriminatievoorziening Amstelveen 2021' },
    ],
  ],
  [
    'Wij voeren de motie Bomen voor iedereen (M23-017) uit, zoals de Omgevingswet 2021 toestaat.',
    [
      { kind: 'motion', reference: 'M23-017', title: 'Bomen voor iedereen' },
      { kind: 'other', reference: null, title: 'Omgevingswet 2021' },
    ],
  ],
  [
    "De motie 'Groen in de wijk' (M22-005), die de raad op 3 maart 2022 aannam, voeren wij uit.",
    [{ kind: 'motion', reference: 'M22-005', title: 'Groen in de wijk', date: '2022-03-03' }],
  ],
  [
    'Daarvoor geldt de Subsidieregeling Groene Daken Voorbeeld.',
    [{ kind: 'regulation', reference: null, title: 'Subsidieregeling Groene Daken Voorbeeld' }],
  ],
  [
    'Wij werken aan de Route Zorg Westerhaven 2026-2029, die wij volgend jaar voorleggen.',
    [{ kind: 'policy', reference: null, title: 'Route Zorg Westerhaven 2026-2029' }],
  ],
  [
    'Is het college bekend met het Regionaal Bereikbaarheidsplan A12 van de provincie?',
    [{ kind: 'policy', reference: null, title: 'Regionaal Bereikbaarheidsplan A12' }],
  ],
  [
    'Dit volgt uit het Regionaal Water- en Groenplan 2021-2027 (RWGP).',
    [{ kind: 'policy', reference: null, title: 'Regionaal Water- en Groenplan 2021-2027' }],
  ],
  [
    'De cijfers komen uit de Fietstevredenheidsmonitor 2023?',
    [{ kind: 'other', reference: null, title: 'Fietstevredenheidsmonitor 2023' }],
  ],
  [
    "Het geluidsrapport 'Havenkade-Noord\n2023' ligt ter inzage.",
    [{ kind: 'other', reference: null, title: 'Havenkade-Noord 2023' }],
  ],
  [
    "Het onderzoek 'Thuis op tijd' en het voorlopig ontwerp 'Markt-Oost' liggen klaar.",
    [
      { kind: 'other', reference: null, title: 'Thuis op tijd' },
      { kind: 'other', reference: null, title: 'Markt-Oost' },
    ],
  ],
  [
    "Het uitvoeringsplan 'Schoon en heel' volgt in maart.",
    [{ kind: 'policy', reference: null, title: 'Schoon en heel' }],
  ],
  [
    'Het staat in de Samenwerkingsovereenkomst Kustlijn Noord 2022-2032.',
    [{ kind: 'other', reference: null, title: 'Samenwerkingsovereenkomst Kustlijn Noord 2022-2032' }],
  ],
  [
    'Wij werken volgens het Zorgconvenant Noord en Oost Voorbeeld 2023. Het verkeersbesluit volgt.',
    [{ kind: 'other', reference: null, title: 'Zorgconvenant Noord en Oost Voorbeeld 2023' }],
  ],
  // A note named by its kind word and capitalised words, no year (fix-47).
  [
    'Wij sturen u de Notitie Speelruimte Waterdam in mei.',
    [{ kind: 'policy', reference: null, title: 'Notitie Speelruimte Waterdam' }],
  ],
  // A covenant named by lower-case words, then a place and its year (fix-47).
  [
    'Het Convenant laadpalen Oosthaven 2022 regelt het onderhoud.',
    [{ kind: 'other', reference: null, title: 'Convenant laadpalen Oosthaven 2022' }],
  ],
  // An agreement made with others (`Sportakkoord`, `Regionaal Woonakkoord`) is a covenant; a coalition's is policy.
  [
    'Dat staat in het Sportakkoord Lindewoud 2022-2025 en in het Regionaal Woonakkoord West-Zeeland 2024-2028.',
    [
      { kind: 'other', reference: null, title: 'Sportakkoord Lindewoud 2022-2025' },
      { kind: 'other', reference: null, title: 'Regionaal Woonakkoord West-Zeeland 2024-2028' },
    ],
  ],
  [
    'De zones staan in het Luchthavenbesluit Oosterveld. Het Raadsbesluit Begroting wijzigt niets.',
    [{ kind: 'other', reference: null, title: 'Luchthavenbesluit Oosterveld' }],
  ],
  // A document read by its kind word and by its name alone is one document; the kind word says what it is.
  [
    "Valt dit onder het Actieplan Fietsroutes? Ja, het raadsvoorstel\n'Actieplan Fietsroutes 2026-2029' volgt in mei.",
    [{ kind: 'council_proposal', reference: null, title: 'Actieplan Fietsroutes 2026-2029' }],
  ],
  // A date after a letter's number in brackets is the letter's.
  [
    "Dat meldden wij in de raadsinformatiebrief 'Stand van de kades' (RIB 2023-88) van\n4 april 2023.",
    [{ kind: 'council_letter', reference: '2023-88', title: 'Stand van de kades', date: '2023-04-04' }],
  ],
  // … and a date right after a quoted title without any number.
  [
    "Dat stond in de raadsbrief 'Groen in de\nwijken' van 3 maart 2024.",
    [{ kind: 'council_letter', reference: null, title: 'Groen in de wijken', date: '2024-03-03' }],
  ],
  // … and so is a date after a number printed right after the kind word.
  [
    'Dat stond in raadsinformatiebrief 2023-51 van\n2 mei 2023.',
    [{ kind: 'council_letter', reference: '2023-51', title: null, date: '2023-05-02' }],
  ],
  // A beleidsregel named by lower-case words, a place and its year; its CVDR number in brackets is its own.
  [
    'Tot dan geldt de Beleidsregel standplaatsen Hoogvelde 2019 (CVDR123456).',
    [{ kind: 'regulation', reference: 'CVDR123456', title: 'Beleidsregel standplaatsen Hoogvelde 2019' }],
  ],
  // A number in brackets after a quoted title may be printed with `nummer` or `nr.` before it.
  [
    "Wij leggen het raadsvoorstel 'Nieuwe sporthal' (nr. 2025-07) in maart voor.",
    [{ kind: 'council_proposal', reference: '2025-07', title: 'Nieuwe sporthal' }],
  ],
  // A motion number with a two-digit year after its kind word.
  [
    "Hoe staat het met de motie M23-14 'Groen in de\nwijk'? De motie M23-14 'Groen in de wijk' voeren wij uit.",
    [{ kind: 'motion', reference: 'M23-14', title: 'Groen in de wijk' }],
  ],
  // … and a date after a quoted title after the number is the motion's.
  [
    "Wij voeren de motie M2024-31 'Bankjes in het park' van 9 oktober 2024 uit.",
    [{ kind: 'motion', reference: 'M2024-31', title: 'Bankjes in het park', date: '2024-10-09' }],
  ],
  // A time phrase after a short mention of a known title is when, not part of the name.
  [
    'Komt er een Parkeervisie Noorddorp 2021-2031? Wij passen de Parkeervisie eind 2025 aan.',
    [{ kind: 'policy', reference: null, title: 'Parkeervisie Noorddorp 2021-2031' }],
  ],
  // A date in a clause whose verb at its end adopts the motion (`… de raad op … de motie … aannam`) is the motion's.
  [
    "Wat is er gebeurd sinds de raad op 12 mei 2022 de motie M2022-19 'Stille\nstraten' aannam?",
    [{ kind: 'motion', reference: 'M2022-19', title: 'Stille straten', date: '2022-05-12' }],
  ],
  // … and so is `, aangenomen op …` after its number.
  [
    "Motie 'Schaduw op het schoolplein' (M2021-88), aangenomen op 3 februari 2022.",
    [{ kind: 'motion', reference: 'M2021-88', title: 'Schaduw op het schoolplein', date: '2022-02-03' }],
  ],
  // A compound policy word may be followed by two capitalised words, a part of town and the place.
  [
    'De laadpalen passen in het Kleurenplan Havenkwartier Dalen. Meer volgt in 2025.',
    [{ kind: 'policy', reference: null, title: 'Kleurenplan Havenkwartier Dalen' }],
  ],
  // Treaties and conventions are documents (`other`), named by the capitalised words after them.
  [
    'Het VN-verdrag Klimaat vraagt dit. Ook het Verdrag van Lissabon en het Europees Verdrag voor de Rechten van de Mens.',
    [
      { kind: 'other', reference: null, title: 'VN-verdrag Klimaat' },
      { kind: 'other', reference: null, title: 'Verdrag van Lissabon' },
      { kind: 'other', reference: null, title: 'Europees Verdrag voor de Rechten van de Mens' },
    ],
  ],
  // A budget named as a capitalised compound and its year or years is a document, `other` (fix-62a).
  [
    'De kosten staan in de Programmabegroting 2026. De Meerjarenbegroting 2026-2029 laat ruimte.',
    [
      { kind: 'other', reference: null, title: 'Programmabegroting 2026' },
      { kind: 'other', reference: null, title: 'Meerjarenbegroting 2026-2029' },
    ],
  ],
  // The raad's decision in the perfect, the participle after the date, dates the motion named after it (fix-62a).
  [
    "Uw raad heeft dit op 12 maart 2024 bekrachtigd met de motie 'Veilig naar school'.",
    [{ kind: 'motion', reference: null, title: 'Veilig naar school', date: '2024-03-12' }],
  ],
];

/** Sentences that name no document. */
const NONE: string[] = [
  'Wij hebben de regeling in 2023 geëvalueerd.',
  'De nota is nog niet klaar.',
  'Het plan wordt in 2025 uitgevoerd.',
  'In 2024 hebben wij 300 meldingen ontvangen.',
  'De motie werd met algemene stemmen aangenomen.',
  'Er is een amendement ingediend.',
  'Het college stuurt u in maart een brief.',
  'Wij verwachten dat het aantal meldingen daalt.',
  'De verordening richt zich op inwoners.',
  'Visie en ambitie zijn belangrijk voor de stad.',
  'De wethouder gaat in gesprek met de Rabobank.',
  'Wij sturen u daarover een raadsinformatiebrief.',
  'Zie ook vraag 3 en het antwoord op vraag 4.',
  'De Kredietbank heeft een wachtlijst van zes weken.',
  'Het Platform Toegankelijkheid organiseert een schouw.',
  'Een nieuwe Meldregeling is in voorbereiding.',
  'In de collegebrief van vorige week stond dit niet.',
  'Verordening is een groot woord voor deze afspraak.',
  'In de periode 2025-2028 verwachten wij groei.',
  'Zie het Dossier 2024-1031 in het zaaksysteem.',
  'De Jeugdmonitor laat een daling zien.',
  "Het onderzoek 'loopt nog' volgens de ambtenaren.",
  "Het plan 'proefstappen' werkt goed.",
  'Dat verdrag is in 2016 door Nederland geratificeerd.',
  'Het verdrag van de buurgemeente geldt hier niet.',
  'In de begroting 2026 is geld gereserveerd; de gemeentebegroting vanaf 2027 volgt.',
];

describe('document detection', () => {
  it.each(NAMED)('finds the documents in %j', (sentence, expected) => {
    const found = findDocumentReferences(sentence);
    expect(found).toEqual(expected.map((e) => ({ date: null, url: null, ...e })));
  });

  it('reads an agreement named by its scope alone (`het Regionaal Sportakkoord`) as other, the plain word as none (fix-65b)', () => {
    expect(findDocumentReferences('Dit past in het Regionaal Sportakkoord, zoals afgesproken.')).toEqual([
      { kind: 'other', reference: null, title: 'Regionaal Sportakkoord', date: null, url: null },
    ]);
    expect(findDocumentReferences('Dit past in het sportakkoord.')).toEqual([]);
  });

  it.each(NONE)('finds no document in %j', (sentence) => {
    expect(findDocumentReferences(sentence)).toEqual([]);
  });
});

describe('misprinted reference years', () => {
  it.each([
    [
      "de motie 'Schone straten' (M2032-07), die de raad op 4 maart 2023 heeft aangenomen",
      ['motie M2032-07: aangenomen op 4 maart 2023, bedoeld is waarschijnlijk M2023-07'],
    ],
    [
      'Op 12 juni 2019 (2091-88M) nam de raad de motie aan.',
      ['motie 2091-88M: aangenomen op 12 juni 2019, bedoeld is waarschijnlijk 2019-88M'],
    ],
    // The adopting verb printed with the date in another mention (the question) than the number (the answer).
    [
      "Wat doet u met de motie 'Veilig fietsen', die de raad op 6 juni 2024 aannam?\n\n" +
        'Antwoord 2\n' +
        `${'Wij hebben veel gedaan en wij doen nog meer voor fietsers in de hele gemeente. '.repeat(4)}` +
        "De motie 'Veilig fietsen' (2042-11M) is uitgevoerd.",
      ['motie 2042-11M: aangenomen op 6 juni 2024, bedoeld is waarschijnlijk 2024-11M'],
    ],
    // Swapped digits that give an earlier year are possible as printed (a motion adopted years after its number).
    ['Op 12 juni 2021 (2012-88M) nam de raad de motie aan.', []],
  ])('warns for %j', (text, warnings) => {
    expect(scanDocuments(text).warnings).toEqual(warnings);
  });
});

describe('council letter numbers with a two-digit year', () => {
  it('reads `(25-07)` after a dated letter and `Raadsbrief 25-07` before its title', () => {
    expect(scanDocuments("In de raadsbrief 'Planning brug' van 3 maart 2025 (25-07) staat het.").documents).toEqual([
      { kind: 'council_letter', reference: '25-07', title: 'Planning brug', date: '2025-03-03', url: null },
    ]);
    expect(findDocumentReferences('Zie de collegebrief 12-03-2024 over de brug.')).toEqual([]);
  });
});

describe('a capitalised Regeling with its subject and year', () => {
  it('reads `Regeling tegemoetkoming WSBV 2021` as a regulation, not a bare `Regeling` opening a sentence', () => {
    expect(findDocumentReferences('Er is de Regeling tegemoetkoming WSBV 2021 van het waterschap.')).toEqual([
      { kind: 'regulation', reference: null, title: 'Regeling tegemoetkoming WSBV 2021', date: null, url: null },
    ]);
    expect(findDocumentReferences('Regeling van de schade volgt in 2025.')).toEqual([]);
  });
});

describe('a council letter number with its date inside the brackets', () => {
  it("reads `'Stand van de dijken' (RIB 2025-14 van 2 mei 2025)` as one letter with number and date", () => {
    expect(
      scanDocuments("Zie de raadsinformatiebrief 'Stand van de dijken' (RIB 2025-14 van 2 mei 2025).").documents,
    ).toEqual([
      { kind: 'council_letter', reference: '2025-14', title: 'Stand van de dijken', date: '2025-05-02', url: null },
    ]);
  });
});

describe('an attachment named without a keyword', () => {
  it.each([
    [
      'Notitie Stichting Buurtbus aan de raad, 12 maart 2025',
      { title: 'Notitie Stichting Buurtbus aan de raad', date: '2025-03-12' },
    ],
    ['Lijst speelplekken Westdorp 2025-2027', { title: 'Lijst speelplekken Westdorp 2025-2027', date: null }],
  ])('reads %j as an `other` document', (value, expected) => {
    expect(attachedDocument(value)).toEqual({ kind: 'other', reference: null, url: null, ...expected });
  });
  it.each(['geen', 'uw brief van 3 maart 2025', '2025-04-01 Antwoorden.pdf', 'Nota Groen Westdorp 2024'])(
    'reads nothing new from %j',
    (value) => {
      expect(attachedDocument(value)).toBeNull();
    },
  );
});

describe('a report named by a rapport compound, capitalised words and a year', () => {
  it('reads `het Controlerapport Speeltoestellen Westdorp 2024`, also wrapped over a line', () => {
    expect(
      scanDocuments('Uit het Controlerapport Speeltoestellen\nWestdorp 2024 blijkt dat twee toestellen slecht zijn.')
        .documents,
    ).toEqual([
      { kind: 'other', reference: null, title: 'Controlerapport Speeltoestellen Westdorp 2024', date: null, url: null },
    ]);
  });
});

describe('a plan named by three capitalised words after its keyword, a law inside it', () => {
  it('reads `het Uitvoeringsplan Omgevingswet Haven Noord` as one plan, not also the law', () => {
    expect(
      scanDocuments('Dat staat in het Uitvoeringsplan Omgevingswet Haven Noord. Wij voeren het uit.').documents,
    ).toEqual([
      { kind: 'policy', reference: null, title: 'Uitvoeringsplan Omgevingswet Haven Noord', date: null, url: null },
    ]);
  });
  it('reads `het Actieplan Wet gemeentelijke schuldhulpverlening 2021` whole, the law inside it no entry of its own', () => {
    expect(
      findDocumentReferences(
        'Dat staat in het Actieplan Wet gemeentelijke schuldhulpverlening 2021 van onze gemeente.',
      ),
    ).toEqual([
      {
        kind: 'policy',
        reference: null,
        title: 'Actieplan Wet gemeentelijke schuldhulpverlening 2021',
        date: null,
        url: null,
      },
    ]);
  });
  it('reads a letter named by its date with its kenmerk in brackets: `collegebrief van <datum> (kenmerk X)`', () => {
    expect(
      findDocumentReferences('Dat schreven wij in onze collegebrief van 12 mei 2025 (kenmerk UIT/25/0877) al.'),
    ).toEqual([{ kind: 'council_letter', reference: 'UIT/25/0877', title: null, date: '2025-05-12', url: null }]);
  });
  it('dates a letter sent on a day the sentence gives: `op 4 maart 2025 een raadsbrief gestuurd (RIB 2025-012)`', () => {
    expect(
      findDocumentReferences('Wij hebben u op 4 maart 2025 een raadsbrief gestuurd (RIB 2025-012) over de bomen.'),
    ).toEqual([{ kind: 'council_letter', reference: '2025-012', title: null, date: '2025-03-04', url: null }]);
  });
});

describe('held-out-20 document rules (fix-f)', () => {
  it('keeps an apostrophe between letters inside a quoted title: `het rapport ‘Kosten van auto’s in de binnenstad’`', () => {
    expect(
      findDocumentReferences("Wij kennen het rapport 'Kosten van auto's in de binnenstad' van het planbureau."),
    ).toEqual([{ kind: 'other', reference: null, title: "Kosten van auto's in de binnenstad", date: null, url: null }]);
  });
  it('ends a law’s name before a verb or a preposition that goes on the sentence (`de Wet open overheid geldt ook …`)', () => {
    expect(
      findDocumentReferences(
        'Wat betekent de Wet open overheid voor Delden? De Wet open overheid geldt ook voor de gemeente.',
      ),
    ).toEqual([{ kind: 'other', reference: null, title: 'Wet open overheid', date: null, url: null }]);
    expect(findDocumentReferences('De Wet op de ruimtelijke ordening geldt hier niet meer.')).toEqual([
      { kind: 'other', reference: null, title: 'Wet op de ruimtelijke ordening', date: null, url: null },
    ]);
  });
  it('reads a permit named by capitalised words and a year: `de Evenementenvergunning Koningsdag Ede 2024`', () => {
    expect(
      findDocumentReferences('Daarvoor geldt de Evenementenvergunning Koningsdag Ede 2024. Die loopt af.'),
    ).toEqual([
      { kind: 'other', reference: null, title: 'Evenementenvergunning Koningsdag Ede 2024', date: null, url: null },
    ]);
  });
});

describe('held-out-25 document rules (fix-l)', () => {
  it('reads a verordening named after a place linked by `en` before its year (`Verordening Lage en Hoge Weide 2023`)', () => {
    expect(findDocumentReferences('Dit staat in de Parkeerverordening Lage en Hoge Weide 2023.')).toEqual([
      {
        kind: 'regulation',
        reference: null,
        title: 'Parkeerverordening Lage en Hoge Weide 2023',
        date: null,
        url: null,
      },
    ]);
    expect(
      findDocumentReferences('Dit staat in de Parkeerverordening en Woonvisie Lindewoud 2023.').map((d) => d.title),
    ).not.toContain('Parkeerverordening en Woonvisie Lindewoud 2023');
  });
});

describe('held-out-27 policy title (fix-n)', () => {
  it('reads a policy named `Visie op <Subject> <place> <year>` with a capitalised subject and no article', () => {
    expect(
      findDocumentReferences('In de Visie op Mantelzorg Lindewoud 2024 staat dat wij elk jaar evalueren.').map((d) => [
        d.kind,
        d.title,
      ]),
    ).toEqual([['policy', 'Visie op Mantelzorg Lindewoud 2024']]);
  });
});

describe('held-out-25 policy title and council letter date (fix-l)', () => {
  it('reads a policy named `Visie op de <subject> <place> <year>` after an article', () => {
    expect(
      findDocumentReferences('Volgens de Visie op de dorpen Lindewoud 2035 blijft de school open.').map((d) => d.title),
    ).toEqual(['Visie op de dorpen Lindewoud 2035']);
  });
  it('dates a council letter by `hebben wij u op <date> … geïnformeerd` right after its number', () => {
    expect(
      findDocumentReferences(
        'In raadsinformatiebrief 2024-031 hebben wij u op 3 maart 2024 over de parkeerdruk geïnformeerd. Dat blijft zo.',
      ),
    ).toEqual([{ kind: 'council_letter', reference: '2024-031', title: null, date: '2024-03-03', url: null }]);
  });
});

describe('held-out-26 law and by-law titles (fix-o)', () => {
  it("ends a law's name before the verb of what it rules (`De Wet X schrijft voor …`)", () => {
    expect(
      findDocumentReferences('De Wet kinderopvang bepaalt dat een toezichthouder elk jaar komt.').map((d) => d.title),
    ).toEqual(['Wet kinderopvang']);
    expect(
      findDocumentReferences('De Wet open overheid schrijft voor dat wij binnen zes weken besluiten.').map(
        (d) => d.title,
      ),
    ).toEqual(['Wet open overheid']);
  });
  it("joins a by-law named by its subject's initials (`de Wgr-verordening`) to its full title", () => {
    expect(
      findDocumentReferences(
        'Moet de Wgr-verordening anders? Nee, de Verordening gemeenschappelijke regelingen Lindewoud 2021 volstaat.',
      ),
    ).toEqual([
      {
        kind: 'regulation',
        reference: null,
        title: 'Verordening gemeenschappelijke regelingen Lindewoud 2021',
        date: null,
        url: null,
      },
    ]);
    expect(
      findDocumentReferences('De Gr-verordening en de Verordening sportsubsidie Lindewoud 2021 gelden.').map(
        (d) => d.title,
      ),
    ).toHaveLength(2);
  });
});

describe('held-out-29/-30 document titles (fix-r)', () => {
  it('reads an inventory named with capitals and a year as a report (`Bomeninventarisatie X 2021`)', () => {
    expect(findDocumentReferences('Dat blijkt uit onze Bomeninventarisatie Lindewoud 2021.')).toEqual([
      { kind: 'other', reference: null, title: 'Bomeninventarisatie Lindewoud 2021', date: null, url: null },
    ]);
  });
  it('reads an agreement named by lower-case words, then a place and its year', () => {
    expect(
      findDocumentReferences('De boer maait de bermen op grond van de Pachtovereenkomst akkers Lutjebroek 2018.'),
    ).toEqual([
      { kind: 'other', reference: null, title: 'Pachtovereenkomst akkers Lutjebroek 2018', date: null, url: null },
    ]);
  });
  it("reads a regeling's place with its particles (`… Bergen op Zoom 2022`)", () => {
    expect(
      findDocumentReferences('Wij gebruiken de Subsidieregeling groene daken Bergen op Zoom 2022 daarvoor.').map(
        (d) => d.title,
      ),
    ).toEqual(['Subsidieregeling groene daken Bergen op Zoom 2022']);
  });
  it("reads no second document inside another's quoted title (`raadsinformatiebrief 'Regeling X 2025'`)", () => {
    expect(
      findDocumentReferences(
        "Zie raadsinformatiebrief 2025-014 'Tariefregeling zwembad\nLindewoud 2025' van 3 maart 2025.",
      ),
    ).toEqual([
      {
        kind: 'council_letter',
        reference: '2025-014',
        title: 'Tariefregeling zwembad Lindewoud 2025',
        date: '2025-03-03',
        url: null,
      },
    ]);
  });
  it('dates a motion by `, aangenomen op <date>` after its quoted title and number in brackets', () => {
    expect(
      findDocumentReferences("De motie 'Groen dorp' (M-2022-11), aangenomen op 3 maart 2022, vroeg daarom."),
    ).toEqual([{ kind: 'motion', reference: 'M-2022-11', title: 'Groen dorp', date: '2022-03-03', url: null }]);
  });
});

describe('held-out-31/-32 documents (fix-u)', () => {
  it('gives a document the URL of a page named after its title with hyphens, printed before the title', () => {
    expect(
      findDocumentReferences(
        'Kijk op https://www.westdorp.nl/bermbeheerplan-westdorp-2022 voor het Bermbeheerplan Westdorp 2022.',
      ),
    ).toEqual([
      {
        kind: 'policy',
        reference: null,
        title: 'Bermbeheerplan Westdorp 2022',
        date: null,
        url: 'https://www.westdorp.nl/bermbeheerplan-westdorp-2022',
      },
    ]);
  });
  it.each([
    ['Telling fietsers Dorpsstraat, maart 2025', 'Telling fietsers Dorpsstraat'],
    ['Parkeeronderzoek centrum Westdorp (uittreksel Markt)', 'Parkeeronderzoek centrum Westdorp'],
    ['Overzicht speelplekken Lindewoud, hoofdstuk 3 Pleinen', 'Overzicht speelplekken Lindewoud'],
  ])('reads the name of an attachment %j without its period or part', (value, title) => {
    expect(attachedDocument(value)).toEqual({ kind: 'other', reference: null, title, date: null, url: null });
  });
  it('reads an item of a `Bijlagen` list that the answers name as a document where they name it', () => {
    expect(
      findDocumentReferences(
        [
          'De cijfers staan in de Telling fietsers',
          'Dorpsstraat (bijlage 1). De Bomenverordening Lindewoud 2020 blijft gelden.',
          '',
          'Met vriendelijke groet,',
          '',
          'Bijlagen',
          '1. Telling fietsers Dorpsstraat, maart 2025',
          '2. Kaart van de Dorpsstraat',
        ].join('\n'),
      ).map((d) => [d.kind, d.title]),
    ).toEqual([
      ['other', 'Telling fietsers Dorpsstraat'],
      ['regulation', 'Bomenverordening Lindewoud 2020'],
    ]);
  });
  it('reads a forecast named with capitals and the years it covers as a report', () => {
    expect(findDocumentReferences('Volgens de Woningbehoefteprognose Lindewoud 2025-2035 groeit het dorp.')).toEqual([
      { kind: 'other', reference: null, title: 'Woningbehoefteprognose Lindewoud 2025-2035', date: null, url: null },
    ]);
  });
  it('dates a motion by `, aangenomen <date>` after its quoted title, without `op`', () => {
    expect(findDocumentReferences("01  Motie M-2023-41 'Bankjes in het park', aangenomen 6 juli 2023")).toEqual([
      { kind: 'motion', reference: 'M-2023-41', title: 'Bankjes in het park', date: '2023-07-06', url: null },
    ]);
  });
  it('reads `de Visie op <lower-case subject>` set off by a clause that dates its adoption', () => {
    expect(
      findDocumentReferences(
        'Volgens de Nota over spelen in de wijken, die de raad op 2 juni 2023 heeft vastgesteld, komt er een plein.',
      ),
    ).toEqual([
      { kind: 'policy', reference: null, title: 'Nota over spelen in de wijken', date: '2023-06-02', url: null },
    ]);
  });
  it('reads no document in a website beside a telephone number in the letterhead', () => {
    const set = parseAsOf('2025-04-01', [
      'Gemeente Lindewoud',
      'Tel. 0575 123 456 | www.lindewoud.nl',
      '',
      'Datum: 7 april 2025',
      'Onderwerp: Bankjes',
      '',
      'Vraag 1',
      'Komen er meer bankjes?',
      '',
      'Antwoord',
      'Ja, in het Lindepark.',
    ]);
    expect(set.documents).toEqual([]);
  });
});

describe('held-out-28 policy title with a lower-case subject (fix-w)', () => {
  it('reads `het Plan van <lower-case word> <Names> <years>` as a policy', () => {
    expect(
      findDocumentReferences('Dat staat in het Plan van aanpak Zwerfafval Lindewoud 2021-2024 van de gemeente.').map(
        (d) => [d.kind, d.title],
      ),
    ).toEqual([['policy', 'Plan van aanpak Zwerfafval Lindewoud 2021-2024']]);
  });
});

describe('held-out-28 a bare capitalised policy keyword after a capitalised word (fix-w)', () => {
  it('reads `het Regionaal Plan van Aanpak <Names> <year>` as one policy', () => {
    expect(
      findDocumentReferences('Wij herzien het Regionaal Plan van Aanpak Dijkzone Lindewoud 2021 volgend jaar.').map(
        (d) => [d.kind, d.title],
      ),
    ).toEqual([['policy', 'Regionaal Plan van Aanpak Dijkzone Lindewoud 2021']]);
  });
});

describe('held-out-34 a list date after a participle (fix-y)', () => {
  it('dates the motion before `aangenomen <date>`, not the policy on the next line', () => {
    expect(
      findDocumentReferences(
        "Motie 'Bankjes in het park' (M23-07), aangenomen 2 maart 2023\n      Speelruimteplan Lindewoud 2023-2027",
      ).map((d) => [d.kind, d.title, d.date]),
    ).toEqual([
      ['motion', 'Bankjes in het park', '2023-03-02'],
      ['policy', 'Speelruimteplan Lindewoud 2023-2027', null],
    ]);
  });
});

describe('held-out-34 a bare motion dated by its relative clause (fix-y)', () => {
  it('dates the one motion named before from `De motie, die de raad op <date> aannam`', () => {
    expect(
      findDocumentReferences(
        "Voert u motie 2023-M04 'Bomen langs de dijk' uit?\n\nDe motie, die de raad op 6 juli 2023 aannam, vraagt om veertig bomen.",
      ).map((d) => [d.kind, d.reference, d.date]),
    ).toEqual([['motion', '2023-M04', '2023-07-06']]);
  });

  it('dates it from an answer opening `De motie is op <date> door uw raad aangenomen` (fix-64b)', () => {
    expect(
      findDocumentReferences(
        "Hoe staat het met de motie 'Schone sloten' (M2022-31)?\n\nAntwoord 2\nDe motie is op 3 maart 2022 door uw raad aangenomen. Wij voeren haar uit.",
      ).map((d) => [d.kind, d.reference, d.date]),
    ).toEqual([['motion', 'M2022-31', '2022-03-03']]);
  });
});

describe('held-out-34 agreements named as a plural and a decree with a suspended hyphen (fix-y)', () => {
  it('reads `Prestatieafspraken <Names> <year>` as other', () => {
    expect(
      findDocumentReferences('Wat staat er in de Regioafspraken Lindewoud 2024 over starters?').map((d) => [
        d.kind,
        d.title,
      ]),
    ).toEqual([['other', 'Regioafspraken Lindewoud 2024']]);
  });

  it('reads `<X>besluit <a>- en <b>` as other', () => {
    expect(
      findDocumentReferences('De keuring volgt uit het Productenbesluit kinder- en babyartikelen.').map((d) => [
        d.kind,
        d.title,
      ]),
    ).toEqual([['other', 'Productenbesluit kinder- en babyartikelen']]);
  });
});

describe('held-out-34 an article inside the capitalised words before a policy keyword (fix-y)', () => {
  it('starts the title after `Het` when a bare label line runs into it (`Antwoord` / `Het Actieplan …`)', () => {
    expect(
      findDocumentReferences('Antwoord\nHet Actieplan Groen Bergdal 2023-2026 loopt af.').map((d) => [d.kind, d.title]),
    ).toEqual([['policy', 'Actieplan Groen Bergdal 2023-2026']]);
  });
});

describe('held-out-33 a council letter number with a dot (fix-x)', () => {
  it('reads `(RIB 26.0117)` after the letter as its reference, and no bare `(26.0117)`', () => {
    expect(
      findDocumentReferences(
        "In de raadsinformatiebrief 'Bankjes in het Lindepark' (RIB 26.0117) staat de planning.",
      ).map((d) => [d.kind, d.reference, d.title]),
    ).toEqual([['council_letter', '26.0117', 'Bankjes in het Lindepark']]);
  });
});

describe('held-out-33 a report dated after its author (fix-x)', () => {
  it("dates `het rapport 'X' van de Rekenkamer Y van <date>` by that date", () => {
    expect(
      findDocumentReferences(
        "Volgt het college het rapport 'Bankjes voor iedereen' van de Rekenkamer Haverdam van 3 februari 2026?",
      ).map((d) => [d.kind, d.title, d.date]),
    ).toEqual([['other', 'Bankjes voor iedereen', '2026-02-03']]);
  });
});

describe('held-out-35 a policy note named by `Nota` and lower-case words (fix-35)', () => {
  it('reads `de Nota speelruimte Haverdam 2024` as a policy note', () => {
    expect(
      findDocumentReferences('Past het plan binnen de Nota speelruimte Haverdam 2024?').map((d) => [d.kind, d.title]),
    ).toEqual([['policy', 'Nota speelruimte Haverdam 2024']]);
  });
});

describe('held-out-36 a motion number with a dash before its serial (fix-36a)', () => {
  it("reads `(2025-M-017)` after a motion's quoted title as its reference", () => {
    expect(
      findDocumentReferences("Hoe staat het met de motie 'Bankjes voor iedereen' (2025-M-017)?").map((d) => [
        d.kind,
        d.reference,
        d.title,
      ]),
    ).toEqual([['motion', '2025-M-017', 'Bankjes voor iedereen']]);
  });
});

describe('held-out-38 an annual report named with capitals and a year (fix-38a)', () => {
  it('reads `het Jaarverslag Leerlingenvervoer 2025` as a report', () => {
    expect(
      findDocumentReferences('Uit het Jaarverslag Leerlingenvervoer 2025 blijkt dat de ritten langer duren.').map(
        (d) => [d.kind, d.title],
      ),
    ).toEqual([['other', 'Jaarverslag Leerlingenvervoer 2025']]);
  });
});

describe('held-out-66 an annual report named with its publisher after the year (fix-66b)', () => {
  it('reads `het Jaarverslag 2025 Vereniging Dorpshuis Haverdam`, wrapped over two lines, whole', () => {
    expect(
      findDocumentReferences('Dat staat in het Jaarverslag 2025 Vereniging Dorpshuis\nHaverdam. Wij lazen het.').map(
        (d) => [d.kind, d.title],
      ),
    ).toEqual([['other', 'Jaarverslag 2025 Vereniging Dorpshuis Haverdam']]);
  });
});

describe('held-out-42 a date in brackets after a quoted title (fix-42b)', () => {
  it("reads `Motie M2025-07 'Bankjes in het park' (aangenomen 12-05-2025)` as the motion of that date", () => {
    expect(
      findDocumentReferences("- Motie M2025-07 'Bankjes in het park' (aangenomen 12-05-2025)").map((d) => [
        d.reference,
        d.date,
      ]),
    ).toEqual([['M2025-07', '2025-05-12']]);
  });
});

describe('held-out-41 a law named before `als` and a monitor named without a year (fix-41)', () => {
  it('ends a law’s name before `als` (`de Wet publieke gezondheid als termijn noemt`)', () => {
    expect(
      findDocumentReferences('Dat is langer dan de termijn die de Wet publieke\ngezondheid als grens noemt.').map(
        (d) => d.title,
      ),
    ).toEqual(['Wet publieke gezondheid']);
  });

  it('reads a capitalised monitor with capitalised words inside a sentence, without a year', () => {
    expect(
      findDocumentReferences('Wij nemen de cijfers op in de jaarlijkse Monitor Jeugd Haverdam. Die volgt in mei.').map(
        (d) => [d.kind, d.title],
      ),
    ).toEqual([['other', 'Monitor Jeugd Haverdam']]);
  });
});

describe('held-out-43 a regional title with five capitalised words before its years (fix-43b)', () => {
  it('reads `Regioplan Jeugdhulp en Veilig Thuis Holland Rijnland 2024-2027` whole', () => {
    expect(
      findDocumentReferences('Dat staat in het Regioplan Jeugdhulp en Veilig Thuis Holland Rijnland\n2024-2027.').map(
        (d) => d.title,
      ),
    ).toEqual(['Regioplan Jeugdhulp en Veilig Thuis Holland Rijnland 2024-2027']);
  });
});

describe('held-out-44 a council letter named by its number, no article (fix-44b)', () => {
  it('dates `Wij hebben de raad op <date> met raadsinformatiebrief 2026-07 over X geïnformeerd` by that day', () => {
    expect(
      findDocumentReferences(
        'Wij hebben de raad op 3 februari 2026 met raadsinformatiebrief 2026-07 over de bankjes geïnformeerd.',
      ).map((d) => [d.reference, d.date]),
    ).toEqual([['2026-07', '2026-02-03']]);
  });
});

describe('held-out-43 reports, agreements and by-laws named by capitals, a motion asked by (fix-43a)', () => {
  it("dates a motion by the day the raad asked for something by it (`met motie M… 'X' op <date> om vroeg`)", () => {
    expect(
      findDocumentReferences(
        "Is de aanleg gestart waar de raad met motie M2023-08 'Bankjes overal' op 6 juli 2023 om vroeg?",
      ).map((d) => [d.reference, d.date]),
    ).toEqual([['M2023-08', '2023-07-06']]);
  });

  it('reads a capitalised `Regeling` named by capitalised words and a year, with its CVDR number', () => {
    expect(
      findDocumentReferences('Hoeveel is uit de Regeling Sportfonds Haverdam 2023 (CVDR700123) betaald?').map((d) => [
        d.kind,
        d.reference,
        d.title,
      ]),
    ).toEqual([['regulation', 'CVDR700123', 'Regeling Sportfonds Haverdam 2023']]);
  });

  it('reads an agreement named by a place after an article without a year (`het Cultuurakkoord Lindewoud`)', () => {
    expect(
      findDocumentReferences('Dat staat in het Cultuurakkoord Lindewoud dat wij met de verenigingen sloten.').map(
        (d) => [d.kind, d.title],
      ),
    ).toEqual([['other', 'Cultuurakkoord Lindewoud']]);
  });

  it('reads a map named with capitals and a year as a report, not a `Routekaart` (a plan)', () => {
    expect(
      findDocumentReferences('Volgens de Overstromingskaart Haverdam 2024 ligt de wijk laag.').map((d) => [
        d.kind,
        d.title,
      ]),
    ).toEqual([['other', 'Overstromingskaart Haverdam 2024']]);
  });

  it('reads a capitalised monitor named with its maker after `van`, without a year', () => {
    expect(
      findDocumentReferences('De Mantelzorgmonitor van het Nivel noemt 300 mantelzorgers.').map((d) => [
        d.kind,
        d.title,
      ]),
    ).toEqual([['other', 'Mantelzorgmonitor']]);
  });

  it('reads a covenant named by capitalised words without a year (fix-45b)', () => {
    expect(
      findDocumentReferences('Dat staat in het Convenant Zorgvervoer Noordkust.').map((d) => [d.kind, d.title]),
    ).toEqual([['other', 'Convenant Zorgvervoer Noordkust']]);
  });

  it('gives a URL in brackets right after a title to that document (fix-45b)', () => {
    expect(
      findDocumentReferences(
        'De Algemene Plaatselijke Verordening Haverdam (https://lokaleregelgeving.overheid.nl/CVDR998877) verbiedt dat.',
      ).map((d) => [d.kind, d.title, d.reference, d.url]),
    ).toEqual([
      [
        'regulation',
        'Algemene Plaatselijke Verordening Haverdam',
        'CVDR998877',
        'https://lokaleregelgeving.overheid.nl/CVDR998877',
      ],
    ]);
  });

  it('gives a URL in angle brackets glued to a title wrapped over two lines to that document (fix-49a)', () => {
    expect(
      findDocumentReferences(
        'Volgens het Speelruimteplan\nHaverdam 2021<https://haverdam.raadsinformatie.nl/document/88123/speelplan> komt er een\nspeeltuin bij.',
      ).map((d) => [d.kind, d.title, d.url]),
    ).toEqual([
      ['policy', 'Speelruimteplan Haverdam 2021', 'https://haverdam.raadsinformatie.nl/document/88123/speelplan'],
    ]);
  });

  it('reads an unquoted motion title up to its number in brackets, prepositions too, also wrapped (fix-49a)', () => {
    expect(
      findDocumentReferences('Hoe staat het met de motie Speelplekken voor alle\nkinderen in het dorp (M2022-31)?').map(
        (d) => [d.kind, d.title, d.reference],
      ),
    ).toEqual([['motion', 'Speelplekken voor alle kinderen in het dorp', 'M2022-31']]);
  });

  it('places a motion named with its title and number where the same title stood first after `motie` (fix-49a)', () => {
    expect(
      findDocumentReferences(
        'Wanneer komt er een zebrapad, zoals de motie Oversteken naar het park vraagt? Staat dat in de Nota Verkeer ' +
          'Haverdam 2024? Met de motie Oversteken naar het park (M2024-09) vroeg de raad om een zebrapad.',
      ).map((d) => [d.kind, d.title, d.reference]),
    ).toEqual([
      ['motion', 'Oversteken naar het park', 'M2024-09'],
      ['policy', 'Nota Verkeer Haverdam 2024', null],
    ]);
  });

  it('reads the rest of its line as the title of a document listed by kind word, number and title (fix-49a)', () => {
    expect(
      findDocumentReferences(
        'Gerelateerd\nRaadsinformatiebrief 2024-118 Staat van de speelplekken\n\nTerug naar boven',
      ).map((d) => [d.kind, d.reference, d.title]),
    ).toEqual([['council_letter', '2024-118', 'Staat van de speelplekken']]);
  });
});

describe('held-out-53 documents (fix-53b)', () => {
  it('reads a policy note whose place name holds a lower-case particle, wrapped over two lines (`Land van …`)', () => {
    expect(
      findDocumentReferences('Past dit binnen de Nota recreatiewoningen Land van\nHeusden 2022?').map((d) => [
        d.kind,
        d.title,
      ]),
    ).toEqual([['policy', 'Nota recreatiewoningen Land van Heusden 2022']]);
  });

  it("reads an amendment's number printed with a dash in brackets after its quoted title (`'Titel' (A-7)`)", () => {
    expect(
      findDocumentReferences("Met het amendement 'Ruimte voor starters' (A-7) heeft de raad dat bepaald.").map((d) => [
        d.kind,
        d.reference,
        d.title,
      ]),
    ).toEqual([['amendment', 'A-7', 'Ruimte voor starters']]);
  });

  it('reads a programme named by its compound alone that money comes through (`via het Deltaprogramma`) as no policy', () => {
    expect(
      findDocumentReferences(
        'Het Rijk betaalt de dijk via het Deltaprogramma. De fietsroute staat in het Uitvoeringsprogramma Fiets Haverdam 2024.',
      ).map((d) => [d.kind, d.title]),
    ).toEqual([
      ['other', 'Deltaprogramma'],
      ['policy', 'Uitvoeringsprogramma Fiets Haverdam 2024'],
    ]);
  });
});

describe('a date timing an act before a document (fix-50)', () => {
  it('gives no date to a by-law after `per <date>` (`wij passen per 1 juli 2026 de verordening … aan`)', () => {
    expect(
      findDocumentReferences('Daarna passen wij per 1 juli 2026 de Parkeerverordening Haverdam 2019 aan.').map((d) => [
        d.title,
        d.date,
      ]),
    ).toEqual([['Parkeerverordening Haverdam 2019', null]]);
  });

  it('reads a by-law for the meantime styled as a general one (`Interim omgevingsverordening Provincie`)', () => {
    expect(
      findDocumentReferences('Dat vraagt een afwijking van de Tijdelijke huisvestingsverordening Waterland.').map(
        (d) => [d.kind, d.title],
      ),
    ).toEqual([['regulation', 'Tijdelijke huisvestingsverordening Waterland']]);
  });

  it('reads a plan named by a capitalised word, `Plan` and a name without a year, not a national programme (fix-51b)', () => {
    expect(
      findDocumentReferences(
        'Bewoners vallen onder het Sociaal Plan Noorderhaven, dat de corporatie afsprak. Wij vragen een bijdrage uit het Nationaal Programma Zuidrand.',
      ).map((d) => [d.kind, d.title]),
    ).toEqual([['policy', 'Sociaal Plan Noorderhaven']]);
  });
});

describe('the kind word said twice (fix-51a)', () => {
  it('reads `de raadsinformatiebrief RIB 2025-07 ‘Titel’ van <date>` as one letter, numbered, titled and dated', () => {
    expect(
      findDocumentReferences(
        "Dat staat in de raadsinformatiebrief RIB 2025-07 'Groen in Haverdam' van 3 februari 2025.",
      ).map((d) => [d.kind, d.reference, d.title, d.date]),
    ).toEqual([['council_letter', '2025-07', 'Groen in Haverdam', '2025-02-03']]);
  });
});

describe('held-out-53 a council letter named after the participle that informed (fix-53a)', () => {
  it('dates `Wij hebben de raad hierover op <date> ingelicht via raadsinformatiebrief 2025-012` by that day', () => {
    expect(
      findDocumentReferences(
        'Wij hebben de raad hierover op 9 april 2025\ningelicht via raadsinformatiebrief 2025-012. Dat blijft zo.',
      ).map((d) => [d.reference, d.date]),
    ).toEqual([['2025-012', '2025-04-09']]);
  });
});

describe('a generic policy kind word in lower case before the name (fix-56b)', () => {
  it('drops `actieplan` before `Eenzaamheid Oost-Veluwe 2023-2027`, and keeps a capitalised `Actieplan`', () => {
    expect(findDocumentReferences('Het actieplan Eenzaamheid Oost-Veluwe 2023-2027 blijft ons kader.')).toEqual([
      { kind: 'policy', reference: null, title: 'Eenzaamheid Oost-Veluwe 2023-2027', date: null, url: null },
    ]);
    expect(findDocumentReferences('Het Actieplan Eenzaamheid Oost-Veluwe 2023-2027 blijft ons kader.')).toEqual([
      { kind: 'policy', reference: null, title: 'Actieplan Eenzaamheid Oost-Veluwe 2023-2027', date: null, url: null },
    ]);
  });
});

describe('names read whole and a motion dated by its adoption as a noun (fix-57a)', () => {
  it('reads a `…regeling` named by four capitalised words before its year', () => {
    expect(
      findDocumentReferences(
        'Het pand valt onder de Subsidieregeling Groene Daken Bedrijven Haverdam 2026. Dat helpt.',
      ),
    ).toEqual([
      {
        kind: 'regulation',
        reference: null,
        title: 'Subsidieregeling Groene Daken Bedrijven Haverdam 2026',
        date: null,
        url: null,
      },
    ]);
  });

  it('keeps `e.o.` or `c.a.` after the place in a plan named by capitalised words and a year', () => {
    expect(
      findDocumentReferences('Dit past in het Uitvoeringsplan Groen Haverdam e.o. 2025-2029, dat wij volgen.').map(
        (d) => d.title,
      ),
    ).toEqual(['Uitvoeringsplan Groen Haverdam e.o. 2025-2029']);
  });

  it('dates the motion named before by `Na het aannemen van de motie op <date>`', () => {
    expect(
      findDocumentReferences(
        "U vroeg in de motie 'Bankjes voor iedereen' (M2025-07) om meer bankjes. Na het aannemen van de motie op 6 maart 2025 hebben wij er tien geplaatst.",
      ).map((d) => [d.reference, d.date]),
    ).toEqual([['M2025-07', '2025-03-06']]);
  });
});

describe('a motion named by an unquoted title before the clause adopting it (fix-59d)', () => {
  it('reads `de motie Veilig naar school, die uw raad op <date> aannam` titled and dated, one entry with its numbered mention', () => {
    expect(
      findDocumentReferences(
        'Hoe staat het met de motie Veilig naar school (M2024-31)?\n\nMet de motie Veilig naar\nschool, die uw raad op 4 juli 2024 aannam, vroeg u om een zebrapad.',
      ).map((d) => [d.kind, d.reference, d.title, d.date]),
    ).toEqual([['motion', 'M2024-31', 'Veilig naar school', '2024-07-04']]);
    expect(
      findDocumentReferences(
        'Met de motie Groen in de wijk, die de raad op 6 maart 2025 aannam, vroeg u om bomen.',
      ).map((d) => [d.kind, d.reference, d.title, d.date]),
    ).toEqual([['motion', null, 'Groen in de wijk', '2025-03-06']]);
  });
});

describe('a council letter by its registration number and a related list (fix-59b)', () => {
  it('reads `raadsinformatiebrief 25.0041877 van <date>` and the listed `Raadsinformatiebrief 25.0041877 - Titel` as one letter', () => {
    expect(
      parseAsOf('2025-05-01', [
        'Vraag 1: Wanneer gaat de bibliotheek open?',
        'Antwoord 1: In de raadsinformatiebrief 25.0041877 van 4 maart 2025 hebben wij dat gemeld.',
        '',
        'Gerelateerde documenten',
        'Raadsinformatiebrief 25.0041877 - Nieuwe bibliotheek Haverdam',
        '04-03-2025',
      ]).documents.map((d) => [d.kind, d.reference, d.title, d.date]),
    ).toEqual([['council_letter', '25.0041877', 'Nieuwe bibliotheek Haverdam', '2025-03-04']]);
  });

  it('reads no amount after the kind word as its number (`raadsbrief 12.500` has three-digit groups)', () => {
    expect(findDocumentReferences('De raadsbrief 12.500 euro extra noemt geen datum.').map((d) => d.reference)).toEqual(
      [],
    );
  });
});

describe('held-out-58 a lower-case APV, a motion the raad asked by, a year typed in another order (fix-58b)', () => {
  it('reads `de APV` as the short mention of an `Algemene plaatselijke verordening …` styled in lower case', () => {
    expect(
      scanDocuments(
        'De Algemene plaatselijke verordening Lindewoud 2021 (CVDR612345) regelt dit. Het artikel over terrassen in de APV wijzigen wij.',
      ).documents.map((d) => [d.kind, d.reference, d.title]),
    ).toEqual([['regulation', 'CVDR612345', 'Algemene plaatselijke verordening Lindewoud 2021']]);
  });

  it('dates a motion by the day the raad asked the college by it (`heeft ons op <date> met motie … gevraagd`)', () => {
    expect(
      findDocumentReferences(
        "Uw raad heeft het college op 3 februari 2022 met motie M2022-05 'Bankjes langs de dijk' verzocht meer bankjes te plaatsen.",
      ).map((d) => [d.reference, d.title, d.date]),
    ).toEqual([['M2022-05', 'Bankjes langs de dijk', '2022-02-03']]);
    expect(
      findDocumentReferences("De raad vroeg ons op 9 maart 2023 met motie M2023-14 'Trapveld terug' om een plan.").map(
        (d) => [d.reference, d.date],
      ),
    ).toEqual([['M2023-14', '2023-03-09']]);
  });

  it('warns for a motion number whose year has its digits in another order after its date (`M2302-04`, 2023)', () => {
    expect(
      scanDocuments("de motie 'Groene daken' (M2302-04), die de raad op 8 juni 2023 heeft aangenomen").warnings,
    ).toEqual(['motie M2302-04: aangenomen op 8 juni 2023, bedoeld is waarschijnlijk M2023-04']);
  });
});

describe('held-out-60 a motion numbered in brackets with its kind word, a Plan van aanpak, a page described (fix-60)', () => {
  it("reads `de motie 'X' (motie 2022-M07), die de raad op <date> aannam` as one motion with title, number and date", () => {
    expect(
      findDocumentReferences(
        "Wat betekent dit voor de motie 'Speeltuin in elke wijk' (motie 2022-M07), die de raad op 3 maart 2022 aannam?",
      ).map((d) => [d.kind, d.reference, d.title, d.date]),
    ).toEqual([['motion', '2022-M07', 'Speeltuin in elke wijk', '2022-03-03']]);
    // A letter's brackets naming a motion name that motion, not the letter's number.
    expect(
      findDocumentReferences(
        "In de raadsinformatiebrief 'Stand van de speeltuinen' (motie 2022-M07) leest u meer.",
      ).map((d) => [d.kind, d.reference, d.title]),
    ).toEqual([
      ['council_letter', null, 'Stand van de speeltuinen'],
      ['motion', '2022-M07', null],
    ]);
  });

  it('reads `een Plan van aanpak X Y` capitalised mid-sentence as a policy without a year, not `het plan van aanpak`', () => {
    expect(
      findDocumentReferences(
        'Daarom schrijven wij een\nPlan van aanpak Laaggeletterdheid Noordkwartier, dat wij in juni aan u voorleggen.',
      ).map((d) => [d.kind, d.title]),
    ).toEqual([['policy', 'Plan van aanpak Laaggeletterdheid Noordkwartier']]);
    expect(findDocumentReferences('Het plan van aanpak Laaggeletterdheid volgt later.')).toEqual([]);
  });

  it('reads a name of a word or two said to be found at a URL (`Het Brabantse Fietsprogramma is te vinden op …`) as the web page', () => {
    expect(
      findDocumentReferences(
        'Het Brabantse Fietsprogramma is te vinden op https://www.brabant.nl/fietsen. Het staat ook in de Fietsnota Haverdam 2024-2028.',
      ).map((d) => [d.kind, d.title, d.url]),
    ).toEqual([
      ['web', null, 'https://www.brabant.nl/fietsen'],
      ['policy', 'Fietsnota Haverdam 2024-2028', null],
    ]);
    // Named with its year it is the document, the URL that carries its title its own.
    expect(
      findDocumentReferences(
        'De Fietsnota Haverdam 2024-2028 staat op https://www.haverdam.nl/fietsnota-haverdam-2024-2028.',
      ).map((d) => [d.kind, d.title, d.url]),
    ).toEqual([['policy', 'Fietsnota Haverdam 2024-2028', 'https://www.haverdam.nl/fietsnota-haverdam-2024-2028']]);
  });
});

describe('held-out-62 a decree of the state named as a law (fix-62c)', () => {
  it('reads `het Besluit <lower-case words>` as a national decree (`other`), ending before a verb; not `het Besluit van …`', () => {
    expect(
      findDocumentReferences(
        'Dat staat in het Besluit kwaliteit\nleefomgeving. Het Besluit activiteiten leefomgeving regelt de rest. Het Besluit van de raad volgt; het besluit nemen wij later.',
      ).map((d) => [d.kind, d.title]),
    ).toEqual([
      ['other', 'Besluit kwaliteit leefomgeving'],
      ['other', 'Besluit activiteiten leefomgeving'],
    ]);
  });
});

describe('a regeling named by capitalised words joined by `en` (fix-64c)', () => {
  it('reads `Subsidieregeling Sport en Bewegen Haverdam 2023` whole', () => {
    expect(
      findDocumentReferences('Voldoet de club aan de eisen uit de Subsidieregeling Sport en Bewegen Haverdam 2023?'),
    ).toEqual([
      {
        kind: 'regulation',
        reference: null,
        title: 'Subsidieregeling Sport en Bewegen Haverdam 2023',
        date: null,
        url: null,
      },
    ]);
  });
});
