import { Injectable } from '@nestjs/common';
import { Actor } from '../auth/actor';
import { Clock } from '../common/clock';
import { CsvColumn, toCsv } from '../common/csv';
import { CommitmentsService } from '../commitments/commitments.service';
import { MunicipalitiesService } from '../municipalities/municipalities.service';
import { QuestionsService } from '../questions/questions.service';
import { FiguresDto, FiguresQueryDto, QuarterFiguresDto } from './dto/figures.dto';
import { computeFigures } from './figures';

interface CsvLine extends QuarterFiguresDto {
  scope: string;
  name: string;
}

const percent = (share: number | null) =>
  share === null ? '' : String(Math.round(share * 1000) / 10).replace('.', ',');
const decimal = (n: number | null) => (n === null ? '' : String(n).replace('.', ','));

export const FIGURES_CSV_COLUMNS: CsvColumn<CsvLine>[] = [
  { header: 'Niveau', value: (r) => r.scope },
  { header: 'Naam', value: (r) => r.name },
  { header: 'Kwartaal', value: (r) => r.quarter },
  { header: 'Beantwoord', value: (r) => r.answered },
  { header: 'Mediane antwoordtijd (dagen)', value: (r) => decimal(r.medianAnswerDays) },
  { header: 'Op tijd beantwoord', value: (r) => r.answeredOnTime },
  { header: 'Op tijd (%)', value: (r) => percent(r.onTimeShare) },
  { header: 'Uitstelberichten', value: (r) => r.postponements },
  { header: 'Toezeggingen met termijn in kwartaal', value: (r) => r.commitments },
  { header: 'Waarvan open', value: (r) => r.openCommitments },
  { header: 'Waarvan te laat', value: (r) => r.overdueCommitments },
];

/** The figures of one municipality and year, as far as the caller may see the sets and commitments behind them. */
@Injectable()
export class FiguresService {
  constructor(
    private readonly municipalities: MunicipalitiesService,
    private readonly questions: QuestionsService,
    private readonly commitments: CommitmentsService,
    private readonly clock: Clock,
  ) {}

  async figures(actor: Actor, query: FiguresQueryDto): Promise<FiguresDto> {
    const municipality = query.municipality
      ? await this.municipalities.findMunicipality(query.municipality)
      : actor.municipalityId !== null
        ? await this.municipalities.findMunicipality(actor.municipalityId)
        : (await this.municipalities.listMunicipalities())[0];
    const today = this.clock.today();
    const year = query.year ?? Number(today.slice(0, 4));
    if (!municipality) return { municipality: { slug: '', name: '' }, year, today, quarters: [], portfolioHolders: [] };
    const [sets, commitments] = await Promise.all([
      this.questions.figureRows(actor, municipality.id),
      this.commitments.figureRows(actor, municipality.id),
    ]);
    const figures = computeFigures({ ...sets, commitments }, year, today);
    return { municipality: { slug: municipality.slug, name: municipality.name }, today, ...figures };
  }

  toCsv(figures: FiguresDto): string {
    const lines: CsvLine[] = [
      ...figures.quarters.map((q) => ({ ...q, scope: 'gemeente', name: figures.municipality.name })),
      ...figures.portfolioHolders.flatMap((h) =>
        h.quarters.map((q) => ({ ...q, scope: 'portefeuillehouder', name: h.name })),
      ),
    ];
    return toCsv(FIGURES_CSV_COLUMNS, lines);
  }
}
