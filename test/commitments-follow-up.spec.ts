import request from 'supertest';
import { IsNull } from 'typeorm';
import { DigestService } from '../src/commitments/follow-up/digest.service';
import {
  FollowNotification,
  NotificationSubscription,
  QuestionSetFollow,
} from '../src/commitments/follow-up/follow-up.entities';
import { FollowsService } from '../src/commitments/follow-up/follows.service';
import { MailMessage, MailService } from '../src/mail/mail.service';
import { readMailbox } from './support/mailbox';
import { importSeed, ImportedSeed } from './support/seed-sets';
import { createTestApp, TestApp } from './support/test-app';

interface CommitmentBody {
  id: number;
  version: number;
  phrase: string;
  questions: string[];
  status: string;
}

describe('commitments follow-up: weekly digest and following a set by e-mail', () => {
  let t: TestApp;
  let amersfoort: ImportedSeed;
  let clerk: string;
  let digest: DigestService;
  let follows: FollowsService;
  const http = () => request(t.app.getHttpServer());

  async function commitmentsOf(setId: number): Promise<CommitmentBody[]> {
    const response = await http()
      .get('/api/commitments')
      .query({ questionSet: setId, limit: 100, sort: 'id' })
      .set('Authorization', clerk)
      .expect(200);
    return response.body.items;
  }

  async function confirm(c: CommitmentBody): Promise<void> {
    await http()
      .post(`/api/commitments/${c.id}/confirm`)
      .set('Authorization', clerk)
      .send({ version: c.version })
      .expect(200);
  }

  beforeAll(async () => {
    t = await createTestApp();
    digest = t.app.get(DigestService);
    follows = t.app.get(FollowsService);
    amersfoort = await importSeed(t, 'amersfoort', { publish: true });
    clerk = await t.token('clerk', amersfoort.municipalityId);
    // The fixture week: confirmed commitments due this week and one overdue, two left proposed,
    // and an open set whose answer is due this week.
    const found = await commitmentsOf(amersfoort.setId);
    for (const c of found.filter((x) => x.phrase !== 'In 2025' && x.phrase !== 'in 2025')) await confirm(c);
    t.clock.current = '2025-04-14';
    await http()
      .post('/api/question-sets')
      .set('Authorization', clerk)
      .send({
        municipality: 'amersfoort',
        subject: 'Onderhoud speeltuinen',
        reference: '2025-041',
        receivedOn: '2025-04-10',
        portfolioHolder: 'Paffen-Zeenni',
        questions: [{ number: '1', text: 'Wanneer?' }],
      })
      .expect(201);
    t.clock.current = '2025-04-28';
  });

  afterAll(() => t.close());

  it('renders the digest of a fixture municipality for the griffie', async () => {
    const sub = await http()
      .post('/api/notification-subscriptions')
      .set('Authorization', clerk)
      .send({ email: 'griffie@amersfoort.test', municipality: 'amersfoort', role: 'clerk' })
      .expect(201);
    const row = await t.dataSource.getRepository(NotificationSubscription).findOneByOrFail({ id: sub.body.id });
    const rendered = await digest.renderDigest(row, '2025-04-28');
    expect(rendered).not.toBeNull();
    const stable = (s: string) => s.split(row.unsubscribeToken).join('<token>');
    expect(rendered?.subject).toBe('Weekoverzicht toezeggingen Amersfoort, week van 28 april 2025');
    expect(stable(rendered?.text ?? '')).toMatchSnapshot('digest text');
    expect(stable(rendered?.html ?? '')).toMatchSnapshot('digest html');
  });

  it('sends each digest once when two job runs start in parallel, as a file under data/mail', async () => {
    await http()
      .post('/api/notification-subscriptions')
      .set('Authorization', clerk)
      .send({
        email: 'wethouder@amersfoort.test',
        municipality: 'amersfoort',
        role: 'executive',
        portfolioHolder: 'Paffen-Zeenni',
      })
      .expect(201);
    await http()
      .post('/api/notification-subscriptions')
      .send({ email: 'x@y.test', municipality: 'amersfoort', role: 'clerk' })
      .expect(403);
    const before = readMailbox(t.config.dataDir).length;
    const runs = await Promise.all([digest.runDigest('2025-04-28'), digest.runDigest('2025-04-28')]);
    expect(runs[0].sent + runs[1].sent).toBe(2);
    const again = await digest.runDigest('2025-04-29');
    expect(again).toMatchObject({ ran: true, sent: 0 });
    const mails = readMailbox(t.config.dataDir).slice(before);
    expect(mails.map((m) => m.to).sort()).toEqual(['griffie@amersfoort.test', 'wethouder@amersfoort.test']);
    for (const mail of mails) {
      expect(mail.subject).toBe('Weekoverzicht toezeggingen Amersfoort, week van 28 april 2025');
      expect(mail.headers).toMatch(/List-Unsubscribe: <http:\/\/raadsvragen\.test\/volgen\/afmelden\?token=/);
      expect(mail.text).toContain('rond april 2025 · uiterlijk 30 april 2025 · over 2 dagen');
      expect(mail.text).toContain('Afmelden met één klik: http://raadsvragen.test/volgen/afmelden?token=');
    }
  });

  it('shows the public digest neither proposals nor commitments of unpublished answers', async () => {
    const embargoed = await importSeed(t, 'amersfoort', { publish: false });
    const hidden = (await commitmentsOf(embargoed.setId))[0];
    await confirm(hidden);
    const repo = t.dataSource.getRepository(NotificationSubscription);
    const publicSub = repo.create({
      email: 'burger@example.test',
      municipalityId: amersfoort.municipalityId,
      role: 'public',
      portfolioHolderId: null,
      partyId: null,
      unsubscribeToken: 'publiek-token',
      confirmedAt: new Date(),
      lastDigestOn: null,
    });
    const clerkSub = repo.create({ ...publicSub, role: 'clerk', unsubscribeToken: 'griffie-token' });
    const forPublic = await digest.renderDigest(publicSub, '2025-04-28');
    const forClerk = await digest.renderDigest(clerkSub, '2025-04-28');
    expect(forPublic?.text).not.toContain('NIEUW VOORGESTELD');
    // Registered questions are public with their due date (the municipality's default setting).
    expect(forPublic?.text).toContain('Onderhoud speeltuinen');
    expect(forPublic?.text).not.toContain(`[${hidden.id}]`);
    expect(forClerk?.text).toContain(`[${hidden.id}]`);
    expect(forClerk?.text).toContain('NIEUW VOORGESTELD');
  });

  describe('following a set', () => {
    let confirmUrl: string;
    let unsubscribeUrl: string;

    it('asks a visitor to confirm by e-mail and refuses sets the visitor cannot see', async () => {
      const embargoed = await importSeed(t, 'amersfoort', { publish: false });
      // Without questions public on registration the unpublished set is hidden from visitors.
      await t.dataSource.query(`UPDATE municipality SET questions_public = false WHERE slug = 'amersfoort'`);
      try {
        await http()
          .post(`/api/question-sets/${embargoed.setId}/follow`)
          .send({ email: 'volger@example.test' })
          .expect(404);
      } finally {
        await t.dataSource.query(`UPDATE municipality SET questions_public = true WHERE slug = 'amersfoort'`);
      }
      await http().post(`/api/question-sets/${amersfoort.setId}/follow`).send({ email: 'geen-adres' }).expect(400);
      const before = readMailbox(t.config.dataDir).length;
      const response = await http()
        .post(`/api/question-sets/${amersfoort.setId}/follow`)
        .send({ email: 'volger@example.test' })
        .expect(202);
      expect(response.body.message).toMatch(/bevestigingslink/);
      await http()
        .post(`/api/question-sets/${amersfoort.setId}/follow`)
        .send({ email: 'Volger@example.test' })
        .expect(202);
      // Asked twice within minutes: one confirmation mail.
      const sentNow = readMailbox(t.config.dataDir).slice(before);
      expect(sentNow).toHaveLength(1);
      const [mail] = sentNow;
      expect(mail.to).toBe('volger@example.test');
      confirmUrl = /(http:\/\/raadsvragen\.test\/volgen\/bevestigen\?token=\S+)/.exec(mail.text)?.[1] ?? '';
      unsubscribeUrl = /(http:\/\/raadsvragen\.test\/volgen\/afmelden\?token=\S+)/.exec(mail.text)?.[1] ?? '';
      expect(confirmUrl).not.toBe('');
      expect(unsubscribeUrl).not.toBe('');
      // Not confirmed yet: a change mails nobody.
      const [c] = (await commitmentsOf(amersfoort.setId)).filter((x) => x.status === 'proposed');
      await confirm(c);
      expect(await follows.sendPendingNotifications()).toBe(0);
    });

    it('mails a confirmed follower once about a commitment change, also with two job runs in parallel', async () => {
      const page = await http()
        .get(new URL(confirmUrl).pathname + new URL(confirmUrl).search)
        .set('Accept', 'text/html')
        .expect(200);
      expect(page.text).toContain('U volgt nu');
      const proposed = (await commitmentsOf(amersfoort.setId)).find((x) => x.status === 'proposed') as CommitmentBody;
      await confirm(proposed);
      const before = readMailbox(t.config.dataDir).length;
      const sent = await Promise.all([follows.sendPendingNotifications(), follows.sendPendingNotifications()]);
      expect(sent[0] + sent[1]).toBe(1);
      const [mail] = readMailbox(t.config.dataDir).slice(before);
      expect(mail.to).toBe('volger@example.test');
      expect(mail.text).toMatch(/Toezegging bevestigd: Toezegging: [Ii]n 2025 · uiterlijk 31 december 2025 – /);
      expect(mail.text).toContain(`Afmelden met één klik: ${unsubscribeUrl}`);
      expect(mail.headers).toContain('List-Unsubscribe-Post: List-Unsubscribe=One-Click');
    });

    it('mails a correction of a published answer', async () => {
      const set = await http().get(`/api/question-sets/${amersfoort.setId}`).expect(200);
      const answer = set.body.answers[0];
      await http()
        .patch(`/api/question-sets/${amersfoort.setId}/answers/${answer.id}`)
        .set('Authorization', clerk)
        .send({ text: `${answer.text} (gecorrigeerd)`, reason: 'Typefout', version: answer.version })
        .expect(200);
      const before = readMailbox(t.config.dataDir).length;
      expect(await follows.sendPendingNotifications()).toBe(1);
      expect(readMailbox(t.config.dataDir).slice(before)[0].text).toContain('Een antwoord is gecorrigeerd.');
    });

    it('unsubscribes with one click and mails nothing after that', async () => {
      const page = await http()
        .get(new URL(unsubscribeUrl).pathname + new URL(unsubscribeUrl).search)
        .set('Accept', 'text/html')
        .expect(200);
      expect(page.text).toContain('U bent afgemeld');
      const c = (await commitmentsOf(amersfoort.setId)).find((x) => x.status === 'open') as CommitmentBody;
      await http()
        .post(`/api/commitments/${c.id}/not-kept`)
        .set('Authorization', clerk)
        .send({ version: c.version })
        .expect(200);
      expect(await follows.sendPendingNotifications()).toBe(0);
    });
  });
  describe('an SMTP failure halfway through a job', () => {
    /** The mail transport fails once, for one address; every other mail goes out as usual. */
    function failOnceFor(address: string): jest.SpyInstance {
      const mail = t.app.get(MailService);
      const original = mail.send.bind(mail);
      let failed = false;
      return jest.spyOn(mail, 'send').mockImplementation(async (message: MailMessage) => {
        if (message.to === address && !failed) {
          failed = true;
          throw new Error('SMTP 451: tijdelijk niet beschikbaar');
        }
        return original(message);
      });
    }

    it('re-sends only the failed follow notice on the next run', async () => {
      const repo = t.dataSource.getRepository(QuestionSetFollow);
      const addresses = ['een@example.test', 'twee@example.test', 'drie@example.test'];
      for (const email of addresses) {
        await repo.save(
          repo.create({
            questionSetId: amersfoort.setId,
            email,
            viewerRole: 'public',
            viewerMunicipalityId: null,
            viewerPartyId: null,
            confirmTokenHash: email.padEnd(64, 'x'),
            unsubscribeToken: `token-${email}`,
            confirmedAt: new Date(),
            confirmSentAt: new Date(),
          }),
        );
      }
      const set = await http().get(`/api/question-sets/${amersfoort.setId}`).expect(200);
      const answer = set.body.answers[1];
      await http()
        .patch(`/api/question-sets/${amersfoort.setId}/answers/${answer.id}`)
        .set('Authorization', clerk)
        .send({ text: `${answer.text} (tweede correctie)`, reason: 'Typefout', version: answer.version })
        .expect(200);
      const before = readMailbox(t.config.dataDir).length;
      const spy = failOnceFor('twee@example.test');
      try {
        await expect(follows.sendPendingNotifications()).rejects.toThrow('SMTP 451');
        expect(
          readMailbox(t.config.dataDir)
            .slice(before)
            .map((m) => m.to),
        ).toEqual(['een@example.test']);
        expect(await follows.sendPendingNotifications()).toBe(2);
      } finally {
        spy.mockRestore();
      }
      expect(
        readMailbox(t.config.dataDir)
          .slice(before)
          .map((m) => m.to)
          .sort(),
      ).toEqual(addresses.slice().sort());
      expect(await t.dataSource.getRepository(FollowNotification).countBy({ processedAt: IsNull() })).toBe(0);
      expect(await follows.sendPendingNotifications()).toBe(0);
    });

    it('re-sends only the failed digest on the next run', async () => {
      const repo = t.dataSource.getRepository(NotificationSubscription);
      for (const email of ['a@amersfoort.test', 'b@amersfoort.test', 'c@amersfoort.test']) {
        await repo.save(
          repo.create({
            email,
            municipalityId: amersfoort.municipalityId,
            role: 'clerk',
            portfolioHolderId: null,
            partyId: null,
            unsubscribeToken: `digest-${email}`,
            confirmedAt: new Date(),
            lastDigestOn: null,
          }),
        );
      }
      const before = readMailbox(t.config.dataDir).length;
      const spy = failOnceFor('b@amersfoort.test');
      try {
        await expect(digest.runDigest('2025-04-28')).rejects.toThrow('SMTP 451');
        expect(await digest.runDigest('2025-04-28')).toMatchObject({ ran: true, sent: 2 });
      } finally {
        spy.mockRestore();
      }
      expect(
        readMailbox(t.config.dataDir)
          .slice(before)
          .map((m) => m.to)
          .sort(),
      ).toEqual(['a@amersfoort.test', 'b@amersfoort.test', 'c@amersfoort.test']);
    });
  });
});
