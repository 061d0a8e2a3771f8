import { Body, Controller, Get, Param, Post, Res, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import type { Actor } from '../auth/actor';
import { CurrentActor } from '../auth/actor.guard';
import { setActions } from '../auth/visibility';
import { FieldError, ForbiddenError, NotFoundError, StaleVersionError } from '../common/domain-errors';
import { formatDutchDate } from '../deadlines';
import { PeopleService } from '../people/people.service';
import { QuestionSetDto, WithdrawQuestionSetDto } from '../questions/dto/question-set.dto';
import { QuestionsService } from '../questions/questions.service';
import { saveOrRerender, validated } from './form-submit';
import {
  applyServiceError,
  loadPeopleChoices,
  PeopleChoices,
  pickerView,
  setFormState,
  SetFormState,
  setFormStateFromSet,
  validateSetForm,
} from './question-set-form';
import { formErrors, STATUS_LABELS } from './view-models';
import { field, idParam, renderPage } from './web-helpers';
import { WebRoles } from './web-roles';
import { WebSessionGuard } from './web-session.guard';

/** Statuses in which the questions themselves may still change (the service refuses it later). */
const QUESTIONS_EDITABLE = ['draft', 'registered', 'postponed'];

/** What a corrected date received does to the due date (the service recomputes it, or a postponement keeps it). */
function receivedOnHint(set: QuestionSetDto): string {
  if (set.postponements.length > 0 && set.dueOn)
    return `De antwoorddatum is door uitstel vastgesteld op ${formatDutchDate(set.dueOn)} en blijft staan.`;
  if (set.status === 'withdrawn') return 'De vragen zijn ingetrokken: de antwoordtermijn is vervallen.';
  const now = set.dueOn
    ? ` Nu: ${formatDutchDate(set.dueOn)}${set.dueExplanation ? ` (${set.dueExplanation})` : ''}.`
    : '';
  return `De antwoorddatum wordt bij opslaan opnieuw berekend met de antwoordtermijn en het reces van de gemeente.${now}`;
}

/**
 * Editing a set's subject, registration number, people and questions (griffie), with the version it
 * was read at: a change by someone else meanwhile shows a Dutch message and the set as it is now.
 * Withdrawing with a reason (griffie, or the fractie its own, as `setActions` allows).
 */
@ApiExcludeController()
@Controller('vragen/:id')
@UseGuards(WebSessionGuard)
export class SetEditController {
  constructor(
    private readonly questions: QuestionsService,
    private readonly people: PeopleService,
  ) {}

  @Get('bewerken')
  @WebRoles('clerk', 'admin')
  async editForm(@CurrentActor() actor: Actor, @Param('id') rawId: string, @Res() res: Response): Promise<void> {
    const set = await this.load(actor, rawId);
    const choices = await this.choices(set);
    const state = setFormStateFromSet(set, choices);
    renderPage(res, 'pages/edit-set', this.editModel(set, state, choices, set.version, null));
  }

  @Post('bewerken')
  @WebRoles('clerk', 'admin')
  async edit(
    @CurrentActor() actor: Actor,
    @Param('id') rawId: string,
    @Body() body: Record<string, unknown>,
    @Res() res: Response,
  ): Promise<void> {
    const set = await this.load(actor, rawId);
    const choices = await this.choices(set);
    const version = Number(field(body, 'version'));
    const state = setFormState(body, body.actie === 'meer' ? 3 : 0);
    if (body.actie === 'meer') {
      renderPage(res, 'pages/edit-set', this.editModel(set, state, choices, version, null));
      return;
    }
    const dto = await validateSetForm(state, set.municipality.slug, 'registered', choices);
    if (!dto) {
      renderPage(res, 'pages/edit-set', this.editModel(set, state, choices, version, null), 400);
      return;
    }
    try {
      await this.questions.updateQuestionSet(actor, set.id, {
        version,
        subject: dto.subject,
        reference: dto.reference ?? null,
        party: dto.party ?? null,
        submitters: dto.submitters ?? [],
        portfolioHolder: dto.portfolioHolder ?? null,
        explanation: dto.explanation ?? null,
        // Only where the set has a date received to correct (not a fractie's draft).
        ...(set.status !== 'draft' && dto.receivedOn ? { receivedOn: dto.receivedOn } : {}),
        ...(QUESTIONS_EDITABLE.includes(set.status) ? { questions: dto.questions } : {}),
      });
      res.redirect(303, `/vragen/${set.id}?melding=gewijzigd`);
    } catch (error) {
      if (error instanceof StaleVersionError) {
        // The form keeps what this user typed; the page shows what is stored now, and the next save
        // (with the current version) overwrites it knowingly.
        const current = await this.load(actor, rawId);
        renderPage(res, 'pages/edit-set', this.editModel(current, state, choices, current.version, error.message), 409);
        return;
      }
      if (!applyServiceError(state, error)) throw error;
      renderPage(res, 'pages/edit-set', this.editModel(set, state, choices, version, null), 400);
    }
  }

  @Get('intrekken')
  async withdrawForm(@CurrentActor() actor: Actor, @Param('id') rawId: string, @Res() res: Response): Promise<void> {
    const set = await this.withdrawable(actor, rawId);
    renderPage(res, 'pages/withdraw-set', this.withdrawModel(set, { reason: '' }, []));
  }

  @Post('intrekken')
  async withdraw(
    @CurrentActor() actor: Actor,
    @Param('id') rawId: string,
    @Body() body: Record<string, unknown>,
    @Res() res: Response,
  ): Promise<void> {
    const set = await this.withdrawable(actor, rawId);
    const values = { reason: field(body, 'reason') };
    const { dto, errors } = await validated(WithdrawQuestionSetDto, {
      version: Number(field(body, 'version')),
      reason: values.reason,
    });
    if (!values.reason) errors.push({ path: 'reason', message: 'is verplicht: waarom worden de vragen ingetrokken?' });
    await saveOrRerender(
      res,
      errors,
      () => this.questions.withdrawQuestionSet(actor, set.id, dto),
      `/vragen/${set.id}?melding=ingetrokken`,
      async (shown) => {
        const stale = shown.some((e) => e.path === 'algemeen');
        const current = stale ? await this.load(actor, rawId).catch(() => set) : set;
        renderPage(res, 'pages/withdraw-set', this.withdrawModel(current, values, shown), stale ? 409 : 400);
      },
    );
  }

  private async load(actor: Actor, rawId: string): Promise<QuestionSetDto> {
    const id = idParam(rawId);
    if (id === null) throw new NotFoundError(`Vragenset ${rawId}`);
    return this.questions.getQuestionSet(actor, id);
  }

  private async withdrawable(actor: Actor, rawId: string): Promise<QuestionSetDto> {
    const set = await this.load(actor, rawId);
    const may = setActions(actor, {
      municipalityId: set.municipality.id,
      partyId: set.party?.id ?? null,
      status: set.status,
      receivedOn: set.receivedOn,
    });
    if (!may.withdraw) {
      if (set.status === 'withdrawn' || !['draft', 'registered', 'postponed'].includes(set.status))
        throw new NotFoundError(`Intrekken van vragenset ${rawId}`);
      throw new ForbiddenError('Alleen de griffie of de indienende fractie kan vragen intrekken.');
    }
    return set;
  }

  private choices(set: QuestionSetDto): Promise<PeopleChoices> {
    return loadPeopleChoices(this.people, set.municipality.id);
  }

  private editModel(
    set: QuestionSetDto,
    state: SetFormState,
    choices: PeopleChoices,
    version: number,
    conflict: string | null,
  ) {
    return {
      title: `Vragenset bewerken: ${set.subject}`,
      set: { id: set.id, subject: set.subject },
      version,
      ...state,
      pickers: pickerView(state, choices),
      questionsEditable: QUESTIONS_EDITABLE.includes(set.status),
      receivedOnEditable: set.status !== 'draft',
      receivedOnHint: receivedOnHint(set),
      conflict: conflict
        ? {
            message: conflict,
            subject: set.subject,
            status: STATUS_LABELS[set.status] ?? set.status,
            reference: set.reference,
            receivedOn: set.receivedOn ? formatDutchDate(set.receivedOn) : null,
            party: set.party?.name ?? null,
            portfolioHolder: set.portfolioHolder?.name ?? null,
            submitters: set.submitters.join(', '),
            questions: set.questions.map((q) => `${q.number}. ${q.text}`),
          }
        : null,
    };
  }

  private withdrawModel(set: QuestionSetDto, values: { reason: string }, problems: FieldError[]) {
    const conflict = problems.find((p) => p.path === 'algemeen');
    return {
      title: `Vragen intrekken: ${set.subject}`,
      set: {
        id: set.id,
        subject: set.subject,
        version: set.version,
        status: STATUS_LABELS[set.status] ?? set.status,
        receivedOn: set.receivedOn ? formatDutchDate(set.receivedOn) : null,
      },
      values,
      conflict: conflict ? conflict.message : null,
      errors: formErrors(
        problems.filter((p) => p.path !== 'algemeen'),
        { reason: 'Reden', algemeen: '' },
      ),
    };
  }
}
