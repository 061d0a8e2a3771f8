import { Body, Controller, Get, Param, Post, Query, Res, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import type { Actor } from '../auth/actor';
import { CurrentActor } from '../auth/actor.guard';
import { isMunicipalStaff } from '../auth/visibility';
import { DomainError, FieldError, NotFoundError } from '../common/domain-errors';
import { Clock } from '../common/clock';
import { CommitmentsService, Transition } from '../commitments/commitments.service';
import {
  BulkCommitmentActionDto,
  CommitmentDto,
  CreateCommitmentDto,
  FulfilCommitmentDto,
} from '../commitments/dto/commitment.dto';
import { COMMITMENT_CSV_COLUMNS, toCsv } from '../commitments/export-csv';
import { formatDutchDate } from '../deadlines';
import { PeopleService } from '../people/people.service';
import {
  REGISTER_STATUSES,
  apiParams,
  ParsedRegister,
  parseRegister,
  REGISTER_PAGE_SIZE,
  registerParams,
} from './commitment-list-filters';
import { withParams } from './set-list-filters';
import { WebRoles } from './web-roles';
import { DocumentsQueryDto } from '../documents/dto/document.dto';
import { DocumentsService } from '../documents/documents.service';
import { MunicipalitiesService } from '../municipalities/municipalities.service';
import { saveOrRerender, validated } from './form-submit';
import { COMMITMENT_STATUS_LABELS, documentLabel, formErrors, pager, plural } from './view-models';
import { field, idParam, partiesQuery, peopleQuery, renderPage, safeLocalPath } from './web-helpers';
import { WebSessionGuard } from './web-session.guard';

const EDIT_LABELS: Record<string, string> = { sentence: 'Tekst van de toezegging', algemeen: '' };
const FULFIL_LABELS: Record<string, string> = {
  documentId: 'Kies een bestaand document',
  'document.reference': 'Kenmerk van de nieuwe brief',
  'document.title': 'Titel van de nieuwe brief',
  document: 'Document',
  algemeen: '',
};

const MEETING_DEFAULTS: Record<string, string> = {
  meetingName: '',
  meetingDate: '',
  portfolioHolderId: '',
  partyId: '',
  sentence: '',
  phrase: '',
  deadline: '',
  notes: '',
};
const NEW_LABELS: Record<string, string> = {
  'meeting.name': 'Vergadering',
  'meeting.date': 'Datum van de vergadering',
  meeting: 'Vergadering',
  portfolioHolderId: 'Portefeuillehouder',
  partyId: 'Fractie',
  sentence: 'Tekst van de toezegging',
  phrase: 'Termijn',
  deadline: 'Uiterlijk',
  notes: 'Notities',
  algemeen: '',
};
/** API paths → the form's field names (and ids `veld-…`). */
const NEW_FIELD_IDS: Record<string, string> = {
  'meeting.name': 'meetingName',
  'meeting.date': 'meetingDate',
  meeting: 'meetingName',
};

function mapByField(byField: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [path, text] of Object.entries(byField)) {
    const name = NEW_FIELD_IDS[path] ?? path;
    out[name] = out[name] ? `${out[name]} ${text}` : text;
  }
  return out;
}

function ownMunicipality(actor: Actor): string | undefined {
  return actor.municipalityId === null ? undefined : String(actor.municipalityId);
}

function dutchDateOrNull(date: string | null): string | null {
  return date ? formatDutchDate(date) : null;
}

/** `bevestigd-3` after a bulk decision → "3 toezeggingen bevestigd." */
function doneMessage(raw: unknown): string | null {
  const match = typeof raw === 'string' ? /^(bevestigd|afgewezen)-(\d{1,3})$/.exec(raw) : null;
  return match ? `${plural(Number(match[2]), 'toezegging', 'toezeggingen')} ${match[1]}.` : null;
}

const TRANSITIONS: Record<string, Transition> = {
  bevestigen: 'confirm',
  afwijzen: 'dismiss',
  intrekken: 'withdraw',
  'niet-nagekomen': 'not-kept',
};

