import { Body, Controller, Get, Param, Post, Res, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import type { Response } from 'express';
import { Actor } from '../auth/actor';
import { CurrentActor } from '../auth/actor.guard';
import { Clock } from '../common/clock';
import { DomainError, DomainValidationError, FieldError, NotFoundError } from '../common/domain-errors';
import { flattenValidationErrors } from '../common/validation';
import { FollowsService } from '../commitments/follow-up/follows.service';
import { PostponeQuestionSetDto, PublishQuestionSetDto, QuestionSetDto, RecordAnswersDto } from '../questions/dto/question-set.dto';
import { QuestionsService } from '../questions/questions.service';
import { formErrors, FormErrors, setSummary } from './view-models';
import { field, idParam, renderPage } from './web-helpers';
import { WebRoles } from './web-roles';
import { WebSessionGuard } from './web-session.guard';

const LABELS: Record<string, string> = {
  reason: 'Reden',
  newDueOn: 'Nieuwe uiterste datum',
  sentOn: 'Datum van het uitstelbericht',
  answeredOn: 'Datum van beantwoording',
  publishedOn: 'Publicatiedatum',
  answers: 'Antwoorden:',
  version: '',
  algemeen: '',
};

/** Validates a form body as the API's DTO; returns the DTO or the field errors. */
async function validated<T extends object>(cls: new () => T, plain: Record<string, unknown>): Promise<{ dto: T; errors: FieldError[] }> {
  const dto = plainToInstance(cls, plain);
  return { dto, errors: flattenValidationErrors(await validate(dto, { whitelist: true, forbidNonWhitelisted: true })) };
}

/** Domain errors a form can show beside its fields (validation) or above them (stale version, wrong status). */
function formErrorsOf(error: unknown): FieldError[] | null {
  if (error instanceof DomainValidationError) return error.errors;
  if (error instanceof DomainError && error.status === 409) return [{ path: 'algemeen', message: error.message }];
  return null;
}

/** The griffie's and the college's actions on one set: postponement, answers, publication; following a set. */
@ApiExcludeController()
@Controller('vragen/:id')
@UseGuards(WebSessionGuard)
export class SetActionsController {
  constructor(
    private readonly questions: QuestionsService,
    private readonly follows: FollowsService,
    private readonly clock: Clock,
  ) {}

  private async load(actor: Actor, rawId: string): Promise<QuestionSetDto> {
    const id = idParam(rawId);
    if (id === null) throw new NotFoundError(`Vragenset ${rawId}`);
    return this.questions.getQuestionSet(actor, id);
  }

  // ---- postponement ----------------------------------------------------------------------

  @Get('uitstel')
  @WebRoles('clerk', 'executive', 'admin')
  async postponeForm(@CurrentActor() actor: Actor, @Param('id') id: string, @Res() res: Response): Promise<void> {
    const set = await this.load(actor, id);
    renderPage(res, 'pages/postpone', this.postponeModel(set, { sentOn: this.clock.today(), reason: '', newDueOn: '' }, { byField: {}, summary: [] }));
  }

  @Post('uitstel')
  @WebRoles('clerk', 'executive', 'admin')
  async postpone(@CurrentActor() actor: Actor, @Param('id') id: string, @Body() body: Record<string, unknown>, @Res() res: Response): Promise<void> {
    const set = await this.load(actor, id);
    const values = { reason: field(body, 'reason'), newDueOn: field(body, 'newDueOn'), sentOn: field(body, 'sentOn') };
    const { dto, errors } = await validated(PostponeQuestionSetDto, {
      version: Number(field(body, 'version')),
      reason: values.reason,
      newDueOn: values.newDueOn,
      ...(values.sentOn ? { sentOn: values.sentOn } : {}),
    });
    let problems = errors;
    if (problems.length === 0) {
      try {
        await this.questions.recordPostponement(actor, set.id, dto);
        res.redirect(303, `/vragen/${set.id}`);
        return;
      } catch (error) {
        const shown = formErrorsOf(error);
        if (!shown) throw error;
        problems = shown;
      }
    }
    renderPage(res, 'pages/postpone', this.postponeModel(set, values, formErrors(problems, LABELS)), 400);
  }

  private postponeModel(set: QuestionSetDto, values: Record<string, string>, errors: FormErrors) {
    return { title: `Uitstel melden: ${set.subject}`, set: setSummary(set, this.clock.today()), version: set.version, values, errors };
  }

  // ---- answers ---------------------------------------------------------------------------

  @Get('antwoorden')
  @WebRoles('clerk', 'executive', 'admin')
  async answersForm(@CurrentActor() actor: Actor, @Param('id') id: string, @Res() res: Response): Promise<void> {
    const set = await this.load(actor, id);
    const existing = new Map<string, string>();
    for (const a of set.answers) for (const n of a.questions) existing.set(n, a.text);
    renderPage(res, 'pages/answers', this.answersModel(set, (n) => existing.get(n) ?? '', set.answeredOn ?? this.clock.today(), { byField: {}, summary: [] }));
  }

  @Post('antwoorden')
  @WebRoles('clerk', 'executive', 'admin')
  async recordAnswers(@CurrentActor() actor: Actor, @Param('id') id: string, @Body() body: Record<string, unknown>, @Res() res: Response): Promise<void> {
    const set = await this.load(actor, id);
    const posted = (body.answers && typeof body.answers === 'object' ? body.answers : {}) as Record<string, unknown>;
    const textOf = (n: string) => (typeof posted[n] === 'string' ? (posted[n] as string).trim() : '');
    const existing = new Map<string, string>();
    for (const a of set.answers) for (const n of a.questions) existing.set(n, a.text);
    // Only new or changed answers are recorded: an unchanged answer is not replaced.
    const answers = set.questions
      .filter((q) => textOf(q.number) !== '' && textOf(q.number) !== existing.get(q.number))
      .map((q) => ({ questions: [q.number], text: textOf(q.number) }));
    const answeredOn = field(body, 'answeredOn');
    const { dto, errors } = await validated(RecordAnswersDto, {
      version: Number(field(body, 'version')),
      answers,
      ...(answeredOn ? { answeredOn } : {}),
    });
    let problems = errors.map((e) => (e.path === 'answers' ? { path: 'algemeen', message: 'Vul minstens één nieuw of gewijzigd antwoord in.' } : e));
    if (problems.length === 0) {
      try {
        await this.questions.recordAnswers(actor, set.id, dto);
        res.redirect(303, `/vragen/${set.id}`);
        return;
      } catch (error) {
        const shown = formErrorsOf(error);
        if (!shown) throw error;
        problems = shown;
      }
    }
    renderPage(res, 'pages/answers', this.answersModel(set, textOf, answeredOn, formErrors(problems, LABELS)), 400);
  }

  private answersModel(set: QuestionSetDto, textOf: (n: string) => string, answeredOn: string, errors: FormErrors) {
    return {
      title: `Antwoorden vastleggen: ${set.subject}`,
      set: setSummary(set, this.clock.today()),
      version: set.version,
      answeredOn,
      questions: set.questions.map((q) => ({ number: q.number, text: q.text, answer: textOf(q.number), id: `antwoord-${q.number}` })),
      errors,
    };
  }

  // ---- publication -----------------------------------------------------------------------

  @Get('publiceren')
  @WebRoles('clerk', 'admin')
  async publishForm(@CurrentActor() actor: Actor, @Param('id') id: string, @Res() res: Response): Promise<void> {
    const set = await this.load(actor, id);
    renderPage(res, 'pages/publish', this.publishModel(set, this.clock.today(), { byField: {}, summary: [] }));
  }

  @Post('publiceren')
  @WebRoles('clerk', 'admin')
  async publish(@CurrentActor() actor: Actor, @Param('id') id: string, @Body() body: Record<string, unknown>, @Res() res: Response): Promise<void> {
    const set = await this.load(actor, id);
    const publishedOn = field(body, 'publishedOn');
    const { dto, errors } = await validated(PublishQuestionSetDto, { version: Number(field(body, 'version')), ...(publishedOn ? { publishedOn } : {}) });
    let problems = errors;
    if (problems.length === 0) {
      try {
        await this.questions.publishAnswers(actor, set.id, dto);
        res.redirect(303, `/vragen/${set.id}`);
        return;
      } catch (error) {
        const shown = formErrorsOf(error);
        if (!shown) throw error;
        problems = shown;
      }
    }
    renderPage(res, 'pages/publish', this.publishModel(set, publishedOn, formErrors(problems, LABELS)), 400);
  }

  private publishModel(set: QuestionSetDto, publishedOn: string, errors: FormErrors) {
    return { title: `Publiceren: ${set.subject}`, set: setSummary(set, this.clock.today()), version: set.version, publishedOn, errors };
  }

  // ---- following -------------------------------------------------------------------------

  /** A logged-in user follows with the account's address; a visitor confirms an address by mail first. */
  @Post('volgen')
  async follow(@CurrentActor() actor: Actor, @Param('id') id: string, @Body() body: Record<string, unknown>, @Res() res: Response): Promise<void> {
    const set = await this.load(actor, id);
    const email = res.locals.me?.email ?? field(body, 'email');
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
      renderPage(res, 'pages/message', { title: 'Volgen', heading: 'Volgen niet gelukt', text: 'Vul een geldig e-mailadres in.', back: `/vragen/${set.id}` }, 400);
      return;
    }
    const result = await this.follows.follow(actor, set.id, email);
    const text = `${result.message} Berichten gaan naar ${email}.`;
    renderPage(res, 'pages/message', { title: 'Volgen', heading: 'Volgen', text, back: `/vragen/${set.id}` });
  }
}
