import request from 'supertest';
import type { App } from 'supertest/types';
import { Actor } from '../src/auth/actor';
import { canSeeAnswers, canSeeSet, canSeeUnconfirmedCommitments, VisibleSetFields } from '../src/auth/visibility';
import { DigestService } from '../src/commitments/follow-up/digest.service';
import { createMunicipality } from './support/factories';
import { readMailbox } from './support/mailbox';
import { createTestApp, TestApp } from './support/test-app';
import { createWebUser, loginAgent } from './support/web';

jest.setTimeout(900_000);

/**
 * The leak matrix (issue 15, "Must show"): every GET route of /api/openapi.json, the feeds and
 * exports, and every page reachable by links from the home page and each role's start page (two
 * levels), as each role, over sets in every status. Unique marker words sit in what only some
 * may see: a draft, an unpublished answer, a proposed and a dismissed commitment, a withdrawn
 * draft. A marker may appear only where the rule (src/auth/visibility.ts) allows it, and every
 * role it allows must find it somewhere (so the matrix can fail both ways). Mails too.
 */

const MARKERS = {
  draft: 'conceptmerkwoord',
  withdrawnDraft: 'intrekmerkwoord',
  embargo: 'embargomerkwoord',
  partial: 'deelmerkwoord',
  proposal: 'voorstelmerkwoord',
  dismissed: 'afwijsmerkwoord',
} as const;
type Marker = keyof typeof MARKERS;

type RoleName = 'public' | 'ownParty' | 'otherParty' | 'executive' | 'clerk' | 'otherClerk' | 'admin';
const ROLES: RoleName[] = ['public', 'ownParty', 'otherParty', 'executive', 'clerk', 'otherClerk', 'admin'];

interface RoleSession {
  name: RoleName;
  actor: Actor;
  token: string | null;
  agent: ReturnType<typeof request.agent>;
  start: string[];
  email: string | null;
}