/** The commitments register (toezeggingenregister): a filterable table, bulk decisions, meeting entries, edit and fulfil. */
@ApiExcludeController()
@Controller()
@UseGuards(WebSessionGuard)
export class CommitmentsPagesController {
  constructor(
    private readonly commitments: CommitmentsService,
    private readonly documents: DocumentsService,
    private readonly municipalities: MunicipalitiesService,
    private readonly people: PeopleService,
    private readonly clock: Clock,
  ) {}

  @Get('toezeggingen')
  async list(
    @CurrentActor() actor: Actor,
    @Query() raw: Record<string, unknown>,
    @Res() res: Response,
    problem?: { message: string; status: number },
  ): Promise<void> {
    const parsed = parseRegister(raw, ownMunicipality(actor));
    renderPage(
      res,
      'pages/commitments',
      await this.registerModel(actor, parsed, raw, problem?.message),
      problem?.status,
    );
  }

  /** The register's rows as CSV (`;`, UTF-8 with BOM, as `GET /api/commitments.csv`), with the visitor's own view. */
  @Get('toezeggingen.csv')
  async csv(@CurrentActor() actor: Actor, @Query() raw: Record<string, unknown>, @Res() res: Response): Promise<void> {
    const { query } = parseRegister(raw, ownMunicipality(actor));
    const rows = await this.commitments.listAllCommitments(actor, query);
    res
      .status(200)
      .type('text/csv; charset=utf-8')
      .setHeader('Content-Disposition', `attachment; filename="toezeggingen-${this.clock.today()}.csv"`)
      .send(toCsv(COMMITMENT_CSV_COLUMNS, rows));
  }

