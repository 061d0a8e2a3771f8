import { Controller, Get, Param, Res, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import type { Actor } from '../auth/actor';
import { CurrentActor } from '../auth/actor.guard';
import { AppConfig, APP_CONFIG } from '../config/config';
import { Inject } from '@nestjs/common';
import { describeDistance, formatDutchDate } from '../deadlines';
import { QuestionsService } from '../questions/questions.service';
import { renderPage } from './web-helpers';
import { WebSessionGuard } from './web-session.guard';

/**
 * The public live list of overdue questions per municipality: a page and an Atom feed (the JSON
 * is `GET /api/municipalities/:slug/overdue`). Only what the caller may see: for the public the
 * registered questions of a municipality that publishes them on registration.
 */
@ApiExcludeController()
@Controller('gemeenten')
@UseGuards(WebSessionGuard)
export class OverduePagesController {
  constructor(
    private readonly questions: QuestionsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get(':slug/te-laat')
  async page(@CurrentActor() actor: Actor, @Param('slug') slug: string, @Res() res: Response): Promise<void> {
    const list = await this.list(actor, slug);
    renderPage(res, 'pages/overdue', { title: `Te laat beantwoorde vragen ${list.name}`, ...list });
  }

  @Get(':slug/te-laat.atom')
  async feed(@CurrentActor() actor: Actor, @Param('slug') slug: string, @Res() res: Response): Promise<void> {
    const list = await this.list(actor, slug);
    res.type('application/atom+xml; charset=utf-8');
    res.render('feeds/overdue-atom', { layout: false, ...list, base: this.config.publicUrl });
  }

  private async list(actor: Actor, slug: string) {
    const { municipality, today, items } = await this.questions.overdueQuestionSets(actor, slug);
    return {
      name: municipality.name,
      slug: municipality.slug,
      today,
      updated: `${today}T00:00:00Z`,
      items: items.map((s) => ({
        id: s.id,
        url: `/vragen/${s.id}`,
        subject: s.subject,
        reference: s.reference,
        party: s.party?.name ?? null,
        portfolioHolder: s.portfolioHolder?.name ?? null,
        dueOn: s.dueOn,
        dueUpdated: `${s.dueOn ?? today}T00:00:00Z`,
        dueText: s.dueOn ? `uiterlijk ${formatDutchDate(s.dueOn)} · ${describeDistance(s.dueOn, today)}` : '',
      })),
    };
  }
}
