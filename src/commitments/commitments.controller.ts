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
  BulkCommitmentActionDto,
  BulkCommitmentResultDto,
  CommitmentCountsDto,
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

  /** The register's numbers for the same filters: per status (the status filter aside), overdue, total. */
  @Get('api/commitments/counts')
  @ApiOkResponse({ type: CommitmentCountsDto })
  counts(@CurrentActor() actor: Actor, @Query() query: CommitmentFilterDto): Promise<CommitmentCountsDto> {
    return this.commitments.countCommitments(actor, query);
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

  /**
   * Confirm or dismiss several proposals at once (griffie), in one transaction: each item carries the
   * version read; one stale version or finished proposal answers 409 and changes nothing.
   */
  @Post('api/commitments/bulk')
  @HttpCode(200)
  @ApiOkResponse({ type: BulkCommitmentResultDto })
  @ApiConflictResponse({ description: 'A stale version or a commitment no longer proposed: nothing was changed.' })
  async bulk(@CurrentActor() actor: Actor, @Body() body: BulkCommitmentActionDto): Promise<BulkCommitmentResultDto> {
    return { items: await this.commitments.bulkTransition(actor, body) };
  }

  /**
   * Manual entry by the griffie, `open` at once: for a question set (`questionSetId`) or made in a
   * meeting (`meeting` with name and date; `portfolioHolderId`, `partyId` of the municipality).
   */
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
