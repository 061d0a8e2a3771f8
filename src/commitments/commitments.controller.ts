import { Body, Controller, Get, Header, HttpCode, Param, ParseIntPipe, Patch, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import { AuditEventView } from '../audit/audit.service';
import type { Actor } from '../auth/actor';
import { CurrentActor } from '../auth/actor.guard';
import { Page } from '../common/pagination';
import { CommitmentsService } from './commitments.service';
import {
  CommitmentDto,
  CommitmentFilterDto,
  CommitmentTransitionDto,
  CreateCommitmentDto,
  FulfilCommitmentDto,
  UpdateCommitmentDto,
} from './dto/commitment.dto';
import { COMMITMENT_CSV_COLUMNS, toCsv } from './export-csv';

@ApiTags('commitments')
@ApiBearerAuth()
@ApiNotFoundResponse({
  description: 'Does not exist, or not visible to the caller (never 403 for hidden commitments).',
})
@Controller()
export class CommitmentsController {
  constructor(private readonly commitments: CommitmentsService) {}

  /** The register of toezeggingen the caller may see, soonest deadline first. */
  @Get('api/commitments')
  list(@CurrentActor() actor: Actor, @Query() query: CommitmentFilterDto): Promise<Page<CommitmentDto>> {
    return this.commitments.listCommitments(actor, query);
  }

  /** The toezeggingenlijst as CSV (`;`, UTF-8 with BOM, Dutch headers); same filters and visibility as the list. */
  @Get('api/commitments.csv')
  @ApiProduces('text/csv')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @Header('Content-Disposition', 'attachment; filename="toezeggingen.csv"')
  async csv(@CurrentActor() actor: Actor, @Query() query: CommitmentFilterDto): Promise<string> {
    return toCsv(COMMITMENT_CSV_COLUMNS, await this.commitments.listAllCommitments(actor, query));
  }

  @Get('api/commitments/:id')
  get(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number): Promise<CommitmentDto> {
    return this.commitments.getCommitment(actor, id);
  }

  @Get('api/commitments/:id/history')
  async history(
    @CurrentActor() actor: Actor,
    @Param('id', ParseIntPipe) id: number,
  ): Promise<{ items: AuditEventView[] }> {
    return { items: await this.commitments.historyOfCommitment(actor, id) };
  }

  /** Manual entry by the griffie: the commitment is `open` at once. */
  @Post('api/commitments')
  create(@CurrentActor() actor: Actor, @Body() body: CreateCommitmentDto): Promise<CommitmentDto> {
    return this.commitments.createCommitment(actor, body);
  }

  /** Edit text, phrase (re-resolved against the answer date) and notes (griffie). */
  @Patch('api/commitments/:id')
  @ApiConflictResponse({ description: 'Stale version: the problem details carry the current resource.' })
  update(
    @CurrentActor() actor: Actor,
    @Param('id', ParseIntPipe) id: number,
    @Body() body: UpdateCommitmentDto,
  ): Promise<CommitmentDto> {
    return this.commitments.updateCommitment(actor, id, body);
  }

  /** proposed → open */
  @Post('api/commitments/:id/confirm')
  @HttpCode(200)
  @ApiOkResponse({ type: CommitmentDto })
  confirm(
    @CurrentActor() actor: Actor,
    @Param('id', ParseIntPipe) id: number,
    @Body() body: CommitmentTransitionDto,
  ): Promise<CommitmentDto> {
    return this.commitments.transition(actor, id, 'confirm', body);
  }

  /** proposed → dismissed (kept, so recording the answer again does not propose it again) */
  @Post('api/commitments/:id/dismiss')
  @HttpCode(200)
  @ApiOkResponse({ type: CommitmentDto })
  dismiss(
    @CurrentActor() actor: Actor,
    @Param('id', ParseIntPipe) id: number,
    @Body() body: CommitmentTransitionDto,
  ): Promise<CommitmentDto> {
    return this.commitments.transition(actor, id, 'dismiss', body);
  }

  /** open → fulfilled, or partially_fulfilled with `partial: true`; `documentId` names the letter that fulfilled it. */
  @Post('api/commitments/:id/fulfil')
  @HttpCode(200)
  @ApiOkResponse({ type: CommitmentDto })
  fulfil(
    @CurrentActor() actor: Actor,
    @Param('id', ParseIntPipe) id: number,
    @Body() body: FulfilCommitmentDto,
  ): Promise<CommitmentDto> {
    return this.commitments.transition(actor, id, 'fulfil', body);
  }

  /** open → withdrawn */
  @Post('api/commitments/:id/withdraw')
  @HttpCode(200)
  @ApiOkResponse({ type: CommitmentDto })
  withdraw(
    @CurrentActor() actor: Actor,
    @Param('id', ParseIntPipe) id: number,
    @Body() body: CommitmentTransitionDto,
  ): Promise<CommitmentDto> {
    return this.commitments.transition(actor, id, 'withdraw', body);
  }

  /** open → not_kept */
  @Post('api/commitments/:id/not-kept')
  @HttpCode(200)
  @ApiOkResponse({ type: CommitmentDto })
  notKept(
    @CurrentActor() actor: Actor,
    @Param('id', ParseIntPipe) id: number,
    @Body() body: CommitmentTransitionDto,
  ): Promise<CommitmentDto> {
    return this.commitments.transition(actor, id, 'not-kept', body);
  }
}
