import { Body, Controller, Get, Param, Post, Render, Res, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import type { Actor } from '../auth/actor';
import { CurrentActor } from '../auth/actor.guard';
import { Clock } from '../common/clock';
import { NotFoundError } from '../common/domain-errors';
import type { QuestionSetDto } from '../questions/dto/question-set.dto';
import { MunicipalitiesService } from '../municipalities/municipalities.service';
import { QuestionsService } from '../questions/questions.service';
import { PeopleService } from '../people/people.service';
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
import { SimilarQuestionsView, SimilarView } from './similar-view.service';
import { setSummary } from './view-models';
import { field, idParam, renderPage, setsQuery } from './web-helpers';
import { WebRoles } from './web-roles';
import { WebSessionGuard } from './web-session.guard';

/** A fractie's pages: its own question sets, and drafting new questions with "eerder gevraagd". */
@ApiExcludeController()
@Controller('fractie')
@UseGuards(WebSessionGuard)
@WebRoles('party', 'admin')
export class FractieController {
  constructor(
    private readonly questions: QuestionsService,
    private readonly municipalities: MunicipalitiesService,
    private readonly similarView: SimilarQuestionsView,
    private readonly people: PeopleService,
    private readonly clock: Clock,
  ) {}

  @Get()
  @Render('pages/fractie-home')
  async home(@CurrentActor() actor: Actor) {
    const page = await this.questions.listQuestionSets(
      actor,
      setsQuery({ party: actor.partyId === null ? undefined : String(actor.partyId), sort: '-createdAt', limit: 100 }),
    );
    const today = this.clock.today();
    const sets = page.items.map((dto) => setSummary(dto, today));
    return {
      title: 'Mijn fractie',
      drafts: sets.filter((s) => s.status === 'draft'),
      open: sets.filter((s) => ['registered', 'postponed', 'answered'].includes(s.status)),
      done: sets.filter((s) => s.status === 'published' || s.status === 'withdrawn'),
    };
  }

  @Get('vragen/nieuw')
  async draftForm(@CurrentActor() actor: Actor, @Res() res: Response): Promise<void> {
    renderPage(res, 'pages/draft-set', await this.model(actor, setFormState(), { searched: false, items: [] }));
  }

  @Post('vragen')
  async draft(
    @CurrentActor() actor: Actor,
    @Body() body: Record<string, unknown>,
    @Res() res: Response,
  ): Promise<void> {
    const action = typeof body.actie === 'string' ? body.actie : 'opslaan';
    const state = setFormState(body, action === 'meer' ? 3 : 0);
    const slug = await this.slugOf(actor);
    const text = [state.values.subject, ...state.rows.map((r) => r.text)].filter((s) => s !== '').join('\n');
    const similar = await this.similarView.similarFor(actor, slug, text);
    if (action === 'meer' || action === 'zoek') {
      renderPage(res, 'pages/draft-set', await this.model(actor, state, similar));
      return;
    }
    const dto = await validateSetForm(state, slug, 'draft', await this.choices(actor));
    if (!dto) {
      renderPage(res, 'pages/draft-set', await this.model(actor, state, similar), 400);
      return;
    }
    try {
      const created = await this.questions.createQuestionSet(actor, dto);
      if (action === 'indienen')
        await this.questions.registerQuestionSet(actor, created.id, { version: created.version });
      res.redirect(303, `/vragen/${created.id}`);
    } catch (error) {
      if (!applyServiceError(state, error)) throw error;
      renderPage(res, 'pages/draft-set', await this.model(actor, state, similar), 400);
    }
  }

  // ---- an own draft: edit, submit ("indienen"), delete ---------------------------------------

  @Get('vragen/:id/bewerken')
  async editForm(@CurrentActor() actor: Actor, @Param('id') rawId: string, @Res() res: Response): Promise<void> {
    const draft = await this.ownDraft(actor, rawId);
    const state = setFormStateFromSet(draft, await this.choices(actor));
    renderPage(res, 'pages/draft-set', await this.model(actor, state, { searched: false, items: [] }, draft));
  }

  @Post('vragen/:id')
  async saveDraft(
    @CurrentActor() actor: Actor,
    @Param('id') rawId: string,
    @Body() body: Record<string, unknown>,
    @Res() res: Response,
  ): Promise<void> {
    const draft = await this.ownDraft(actor, rawId);
    const action = typeof body.actie === 'string' ? body.actie : 'opslaan';
    const state = setFormState(body, action === 'meer' ? 3 : 0);
    const slug = await this.slugOf(actor);
    const text = [state.values.subject, ...state.rows.map((r) => r.text)].filter((s) => s !== '').join('\n');
    const similar = await this.similarView.similarFor(actor, slug, text);
    if (action === 'meer' || action === 'zoek') {
      renderPage(res, 'pages/draft-set', await this.model(actor, state, similar, draft));
      return;
    }
    const dto = await validateSetForm(state, slug, 'draft', await this.choices(actor));
    if (!dto) {
      renderPage(res, 'pages/draft-set', await this.model(actor, state, similar, draft), 400);
      return;
    }
    try {
      const version = Number(field(body, 'version')) || draft.version;
      const saved = await this.questions.updateQuestionSet(actor, draft.id, {
        version,
        subject: dto.subject,
        submitters: dto.submitters ?? [],
        explanation: dto.explanation ?? null,
        questions: dto.questions,
      });
      if (action === 'indienen') {
        await this.questions.registerQuestionSet(actor, draft.id, { version: saved.version });
        res.redirect(303, `/vragen/${draft.id}`);
        return;
      }
      res.redirect(303, '/fractie');
    } catch (error) {
      if (!applyServiceError(state, error)) throw error;
      renderPage(res, 'pages/draft-set', await this.model(actor, state, similar, draft), 400);
    }
  }

  @Post('vragen/:id/indienen')
  async submitDraft(
    @CurrentActor() actor: Actor,
    @Param('id') rawId: string,
    @Body() body: Record<string, unknown>,
    @Res() res: Response,
  ): Promise<void> {
    const draft = await this.ownDraft(actor, rawId);
    await this.questions.registerQuestionSet(actor, draft.id, {
      version: Number(field(body, 'version')) || draft.version,
    });
    res.redirect(303, `/vragen/${draft.id}`);
  }

  @Post('vragen/:id/verwijderen')
  async deleteDraft(
    @CurrentActor() actor: Actor,
    @Param('id') rawId: string,
    @Body() body: Record<string, unknown>,
    @Res() res: Response,
  ): Promise<void> {
    const draft = await this.ownDraft(actor, rawId);
    await this.questions.deleteDraft(actor, draft.id, Number(field(body, 'version')) || draft.version);
    res.redirect(303, '/fractie');
  }

  /** The party's own draft, or 404 (a registered set is no longer the fractie's to edit here). */
  private async ownDraft(actor: Actor, rawId: string): Promise<QuestionSetDto> {
    const id = idParam(rawId);
    if (id === null) throw new NotFoundError(`Concept ${rawId}`);
    const set = await this.questions.getQuestionSet(actor, id);
    if (set.status !== 'draft') throw new NotFoundError(`Concept ${rawId}`);
    return set;
  }

  private async slugOf(actor: Actor): Promise<string> {
    return actor.municipalityId === null ? '' : (await this.municipalities.findMunicipality(actor.municipalityId)).slug;
  }

  private async choices(actor: Actor): Promise<PeopleChoices> {
    if (actor.municipalityId === null) return { parties: [], holders: [], members: [] };
    return loadPeopleChoices(this.people, actor.municipalityId);
  }

  private async model(actor: Actor, state: SetFormState, similar: SimilarView, draft?: QuestionSetDto) {
    return {
      pickers: pickerView(state, await this.choices(actor)),
      title: draft ? 'Concept bewerken' : 'Vragen opstellen',
      draft: draft ? { id: draft.id, version: draft.version, subject: draft.subject } : null,
      formAction: draft ? `/fractie/vragen/${draft.id}` : '/fractie/vragen',
      ...state,
      similar,
      municipalitySlug: await this.slugOf(actor),
      scripts: ['/static/similar.js'],
    };
  }
}
