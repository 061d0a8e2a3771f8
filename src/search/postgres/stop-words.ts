/**
 * Dropped outside phrases: Dutch question words, auxiliaries and words of nearly every council
 * question (PostgreSQL's Dutch stop words are dropped by the stemmer already; a few are repeated
 * here because the thesaurus keeps them in multi-word terms).
 */
export const QUERY_STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'aan al alle alles als bij dan dat de deze die dit door een en er ervoor het hoe hun in is je ' +
    'kan kunnen men met mijn na naar nog of om ons ook op over te tot uit van voor wat welk welke ' +
    'wie waar waarom wanneer waardoor waarmee waarover hoeveel hoelang zijn is was wordt worden werd ' +
    'gaat gaan ga komt komen kom krijgt krijgen krijg mag mogen moet moeten wil willen wilt zal zullen ' +
    'doet doen gebeurt gebeuren staat staan heeft hebben heb graag weten welke zo ja nee wel niet geen ' +
    'nu straks al reeds nog dus ik we wij jij u uw men iemand je jullie ze zij hij het er daar hier ' +
    'gemeente gemeentelijke college wethouder burgemeester raad raadslid fractie vraag vragen antwoord ' +
    'antwoorden aantal stand zaken informatie bekend klopt bereid overweegt mensen duurt duren lang voordat ' +
    'nadat terwijl ' +
    // The other forms of the auxiliaries and modal verbs, the pronominal adverbs (er-, daar-, hier-,
    // waar- + preposition) and pronouns: grammar, not what a question is about.
    'hebt had hadden kun kunt kon konden zou zouden moest moesten mocht mochten wilde wilden wou ' +
    'werden geworden ging gingen gegaan kwam kwamen gekomen deed deden gedaan kreeg kregen gekregen ' +
    'ben bent waren geweest ' +
    'eruit erin erop eraan erover ermee erbij ervan erna erdoor erom ertegen eronder erheen ' +
    'daarvoor daarom daarmee daarbij daarvan daarin daarop daarna daardoor daarover daaraan ' +
    'hiervoor hierover hiermee hierbij hiervan hierin hierop hierna ' +
    'waarvoor waarin waarop waarvan waarbij waaraan ' +
    'jou jouw hen hem haar zich niemand iedereen ieder elke elk iets niets onze zulke ' +
    'even eigenlijk nou echt ooit weer alweer misschien ' +
    // Colloquial fillers and adverbs of frequency and degree, as residents type them (`doet niks meer`,
    // `alweer zo'n`): an unknown filler would otherwise weigh as a concept the archive lacks.
    'niks nooit altijd gewoon steeds telkens vaak soms zomaar ineens opeens heel erg zeer hartstikke zelfs ' +
    'toch maar want omdat eens ' +
    "'s m.b.t. mbt t.a.v. tav"
  ).split(/\s+/),
);
