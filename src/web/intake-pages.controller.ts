import { Body, Controller, Get, Param, Post, Query, Res, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import type { Actor } from '../auth/actor';
import { CurrentActor } from '../auth/actor.guard';
import { Clock } from '../common/clock';
import { FieldError, NotFoundError } from '../common/domain-errors';
import { PeopleService } from '../people/people.service';
import { AcceptIntakeDto, QuestionSetDto, ReturnToFractieDto } from '../questions/dto/question-set.dto';
import { QuestionsService } from '../questions/questions.service';
import { saveOrRerender, validated } from './form-submit';
import { formErrors, setSummary } from './view-models';
import { field, idParam, peopleQuery, renderPage, setsQuery } from './web-helpers';
import { WebRoles } from './web-roles';
import { WebSessionGuard } from './web-session.guard';

const LABELS: Record<string, string> = {
  reference: 'Registratienummer',
  portfolioHolder: 'Portefeuillehouder',
  reason: 'Reden',
  version: '',
  algemeen: '',
};

const NOTICES: Record<string, string> = {
  geregistreerd: 'De vragen zijn geregistreerd.',
  teruggestuurd: 'De vragen zijn als concept teruggestuurd naar de fractie.',
};

interface ItemState {
  id: number;
  values: Record<string, string>;
  errors: FieldError[];
}

/** The griffie's intake (/beheer/intake): fractie submissions waiting to be registered or sent back. */
@ApiExcludeController()
@Controller('beheer/intake')
@UseGuards(WebSessionGuard)
@WebRoles('clerk', 'admin')
export class IntakePagesController {
  constructor(
    private readonly questions: QuestionsService,
    private readonly people: PeopleService,
    private readonly clock: Clock,
  ) {}

  @Get()
  async page(@CurrentActor() actor: Actor, @Query('melding') melding: unknown, @Res() res: Response): Promise<void> {
    const notice = typeof melding === 'string' ? (NOTICES[melding] ?? null) : null;
    renderPage(res, 'pages/intake', { ...(await this.model(actor)), notice });
  }

  @Post(':id/registreren')
  async accept(
    @CurrentActor() actor: Actor,
    @Param('id') rawId: string,
    @Body() body: Record<string, unknown>,
    @Res() res: Response,
  ): Promise<void> {
    const set = await this.load(actor, rawId);
    const values = { reference: field(body, 'reference'), portfolioHolder: field(body, 'portfolioHolder') };
    const { dto, errors } = await validated(AcceptIntakeDto, {
      version: Number(field(body, 'version')),
      ...(values.reference ? { reference: values.reference } : {}),
      ...(values.portfolioHolder ? { portfolioHolder: values.portfolioHolder } : {}),
    });
    await saveOrRerender(
      res,
      errors,
      () => this.questions.acceptIntake(actor, set.id, dto),
      '/beheer/intake?melding=geregistreerd',
      async (problems) =>
        renderPage(res, 'pages/intake', await this.model(actor, { id: set.id, values, errors: problems }), 400),
    );
  }

  @Post(':id/terugsturen')
  async returnToFractie(
    @CurrentActor() actor: Actor,
    @Param('id') rawId: string,
    @Body() body: Record<string, unknown>,
    @Res() res: Response,
  ): Promise<void> {
    const set = await this.load(actor, rawId);
    const values = { reason: field(body, 'reason') };
    const { dto, errors } = await validated(ReturnToFractieDto, {
      version: Number(field(body, 'version')),
      reason: values.reason,
    });
    await saveOrRerender(
      res,
      errors,
      () => this.questions.returnToFractie(actor, set.id, dto),
      '/beheer/intake?melding=teruggestuurd',
      async (problems) =>
        renderPage(res, 'pages/intake', await this.model(actor, { id: set.id, values, errors: problems }), 400),
    );
  }

  private async load(actor: Actor, rawId: string): Promise<QuestionSetDto> {
    const id = idParam(rawId);
    if (id === null) throw new NotFoundError(`Vragenset ${rawId}`);
    return this.questions.getQuestionSet(actor, id);
  }

  private async model(actor: Actor, state: ItemState | null = null) {
    const today = this.clock.today();
    const municipality = actor.municipalityId === null ? undefined : String(actor.municipalityId);
    const [pending, holders] = await Promise.all([
      this.questions.listQuestionSets(
        actor,
        setsQuery({ municipality, intake: 'pending', sort: 'receivedOn', limit: 100 }),
      ),
      municipality
        ? this.people.listPeople(peopleQuery({ municipality, role: 'alderman', limit: 100 }))
        : Promise.resolve({ items: [] as { name: string }[] }),
    ]);
    const items = pending.items.map((dto) => {
      const mine = state?.id === dto.id ? state : null;
      return {
        ...setSummary(dto, today),
        version: dto.version,
        submitters: dto.submitters.join(', '),
        dueExplanation: dto.dueExplanation,
        questions: dto.questions,
        questionCountText: `${dto.questions.length} ${dto.questions.length === 1 ? 'vraag' : 'vragen'}`,
        values: mine?.values ?? { reference: dto.reference ?? '', portfolioHolder: dto.portfolioHolder?.name ?? '' },
        errors: formErrors(mine?.errors ?? [], LABELS, (p) => `intake-${dto.id}-${p}`),
      };
    });
    return {
      title: 'Intake: ingediende vragen',
      count: pending.total,
      countText: `${pending.total} ${pending.total === 1 ? 'ingediende vragenset wacht' : 'ingediende vragensets wachten'} op registratie`,
      items,
      holders: holders.items.map((p) => p.name),
    };
  }
}
