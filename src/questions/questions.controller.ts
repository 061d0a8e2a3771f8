import { Body, Controller, Get, HttpCode, Param, ParseIntPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiNotFoundResponse, ApiTags } from '@nestjs/swagger';
import { AuditEventView } from '../audit/audit.service';
import { Actor } from '../auth/actor';
import { CurrentActor } from '../auth/actor.guard';
import { Page } from '../common/pagination';
import {
  AcceptIntakeDto,
  CorrectAnswerDto,
  CreateQuestionSetDto,
  PostponeQuestionSetDto,
  PublishQuestionSetDto,
  QuestionSetDto,
  QuestionSetsQueryDto,
  RecordAnswersDto,
  RegisterQuestionSetDto,
  ReturnToFractieDto,
  UpdateQuestionSetDto,
  WithdrawQuestionSetDto,
} from './dto/question-set.dto';
import { QuestionsService } from './questions.service';

@ApiTags('question-sets')
@ApiBearerAuth()
@ApiNotFoundResponse({ description: 'Does not exist, or not visible to the caller (never 403 for hidden sets).' })
@Controller('api/question-sets')
export class QuestionsController {
  constructor(private readonly questions: QuestionsService) {}

  /** Sets the caller may see; answers only outside the embargo. */
  @Get()
  list(@CurrentActor() actor: Actor, @Query() query: QuestionSetsQueryDto): Promise<Page<QuestionSetDto>> {
    return this.questions.listQuestionSets(actor, query);
  }

  @Get(':id')
  get(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number): Promise<QuestionSetDto> {
    return this.questions.getQuestionSet(actor, id);
  }

  /** The audit trail of the set: who did what, when, before and after. */
  @Get(':id/history')
  async history(
    @CurrentActor() actor: Actor,
    @Param('id', ParseIntPipe) id: number,
  ): Promise<{ items: AuditEventView[] }> {
    return { items: await this.questions.historyOfQuestionSet(actor, id) };
  }

  /** Create a draft (party) or a registered set (griffie). */
  @Post()
  create(@CurrentActor() actor: Actor, @Body() body: CreateQuestionSetDto): Promise<QuestionSetDto> {
    return this.questions.createQuestionSet(actor, body);
  }

  @Patch(':id')
  @ApiConflictResponse({ description: 'Stale version: the problem details carry the current resource.' })
  update(
    @CurrentActor() actor: Actor,
    @Param('id', ParseIntPipe) id: number,
    @Body() body: UpdateQuestionSetDto,
  ): Promise<QuestionSetDto> {
    return this.questions.updateQuestionSet(actor, id, body);
  }

  @Post(':id/register')
  @HttpCode(200)
  @ApiConflictResponse({ description: 'Transition not allowed (currentStatus) or stale version.' })
  register(
    @CurrentActor() actor: Actor,
    @Param('id', ParseIntPipe) id: number,
    @Body() body: RegisterQuestionSetDto,
  ): Promise<QuestionSetDto> {
    return this.questions.registerQuestionSet(actor, id, body);
  }

  @Post(':id/postpone')
  @HttpCode(200)
  @ApiConflictResponse({ description: 'Transition not allowed (currentStatus) or stale version.' })
  postpone(
    @CurrentActor() actor: Actor,
    @Param('id', ParseIntPipe) id: number,
    @Body() body: PostponeQuestionSetDto,
  ): Promise<QuestionSetDto> {
    return this.questions.recordPostponement(actor, id, body);
  }

  @Post(':id/answers')
  @HttpCode(200)
  @ApiConflictResponse({ description: 'Transition not allowed (currentStatus) or stale version.' })
  answers(
    @CurrentActor() actor: Actor,
    @Param('id', ParseIntPipe) id: number,
    @Body() body: RecordAnswersDto,
  ): Promise<QuestionSetDto> {
    return this.questions.recordAnswers(actor, id, body);
  }

  /** Correct an answer; after publication the original text stays visible with its date. */
  @Patch(':id/answers/:answerId')
  correctAnswer(
    @CurrentActor() actor: Actor,
    @Param('id', ParseIntPipe) id: number,
    @Param('answerId', ParseIntPipe) answerId: number,
    @Body() body: CorrectAnswerDto,
  ): Promise<QuestionSetDto> {
    return this.questions.correctAnswer(actor, id, answerId, body);
  }

  @Post(':id/publish')
  @HttpCode(200)
  @ApiConflictResponse({ description: 'Transition not allowed (currentStatus) or stale version.' })
  publish(
    @CurrentActor() actor: Actor,
    @Param('id', ParseIntPipe) id: number,
    @Body() body: PublishQuestionSetDto,
  ): Promise<QuestionSetDto> {
    return this.questions.publishAnswers(actor, id, body);
  }

  @Post(':id/withdraw')
  @HttpCode(200)
  @ApiConflictResponse({ description: 'Transition not allowed (currentStatus) or stale version.' })
  withdraw(
    @CurrentActor() actor: Actor,
    @Param('id', ParseIntPipe) id: number,
    @Body() body: WithdrawQuestionSetDto,
  ): Promise<QuestionSetDto> {
    return this.questions.withdrawQuestionSet(actor, id, body);
  }

  /** Griffie: register a fractie's submission in its books (reference, portfolio holder); only while `intakeStatus` is `pending`. */
  @Post(':id/intake/accept')
  @HttpCode(200)
  @ApiConflictResponse({ description: 'Not waiting for intake, or stale version.' })
  acceptIntake(
    @CurrentActor() actor: Actor,
    @Param('id', ParseIntPipe) id: number,
    @Body() body: AcceptIntakeDto,
  ): Promise<QuestionSetDto> {
    return this.questions.acceptIntake(actor, id, body);
  }

  /** Griffie: send a fractie's submission back as a draft with a reason (the griffie no longer sees it). */
  @Post(':id/intake/return')
  @HttpCode(204)
  @ApiConflictResponse({ description: 'Not waiting for intake, or stale version.' })
  async returnToFractie(
    @CurrentActor() actor: Actor,
    @Param('id', ParseIntPipe) id: number,
    @Body() body: ReturnToFractieDto,
  ): Promise<void> {
    await this.questions.returnToFractie(actor, id, body);
  }
}
