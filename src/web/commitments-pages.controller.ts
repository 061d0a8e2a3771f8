import { Body, Controller, Get, Param, Post, Query, Res, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import type { Actor } from '../auth/actor';
import { CurrentActor } from '../auth/actor.guard';
import { isMunicipalStaff } from '../auth/visibility';
import { DomainError, FieldError, NotFoundError } from '../common/domain-errors';
import { Transition } from '../commitments/commitments.service';
import { CommitmentsService } from '../commitments/commitments.service';
import { CommitmentDto, CommitmentFilterDto, FulfilCommitmentDto } from '../commitments/dto/commitment.dto';
import { DocumentsQueryDto } from '../documents/dto/document.dto';
import { DocumentsService } from '../documents/documents.service';
import { MunicipalitiesService } from '../municipalities/municipalities.service';
import { saveOrRerender, validated } from './form-submit';
import { COMMITMENT_STATUS_LABELS, documentLabel, formErrors } from './view-models';
import { field, idParam, renderPage } from './web-helpers';
import { WebSessionGuard } from './web-session.guard';

const EDIT_LABELS: Record<string, string> = { sentence: 'Tekst van de toezegging', algemeen: '' };
const FULFIL_LABELS: Record<string, string> = {
  documentId: 'Kies een bestaand document',
  'document.reference': 'Kenmerk van de nieuwe brief',
  'document.title': 'Titel van de nieuwe brief',
  document: 'Document',
  algemeen: '',
};

const TRANSITIONS: Record<string, Transition> = {
  bevestigen: 'confirm',
  afwijzen: 'dismiss',
  intrekken: 'withdraw',
  'niet-nagekomen': 'not-kept',
};

/** The commitments list (toezeggingenlijst) with confirm, edit, dismiss and fulfil for the griffie. */
@ApiExcludeController()
@Controller('toezeggingen')
@UseGuards(WebSessionGuard)
export class CommitmentsPagesController {
  constructor(
    private readonly commitments: CommitmentsService,
    private readonly documents: DocumentsService,
    private readonly municipalities: MunicipalitiesService,
  ) {}

  @Get()
  async list(
    @CurrentActor() actor: Actor,
    @Query('status') status: string | undefined,
    @Res() res: Response,
    message?: string,
  ): Promise<void> {
    const filter = Object.assign(new CommitmentFilterDto(), { limit: 100, sort: 'deadline' });
    if (status && status in COMMITMENT_STATUS_LABELS) filter.status = status as CommitmentFilterDto['status'];
    if (actor.municipalityId !== null) filter.municipality = String(actor.municipalityId);
    const page = await this.commitments.listCommitments(actor, filter).catch(async (error: unknown) => {
      // A sort the module does not offer is not worth an error page: fall back to its default order.
      if (error instanceof DomainError && error.status === 400)
        return this.commitments.listCommitments(actor, Object.assign(filter, { sort: undefined }));
      throw error;
    });
    // The print list is per municipality: the own one, or one link for each for whoever has none.
    const printFor = (await this.municipalities.listMunicipalities()).filter(
      (m) => actor.municipalityId === null || m.id === actor.municipalityId,
    );
    renderPage(res, 'pages/commitments', {
      title: 'Toezeggingen',
      message,
      printLinks: printFor.map((m) => ({
        url: `/toezeggingen/afdrukken?municipality=${encodeURIComponent(m.slug)}`,
        name: printFor.length > 1 ? m.name : null,
      })),
      statuses: Object.entries(COMMITMENT_STATUS_LABELS).map(([value, label]) => ({
        value,
        label,
        selected: value === status,
      })),
      total: page.total,
      items: page.items.map((c) => this.view(actor, c)),
    });
  }

  @Get(':id/bewerken')
  async editForm(@CurrentActor() actor: Actor, @Param('id') rawId: string, @Res() res: Response): Promise<void> {
    const c = await this.load(actor, rawId);
    renderPage(res, 'pages/commitment-edit', {
      title: 'Toezegging bewerken',
      c,
      values: { sentence: c.sentence, phrase: c.phrase ?? '', notes: c.notes ?? '' },
      errors: { byField: {}, summary: [] },
    });
  }

  @Post(':id/bewerken')
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
  @Get(':id/afdoen')
  async fulfilForm(@CurrentActor() actor: Actor, @Param('id') rawId: string, @Res() res: Response): Promise<void> {
    const c = await this.load(actor, rawId);
    renderPage(
      res,
      'pages/commitment-fulfil',
      await this.fulfilModel(c, { documentId: '', newReference: '', newTitle: '', partial: 'nee' }, []),
    );
  }

  @Post(':id/nagekomen')
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

  @Post(':id/:action')
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
    try {
      await this.commitments.transition(actor, c.id, transition, input);
    } catch (error) {
      if (!(error instanceof DomainError) || error.status !== 409) throw error;
      await this.list(actor, undefined, res, error.message);
      return;
    }
    res.redirect(303, '/toezeggingen');
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
      setUrl: `/vragen/${c.questionSetId}`,
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
