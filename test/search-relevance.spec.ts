import request from 'supertest';
import { evaluate, figuresOf, loadRelevanceFixtures, relevanceQueries } from '../bench/relevance/relevance-set';
import { PUBLIC_ACTOR } from '../src/auth/actor';
import { SearchService } from '../src/search/search.service';
import { createTestApp, TestApp } from './support/test-app';

/**
 * Issue 18 behaviours on the relevance set's question sets (bench/relevance/): relaxed matching,
 * stop and question words, the thesaurus (and an admin's new synonym), compounds both ways, names
 * in the query as filters, "Bedoelde u …", the embargo under all of them, and the tuning part's
 * figures as a guard (the held-out part is scored by `npm run bench -- relevance` only).
 */
describe('search relevance (issue 18)', () => {
  let t: TestApp;
  let ids: Map<string, number>;
  let admin: string;
  let clerk: string;
  let delftClerk: string;
  const http = () => request(t.app.getHttpServer());

  interface Body {
    items: { questionSetId: number; answer: string | null }[];
    total: number;
    relaxed: boolean;
    interpreted: { municipality?: string; municipalityName?: string; party?: string; as: string } | null;
    didYouMean: string | null;
    suggestion: string | null;
  }

  async function search(query: Record<string, string | boolean>, token?: string): Promise<Body> {
    const call = http().get('/api/search').query(query);
    if (token) call.set('Authorization', token);
    const response = await call;
    expect(response.status).toBe(200);
    return response.body as Body;
  }

  const setsOf = (body: { items: { questionSetId: number }[] }) => [...new Set(body.items.map((i) => i.questionSetId))];

  beforeAll(async () => {
    t = await createTestApp();
    ids = await loadRelevanceFixtures(t.app);
    admin = await t.token('admin', null);
    const [groningen] = (await t.dataSource.query(`SELECT id FROM municipality WHERE slug = 'groningen'`)) as {
      id: number;
    }[];
    const [delft] = (await t.dataSource.query(`SELECT id FROM municipality WHERE slug = 'delft'`)) as { id: number }[];
    clerk = await t.token('clerk', groningen.id);
    delftClerk = await t.token('clerk', delft.id);
  }, 300_000);

  afterAll(async () => {
    await t.close();
  });

  it('drops question and stop words, and relaxes when not every word is in the text', async () => {
    // "bekendgemaakt" is in no text: every word required would find nothing.
    const body = await search({ q: 'hoe worden omwonenden bekendgemaakt over het asielzoekerscentrum' });
    expect(body.relaxed).toBe(true);
    // Two sets answer it: Groningen's, and held-out-38's Zutphen set, whose omwonenden were not told.
    expect([ids.get('gron-azc'), ids.get('r38-ztp-asielzoekerscentrum')]).toContain(setsOf(body)[0]);
    expect(setsOf(body).slice(0, 3)).toContain(ids.get('gron-azc'));
    // Eighteen words, the subject last: the limit counts the words that are no stop word.
    const sentence = await search({
      q: 'kunnen jullie mij eens uitleggen wat er nu precies allemaal gebeurt met de klachten over het leerlingenvervoer',
    });
    expect(setsOf(sentence)[0]).toBe(ids.get('nijm-leerlingenvervoer'));
  });

  it('ranks the rows with every word above rows with some of them', async () => {
    const body = await search({ q: 'wachtlijst jeugdhulp' });
    // Held-out-42 brought a set with `jeugdhulp` and `wachttijd` (the thesaurus's wachtlijst) in its subject: it has
    // every word too, so either may come first.
    expect([ids.get('leeu-jeugdzorg'), ids.get('r42-wij-jeugdhulpaanbieder')]).toContain(setsOf(body)[0]);
    expect(setsOf(body).slice(0, 2)).toContain(ids.get('leeu-jeugdzorg'));
    const all = await search({ q: 'wachttijd laadpaal netbeheerder' });
    expect(setsOf(all)[0]).toBe(ids.get('leeu-laadpalen'));
  });

  it('finds nothing for words no text has, rather than any row with a common word', async () => {
    const body = await search({ q: 'paardenmest op straat' });
    expect(body.total).toBe(0);
  });

  it('finds the set a sentence is about by the rare word its subject shares, when nothing else matched', async () => {
    // Strict and relaxed matching find nothing here ("spelen", "buiten", "opladen" … are not in these
    // sets): the last resort takes the set whose subject holds the query's rare word.
    // (`mogen kinderen in het stadspark nog buiten spelen` was the other example until held-out-24 brought a set
    // about children playing outside under graphite dust, which relaxed matching now finds first.)
    const charging = await search({ q: 'wie controleert het opladen bij laadpalen in mijn wijk' });
    expect(charging.relaxed).toBe(true);
    expect(setsOf(charging)[0]).toBe(ids.get('leeu-laadpalen'));
    // A known word only in answers (not a subject) is no evidence; neither is one of two concepts.
    // (`vuilcontainers` itself is now corrected to held-out-10's `textielcontainers`, an open weakness
    // recorded in docs/search.md, "A correction is no evidence when a concept is missing".)
    // (Since held-out-15 an archive set's subject names underground containers: only that set may come back.)
    const containers = setsOf(await search({ q: 'ondergrondse vuilniscontainers in maastricht' }));
    expect(new Set(containers)).toEqual(new Set([ids.get('r15-gouda-afval')]));
    expect(await search({ q: 'stadspark paardenmest' })).toMatchObject({ total: 0 });
  });

  it('expands abbreviations and colloquial words with the shipped thesaurus', async () => {
    expect(setsOf(await search({ q: 'azc' }))).toContain(ids.get('gron-azc'));
    // (Held-out-28's set on WOZ objections names the OZB as well.)
    expect(setsOf(await search({ q: 'ozb' }))).toContain(ids.get('eind-ozb'));
    expect(setsOf(await search({ q: 'p+r' }))).toEqual(
      expect.arrayContaining([ids.get('utr-pr'), ids.get('gron-pr-kardinge')]),
    );
    expect(setsOf(await search({ q: 'vuilnis' }))).toContain(ids.get('leeu-diftar'));
  });

  it("applies an admin's new synonym at once; others may not add one", async () => {
    expect((await search({ q: 'wijksoos' })).total).toBe(0);
    await http()
      .post('/api/search/thesaurus')
      .set('Authorization', clerk)
      .send({ terms: ['wijksoos', 'wijkcentrum'] })
      .expect(403);
    const created = await http()
      .post('/api/search/thesaurus')
      .set('Authorization', admin)
      .send({ terms: ['wijksoos', 'wijkcentrum'] })
      .expect(201);
    // Held-out-16 brought a set about closing a wijkcentrum in Roosendaal: both have the word (later parts
    // brought more sets that name a wijkcentrum, so the two are among what it finds).
    expect(setsOf(await search({ q: 'wijksoos' }))).toEqual(
      expect.arrayContaining([ids.get('gron-azc'), ids.get('r16-roos-wijkcentrum')]),
    );
    const list = await http().get('/api/search/thesaurus').set('Authorization', clerk).expect(200);
    expect(list.body.shipped).toBeGreaterThan(200);
    expect(list.body.entries).toContainEqual(expect.objectContaining({ id: created.body.id, source: 'admin' }));
    await http().delete(`/api/search/thesaurus/${created.body.id}`).set('Authorization', admin).expect(204);
    expect((await search({ q: 'wijksoos' })).total).toBe(0);
  });

  it('matches compounds both ways, with plural and linking s', async () => {
    expect(setsOf(await search({ q: 'opvang', municipality: 'zwolle' }))).toEqual([ids.get('zwol-noodopvang')]);
    expect(new Set(setsOf(await search({ q: 'warmtenetten' })))).toEqual(
      new Set([ids.get('haar-warmtenet'), ids.get('r15-heng-warmtenet')]),
    );
    expect(setsOf(await search({ q: 'fietsen stalling' }))).toContain(ids.get('utr-weesfietsen'));
    expect(setsOf(await search({ q: 'discriminatiemeldingen', limit: '100' }))).toEqual(
      expect.arrayContaining([ids.get('seed-000'), ids.get('seed-002')]),
    );
    // Held-out-12's set on labour migrants' registration (overcrowded addresses) may rank beside it, and since
    // session 15 held-out-46's Pijnacker-Nootdorp set on housing labour migrants and the Hoeksche Waard seasonal
    // workers' set, both about the same housing, above it.
    expect(setsOf(await search({ q: 'huisvestingsbeleid arbeidsmigranten' })).slice(0, 3)).toContain(
      ids.get('utr-arbeidsmigranten'),
    );
    // A typed compound whose first part the text has only inflected: `wildopvang` for `opvang voor wilde dieren`.
    expect(setsOf(await search({ q: 'wildopvang' }))).toEqual([ids.get('r12-west-wildopvang')]);
    // A plural that doubles its consonant (`bussen`) finds the singular (`geen bus meer`) in the municipality named.
    expect(setsOf(await search({ q: 'bussen ede' }))).toContain(ids.get('r7-ede-buslijnen'));
  });

  it('reads compounds and references as people type them (session 10 rules)', async () => {
    // A compound typed apart whose head opens a multi-word thesaurus term (`containers niet geleegd`).
    // (Session 15: the term also with a word between finds held-out-15's Gouda set second, whose question is
    // `Waarom worden de containers niet vaker geleegd?`.)
    expect(setsOf(await search({ q: 'mini containers niet geleegd' }))).toEqual([
      ids.get('r22-dtc-minicontainers'),
      ids.get('r15-gouda-afval'),
    ]);
    // A compound the archive writes only apart is no typo: no "Bedoelde u", and the set with its parts is found.
    const apart = await search({ q: 'boodschappenboete' });
    expect(apart.didYouMean).toBeNull();
    expect(setsOf(apart)).toContain(ids.get('r25-hgv-giften'));
    // A reference typed without its space, and a city shortened with an apostrophe typed without it.
    expect(setsOf(await search({ q: 'ris320114' }))).toEqual([ids.get('r26-dhg-loden-leidingen')]);
    // A reference typed with none of its separators (session 12): `2023088` for `2023-088`.
    expect(setsOf(await search({ q: '2023088' }))).toEqual([ids.get('amers-camera')]);
    const rdam = await search({ q: 'rdam honingdauw' });
    expect(rdam.interpreted).toMatchObject({ municipality: 'rotterdam' });
    expect(setsOf(rdam)).toEqual([ids.get('r26-rdam-honingdauw')]);
    // A surname the typo correction took for `messen`: the thesaurus group of the correction goes with it.
    const surname = setsOf(await search({ q: 'wethouder maessen' }));
    expect(surname).not.toContain(ids.get('r13-alk-messen'));
    expect(surname).toEqual(expect.arrayContaining([ids.get('r23-weert-bouwkavels'), ids.get('r23-weert-welstand')]));
  });

  it("falls back on an unknown compound's head when a known word narrows it, never on the head alone", async () => {
    // No text has `wijkontruimingen` nor `wijk` + `ontruimingen` together: the head finds the evictions set.
    const narrowed = await search({ q: 'wijkontruimingen corporaties' });
    expect(narrowed.relaxed).toBe(true);
    expect(setsOf(narrowed)[0]).toBe(ids.get('r14-sdam-ontruimingen'));
    // Alone, the head would answer a question about something the archive lacks with everything broader.
    expect((await search({ q: 'nachtleerlingenvervoer' })).total).toBe(0);
  });

  it('finds a compound through a thesaurus synonym of its part, and marks the compound found', async () => {
    // Neither `velostalling` nor `velo` is a word of these sets or of the shipped thesaurus (its
    // `rijwiel` ≈ fiets would do the same); with velo ≈ fiets added, the lexicon's `fietsenstalling`
    // (linking -en-) is an alternative of the typed compound.
    const typed = { q: 'velostalling' };
    expect((await search(typed)).total).toBe(0);
    const added = await http()
      .post('/api/search/thesaurus')
      .set('Authorization', admin)
      .send({ terms: ['velo', 'fiets'] })
      .expect(201);
    type Marked = { text: string; highlights: { start: number; end: number }[] };
    const response = await http().get('/api/search').query(typed).expect(200);
    const body = response.body as Omit<Body, 'items'> & {
      items: { questionSetId: number; snippets: { subject: Marked } }[];
    };
    expect(setsOf(body)).toContain(ids.get('utr-weesfietsen'));
    const hit = body.items.find((i) => i.questionSetId === ids.get('utr-weesfietsen'));
    const subject = hit?.snippets.subject;
    expect(subject?.highlights.map((r) => subject.text.slice(r.start, r.end))).toContain('fietsenstalling');
    expect(body.didYouMean).toBeNull();
    // A compound only an embargoed answer has (`saneringskosten`) never brings that answer up.
    const embargo = await http()
      .post('/api/search/thesaurus')
      .set('Authorization', admin)
      .send({ terms: ['sanering', 'bodemreiniging'] })
      .expect(201);
    for (const token of [undefined, clerk]) {
      const other = await search({ q: 'bodemreinigingskosten' }, token);
      expect(setsOf(other)).not.toContain(ids.get('delf-schieoevers-embargo'));
      expect(JSON.stringify(other)).not.toContain('23 miljoen');
    }
    const own = await search({ q: 'bodemreinigingskosten' }, delftClerk);
    expect(setsOf(own)).toEqual([ids.get('delf-schieoevers-embargo')]);
    for (const entry of [added, embargo]) {
      await http().delete(`/api/search/thesaurus/${entry.body.id}`).set('Authorization', admin).expect(204);
    }
  });

  it('reads a municipality or party named in the query as a filter, and says so', async () => {
    const body = await search({ q: 'opvang asielzoekers groningen' });
    expect(body.interpreted).toEqual({ municipality: 'groningen', municipalityName: 'Groningen', as: 'filter' });
    expect(setsOf(body)).toEqual([ids.get('gron-azc')]);
    const party = await search({ q: 'GroenLinks warmtenet' });
    expect(party.interpreted).toEqual({ party: 'GroenLinks', as: 'filter' });
    const off = await search({ q: 'opvang asielzoekers groningen', interpret: false });
    expect(off.interpreted).toBeNull();
    const page = await http().get('/zoeken').query({ q: 'opvang asielzoekers groningen' }).expect(200);
    expect(page.text).toMatch(
      /Gezocht in <strong>Groningen<\/strong> · <a href="[^"]*interpreteer(=|&#x3D;)nee[^"]*">alle gemeenten<\/a>/,
    );
  });

  it('reads another name of a municipality (municipality-aliases.nl.json) as that municipality', async () => {
    // Ljouwert is the Frisian name of Leeuwarden.
    const body = await search({ q: 'laadpalen ljouwert' });
    expect(body.interpreted).toEqual({ municipality: 'leeuwarden', municipalityName: 'Leeuwarden', as: 'filter' });
    expect(setsOf(body)).toEqual([ids.get('leeu-laadpalen')]);
  });

  it('reads a national party by its other name (party-aliases.nl.json) as that party', async () => {
    // Zwolle's set is ChristenUnie's; people type CU.
    const body = await search({ q: 'cu energietoeslag' });
    expect(body.interpreted).toEqual({ party: 'ChristenUnie', as: 'filter' });
    expect(setsOf(body)).toEqual([ids.get('zwol-energietoeslag')]);
    expect((await search({ q: 'cu energietoeslag', interpret: false })).total).toBe(0);
  });

  it('reads an organisation by its full name (thesaurus round 5)', async () => {
    // The set says RIVM only; without the group the words of its five-word name found nothing.
    expect(setsOf(await search({ q: 'rijksinstituut voor volksgezondheid en milieu' }))).toContain(
      ids.get('eind-luchtkwaliteit'),
    );
  });

  it('matches document kinds and references of linked documents', async () => {
    // Seed 002 (Amersfoort) links a council letter with the same number.
    expect(setsOf(await search({ q: 'RIB 2024-085' }))).toEqual([ids.get('utr-arbeidsmigranten'), ids.get('seed-002')]);
    expect(setsOf(await search({ q: 'motie M2023-041' }))).toEqual([ids.get('gron-versterking')]);
    // Printed `RIB 2024-085` and `HBG/26/1457`, typed with other separators or spaces.
    expect(setsOf(await search({ q: 'rib 2024/085' }))).toEqual([ids.get('utr-arbeidsmigranten'), ids.get('seed-002')]);
    // The number alone, as griffie staff type it, also where the text search reads the printed form as one path.
    for (const q of ['hbg 26 1457', 'hbg-26-1457', 'HBG 26/1457', '26/1457', '26-1457']) {
      expect(setsOf(await search({ q }))).toEqual([ids.get('r28-hbg-pachtgronden')]);
    }
  });

  it('says "Bedoelde u …" for a typo correction, and suggests something when nothing matched', async () => {
    const typo = await search({ q: 'discrimnatie' });
    expect(typo.didYouMean).toBe('discriminatie');
    expect(typo.total).toBeGreaterThan(0);
    const page = await http().get('/zoeken').query({ q: 'discrimnatie' }).expect(200);
    expect(page.text).toContain('Bedoelde u <a href="/zoeken?q&#x3D;discriminatie">discriminatie</a>?');
    const nothing = await search({ q: 'kermis warmtenet schaatsbaan ijsbaan' });
    expect(nothing.total).toBe(0);
    expect(nothing.suggestion).toBe('warmtenet');
    expect(await search({ q: 'warmtenet kinderboerderij' })).toMatchObject({ total: 0 });
  });

  it('weighs an abbreviation no row has as a guess, and corrects letters swapped', async () => {
    // `KPI` (capitals) and `qgz` (no vowel) are abbreviations no text has: the archive spells out
    // what they name, so the rare word beside them finds its set; a common word does not.
    expect(setsOf(await search({ q: 'KPI laaggeletterdheid' }))[0]).toBe(ids.get('tilb-laaggeletterdheid'));
    expect(setsOf(await search({ q: 'qgz laaggeletterdheid' }))[0]).toBe(ids.get('tilb-laaggeletterdheid'));
    expect(await search({ q: 'qgz inwoners' })).toMatchObject({ total: 0 });
    // An ordinary word no text has still weighs in full.
    expect(await search({ q: 'trampoline laaggeletterdheid' })).toMatchObject({ total: 0 });
    // An unknown compound of words the archive has (`kwartier`, `makers`) weighs as its parts, not as a word no
    // text has: the rare word beside it finds its set (docs/search.md, "After held-out-18 and -19's score").
    expect(setsOf(await search({ q: 'kwartiermaker laaggeletterdheid' }))[0]).toBe(ids.get('tilb-laaggeletterdheid'));
    // Two letters swapped break three trigrams (similarity 0.38), one edit all the same.
    const swapped = await search({ q: 'vuurwrek' });
    expect(swapped.didYouMean).toBe('vuurwerk');
    expect(setsOf(swapped)[0]).toBe(ids.get('haar-vuurwerk'));
  });

  it('reads `y` typed for `ij` in a word the archive lacks (session 12)', async () => {
    const mining = await search({ q: 'mynbouwschade' });
    expect(mining.didYouMean).toBe('mijnbouwschade');
    expect(setsOf(mining)[0]).toBe(ids.get('gron-versterking'));
    const waiver = await search({ q: 'kwytscheldingsregeling' });
    expect(waiver.didYouMean).toBe('kwijtscheldingsregeling');
    expect(setsOf(waiver)).toContain(ids.get('eind-ozb'));
    // A compound the archive lacks, typed with `y`, is split in the `ij` spelling: `fijnstof` and `concentratie` apart.
    expect(setsOf(await search({ q: 'fynstofconcentratie' }))[0]).toBe(ids.get('eind-luchtkwaliteit'));
  });

  it('splits a compound the archive has only as three words (session 13)', async () => {
    // `Wereld Muziek Concours` stands apart in the subject; no two-part split has both parts known.
    expect(setsOf(await search({ q: 'wereldmuziekconcours' }))[0]).toBe(ids.get('r36-krk-wmc-embargo'));
  });

  it('matches a compound part as the archive inflects it, a reference typed without its separators (session 14), a short verb form (session 15)', async () => {
    // `verzinkbare palen` in the text: the part `verzinkbar` is stemmed as the text's `verzinkbare` is.
    expect(setsOf(await search({ q: 'verzinkbarepalen' }))[0]).toBe(ids.get('r43-old-autoluwe-binnenstad'));
    // So is a part of a three-part split (session 15): `verzinkbar` found only in the second lookup, as `verzinkbare`.
    expect(setsOf(await search({ q: 'binnenstadverzinkbarepalen' }))[0]).toBe(ids.get('r43-old-autoluwe-binnenstad'));
    // A five-letter third person finds the text's infinitive (session 15): `ruikt` for `ruiken`.
    expect(setsOf(await search({ q: "waarom ruikt het 's avonds naar chemicaliën in hekelingen" }))[0]).toBe(
      ids.get('r45-nis-botlek-stank'),
    );
    // A two-word thesaurus term also with a word between (`huisvesting van arbeidsmigranten` in the subject): the
    // embargoed set is found by its public subject, its answer still withheld.
    const migrants = await search({ q: 'huisvesting arbeidsmigranten nissewaard' });
    expect(migrants.interpreted).toMatchObject({ municipality: 'nissewaard' });
    expect(setsOf(migrants)[0]).toBe(ids.get('r45-nis-arbeidsmigranten-embargo'));
    expect(migrants.items.every((i) => i.answer === null)).toBe(true);
    // Printed `OLZ25.0317` and `OLZ23.1046`.
    expect(setsOf(await search({ q: 'olz 25 0317' }))[0]).toBe(ids.get('r43-old-autoluwe-binnenstad'));
    expect(setsOf(await search({ q: 'olz23-1046' }))[0]).toBe(ids.get('r43-old-arbeidsmigranten'));
    // The prison written out in the text, its abbreviation and everyday word in the query (thesaurus).
    expect(setsOf(await search({ q: 'pi vught' }))[0]).toBe(ids.get('r43-vug-pi-uitbreiding'));
    expect(setsOf(await search({ q: 'bajes vught' }))[0]).toBe(ids.get('r43-vug-pi-uitbreiding'));
  });

  it('finds a reference typed without its leading zeros, and corrects no typo to a word of another first letter (session 16)', async () => {
    // Printed `SWL-RV-2024-0213`: the index also holds `SWL RV 2024 213`, the query drops zeros too.
    expect(setsOf(await search({ q: 'swl rv 2024 213' }))[0]).toBe(ids.get('r46-swl-giethoorn-drukte'));
    expect(setsOf(await search({ q: 'SWL-RV-2024-213' }))[0]).toBe(ids.get('r46-swl-giethoorn-drukte'));
    // `spechten` (woodpeckers; no set has them) is two edits from `hechten`: another word, not a typo of it.
    expect(await search({ q: 'spechten' })).toMatchObject({ total: 0 });
  });

  it('weighs a thesaurus concept the archive lacks in full with two concepts, and reads everyday words', async () => {
    // `processierups` is a thesaurus term no set has: `bestrijding` alone is not half of the query.
    expect(await search({ q: 'processierups bestrijding' })).toMatchObject({ total: 0 });
    // `omhoog` (thesaurus domain algemeen) is what the college writes as stijging/verhoging.
    expect(setsOf(await search({ q: 'ozb omhoog' }))[0]).toBe(ids.get('eind-ozb'));
    // A word that is a thesaurus term as typed is no typo of another word.
    expect((await search({ q: 'huizenbelasting' })).didYouMean).toBeNull();
  });

  it('finds a set by its own reference beside the words every set is about, and reads common municipal words', async () => {
    // `schriftelijke vragen` is what every set is; no text names it, so it must not count as a concept.
    // (Held-out-49's Bunschoten set is `BUN-2023-088`: the same number, rightly found too, after Amersfoort's own.)
    const sameNumber = [ids.get('amers-camera'), ids.get('r49-bun-eemdijk')];
    expect(setsOf(await search({ q: 'schriftelijke vragen 2023-088' }))).toEqual(sameNumber);
    expect(setsOf(await search({ q: 'art. 40 vragen 2023-088' }))).toEqual(sameNumber);
    // Colloquial `drugsrommel` is in the group of drugsafval.
    expect(setsOf(await search({ q: 'drugsrommel' }))).toEqual([ids.get('tilb-drugsafval')]);
  });

  it('never surfaces an embargoed answer through the thesaurus or relaxed matching', async () => {
    const embargoed = ids.get('delf-schieoevers-embargo');
    // "verlies" is only a thesaurus synonym of a word of the embargoed answer ("tekort").
    const added = await http()
      .post('/api/search/thesaurus')
      .set('Authorization', admin)
      .send({ terms: ['verlies', 'tekort'] })
      .expect(201);
    // Words only the embargoed answer has never bring the set up.
    for (const q of [
      'verlies',
      // The last resort (three concepts, nothing found strict or relaxed) counts only what the caller may match.
      'wie draait op voor saneringskosten en verlies na een sanering',
    ]) {
      const publicBody = await search({ q });
      expect(setsOf(publicBody)).not.toContain(embargoed);
      const otherClerk = await search({ q }, clerk);
      expect(setsOf(otherClerk)).not.toContain(embargoed);
      expect(JSON.stringify(otherClerk)).not.toContain('23 miljoen');
    }
    // Its subject's words may (its questions are public on registration), but never with the answer:
    // the other words are only in the embargoed answer, so for the public they are words no row has
    // (or rows of other sets have), and the set is found by its subject "Grondexploitatie Schieoevers".
    const cases: [string, string | undefined][] = [
      ['tekort vervuilde grond schieoevers', undefined],
      ['tekort vervuilde grond schieoevers', clerk],
      ['verlies saneringskosten grondexploitatie', undefined],
      ['verlies saneringskosten grondexploitatie', clerk],
    ];
    for (const [q, token] of cases) {
      const body = await search({ q }, token);
      const hits = body.items.filter((i) => i.questionSetId === embargoed);
      expect(hits.every((i) => i.answer === null)).toBe(true);
      expect(JSON.stringify(body)).not.toContain('23 miljoen');
    }
    const own = await search({ q: 'verlies saneringskosten grondexploitatie' }, delftClerk);
    expect(setsOf(own)[0]).toBe(embargoed);
    await http().delete(`/api/search/thesaurus/${added.body.id}`).set('Authorization', admin).expect(204);
  });

  it('meets the goals on the tuning part of the relevance set', async () => {
    const service = t.app.get(SearchService);
    const tuning = relevanceQueries().filter((q) => !q.holdout);
    const outcomes = await evaluate(tuning, ids, async (query) => {
      const result = await service.search(PUBLIC_ACTOR, { q: query.q, ...query.filters, limit: 40, offset: 0 });
      return { setIds: result.items.map((hit) => hit.questionSetId), total: result.total };
    });
    const figures = figuresOf(outcomes);
    expect(figures.success).toBeGreaterThanOrEqual(0.95);
    expect(figures.mrr).toBeGreaterThanOrEqual(0.85);
    expect(figures.negativesEmpty).toBeGreaterThanOrEqual(0.7);
  }, 60_000);
});
