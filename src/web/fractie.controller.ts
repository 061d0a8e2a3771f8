import { Body, Controller, Get, Post, Render, Res, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import type { Actor } from '../auth/actor';
import { CurrentActor } from '../auth/actor.guard';
import { Clock } from '../common/clock';
import { MunicipalitiesService } from '../municipalities/municipalities.service';
import { QuestionsService } from '../questions/questions.service';
import { applyServiceError, setFormState, SetFormState, validateSetForm } from './question-set-form';
import { SimilarQuestionsView, SimilarView } from './similar-view.service';
import { setSummary } from './view-models';
import { renderPage, setsQuery } from './web-helpers';
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
    const dto = await validateSetForm(state, slug, 'draft');
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

  private async slugOf(actor: Actor): Promise<string> {
    return actor.municipalityId === null ? '' : (await this.municipalities.findMunicipality(actor.municipalityId)).slug;
  }

  private async model(actor: Actor, state: SetFormState, similar: SimilarView) {
    return {
      title: 'Vragen opstellen',
      ...state,
      similar,
      municipalitySlug: await this.slugOf(actor),
      scripts: ['/static/similar.js'],
    };
  }
}
