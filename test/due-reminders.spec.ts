import request from 'supertest';
import { RemindersService } from '../src/reminders/reminders.service';
import { createMunicipality, MunicipalityFixture, questionSetBody } from './support/factories';
import { readMailbox, StoredMail } from './support/mailbox';
import { createTestApp, TestApp } from './support/test-app';
import { createSecondInstance, createWebUser } from './support/web';

function decodeSubject(subject: string): string {
  return subject.replace(/\?=\s+=\?/g, '?==?').replace(/=\?UTF-8\?Q\?([^?]*)\?=/gi, (_m, q: string) => {
    const bytes: number[] = [];
    for (let i = 0; i < q.length; i++) {
      if (q[i] === '=') {
        bytes.push(parseInt(q.slice(i + 1, i + 3), 16));
        i += 2;
      } else bytes.push(q[i] === '_' ? 32 : q.charCodeAt(i));
    }
    return Buffer.from(bytes).toString('utf8');
  });
}

interface SetBody {
  id: number;
  version: number;
  dueOn: string;
  portfolioHolder: { id: number; name: string } | null;
}

describe('reminders to the college office before a due date and when it passes', () => {
  let t: TestApp;
  let gemeente: MunicipalityFixture;
  let clerk: string;
  let reminders: RemindersService;
  let seen = 0;
  const http = () => request(t.app.getHttpServer());

  /** Mails written since the last call, subjects decoded (RFC 2047 Q-encoding for the quotes). */
  function newMail(): StoredMail[] {
    const all = readMailbox(t.config.dataDir).map((m) => ({ ...m, subject: decodeSubject(m.subject) }));
    const fresh = all.slice(seen);
    seen = all.length;
    return fresh;
  }

  async function register(subject: string, receivedOn: string, portfolioHolder: string): Promise<SetBody> {
    const response = await http()
      .post('/api/question-sets')
      .set('Authorization', clerk)
      .send(questionSetBody(gemeente.slug, { subject, receivedOn, portfolioHolder, documents: [] }))
      .expect(201);
    return response.body as SetBody;
  }

  let speeltuinen: SetBody;
  let fietspaden: SetBody;

  beforeAll(async () => {
    t = await createTestApp();
    reminders = t.app.get(RemindersService);
    t.clock.current = '2025-06-02';
    gemeente = await createMunicipality(t, { name: 'Herinnerdorp', slug: 'herinnerdorp', answerTermAmount: 20 });
    clerk = await t.token('clerk', gemeente.id);
    speeltuinen = await register('Onderhoud speeltuinen', '2025-06-02', 'De Groot');
    fietspaden = await register('Fietspaden Noord', '2025-06-03', 'Bakker');
    const groot = speeltuinen.portfolioHolder?.id as number;
    const bakker = fietspaden.portfolioHolder?.id as number;
    await createWebUser(t, {
      email: 'office-groot@herinnerdorp.test',
      role: 'executive',
      municipalityId: gemeente.id,
      portfolioHolderId: groot,
    });
    await createWebUser(t, {
      email: 'office-bakker@herinnerdorp.test',
      role: 'executive',
      municipalityId: gemeente.id,
      portfolioHolderId: bakker,
    });
    await createWebUser(t, {
      email: 'bestuurssecretariaat@herinnerdorp.test',
      role: 'executive',
      municipalityId: gemeente.id,
    });
    await createWebUser(t, { email: 'griffie@herinnerdorp.test', role: 'clerk', municipalityId: gemeente.id });
    newMail();
  });

  afterAll(() => t.close());

  it('sends nothing before the reminder window', async () => {
    expect(speeltuinen.dueOn).toBe('2025-06-22');
    const run = await reminders.run('2025-06-16');
    expect(run).toMatchObject({ ran: true, claimed: 0, sent: 0 });
    expect(newMail()).toEqual([]);
  });

  it("mails the portfolio holder's office and the general office 5 days before the due date, once", async () => {
    const run = await reminders.run('2025-06-17');
    expect(run).toMatchObject({ claimed: 1, sent: 2 });
    const mails = newMail();
    expect(mails.map((m) => m.to).sort()).toEqual([
      'bestuurssecretariaat@herinnerdorp.test',
      'office-groot@herinnerdorp.test',
    ]);
    expect(mails[0].subject).toBe(
      'Herinnering: schriftelijke vragen "Onderhoud speeltuinen" uiterlijk 22 juni 2025 beantwoorden',
    );
    expect(mails[0].text).toContain('uiterlijk 22 juni 2025 beantwoord zijn (nog 5 dagen)');
    expect(mails[0].text).toContain('20 dagen na ontvangst op 2 juni 2025');
    expect(mails[0].text).toContain(`http://raadsvragen.test/vragen/${speeltuinen.id}/uitstel`);
    expect(mails[0].html).toContain('als medewerker van het college');
    // The same day again, and the day after: nothing new for this set.
    expect((await reminders.run('2025-06-17')).sent).toBe(0);
    expect(newMail()).toEqual([]);
  });

  it('never sends twice with two instances running at once', async () => {
    const second = await createSecondInstance(t);
    try {
      const [a, b] = await Promise.all([reminders.run('2025-06-18'), second.get(RemindersService).run('2025-06-18')]);
      // Fietspaden (due 23 June) became due for its reminder; only the Bakker office and the general one get it.
      expect(a.sent + b.sent).toBe(2);
      const mails = newMail();
      expect(mails.map((m) => m.to).sort()).toEqual([
        'bestuurssecretariaat@herinnerdorp.test',
        'office-bakker@herinnerdorp.test',
      ]);
    } finally {
      await second.close();
    }
    const [{ count }] = await t.dataSource.query(`SELECT count(*)::int AS count FROM set_notice`);
    expect(count).toBe(2);
  });

  it('mails on the day the term has passed, with the days late in Dutch', async () => {
    expect((await reminders.run('2025-06-22')).sent).toBe(0);
    const run = await reminders.run('2025-06-23');
    expect(run.sent).toBe(2);
    const mails = newMail();
    expect(mails[0].subject).toBe('Termijn verstreken: schriftelijke vragen "Onderhoud speeltuinen"');
    expect(mails[0].text).toContain('verstreken op 22 juni 2025 (1 dag geleden)');
  });

  it("reminds again for a postponement's new due date, and not for an answered set", async () => {
    const postponed = await http()
      .post(`/api/question-sets/${fietspaden.id}/postpone`)
      .set('Authorization', clerk)
      .send({
        version: fietspaden.version,
        reason: 'Advies van de raad afwachten',
        newDueOn: '2025-07-10',
        sentOn: '2025-06-20',
      })
      .expect(200);
    expect(postponed.body.dueOn).toBe('2025-07-10');
    t.clock.current = '2025-06-30';
    const answeredSet = await register('Afvalinzameling', '2025-06-30', 'De Groot');
    await http()
      .post(`/api/question-sets/${answeredSet.id}/answers`)
      .set('Authorization', clerk)
      .send({
        version: answeredSet.version,
        answeredOn: '2025-07-01',
        answers: [{ questions: ['1', '2a', '2b'], text: 'Zie de raadsinformatiebrief.' }],
      })
      .expect(200);
    // 24 June, past the old due date of 23 June: the postponed set is not overdue and gets no mail.
    expect((await reminders.run('2025-06-24')).sent).toBe(0);
    const run = await reminders.run('2025-07-05');
    expect(run.sent).toBe(2);
    const mails = newMail();
    expect(mails.every((m) => m.subject.includes('"Fietspaden Noord" uiterlijk 10 juli 2025'))).toBe(true);
    expect(mails[0].text).toContain('uitgesteld tot 10 juli 2025');
    expect((await reminders.run('2025-07-15')).sent).toBe(2); // Fietspaden now overdue; Afvalinzameling answered: nothing
    expect(newMail().every((m) => m.subject.startsWith('Termijn verstreken') && m.subject.includes('Fietspaden'))).toBe(
      true,
    );
  });

  it('sends to the address the griffie configured instead, N days before as configured', async () => {
    const current = await http().get(`/api/municipalities/${gemeente.slug}`).set('Authorization', clerk).expect(200);
    await http()
      .patch(`/api/municipalities/${gemeente.slug}`)
      .set('Authorization', clerk)
      .send({ version: current.body.version, reminderDaysBefore: 1, reminderEmail: 'college@herinnerdorp.test' })
      .expect(200);
    t.clock.current = '2025-07-01';
    const late = await register('Straatverlichting', '2025-07-01', 'Bakker');
    expect(late.dueOn).toBe('2025-07-21');
    expect((await reminders.run('2025-07-19')).sent).toBe(0);
    expect((await reminders.run('2025-07-20')).sent).toBe(1);
    const [mail] = newMail();
    expect(mail.to).toBe('college@herinnerdorp.test');
    expect(mail.text).toContain('(nog 1 dag)');
    expect(mail.text).toContain('De griffie heeft dit adres opgegeven');
  });
});