describe('leak matrix: every route × every role × every status', () => {
  let t: TestApp;
  let server: App;
  const sessions: RoleSession[] = [];
  const allowed = {} as Record<Marker, (actor: Actor) => boolean>;
  const setIds: Record<string, number> = {};

  beforeAll(async () => {
    t = await createTestApp();
    server = t.app.getHttpServer();
    const a = await createMunicipality(t, { slug: 'lekstad', name: 'Lekstad' });
    const b = await createMunicipality(t, { slug: 'anderstad', name: 'Anderstad' });
    const clerk = await t.token('clerk', a.id);
    const http = () => request(server);
    const post = async (url: string, token: string, body: object, status = 200) =>
      (await http().post(url).set('Authorization', token).send(body).expect(status)).body;
    const patch = async (url: string, token: string, body: object) =>
      (await http().patch(url).set('Authorization', token).send(body).expect(200)).body;
    const create = (subject: string, extra: object = {}, token = clerk) =>
      post(
        '/api/question-sets',
        token,
        {
          municipality: a.slug,
          subject,
          party: 'Partij Een',
          portfolioHolder: 'Wethouder Waal',
          submitters: ['A. Eerst', 'B. Tweede'],
          receivedOn: '2024-11-01',
          questions: [
            { number: '1', text: `Vraag een over ${subject}?` },
            { number: '2', text: `Vraag twee over ${subject}?` },
          ],
          ...extra,
        },
        201,
      );
    await create('Fietsenstalling Tweede', { party: 'Partij Twee' });
    const registered = await create('Bankjes in het park');
    const [p1] = await t.dataSource.query(`SELECT id FROM party WHERE name = 'Partij Een'`);
    const [p2] = await t.dataSource.query(`SELECT id FROM party WHERE name = 'Partij Twee'`);
    const ownParty = await t.token('party', a.id, { partyId: p1.id });

    // draft (own party only) and a withdrawn draft
    const draft = await post(
      '/api/question-sets',
      ownParty,
      {
        municipality: a.slug,
        subject: `Concept over ${MARKERS.draft}`,
        questions: [{ number: '1', text: `Wat vindt u van ${MARKERS.draft}?` }],
      },
      201,
    );
    const withdrawnDraft = await post(
      '/api/question-sets',
      ownParty,
      {
        municipality: a.slug,
        subject: `Ingetrokken concept over ${MARKERS.withdrawnDraft}`,
        questions: [{ number: '1', text: `Wat vindt u van ${MARKERS.withdrawnDraft}?` }],
      },
      201,
    );
    await post(`/api/question-sets/${withdrawnDraft.id}/withdraw`, ownParty, { version: withdrawnDraft.version });
    // registered, postponed with a partial (embargoed) answer, answered (embargo), withdrawn
    let postponed = await create('Lantaarnpalen');
    postponed = await post(`/api/question-sets/${postponed.id}/postpone`, clerk, {
      version: postponed.version,
      reason: 'Meer tijd nodig.',
      newDueOn: '2025-02-01',
      sentOn: '2024-11-20',
    });
    await post(`/api/question-sets/${postponed.id}/answers`, clerk, {
      version: postponed.version,
      answers: [{ questions: ['1'], text: `Het eerste deel: ${MARKERS.partial}.` }],
    });
    const answered = await create('Geluidsoverlast');
    await post(`/api/question-sets/${answered.id}/answers`, clerk, {
      version: answered.version,
      answeredOn: '2024-11-18',
      answers: [
        { questions: ['1'], text: `Vóór 1 maart 2025 sturen wij u een brief over ${MARKERS.embargo}.` },
        { questions: ['2'], text: `Nee, ${MARKERS.embargo}.` },
      ],
    });
    let withdrawn = await create('Ingetrokken vragen over de markt');
    withdrawn = await post(`/api/question-sets/${withdrawn.id}/withdraw`, clerk, { version: withdrawn.version });
    // published, with a proposed and a dismissed commitment whose wording the griffie edited
    const published = await create('Parkeerplaatsen');
    const publishedAnswered = await post(`/api/question-sets/${published.id}/answers`, clerk, {
      version: published.version,
      answeredOn: '2024-11-18',
      answers: [
        { questions: ['1'], text: 'Vóór 1 juni 2025 informeren wij de raad over de parkeerplaatsen.' },
        { questions: ['2'], text: 'In het voorjaar van 2025 sturen wij u een raadsinformatiebrief over de laadpalen.' },
      ],
    });
    await post(`/api/question-sets/${published.id}/publish`, clerk, {
      version: publishedAnswered.version,
      publishedOn: '2024-11-19',
    });
    const proposals = (
      await http()
        .get('/api/commitments')
        .query({ questionSet: published.id, sort: 'id' })
        .set('Authorization', clerk)
        .expect(200)
    ).body.items as { id: number; version: number }[];
    expect(proposals.length).toBeGreaterThanOrEqual(2);
    await patch(`/api/commitments/${proposals[0].id}`, clerk, {
      version: proposals[0].version,
      sentence: `Vóór 1 juni 2025 informeren wij de raad over ${MARKERS.proposal}.`,
    });
    const toDismiss = await patch(`/api/commitments/${proposals[1].id}`, clerk, {
      version: proposals[1].version,
      sentence: `In het voorjaar van 2025 een brief over ${MARKERS.dismissed}.`,
    });
    await post(`/api/commitments/${proposals[1].id}/dismiss`, clerk, { version: toDismiss.version });
    Object.assign(setIds, {
      draft: draft.id,
      withdrawnDraft: withdrawnDraft.id,
      registered: registered.id,
      postponed: postponed.id,
      answered: answered.id,
      published: published.id,
      withdrawn: withdrawn.id,
    });

    // What the rule allows, asked of the rule itself (the same code every surface uses).
    const fields = async (id: number): Promise<VisibleSetFields> => {
      const [row] = await t.dataSource.query(
        `SELECT s.municipality_id, s.party_id, s.status, s.received_on::text, m.questions_public
           FROM question_set s JOIN municipality m ON m.id = s.municipality_id WHERE s.id = $1`,
        [id],
      );
      return {
        municipalityId: row.municipality_id,
        partyId: row.party_id,
        status: row.status,
        receivedOn: row.received_on,
        questionsPublic: row.questions_public,
      };
    };
    const [fDraft, fWithdrawnDraft, fAnswered, fPostponed, fPublished] = await Promise.all(
      [draft.id, withdrawnDraft.id, answered.id, postponed.id, published.id].map(fields),
    );
    allowed.draft = (actor) => canSeeSet(actor, fDraft);
    allowed.withdrawnDraft = (actor) => canSeeSet(actor, fWithdrawnDraft);
    allowed.embargo = (actor) => canSeeAnswers(actor, fAnswered);
    allowed.partial = (actor) => canSeeAnswers(actor, fPostponed);
    allowed.proposal = (actor) => canSeeAnswers(actor, fPublished) && canSeeUnconfirmedCommitments(actor, a.id);
    allowed.dismissed = allowed.proposal;

    // The seven roles, each with an API token and a logged-in browser session.
    const actorOf = (role: Actor['role'], municipalityId: number | null, partyId: number | null = null): Actor => ({
      role,
      municipalityId,
      partyId,
      portfolioHolderId: null,
      label: role,
    });
    const accounts: [RoleName, Actor, string[]][] = [
      ['public', actorOf('public', null), ['/']],
      ['ownParty', actorOf('party', a.id, p1.id), ['/', '/fractie']],
      ['otherParty', actorOf('party', a.id, p2.id), ['/', '/fractie']],
      ['executive', actorOf('executive', a.id), ['/', '/wethouder']],
      ['clerk', actorOf('clerk', a.id), ['/', '/beheer']],
      ['otherClerk', actorOf('clerk', b.id), ['/', '/beheer']],
      ['admin', actorOf('admin', null), ['/', '/beheer']],
    ];
    for (const [name, actor, start] of accounts) {
      if (actor.role === 'public') {
        sessions.push({ name, actor, token: null, agent: request.agent(server), start, email: null });
        continue;
      }
      const email = `${name.toLowerCase()}@lek.test`;
      await createWebUser(t, {
        email,
        role: actor.role,
        municipalityId: actor.municipalityId,
        ...(actor.partyId !== null ? { partyId: actor.partyId } : {}),
      });
      const token = await t.token(
        actor.role,
        actor.municipalityId,
        actor.partyId !== null ? { partyId: actor.partyId } : {},
      );
      const agent = await loginAgent(server, email, 'geheim-wachtwoord-123');
      sessions.push({ name, actor, token, agent, start, email });
    }

    // Mails: a weekly digest for each role of the municipality, and a visitor following the published set.
    const digests = t.app.get(DigestService);
    const clerkActor = accounts.find(([n]) => n === 'clerk')?.[1] as Actor;
    for (const [role, party] of [
      ['public', null],
      ['party', 'Partij Een'],
      ['party', 'Partij Twee'],
      ['executive', null],
      ['clerk', null],
    ] as const) {
      await digests.createSubscription(clerkActor, {
        email: `digest-${role}-${party ?? 'x'}@lek.test`.replace(/ /g, '').toLowerCase(),
        municipality: a.slug,
        role,
        ...(party ? { party } : {}),
      } as never);
    }
    await digests.runDigest('2025-02-24');
    await http().post(`/api/question-sets/${published.id}/follow`).send({ email: 'volger@lek.test' }).expect(202);
  });

  afterAll(() => t.close());

  /** Concrete URLs for one OpenAPI path: every set, commitment, document or municipality it can name. */
  async function expand(path: string): Promise<string[]> {
    const ids = async (sql: string) => ((await t.dataSource.query(sql)) as { v: string }[]).map((r) => String(r.v));
    const params = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
    if (params.length === 0) return [path];
    if (path === '/oparl/v1/bodies/{slug}/{list}') {
      const slugs = await ids(`SELECT slug AS v FROM municipality`);
      return slugs.flatMap((slug) =>
        ['papers', 'organizations', 'persons'].map((l) => `/oparl/v1/bodies/${slug}/${l}`),
      );
    }
    if (path.startsWith('/oparl/v1/papers/'))
      return (await ids(`SELECT id AS v FROM question_set`)).map((id) => path.replace('{key}', id));
    if (path.startsWith('/oparl/v1/files/'))
      return (await ids(`SELECT id AS v FROM question_set`)).map((id) => path.replace('{key}', `antwoord-${id}`));
    if (params.length > 1) return [];
    const name = params[0];
    let values: string[] = [];
    if (path.startsWith('/api/question-sets')) values = await ids(`SELECT id AS v FROM question_set`);
    else if (path.startsWith('/api/commitments')) values = await ids(`SELECT id AS v FROM commitment`);
    else if (path.startsWith('/api/documents')) values = await ids(`SELECT id AS v FROM document`);
    else if (path.startsWith('/api/municipalities')) values = await ids(`SELECT slug AS v FROM municipality`);
    else if (/slug|municipality/i.test(name)) values = await ids(`SELECT slug AS v FROM municipality`);
    else if (/^id$/.test(name)) values = await ids(`SELECT id AS v FROM question_set`);
    return values.map((v) => path.replace(`{${name}}`, encodeURIComponent(v)));
  }

  it('shows each marker exactly where the who-sees-what rule allows it, and nowhere else', async () => {
    const openapi = (await request(server).get('/api/openapi.json').expect(200)).body as {
      paths: Record<string, Record<string, unknown>>;
    };
    const getPaths = Object.entries(openapi.paths)
      .filter(([, ops]) => 'get' in ops)
      .map(([path]) => path);
    const apiUrls: string[] = [];
    const unexpanded: string[] = [];
    for (const path of getPaths) {
      const urls = await expand(path);
      if (urls.length === 0) unexpanded.push(path);
      for (const url of urls)
        apiUrls.push(url.includes('?') ? url : `${url}${/s$|csv$/.test(url) ? '?limit=100' : ''}`);
    }
    // Searches for each marker (snippets, facets, totals), feeds and exports not in the OpenAPI document.
    for (const word of Object.values(MARKERS)) {
      apiUrls.push(`/api/search?q=${word}&limit=100`, `/zoeken?q=${word}`);
    }
    apiUrls.push(
      '/ical/lekstad.ics',
      '/api/commitments.csv?municipality=lekstad',
      '/toezeggingen/afdrukken?municipality=lekstad',
    );

    const leaks: string[] = [];
    const seen = new Map<Marker, Set<RoleName>>();
    let fetches = 0;
    const pagesPerRole: number[] = [];
    const check = (role: RoleSession, url: string, status: number, body: string, contentType: string) => {
      fetches++;
      const lower = body
        .toLowerCase()
        .replace(/&#x3d;/g, '=')
        .replace(/&amp;/g, '&');
      for (const marker of Object.keys(MARKERS) as Marker[]) {
        const word = MARKERS[marker];
        const searched = url.includes(`q=${word}`);
        // A search page repeats what was typed (the field, the title, its links): only results count.
        const text = searched
          ? lower
              .split(`value="${word}"`)
              .join('')
              .split(`q=${word}`)
              .join('')
              .replace(/<title>[^<]*<\/title>/, '')
          : lower;
        let present = text.includes(word);
        if (!present && searched && /html/.test(contentType))
          present = Number(/(\d+) resultaten/.exec(text)?.[1] ?? 0) > 0;
        // A search for the marker that counts a hit shows its existence, even without the word.
        if (!present && url.includes(`q=${word}`) && /json/.test(contentType)) {
          const parsed = JSON.parse(body) as { total?: number };
          present = (parsed.total ?? 0) > 0;
        }
        if (!present) continue;
        if (!seen.has(marker)) seen.set(marker, new Set());
        seen.get(marker)?.add(role.name);
        if (!allowed[marker](role.actor)) leaks.push(`${role.name} sees ${marker} at ${url} (${status})`);
      }
    };
    const fetchAs = async (role: RoleSession, url: string, api: boolean) => {
      const call = api && role.token ? request(server).get(url).set('Authorization', role.token) : role.agent.get(url);
      const response = await call.buffer(true).parse((res, done) => {
        let data = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (data += chunk));
        res.on('end', () => done(null, data));
      });
      const body = typeof response.body === 'string' ? response.body : response.text;
      expect({ url, status: response.status < 500 }).toEqual({ url, status: true });
      check(role, url, response.status, body ?? '', String(response.headers['content-type'] ?? ''));
      return { status: response.status, body: body ?? '', type: String(response.headers['content-type'] ?? '') };
    };

    for (const role of sessions) {
      for (const url of apiUrls) await fetchAs(role, url, url.startsWith('/api') || url.startsWith('/oparl'));
      // Pages: links from the home page and the role's start page, two levels deep.
      const visited = new Set<string>();
      let frontier = [...role.start];
      for (let depth = 0; depth <= 2 && frontier.length > 0; depth++) {
        const next: string[] = [];
        for (const url of frontier) {
          if (visited.has(url)) continue;
          visited.add(url);
          const page = await fetchAs(role, url, false);
          if (depth === 2 || !/html/.test(page.type)) continue;
          for (const m of page.body.matchAll(/href="(\/[^"#]*)"/g)) {
            const link = m[1].replace(/&amp;/g, '&').replace(/&#x3D;/g, '=');
            if (link.startsWith('/static') || link.startsWith('/uitloggen') || visited.has(link)) continue;
            next.push(link);
          }
        }
        frontier = [...new Set(next)];
      }
      pagesPerRole.push(visited.size);
    }

    // Mails under DATA_DIR/mail, by the role of their recipient.
    const mailRole = (to: string): RoleSession | undefined => {
      if (/digest-public|volger/.test(to)) return sessions.find((s) => s.name === 'public');
      if (/digest-party-partijeen/.test(to)) return sessions.find((s) => s.name === 'ownParty');
      if (/digest-party-partijtwee/.test(to)) return sessions.find((s) => s.name === 'otherParty');
      if (/digest-executive/.test(to)) return sessions.find((s) => s.name === 'executive');
      if (/digest-clerk/.test(to)) return sessions.find((s) => s.name === 'clerk');
      return undefined;
    };
    const mails = readMailbox(t.config.dataDir);
    expect(mails.length).toBeGreaterThanOrEqual(5);
    for (const mail of mails) {
      const role = mailRole(mail.to);
      if (role) check(role, `mail to ${mail.to}`, 0, `${mail.subject}\n${mail.text}\n${mail.html}`, 'mail');
    }

    const states = Object.keys(setIds).length;
    process.stdout.write(
      `leak matrix: ${getPaths.length} GET routes (${apiUrls.length} URLs with every set, commitment and marker search) ` +
        `+ ${pagesPerRole.join('/')} pages crawled, × ${ROLES.length} roles × ${states} set states ` +
        `(${[...new Set(Object.keys(setIds))].join(', ')}) = ${fetches} checks, ${mails.length} mails; ` +
        `unexpanded routes: ${unexpanded.length} (${unexpanded.join(', ')}); leaks: ${leaks.length}\n`,
    );
    expect(leaks).toEqual([]);
    // Every role the rule allows finds each marker somewhere: the matrix can fail both ways.
    for (const marker of Object.keys(MARKERS) as Marker[]) {
      const expected = sessions.filter((s) => allowed[marker](s.actor)).map((s) => s.name);
      expect({ marker, roles: [...(seen.get(marker) ?? [])].sort() }).toEqual({ marker, roles: expected.sort() });
    }
  });
});
