import { Controller, Get, Inject, Query, Res, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import type { Actor } from '../auth/actor';
import { CurrentActor } from '../auth/actor.guard';
import { Clock } from '../common/clock';
import { APP_CONFIG, AppConfig } from '../config/config';
import { MunicipalitiesService } from '../municipalities/municipalities.service';
import { PeopleService } from '../people/people.service';
import { QuestionSetsQueryDto } from '../questions/dto/question-set.dto';
import { QuestionsService } from '../questions/questions.service';
import {
  filterParams,
  listPager,
  ParsedSetList,
  parseSetList,
  setRow,
  SetRow,
  SET_STATUSES,
  setsCsv,
  sortableColumns,
  withParams,
} from './set-list-filters';
import { lateAnswerText, plural, STATUS_LABELS } from './view-models';
import { partiesQuery, peopleQuery, renderPage } from './web-helpers';
import { WebRoles } from './web-roles';
import { WebSessionGuard } from './web-session.guard';

/** The CSV and the print page hold at most this many rows (a municipality's several years). */
const EXPORT_MAX = 5000;

/**
 * Lists of question sets as tables: the griffie's work list (`/beheer/vragen`, every set of its
 * municipality, with CSV and print) and the public list (`/vragen`, what the visitor may see).
 */
@ApiExcludeController()
@Controller()
@UseGuards(WebSessionGuard)
export class SetListsController {
  constructor(
    private readonly questions: QuestionsService,
    private readonly people: PeopleService,
    private readonly municipalities: MunicipalitiesService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('beheer/vragen')
  @WebRoles('clerk', 'admin')
  async workList(
    @CurrentActor() actor: Actor,
    @Query() raw: Record<string, unknown>,
    @Res() res: Response,
  ): Promise<void> {
    const parsed = parseSetList(raw, this.ownMunicipality(actor));
    renderPage(res, 'pages/set-list', await this.listModel(actor, parsed, '/beheer/vragen', true));
  }

  @Get('beheer/vragen.csv')
  @WebRoles('clerk', 'admin')
  async workListCsv(
    @CurrentActor() actor: Actor,
    @Query() raw: Record<string, unknown>,
    @Res() res: Response,
  ): Promise<void> {
    const parsed = parseSetList(raw, this.ownMunicipality(actor));
    const rows = await this.allRows(actor, parsed.query);
    res
      .status(200)
      .type('text/csv; charset=utf-8')
      .setHeader('Content-Disposition', `attachment; filename="vragen-${this.clock.today()}.csv"`)
      .send(setsCsv(rows, this.config.publicUrl));
  }

  @Get('beheer/vragen/afdrukken')
  @WebRoles('clerk', 'admin')
  async workListPrint(
    @CurrentActor() actor: Actor,
    @Query() raw: Record<string, unknown>,
    @Res() res: Response,
  ): Promise<void> {
    const parsed = parseSetList(raw, this.ownMunicipality(actor));
    const rows = await this.allRows(actor, parsed.query);
    renderPage(res, 'pages/set-list-print', {
      layout: 'layouts/print',
      title: 'Schriftelijke vragen: werklijst',
      generatedOn: this.clock.today(),
      totalLabel: plural(rows.length, 'vragenset', 'vragensets'),
      rows: rows.map((r) => ({ ...r, lateText: lateAnswerText(r) })),
    });
  }

  /** Every set the visitor may see (published ones for the public), as a filterable table. */
  @Get('vragen')
  async publicList(
    @CurrentActor() actor: Actor,
    @Query() raw: Record<string, unknown>,
    @Res() res: Response,
  ): Promise<void> {
    const parsed = parseSetList(raw, undefined);
    renderPage(res, 'pages/set-list', await this.listModel(actor, parsed, '/vragen', false));
  }

  private ownMunicipality(actor: Actor): string | undefined {
    return actor.municipalityId === null ? undefined : String(actor.municipalityId);
  }

  private async allRows(actor: Actor, query: QuestionSetsQueryDto): Promise<SetRow[]> {
    const rows: SetRow[] = [];
    for (let offset = 0; offset < EXPORT_MAX; offset += 100) {
      const page = await this.questions.listQuestionSets(
        actor,
        Object.assign(new QuestionSetsQueryDto(), query, { limit: 100, offset }),
      );
      rows.push(...page.items.map(setRow));
      if (page.items.length < 100) break;
    }
    return rows;
  }

  private async listModel(actor: Actor, parsed: ParsedSetList, path: string, workList: boolean) {
    const { filters, query } = parsed;
    const municipalities = await this.municipalities.listMunicipalities();
    const known = query.municipality
      ? municipalities.find((m) => String(m.id) === query.municipality || m.slug === query.municipality)
      : undefined;
    if (query.municipality && !known) {
      parsed.ignored.push(`gemeente "${filters.gemeente}"`);
      query.municipality = undefined;
      filters.gemeente = '';
    }
    const municipalityId = known?.id;
    const [page, counts, parties, holders] = await Promise.all([
      this.questions.listQuestionSets(actor, query),
      this.questions.countQuestionSets(actor, query),
      this.people.listParties(partiesQuery({ municipality: municipalityId?.toString(), limit: 100 })),
      this.people.listPeople(peopleQuery({ municipality: municipalityId?.toString(), role: 'alderman', limit: 100 })),
    ]);
    const today = this.clock.today();
    const municipalityName = new Map(municipalities.map((m) => [m.id, m.name]));
    const option = (value: string, label: string, selected: string) => ({ value, label, selected: value === selected });
    const params = filterParams(filters);
    const statusCounts = SET_STATUSES.filter((s) => (counts.byStatus[s] ?? 0) > 0).map((s) => ({
      label: STATUS_LABELS[s],
      count: counts.byStatus[s] ?? 0,
      url: withParams(path, filterParams(filters, { status: s })),
      current: filters.status === s,
    }));
    const anyFilter = Object.keys(params).some((k) => k !== 'sorteer');
    return {
      title: workList ? 'Werklijst schriftelijke vragen' : 'Alle schriftelijke vragen',
      workList,
      path,
      today,
      filters,
      ignored: parsed.ignored,
      anyFilter,
      totalLabel: plural(page.total, 'vragenset', 'vragensets'),
      counts: {
        statuses: statusCounts,
        overdue: counts.overdue,
        answeredLate: counts.answeredLate,
        overdueUrl: withParams(path, filterParams(filters, { teLaat: true })),
        answeredLateUrl: withParams(path, filterParams(filters, { laatBeantwoord: true })),
      },
      columns: sortableColumns(path, filters),
      rows: page.items.map((dto) => ({ ...setRow(dto), lateText: lateAnswerText(dto) })),
      pager: listPager(page.total, parsed, path),
      csvUrl: withParams('/beheer/vragen.csv', params),
      printUrl: withParams('/beheer/vragen/afdrukken', params),
      resetUrl: path,
      options: {
        municipalities: workList
          ? []
          : municipalities.map((m) => option(m.slug, m.name, known?.slug ?? filters.gemeente)),
        statuses: SET_STATUSES.map((s) => option(s, STATUS_LABELS[s], filters.status)),
        parties: parties.items.map((p) =>
          option(
            String(p.id),
            municipalityId ? p.name : `${p.name} (${municipalityName.get(p.municipalityId) ?? ''})`,
            filters.fractie,
          ),
        ),
        holders: holders.items.map((p) =>
          option(
            String(p.id),
            municipalityId ? p.name : `${p.name} (${municipalityName.get(p.municipalityId) ?? ''})`,
            filters.portefeuillehouder,
          ),
        ),
      },
    };
  }
}
