import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AccountsService, generatePassword } from '../auth/accounts.service';
import { Actor, Role, SYSTEM_ACTOR } from '../auth/actor';
import { Clock } from '../common/clock';
import { CommitmentsService, Transition } from '../commitments/commitments.service';
import { CommitmentFilterDto } from '../commitments/dto/commitment.dto';
import { addDays } from '../deadlines';
import { MunicipalitiesService } from '../municipalities/municipalities.service';
import { PeopleService } from '../people/people.service';
import { QuestionSetsQueryDto } from '../questions/dto/question-set.dto';
import { QuestionsService } from '../questions/questions.service';
import { DEMO_MUNICIPALITIES } from './demo-data';
import { DEMO_MONTH_ALDERMEN, DEMO_MONTH_MUNICIPALITY, DemoMonthSet, demoMonthSets } from './demo-month';
import type { DemoWebAccount } from './demo.service';

interface DemoAccount {
  email: string;
  role: Exclude<Role, 'public'>;
  municipality: string | null;
  displayName: string;
  party?: string;
  portfolioHolder?: string;
}

/** One web account per role, so the first start shows every kind of user (docs/tour.md). */
const DEMO_ACCOUNTS: DemoAccount[] = [
  ...DEMO_MUNICIPALITIES.map((m) => ({
    email: `griffie@${m.slug}.demo`,
    role: 'clerk' as const,
    municipality: m.slug,
    displayName: `Griffie ${m.name}`,
  })),
  {
    email: 'fractie@amersfoort.demo',
    role: 'party',
    municipality: 'amersfoort',
    party: 'GroenLinks',
    displayName: 'Fractie GroenLinks Amersfoort',
  },
  {
    email: 'wethouder@amersfoort.demo',
    role: 'executive',
    municipality: 'amersfoort',
    portfolioHolder: 'Paffen-Zeenni',
    displayName: 'Bestuursondersteuning wethouder Paffen-Zeenni',
  },
  { email: 'beheer@raadsvragen.demo', role: 'admin', municipality: null, displayName: 'Beheerder' },
];

/**
 * The web side of the demo, loaded by DemoService after the seed documents: web accounts for the
 * four roles and a month of work in Amersfoort (src/demo/demo-month.ts), run through the same
 * services the pages use. Passwords are printed once by the first start (src/main.ts).
 */
