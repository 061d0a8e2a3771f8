import { Body, Controller, Get, Param, Post, Query, Res, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import type { Actor } from '../auth/actor';
import { CurrentActor } from '../auth/actor.guard';
import { Clock } from '../common/clock';
import { FieldError, NotFoundError } from '../common/domain-errors';
import { computeAnswerTerm, describeAnswerTerm, dutchPublicHolidays, formatDutchDate } from '../deadlines';
import { CreateRecessDto, UpdateMunicipalityDto } from '../municipalities/dto/municipality.dto';
import { MunicipalitiesService, toRecessDto } from '../municipalities/municipalities.service';
import type { Municipality } from '../municipalities/municipality.entity';
import { saveOrRerender, validated } from './form-submit';
import { formErrors } from './view-models';
import { field, idParam, renderPage } from './web-helpers';
import { WebRoles } from './web-roles';
import { WebSessionGuard } from './web-session.guard';

const LABELS: Record<string, string> = {
  name: 'Naam',
  startsOn: 'Eerste dag',
  endsOn: 'Laatste dag',
  answerTermAmount: 'Termijn',
  answerTermUnit: 'Eenheid',
  reminderDaysBefore: 'Dagen vooraf',
  reminderEmail: 'Adres voor herinneringen',
  version: '',
  algemeen: '',
};

const NOTICES: Record<string, string> = {
  'termijn-opgeslagen': 'De termijn is opgeslagen.',
  'reces-toegevoegd': 'Het reces is toegevoegd.',
  'reces-verwijderd': 'Het reces is verwijderd.',
};

const UNIT_OPTIONS = [
  { value: 'days', label: 'dagen (kalenderdagen)' },
  { value: 'weeks', label: 'weken' },
  { value: 'workingDays', label: 'werkdagen (zonder weekend en feestdagen)' },
];

/** The griffie's page for the answer term and the recesses that pause it (/beheer/termijn). */
@ApiExcludeController()
@Controller('beheer/termijn')
@UseGuards(WebSessionGuard)
@WebRoles('clerk', 'admin')
export class TermPagesController {
  constructor(
    private readonly municipalities: MunicipalitiesService,
    private readonly clock: Clock,
  ) {}

  @Get()
  async page(
    @CurrentActor() actor: Actor,
    @Query('gemeente') gemeente: unknown,
    @Query('melding') melding: unknown,
    @Res() res: Response,
  ): Promise<void> {
    const municipality = await this.municipalityOf(actor, gemeente);
    const notice = typeof melding === 'string' ? (NOTICES[melding] ?? null) : null;
    renderPage(res, 'pages/term', { ...(await this.model(municipality)), notice });
  }

  @Post()
  async saveTerm(
    @CurrentActor() actor: Actor,
    @Query('gemeente') gemeente: unknown,
    @Body() body: Record<string, unknown>,
    @Res() res: Response,
  ): Promise<void> {
    const municipality = await this.municipalityOf(actor, gemeente);
    const termValues = {
      answerTermAmount: field(body, 'answerTermAmount'),
      answerTermUnit: field(body, 'answerTermUnit'),
      reminderDaysBefore: field(body, 'reminderDaysBefore'),
      reminderEmail: field(body, 'reminderEmail'),
    };
    const { dto, errors } = await validated(UpdateMunicipalityDto, {
      version: Number(field(body, 'version')),
      answerTermAmount: Number(termValues.answerTermAmount),
      answerTermUnit: termValues.answerTermUnit,
      ...(termValues.reminderDaysBefore !== '' ? { reminderDaysBefore: Number(termValues.reminderDaysBefore) } : {}),
      reminderEmail: termValues.reminderEmail || null,
    });
    await saveOrRerender(
      res,
      errors,
      () => this.municipalities.updateMunicipality(actor, municipality.slug, dto),
      this.pageUrl(actor, municipality, 'termijn-opgeslagen'),
      async (problems: FieldError[]) =>
        renderPage(res, 'pages/term', await this.model(municipality, { termValues, termErrors: problems }), 400),
    );
  }

  @Post('reces')
  async addRecess(
    @CurrentActor() actor: Actor,
    @Query('gemeente') gemeente: unknown,
    @Body() body: Record<string, unknown>,
    @Res() res: Response,
  ): Promise<void> {
    const municipality = await this.municipalityOf(actor, gemeente);
    const recessValues = {
      name: field(body, 'name'),
      startsOn: field(body, 'startsOn'),
      endsOn: field(body, 'endsOn'),
    };
    const { dto, errors } = await validated(CreateRecessDto, recessValues);
    await saveOrRerender(
      res,
      errors,
      () => this.municipalities.addRecess(actor, municipality.slug, dto),
      this.pageUrl(actor, municipality, 'reces-toegevoegd'),
      async (problems: FieldError[]) =>
        renderPage(res, 'pages/term', await this.model(municipality, { recessValues, recessErrors: problems }), 400),
    );
  }

  @Post('reces/:id/verwijderen')
  async deleteRecess(
    @CurrentActor() actor: Actor,
    @Query('gemeente') gemeente: unknown,
    @Param('id') rawId: string,
    @Res() res: Response,
  ): Promise<void> {
    const municipality = await this.municipalityOf(actor, gemeente);
    const id = idParam(rawId);
    if (id === null) throw new NotFoundError(`Reces ${rawId}`);
    await this.municipalities.deleteRecess(actor, municipality.slug, id);
    res.redirect(303, this.pageUrl(actor, municipality, 'reces-verwijderd'));
  }

  /** The griffie's own municipality; an admin names one (`?gemeente=slug`) or gets the first. */
  private async municipalityOf(actor: Actor, gemeente: unknown): Promise<Municipality> {
    if (actor.municipalityId !== null) return this.municipalities.findMunicipality(actor.municipalityId);
    if (typeof gemeente === 'string' && /^[a-z0-9-]{1,80}$/.test(gemeente))
      return this.municipalities.findMunicipality(gemeente);
    const [first] = await this.municipalities.listMunicipalities();
    if (!first) throw new NotFoundError('Gemeente');
    return first;
  }

  private pageUrl(actor: Actor, municipality: Municipality, notice: string): string {
    const query = actor.municipalityId === null ? `gemeente=${encodeURIComponent(municipality.slug)}&` : '';
    return `/beheer/termijn?${query}melding=${notice}`;
  }

  private async model(
    municipality: Municipality,
    state: {
      termValues?: Record<string, string>;
      termErrors?: FieldError[];
      recessValues?: Record<string, string>;
      recessErrors?: FieldError[];
    } = {},
  ) {
    const { recesses } = await this.municipalities.listRecesses(municipality.id);
    const today = this.clock.today();
    const term = { amount: municipality.answerTermAmount, unit: municipality.answerTermUnit };
    const periods = recesses.map((r) => ({ name: r.name, startsOn: r.startsOn, endsOn: r.endsOn }));
    const year = Number(today.slice(0, 4));
    const unit = state.termValues?.answerTermUnit ?? municipality.answerTermUnit;
    return {
      title: 'Antwoordtermijn en reces',
      municipality: { name: municipality.name, slug: municipality.slug, version: municipality.version },
      term: describeAnswerTerm(term),
      example: computeAnswerTerm(today, term, periods),
      today,
      termValues: state.termValues ?? {
        answerTermAmount: String(municipality.answerTermAmount),
        reminderDaysBefore: String(municipality.reminderDaysBefore),
        reminderEmail: municipality.reminderEmail ?? '',
      },
      units: UNIT_OPTIONS.map((o) => ({ ...o, selected: o.value === unit })),
      termErrors: formErrors(state.termErrors ?? [], LABELS),
      recessValues: state.recessValues ?? { name: '', startsOn: '', endsOn: '' },
      recessErrors: formErrors(state.recessErrors ?? [], LABELS, (p) => `reces-${p}`),
      recesses: recesses.map((r) => {
        const dto = toRecessDto(r);
        return {
          ...dto,
          period: `${formatDutchDate(r.startsOn)} – ${formatDutchDate(r.endsOn)}`,
          daysText: `${dto.days} ${dto.days === 1 ? 'dag' : 'dagen'}`,
          past: r.endsOn < today,
        };
      }),
      holidays: dutchPublicHolidays(year).map((h) => ({ ...h, dateText: formatDutchDate(h.date) })),
      year,
    };
  }
}
