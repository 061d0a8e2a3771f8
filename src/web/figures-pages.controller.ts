import { Controller, Get, Query, Res, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import type { Actor } from '../auth/actor';
import { CurrentActor } from '../auth/actor.guard';
import { countNl } from '../deadlines';
import { barChart } from '../figures/bar-chart';
import { FiguresService } from '../figures/figures.service';
import { FiguresDto, QuarterFiguresDto } from '../figures/dto/figures.dto';
import { MunicipalitiesService } from '../municipalities/municipalities.service';
import { renderPage } from './web-helpers';
import { WebSessionGuard } from './web-session.guard';

const percentText = (share: number | null) => (share === null ? 'geen' : `${Math.round(share * 100)}%`);
const daysText = (n: number | null) =>
  n === null ? 'geen' : `${String(n).replace('.', ',')} ${n === 1 ? 'dag' : 'dagen'}`;

function quarterRows(quarters: QuarterFiguresDto[]) {
  return quarters.map((q) => ({
    quarter: q.quarter.replace('-K', ' K'),
    answered: q.answered,
    median: daysText(q.medianAnswerDays),
    onTime: q.answered === 0 ? 'geen' : `${percentText(q.onTimeShare)} (${q.answeredOnTime} van ${q.answered})`,
    postponements: q.postponements,
    commitments: q.commitments,
    open: q.openCommitments,
    overdue: q.overdueCommitments,
  }));
}

/** /cijfers: the figures per quarter as SVG charts with the numbers in tables beside them; public for what is published. */
@ApiExcludeController()
@Controller('cijfers')
@UseGuards(WebSessionGuard)
export class FiguresPagesController {
  constructor(
    private readonly figures: FiguresService,
    private readonly municipalities: MunicipalitiesService,
  ) {}

  @Get()
  async page(
    @CurrentActor() actor: Actor,
    @Query('gemeente') gemeente: unknown,
    @Query('jaar') jaar: unknown,
    @Res() res: Response,
  ): Promise<void> {
    const slug = typeof gemeente === 'string' && /^[a-z0-9-]{1,80}$/.test(gemeente) ? gemeente : undefined;
    const year = typeof jaar === 'string' && /^(19|20)\d\d$/.test(jaar) ? Number(jaar) : undefined;
    const figures = await this.figures.figures(actor, { municipality: slug, year });
    const all = await this.municipalities.listMunicipalities();
    renderPage(res, 'pages/figures', this.model(figures, all));
  }

  private model(figures: FiguresDto, all: { slug: string; name: string }[]) {
    const q = figures.quarters;
    const label = (x: QuarterFiguresDto) => x.quarter.replace(`${figures.year}-`, '');
    const answeredTotal = q.reduce((sum, x) => sum + x.answered, 0);
    const query = (year: number) => `/cijfers?gemeente=${encodeURIComponent(figures.municipality.slug)}&jaar=${year}`;
    return {
      title: `Cijfers ${figures.municipality.name} ${figures.year}`,
      figures,
      answeredText: `${countNl(answeredTotal, 'vragenset', 'vragensets')} beantwoord in ${figures.year}`,
      municipalities: all.map((m) => ({ ...m, selected: m.slug === figures.municipality.slug })),
      previous: query(figures.year - 1),
      next: query(figures.year + 1),
      csvUrl: `/api/figures.csv?municipality=${encodeURIComponent(figures.municipality.slug)}&year=${figures.year}`,
      jsonUrl: `/api/figures?municipality=${encodeURIComponent(figures.municipality.slug)}&year=${figures.year}`,
      medianChart: barChart({
        id: 'grafiek-antwoordtijd',
        title: `Mediane antwoordtijd per kwartaal, ${figures.municipality.name} ${figures.year}`,
        desc: q.map((x) => `${label(x)}: ${daysText(x.medianAnswerDays)}`).join('; '),
        bars: q.map((x) => ({ label: label(x), value: x.medianAnswerDays, text: daysText(x.medianAnswerDays) })),
      }),
      onTimeChart: barChart({
        id: 'grafiek-op-tijd',
        title: `Deel op tijd beantwoord per kwartaal, ${figures.municipality.name} ${figures.year}`,
        desc: q.map((x) => `${label(x)}: ${percentText(x.onTimeShare)}`).join('; '),
        bars: q.map((x) => ({
          label: label(x),
          value: x.onTimeShare === null ? null : x.onTimeShare * 100,
          text: percentText(x.onTimeShare),
        })),
        max: 100,
      }),
      commitmentsChart: barChart({
        id: 'grafiek-toezeggingen',
        title: `Open toezeggingen per kwartaal van hun termijn, ${figures.municipality.name} ${figures.year}`,
        desc: q
          .map((x) => `${label(x)}: ${x.openCommitments} open, waarvan ${x.overdueCommitments} te laat`)
          .join('; '),
        bars: q.map((x) => ({ label: label(x), value: x.openCommitments, text: String(x.openCommitments) })),
      }),
      rows: quarterRows(q),
      tableCaption: `Per kwartaal, ${figures.municipality.name} ${figures.year}`,
      holders: figures.portfolioHolders.map((h, i) => ({
        name: h.name,
        id: `ph-${i}`,
        caption: `Per kwartaal, ${h.name} ${figures.year}`,
        rows: quarterRows(h.quarters),
      })),
    };
  }
}
