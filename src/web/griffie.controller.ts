import { Body, Controller, Get, Post, Render, Res, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import type { Actor } from '../auth/actor';
import { CurrentActor } from '../auth/actor.guard';
import { Clock } from '../common/clock';
import { addDays } from '../deadlines';
import { MunicipalitiesService } from '../municipalities/municipalities.service';
import { QuestionSetDto } from '../questions/dto/question-set.dto';
import { QuestionsService } from '../questions/questions.service';
import { PeopleService } from '../people/people.service';
import {
  applyServiceError,
  loadPeopleChoices,
  PeopleChoices,
  pickerView,
  setFormState,
  SetFormState,
  validateSetForm,
} from './question-set-form';
import { setSummary, SetSummaryView } from './view-models';
import { renderPage, setsQuery } from './web-helpers';
import { WebRoles } from './web-roles';
import { WebSessionGuard } from './web-session.guard';

interface HolderGroup {
  name: string;
  overdue: SetSummaryView[];
  dueThisWeek: SetSummaryView[];
  postponed: SetSummaryView[];
}

/** The griffie's pages: the dashboard and registering a question set. */
@ApiExcludeController()
@Controller('beheer')
@UseGuards(WebSessionGuard)
@WebRoles('clerk', 'admin')
export class GriffieController {
  constructor(
    private readonly questions: QuestionsService,
    private readonly municipalities: MunicipalitiesService,
    private readonly people: PeopleService,
    private readonly clock: Clock,
  ) {}

  /** What is due this week, overdue and postponed, per portfolio holder. */
  @Get()
  @Render('pages/griffie-dashboard')
  async dashboard(@CurrentActor() actor: Actor) {
    const today = this.clock.today();
    const municipality = actor.municipalityId === null ? undefined : String(actor.municipalityId);
    const [overdue, dueSoon, postponed, answered, incoming, intake] = await Promise.all([
      this.questions.listQuestionSets(actor, setsQuery({ municipality, overdue: true, sort: 'dueOn', limit: 100 })),
      this.questions.listQuestionSets(
        actor,
        setsQuery({ municipality, overdue: false, dueBefore: addDays(today, 8), sort: 'dueOn', limit: 100 }),
      ),
      this.questions.listQuestionSets(
        actor,
        setsQuery({ municipality, status: 'postponed', overdue: false, sort: 'dueOn', limit: 100 }),
      ),
      this.questions.listQuestionSets(
        actor,
        setsQuery({ municipality, status: 'answered', sort: 'answeredOn', limit: 100 }),
      ),
      // New submissions (a fractie's "indienen" registers at once): the latest received first.
      this.questions.listQuestionSets(actor, setsQuery({ municipality, status: 'registered', limit: 10 })),
      // Fractie submissions the griffie has not registered in its books yet (/beheer/intake).
      this.questions.listQuestionSets(actor, setsQuery({ municipality, intake: 'pending', limit: 1 })),
    ]);
    const groups = new Map<string, HolderGroup>();
    const group = (dto: QuestionSetDto): HolderGroup => {
      const name = dto.portfolioHolder?.name ?? 'Nog geen portefeuillehouder';
      let g = groups.get(name);
      if (!g) groups.set(name, (g = { name, overdue: [], dueThisWeek: [], postponed: [] }));
      return g;
    };
    for (const dto of overdue.items) group(dto).overdue.push(setSummary(dto, today));
    for (const dto of dueSoon.items) group(dto).dueThisWeek.push(setSummary(dto, today));
    for (const dto of postponed.items) {
      if (!dueSoon.items.some((d) => d.id === dto.id)) group(dto).postponed.push(setSummary(dto, today));
    }
    const municipalityName =
      actor.municipalityId === null
        ? 'alle gemeenten'
        : (await this.municipalities.findMunicipality(actor.municipalityId)).name;
    return {
      title: 'Griffie: overzicht',
      municipalityName,
      today,
      counts: { overdue: overdue.total, dueSoon: dueSoon.total, postponed: postponed.total, answered: answered.total },
      groups: [...groups.values()].sort((a, b) => a.name.localeCompare(b.name, 'nl')),
      toPublish: answered.items.map((dto) => setSummary(dto, today)),
      incoming: incoming.items.map((dto) => setSummary(dto, today)),
      intakeCount: intake.total,
      intakeText:
        intake.total === 1
          ? '1 vragenset van een fractie wacht op registratie'
          : `${intake.total} vragensets van fracties wachten op registratie`,
    };
  }

  @Get('vragen/nieuw')
  @Render('pages/register-set')
  async registerForm(@CurrentActor() actor: Actor) {
    const state = setFormState();
    state.values.receivedOn = this.clock.today();
    return this.registerModel(state, await this.choices(actor));
  }

  @Post('vragen')
  async register(
    @CurrentActor() actor: Actor,
    @Body() body: Record<string, unknown>,
    @Res() res: Response,
  ): Promise<void> {
    const choices = await this.choices(actor);
    if (body.actie === 'meer') {
      renderPage(res, 'pages/register-set', this.registerModel(setFormState(body, 3), choices));
      return;
    }
    const state = setFormState(body);
    const municipality = actor.municipalityId === null ? '' : String(actor.municipalityId);
    const dto = await validateSetForm(state, municipality, 'registered', choices);
    if (!dto) {
      renderPage(res, 'pages/register-set', this.registerModel(state, choices), 400);
      return;
    }
    try {
      const created = await this.questions.createQuestionSet(actor, dto);
      res.redirect(303, `/vragen/${created.id}?melding=geregistreerd`);
    } catch (error) {
      if (!applyServiceError(state, error)) throw error;
      renderPage(res, 'pages/register-set', this.registerModel(state, choices), 400);
    }
  }

  /** The municipality's parties and people for the pickers (none for an admin without one: "nieuw" only). */
  private async choices(actor: Actor): Promise<PeopleChoices> {
    if (actor.municipalityId === null) return { parties: [], holders: [], members: [] };
    return loadPeopleChoices(this.people, actor.municipalityId);
  }

  private registerModel(state: SetFormState, choices: PeopleChoices) {
    return { title: 'Vragen registreren', ...state, pickers: pickerView(state, choices) };
  }
}
