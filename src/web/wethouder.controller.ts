import { Controller, Get, Render, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Actor } from '../auth/actor';
import { CurrentActor } from '../auth/actor.guard';
import { Clock } from '../common/clock';
import { CommitmentsService } from '../commitments/commitments.service';
import { CommitmentFilterDto } from '../commitments/dto/commitment.dto';
import { describeDeadline } from '../deadlines';
import { PeopleService } from '../people/people.service';
import { QuestionsService } from '../questions/questions.service';
import { setSummary } from './view-models';
import { setsQuery } from './web-helpers';
import { WebRoles } from './web-roles';
import { WebSessionGuard } from './web-session.guard';

/** The alderman's office: the portfolio's answers due and its open commitments. */
@ApiExcludeController()
@Controller('wethouder')
@UseGuards(WebSessionGuard)
@WebRoles('executive', 'admin')
export class WethouderController {
  constructor(
    private readonly questions: QuestionsService,
    private readonly commitments: CommitmentsService,
    private readonly people: PeopleService,
    private readonly clock: Clock,
  ) {}

  @Get()
  @Render('pages/wethouder-home')
  async home(@CurrentActor() actor: Actor) {
    const today = this.clock.today();
    const holder = actor.portfolioHolderId === null ? null : await this.people.findPerson(actor.portfolioHolderId);
    const portfolioHolder = holder ? String(holder.id) : undefined;
    const municipality = actor.municipalityId === null ? undefined : String(actor.municipalityId);
    // dueBefore far ahead: every open set (registered or postponed), soonest first.
    const due = await this.questions.listQuestionSets(
      actor,
      setsQuery({ municipality, portfolioHolder, dueBefore: '9999-12-31', sort: 'dueOn', limit: 100 }),
    );
    const answered = await this.questions.listQuestionSets(
      actor,
      setsQuery({ municipality, portfolioHolder, status: 'answered', limit: 50 }),
    );
    const filter = Object.assign(new CommitmentFilterDto(), {
      status: 'open',
      municipality,
      portfolioHolder,
      limit: 100,
    });
    const open = await this.commitments.listCommitments(actor, filter);
    return {
      title: holder ? `Portefeuille ${holder.name}` : 'Mijn portefeuille',
      holderName: holder?.name ?? null,
      due: due.items.map((dto) => setSummary(dto, today)),
      answered: answered.items.map((dto) => setSummary(dto, today)),
      commitments: open.items.map((c) => ({
        sentence: c.sentence,
        setUrl: `/vragen/${c.questionSetId}`,
        subject: c.questionSetSubject,
        deadlineText: describeDeadline({ phrase: c.phrase, deadline: c.deadline }, today),
        overdue: c.overdue,
      })),
    };
  }
}