  /** Confirm or dismiss the ticked proposals together: one transaction, every version checked. */
  @Post('toezeggingen/bulk')
  @WebRoles('clerk', 'admin')
  async bulk(@CurrentActor() actor: Actor, @Body() body: Record<string, unknown>, @Res() res: Response): Promise<void> {
    const back = safeLocalPath(field(body, 'terug')) ?? '/toezeggingen';
    const backQuery = Object.fromEntries(new URL(back, 'http://x').searchParams);
    const action = field(body, 'actie') === 'afwijzen' ? 'dismiss' : 'confirm';
    const chosen = ([] as unknown[]).concat(body.keuze ?? []).filter((v): v is string => typeof v === 'string');
    const items = chosen
      .map((v) => /^(\d{1,9}):(\d{1,9})$/.exec(v))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => ({ id: Number(m[1]), version: Number(m[2]) }));
    if (items.length === 0) {
      await this.list(actor, backQuery, res, {
        message: 'Kies eerst een of meer voorgestelde toezeggingen.',
        status: 400,
      });
      return;
    }
    try {
      await this.commitments.bulkTransition(actor, Object.assign(new BulkCommitmentActionDto(), { action, items }));
    } catch (error) {
      if (!(error instanceof DomainError) || (error.status !== 409 && error.status !== 400)) throw error;
      const current = error.extensions.current as CommitmentDto | undefined;
      const state = current ? ` Toezegging ${current.id} is nu: ${current.statusLabel.toLowerCase()}.` : '';
      await this.list(actor, backQuery, res, {
        message: `Er is niets gewijzigd. ${error.message}${state}`,
        status: error.status,
      });
      return;
    }
    const done = `${action === 'confirm' ? 'bevestigd' : 'afgewezen'}-${items.length}`;
    res.redirect(303, withParams(new URL(back, 'http://x').pathname, { ...backQuery, gedaan: done }));
  }

  /** A commitment made in a meeting (not in a written answer), entered by the griffie. */
  @Get('toezeggingen/nieuw')
  @WebRoles('clerk')
  async newForm(@CurrentActor() actor: Actor, @Res() res: Response): Promise<void> {
    renderPage(res, 'pages/commitment-new', await this.newModel(actor, MEETING_DEFAULTS, []));
  }

  @Post('toezeggingen/nieuw')
  @WebRoles('clerk')
  async create(
    @CurrentActor() actor: Actor,
    @Body() body: Record<string, unknown>,
    @Res() res: Response,
  ): Promise<void> {
    const values: Record<string, string> = {};
    for (const key of Object.keys(MEETING_DEFAULTS)) values[key] = field(body, key);
    const { dto, errors } = await validated(CreateCommitmentDto, {
      meeting: { name: values.meetingName, date: values.meetingDate },
      sentence: values.sentence,
      ...(values.phrase ? { phrase: values.phrase } : {}),
      ...(values.deadline ? { deadline: values.deadline } : {}),
      ...(values.notes ? { notes: values.notes } : {}),
      ...(/^\d{1,9}$/.test(values.portfolioHolderId) ? { portfolioHolderId: Number(values.portfolioHolderId) } : {}),
      ...(/^\d{1,9}$/.test(values.partyId) ? { partyId: Number(values.partyId) } : {}),
    });
    if (!values.portfolioHolderId) errors.push({ path: 'portfolioHolderId', message: 'is verplicht.' });
    if (!values.phrase && !values.deadline)
      errors.push({ path: 'phrase', message: 'of een datum is nodig: wanneer is het toegezegd?' });
    await saveOrRerender(
      res,
      errors,
      () => this.commitments.createCommitment(actor, dto),
      '/toezeggingen?bron=vergadering',
      async (shown) => renderPage(res, 'pages/commitment-new', await this.newModel(actor, values, shown), 400),
    );
  }

  private async newModel(actor: Actor, values: Record<string, string>, problems: FieldError[]) {
    const municipality = String(actor.municipalityId);
    const [people, parties] = await Promise.all([
      this.people.listPeople(peopleQuery({ municipality, limit: 100 })),
      this.people.listParties(partiesQuery({ municipality, limit: 100 })),
    ]);
    const holders = people.items.filter((p) => p.role !== 'councillor');
    return {
      title: 'Toezegging uit een vergadering',
      values,
      holders: holders.map((p) => ({
        value: String(p.id),
        label: p.portfolio ? `${p.name} (${p.portfolio})` : p.name,
        selected: String(p.id) === values.portfolioHolderId,
      })),
      parties: parties.items.map((p) => ({
        value: String(p.id),
        label: p.name,
        selected: String(p.id) === values.partyId,
      })),
      errors: formErrors(problems, NEW_LABELS, (path) => `veld-${NEW_FIELD_IDS[path] ?? path}`),
      byField: mapByField(formErrors(problems, NEW_LABELS).byField),
    };
  }

  private async registerModel(
    actor: Actor,
    parsed: ParsedRegister,
    raw: Record<string, unknown>,
    message: string | undefined,
  ) {
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
    const [page, counts, holders] = await Promise.all([
      this.commitments.listCommitments(actor, query),
      this.commitments.countCommitments(actor, query),
      this.people.listPeople(peopleQuery({ municipality: known ? String(known.id) : undefined, limit: 100 })),
    ]);
    const municipalityName = new Map(municipalities.map((m) => [m.id, m.name]));
    const params = registerParams(filters);
    const path = '/toezeggingen';
    const clerk = actor.role === 'admin' || (actor.role === 'clerk' && actor.municipalityId !== null);
    const rows = page.items.map((c) => this.view(actor, c));
    const option = (value: string, label: string, selected: string) => ({ value, label, selected: value === selected });
    const anyFilter = Object.keys(params).length > 0;
    const ical = known
      ? withParams(
          `/ical/${known.slug}.ics`,
          filters.portefeuillehouder ? { portfolioHolder: filters.portefeuillehouder } : {},
        )
      : null;
    return {
      title: 'Toezeggingen',
      message,
      done: doneMessage(raw.gedaan),
      ignored: parsed.ignored,
      filters,
      anyFilter,
      ownMunicipality: actor.municipalityId !== null,
      totalLabel: plural(counts.total, 'toezegging', 'toezeggingen'),
      counts: {
        statuses: REGISTER_STATUSES.filter((s) => (counts.byStatus[s] ?? 0) > 0).map((s) => ({
          label: COMMITMENT_STATUS_LABELS[s],
          count: counts.byStatus[s],
          url: withParams(path, registerParams(filters, { status: s })),
          current: filters.status === s,
        })),
        overdue: counts.overdue,
        overdueUrl: withParams(path, registerParams(filters, { teLaat: true, status: '' })),
      },
      rows,
      canBulk: clerk && rows.some((r) => r.canConfirm),
      canAddMeeting: actor.role === 'clerk' && actor.municipalityId !== null,
      returnUrl: withParams(path, parsed.page > 1 ? { ...params, pagina: String(parsed.page) } : params),
      pager: pager(page.total, REGISTER_PAGE_SIZE, query.offset, params, path),
      csvUrl: withParams('/toezeggingen.csv', params),
      printUrl: withParams('/toezeggingen/afdrukken', apiParams(query)),
      icalUrl: ical,
      options: {
        municipalities:
          actor.municipalityId === null ? municipalities.map((m) => option(m.slug, m.name, known?.slug ?? '')) : [],
        statuses: REGISTER_STATUSES.map((s) => option(s, COMMITMENT_STATUS_LABELS[s], filters.status)),
        holders: holders.items
          .filter((p) => p.role !== 'councillor')
          .map((p) =>
            option(
              String(p.id),
              known ? p.name : `${p.name} (${municipalityName.get(p.municipalityId) ?? ''})`,
              filters.portefeuillehouder,
            ),
          ),
        sources: [
          option('schriftelijk', 'Antwoord op schriftelijke vragen', filters.bron),
          option('vergadering', 'Vergadering', filters.bron),
        ],
      },
    };
  }

  @Get('toezeggingen/:id/bewerken')
  async editForm(@CurrentActor() actor: Actor, @Param('id') rawId: string, @Res() res: Response): Promise<void> {
    const c = await this.load(actor, rawId);
    renderPage(res, 'pages/commitment-edit', {
      title: 'Toezegging bewerken',
      c,
      values: { sentence: c.sentence, phrase: c.phrase ?? '', notes: c.notes ?? '' },
      errors: { byField: {}, summary: [] },
    });
  }

  @Post('toezeggingen/:id/bewerken')
  async edit(
    @CurrentActor() actor: Actor,
    @Param('id') rawId: string,
    @Body() body: Record<string, unknown>,
    @Res() res: Response,
  ): Promise<void> {
    const c = await this.load(actor, rawId);
    const values = { sentence: field(body, 'sentence'), phrase: field(body, 'phrase'), notes: field(body, 'notes') };
    const problems: FieldError[] = values.sentence ? [] : [{ path: 'sentence', message: 'is verplicht.' }];
    const input = {
      version: Number(field(body, 'version')),
      sentence: values.sentence,
      phrase: values.phrase || null,
      notes: values.notes || null,
    };
    await saveOrRerender(
      res,
      problems,
      () => this.commitments.updateCommitment(actor, c.id, input),
      '/toezeggingen',
      (shown) =>
        renderPage(
          res,
          'pages/commitment-edit',
          { title: 'Toezegging bewerken', c, values, errors: formErrors(shown, EDIT_LABELS) },
          400,
        ),
    );
  }

  /** Fulfilling asks which document did it (an existing one, or a new council letter) and whether in full. */
  @Get('toezeggingen/:id/afdoen')
  async fulfilForm(@CurrentActor() actor: Actor, @Param('id') rawId: string, @Res() res: Response): Promise<void> {
    const c = await this.load(actor, rawId);
    renderPage(
      res,
      'pages/commitment-fulfil',
      await this.fulfilModel(c, { documentId: '', newReference: '', newTitle: '', partial: 'nee' }, []),
    );
  }

  @Post('toezeggingen/:id/nagekomen')
  async fulfil(
    @CurrentActor() actor: Actor,
    @Param('id') rawId: string,
    @Body() body: Record<string, unknown>,
    @Res() res: Response,
  ): Promise<void> {
    const c = await this.load(actor, rawId);
    const values = {
      documentId: field(body, 'documentId'),
      newReference: field(body, 'newReference'),
      newTitle: field(body, 'newTitle'),
      partial: field(body, 'partial') === 'ja' ? 'ja' : 'nee',
    };
    const isNew = values.newReference !== '' || values.newTitle !== '';
    const { dto, errors } = await validated(FulfilCommitmentDto, {
      version: Number(field(body, 'version')),
      partial: values.partial === 'ja',
      ...(/^\d+$/.test(values.documentId) ? { documentId: Number(values.documentId) } : {}),
      ...(isNew
        ? {
            document: {
              kind: 'council_letter',
              reference: values.newReference || null,
              title: values.newTitle || null,
            },
          }
        : {}),
    });
    if (values.documentId && isNew) errors.push({ path: 'documentId', message: 'of een nieuwe brief, niet allebei.' });
    await saveOrRerender(
      res,
      errors,
      () => this.commitments.transition(actor, c.id, 'fulfil', dto),
      '/toezeggingen',
      async (shown) => renderPage(res, 'pages/commitment-fulfil', await this.fulfilModel(c, values, shown), 400),
    );
  }

  private async fulfilModel(c: CommitmentDto, values: Record<string, string>, problems: FieldError[]) {
    const query = Object.assign(new DocumentsQueryDto(), { municipality: c.municipality, limit: 100, offset: 0 });
    const page = await this.documents.listDocuments(query);
    // Council letters first: they are what usually fulfils a commitment.
    const sorted = [
      ...page.items.filter((d) => d.kind === 'council_letter'),
      ...page.items.filter((d) => d.kind !== 'council_letter'),
    ];
    return {
      title: 'Toezegging afdoen',
      c,
      values,
      documents: sorted.map((d) => ({
        id: d.id,
        label: documentLabel(d),
        selected: String(d.id) === values.documentId,
      })),
      partialNo: values.partial !== 'ja',
      errors: formErrors(problems, FULFIL_LABELS, (path) =>
        path.startsWith('document.') ? 'veld-newReference' : `veld-${path}`,
      ),
    };
  }

  @Post('toezeggingen/:id/:action')
  async transition(
    @CurrentActor() actor: Actor,
    @Param('id') rawId: string,
    @Param('action') action: string,
    @Body() body: Record<string, unknown>,
    @Res() res: Response,
  ): Promise<void> {
    const transition = TRANSITIONS[action];
    if (!transition) throw new NotFoundError(`Handeling ${action}`);
    const c = await this.load(actor, rawId);
    const input = { version: Number(field(body, 'version')) };
    const back = safeLocalPath(field(body, 'terug')) ?? '/toezeggingen';
    try {
      await this.commitments.transition(actor, c.id, transition, input);
    } catch (error) {
      if (!(error instanceof DomainError) || error.status !== 409) throw error;
      await this.list(actor, Object.fromEntries(new URL(back, 'http://x').searchParams), res, {
        message: error.message,
        status: 409,
      });
      return;
    }
    res.redirect(303, back);
  }

  private async load(actor: Actor, rawId: string): Promise<CommitmentDto> {
    const id = idParam(rawId);
    if (id === null) throw new NotFoundError(`Toezegging ${rawId}`);
    return this.commitments.getCommitment(actor, id);
  }

  private view(actor: Actor, c: CommitmentDto) {
    const staff = isMunicipalStaff(actor, c.municipalityId);
    const clerk = staff && actor.role !== 'executive';
    return {
      ...c,
      setUrl: c.questionSetId !== null ? `/vragen/${c.questionSetId}` : null,
      meetingOn: c.meeting ? formatDutchDate(c.meeting.date) : null,
      fulfilledOn:
        c.status === 'fulfilled' || c.status === 'partially_fulfilled' ? dutchDateOrNull(c.statusChangedOn) : null,
      deadlineText: c.display,
      statusText: c.statusLabel,
      questionsText: c.questions.join(', '),
      fulfilledByLabel: c.fulfilledBy ? documentLabel(c.fulfilledBy) : null,
      canConfirm: clerk && c.status === 'proposed',
      canDismiss: clerk && c.status === 'proposed',
      canEdit: clerk && (c.status === 'proposed' || c.status === 'open'),
      canFulfil: staff && (c.status === 'open' || c.status === 'partially_fulfilled'),
    };
  }
}