@Injectable()
export class DemoWebAccounts {
  constructor(
    private readonly accounts: AccountsService,
    private readonly municipalities: MunicipalitiesService,
    private readonly questions: QuestionsService,
    private readonly commitments: CommitmentsService,
    private readonly people: PeopleService,
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async createAccounts(): Promise<DemoWebAccount[]> {
    const created: DemoWebAccount[] = [];
    for (const account of DEMO_ACCOUNTS) {
      if (await this.accounts.findUserByEmail(account.email)) continue;
      const municipality = account.municipality
        ? await this.municipalities.findMunicipality(account.municipality)
        : null;
      const { partyId, personId } = await this.dataSource.transaction(async (em) => ({
        partyId:
          municipality && account.party
            ? (await this.people.findOrCreateParty(em, municipality.id, account.party)).id
            : undefined,
        personId:
          municipality && account.portfolioHolder
            ? (await this.people.findOrCreatePerson(em, municipality.id, account.portfolioHolder, 'alderman')).id
            : undefined,
      }));
      const password = generatePassword();
      await this.accounts.createUser({
        email: account.email,
        password,
        role: account.role,
        municipalityId: municipality?.id ?? null,
        partyId,
        portfolioHolderId: personId,
        displayName: account.displayName,
      });
      created.push({ email: account.email, password, role: account.role });
    }
    return created;
  }

  /** The demo month, once: skipped when its first registered set is already there. */
  async loadMonth(): Promise<void> {
    const municipality = await this.municipalities.findMunicipality(DEMO_MONTH_MUNICIPALITY);
    const today = this.clock.today();
    const sets = demoMonthSets(today);
    const existing = await this.questions.listQuestionSets(
      SYSTEM_ACTOR,
      Object.assign(new QuestionSetsQueryDto(), {
        municipality: String(municipality.id),
        text: sets[1].subject,
        limit: 1,
      }),
    );
    if (existing.total > 0) return;
    await this.dataSource.transaction(async (em) => {
      for (const alderman of DEMO_MONTH_ALDERMEN) {
        await this.people.findOrCreatePerson(em, municipality.id, alderman.name, 'alderman');
      }
    });
    for (const set of sets) await this.loadSet(municipality.id, set, today);
  }

  private async loadSet(municipalityId: number, demo: DemoMonthSet, today: string): Promise<void> {
    let actor: Actor = SYSTEM_ACTOR;
    if (demo.submittedByFractie) {
      const party = await this.dataSource.transaction((em) =>
        this.people.findOrCreateParty(em, municipalityId, demo.party),
      );
      const fractie: Actor = {
        role: 'party',
        municipalityId,
        partyId: party.id,
        portfolioHolderId: null,
        label: 'demo fractie',
      };
      const draft = await this.questions.createQuestionSet(fractie, {
        municipality: String(municipalityId),
        status: 'draft',
        subject: demo.subject,
        submitters: demo.submitters,
        explanation: demo.explanation,
        questions: demo.questions.map((text, i) => ({ number: String(i + 1), text })),
      });
      // The fractie's "indienen": registered on that day, waiting in the griffie's intake.
      await this.questions.registerQuestionSet(fractie, draft.id, {
        version: draft.version,
        receivedOn: addDays(today, -(demo.receivedDaysAgo ?? 0)),
      });
      return;
    }
    if (demo.receivedDaysAgo === null) {
      const party = await this.dataSource.transaction((em) =>
        this.people.findOrCreateParty(em, municipalityId, demo.party),
      );
      actor = { role: 'party', municipalityId, partyId: party.id, portfolioHolderId: null, label: 'demo fractie' };
    }
    let dto = await this.questions.createQuestionSet(actor, {
      municipality: String(municipalityId),
      status: demo.receivedDaysAgo === null ? 'draft' : 'registered',
      reference: demo.reference,
      subject: demo.subject,
      party: demo.receivedDaysAgo === null ? undefined : demo.party,
      submitters: demo.submitters,
      portfolioHolder: demo.portfolioHolder,
      explanation: demo.explanation,
      receivedOn: demo.receivedDaysAgo === null ? undefined : addDays(today, -demo.receivedDaysAgo),
      questions: demo.questions.map((text, i) => ({ number: String(i + 1), text })),
    });
    for (const step of demo.steps) {
      const version = dto.version;
      switch (step.kind) {
        case 'postpone':
          dto = await this.questions.recordPostponement(SYSTEM_ACTOR, dto.id, {
            version,
            reason: step.reason,
            sentOn: addDays(today, step.sentOn),
            newDueOn: addDays(today, step.newDueOn),
          });
          break;
        case 'answer':
          dto = await this.questions.recordAnswers(SYSTEM_ACTOR, dto.id, {
            version,
            answeredOn: addDays(today, step.answeredOn),
            answers: step.answers,
          });
          break;
        case 'publish':
          dto = await this.questions.publishAnswers(SYSTEM_ACTOR, dto.id, {
            version,
            publishedOn: addDays(today, step.publishedOn),
          });
          break;
        case 'withdraw':
          dto = await this.questions.withdrawQuestionSet(SYSTEM_ACTOR, dto.id, { version, reason: step.reason });
          break;
      }
    }
    if (demo.commitments.length === 0) return;
    const proposed = await this.commitments.listCommitments(
      SYSTEM_ACTOR,
      Object.assign(new CommitmentFilterDto(), { questionSet: dto.id, limit: 100 }),
    );
    for (const wanted of demo.commitments) {
      const found = proposed.items.find((c) => c.sentence.includes(wanted.match));
      if (!found || wanted.action === 'keep-proposed') continue;
      if (wanted.action === 'dismiss') {
        await this.commitments.transition(SYSTEM_ACTOR, found.id, 'dismiss', { version: found.version });
        continue;
      }
      const open = await this.commitments.transition(SYSTEM_ACTOR, found.id, 'confirm', { version: found.version });
      const next: Record<string, Transition> = {
        fulfil: 'fulfil',
        'fulfil-partly': 'fulfil',
        'not-kept': 'not-kept',
        withdraw: 'withdraw',
      };
      const transition = next[wanted.action];
      if (!transition) continue;
      await this.commitments.transition(SYSTEM_ACTOR, open.id, transition, {
        version: open.version,
        partial: wanted.action === 'fulfil-partly' ? true : undefined,
        document: wanted.letter ? { kind: 'council_letter', ...wanted.letter } : undefined,
      });
    }
  }
}
