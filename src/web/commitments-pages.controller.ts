import { Body, Controller, Get, Param, Post, Query, Res, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { Actor } from '../auth/actor';
import { CurrentActor } from '../auth/actor.guard';
import { isMunicipalStaff } from '../auth/visibility';
import { Clock } from '../common/clock';
import { DomainError, NotFoundError } from '../common/domain-errors';
import { Transition } from '../commitments/commitments.service';
import { CommitmentsService } from '../commitments/commitments.service';
import { CommitmentDto, CommitmentFilterDto } from '../commitments/dto/commitment.dto';
import { describeDeadline } from '../deadlines';
import { COMMITMENT_STATUS_LABELS } from './view-models';
import { field, idParam, renderPage } from './web-helpers';
import { WebSessionGuard } from './web-session.guard';

const TRANSITIONS: Record<string, Transition> = { bevestigen: 'confirm', afwijzen: 'dismiss', nagekomen: 'fulfil', intrekken: 'withdraw', 'niet-nagekomen': 'not-kept' };

/** The commitments list (toezeggingenlijst) with confirm, edit, dismiss and fulfil for the griffie. */
@ApiExcludeController()
@Controller('toezeggingen')
@UseGuards(WebSessionGuard)
export class CommitmentsPagesController {
  constructor(
    private readonly commitments: CommitmentsService,
    private readonly clock: Clock,
  ) {}

  @Get()
  async list(@CurrentActor() actor: Actor, @Query('status') status: string | undefined, @Res() res: Response, message?: string): Promise<void> {
    const filter = Object.assign(new CommitmentFilterDto(), { limit: 100, sort: 'deadline' });
    if (status && status in COMMITMENT_STATUS_LABELS) filter.status = status as CommitmentFilterDto['status'];
    if (actor.municipalityId !== null) filter.municipality = String(actor.municipalityId);
    const page = await this.commitments.listCommitments(actor, filter).catch(async (error: unknown) => {
      // A sort the module does not offer is not worth an error page: fall back to its default order.
      if (error instanceof DomainError && error.status === 400) return this.commitments.listCommitments(actor, Object.assign(filter, { sort: undefined }));
      throw error;
    });
    const today = this.clock.today();
    renderPage(res, 'pages/commitments', {
      title: 'Toezeggingen',
      message,
      statuses: Object.entries(COMMITMENT_STATUS_LABELS).map(([value, label]) => ({ value, label, selected: value === status })),
      total: page.total,
      items: page.items.map((c) => this.view(actor, c, today)),
    });
  }

  @Get(':id/bewerken')
  async editForm(@CurrentActor() actor: Actor, @Param('id') rawId: string, @Res() res: Response): Promise<void> {
    const c = await this.load(actor, rawId);
    renderPage(res, 'pages/commitment-edit', { title: 'Toezegging bewerken', c, values: { sentence: c.sentence, phrase: c.phrase ?? '', notes: c.notes ?? '' }, errors: { byField: {}, summary: [] } });
  }

  @Post(':id/bewerken')
  async edit(@CurrentActor() actor: Actor, @Param('id') rawId: string, @Body() body: Record<string, unknown>, @Res() res: Response): Promise<void> {
    const c = await this.load(actor, rawId);
    const values = { sentence: field(body, 'sentence'), phrase: field(body, 'phrase'), notes: field(body, 'notes') };
    if (!values.sentence) {
      const errors = { byField: { sentence: 'Tekst van de toezegging is verplicht.' }, summary: [{ field: 'veld-sentence', text: 'Tekst van de toezegging is verplicht.' }] };
      renderPage(res, 'pages/commitment-edit', { title: 'Toezegging bewerken', c, values, errors }, 400);
      return;
    }
    try {
      await this.commitments.updateCommitment(actor, c.id, { version: Number(field(body, 'version')), sentence: values.sentence, phrase: values.phrase || null, notes: values.notes || null });
    } catch (error) {
      if (!(error instanceof DomainError) || error.status >= 500 || error.status === 404) throw error;
      const errors = { byField: {}, summary: [{ field: 'veld-sentence', text: error.message }] };
      renderPage(res, 'pages/commitment-edit', { title: 'Toezegging bewerken', c, values, errors }, error.status);
      return;
    }
    res.redirect(303, '/toezeggingen');
  }

  @Post(':id/:action')
  async transition(@CurrentActor() actor: Actor, @Param('id') rawId: string, @Param('action') action: string, @Body() body: Record<string, unknown>, @Res() res: Response): Promise<void> {
    const transition = TRANSITIONS[action];
    if (!transition) throw new NotFoundError(`Handeling ${action}`);
    const c = await this.load(actor, rawId);
    const input = { version: Number(field(body, 'version')), ...(transition === 'fulfil' ? { partial: body.partial === 'ja' } : {}) };
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

  private view(actor: Actor, c: CommitmentDto, today: string) {
    const staff = isMunicipalStaff(actor, c.municipalityId);
    const clerk = staff && actor.role !== 'executive';
    return {
      ...c,
      setUrl: `/vragen/${c.questionSetId}`,
      deadlineText: describeDeadline({ phrase: c.phrase, deadline: c.deadline }, today),
      statusText: COMMITMENT_STATUS_LABELS[c.status] ?? c.status,
      questionsText: c.questions.join(', '),
      canConfirm: clerk && c.status === 'proposed',
      canDismiss: clerk && c.status === 'proposed',
      canEdit: clerk && (c.status === 'proposed' || c.status === 'open'),
      canFulfil: staff && c.status === 'open',
    };
  }
}
