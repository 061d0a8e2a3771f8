import { Body, Controller, Get, Ip, Param, Post, Res, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import type { Actor } from '../auth/actor';
import { CurrentActor } from '../auth/actor.guard';
import { Clock } from '../common/clock';
import { FieldError, NotFoundError } from '../common/domain-errors';
import { FollowsService } from '../commitments/follow-up/follows.service';
import {
  PostponeQuestionSetDto,
  PublishQuestionSetDto,
  QuestionSetDto,
  RecordAnswersDto,
  UpdateQuestionSetDto,
} from '../questions/dto/question-set.dto';
import { QuestionsService } from '../questions/questions.service';
import {
  answerBlocks,
  answerFieldId,
  AnswersFormValues,
  answersToRecord,
  postedAnswersForm,
  storedAnswersForm,
} from './answers-form';
import { saveOrRerender, validated } from './form-submit';
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
    renderPage(
      res,
      'pages/postpone',
      this.postponeModel(set, { sentOn: this.clock.today(), reason: '', newDueOn: '' }, { byField: {}, summary: [] }),
    );
  }

  @Post('uitstel')
  @WebRoles('clerk', 'executive', 'admin')
  async postpone(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Body() body: Record<string, unknown>,
    @Res() res: Response,
  ): Promise<void> {
    const set = await this.load(actor, id);
    const values = { reason: field(body, 'reason'), newDueOn: field(body, 'newDueOn'), sentOn: field(body, 'sentOn') };
    const { dto, errors } = await validated(PostponeQuestionSetDto, {
      version: Number(field(body, 'version')),
      reason: values.reason,
      newDueOn: values.newDueOn,
      ...(values.sentOn ? { sentOn: values.sentOn } : {}),
    });
    await saveOrRerender(
      res,
      errors,
      () => this.questions.recordPostponement(actor, set.id, dto),
      `/vragen/${set.id}`,
      (problems) =>
        renderPage(res, 'pages/postpone', this.postponeModel(set, values, formErrors(problems, LABELS)), 400),
    );
  }

  private postponeModel(set: QuestionSetDto, values: Record<string, string>, errors: FormErrors) {
    return {
      title: `Uitstel melden: ${set.subject}`,
      set: setSummary(set, this.clock.today()),
      version: set.version,
      values,
      errors,
    };
  }

  // ---- answers ---------------------------------------------------------------------------

  @Get('antwoorden')
  @WebRoles('clerk', 'executive', 'admin')
  async answersForm(@CurrentActor() actor: Actor, @Param('id') id: string, @Res() res: Response): Promise<void> {
    const set = await this.load(actor, id);
    renderPage(
      res,
      'pages/answers',
      this.answersModel(set, storedAnswersForm(set, set.answeredOn ?? this.clock.today()), []),
    );
  }

  @Post('antwoorden')
  @WebRoles('clerk', 'executive', 'admin')
  async recordAnswers(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Body() body: Record<string, unknown>,
    @Res() res: Response,
  ): Promise<void> {
    const set = await this.load(actor, id);
    const values = postedAnswersForm(body, field(body, 'answeredOn'));
    const { answers, introduction, errors: formProblems } = answersToRecord(set, values);
    const version = Number(field(body, 'version'));
    const rerender = (problems: FieldError[]) =>
      renderPage(res, 'pages/answers', this.answersModel(set, values, problems), 400);
    if (answers.length === 0 && introduction !== undefined && formProblems.length === 0) {
      // Only the introduction changed: no answers to record, so it is saved as an edit of the set.
      const { dto, errors } = await validated(UpdateQuestionSetDto, { version, introduction });
      await saveOrRerender(
        res,
        errors,
        () => this.questions.updateQuestionSet(actor, set.id, dto),
        `/vragen/${set.id}`,
        rerender,
      );
      return;
    }
    const { dto, errors } = await validated(RecordAnswersDto, {
      version,
      answers,
      ...(values.answeredOn ? { answeredOn: values.answeredOn } : {}),
      ...(introduction !== undefined ? { introduction } : {}),
    });
    const problems = [
      ...formProblems,
      // The DTO numbers answers by position, not by question: shown above the form.
      ...errors.map((e) =>
        e.path === 'answers'
          ? { path: 'algemeen', message: 'Vul minstens één nieuw of gewijzigd antwoord in.' }
          : e.path.startsWith('answers.')
            ? { path: 'algemeen', message: `Antwoord: ${e.message}` }
            : e,
      ),
    ];
    await saveOrRerender(
      res,
      problems,
      () => this.questions.recordAnswers(actor, set.id, dto),
      `/vragen/${set.id}`,
      rerender,
    );
  }

  private answersModel(set: QuestionSetDto, values: AnswersFormValues, problems: FieldError[]) {
    const labels: Record<string, string> = { ...LABELS, introduction: 'Inleiding van het college' };
    for (const q of set.questions) {
      labels[`answers.${q.number}`] = `Antwoord op vraag ${q.number}`;
      labels[`sameAs.${q.number}`] = `Vraag ${q.number}:`;
    }
    const errors = formErrors(problems, labels, (path) => {
      const m = /^(answers|sameAs)\.(.+)$/.exec(path);
      if (!m) return `veld-${path}`;
      return m[1] === 'answers' ? answerFieldId(m[2]) : `${answerFieldId(m[2])}-zelfde`;
    });
    return {
      title: `Antwoorden vastleggen: ${set.subject}`,
      set: setSummary(set, this.clock.today()),
      version: set.version,
      answeredOn: values.answeredOn,
      introduction: values.introduction,
      questions: answerBlocks(set, values, errors.byField),
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
  async publish(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Body() body: Record<string, unknown>,
    @Res() res: Response,
  ): Promise<void> {
    const set = await this.load(actor, id);
    const publishedOn = field(body, 'publishedOn');
    const { dto, errors } = await validated(PublishQuestionSetDto, {
      version: Number(field(body, 'version')),
      ...(publishedOn ? { publishedOn } : {}),
    });
    await saveOrRerender(
      res,
      errors,
      () => this.questions.publishAnswers(actor, set.id, dto),
      `/vragen/${set.id}`,
      (problems) =>
        renderPage(res, 'pages/publish', this.publishModel(set, publishedOn, formErrors(problems, LABELS)), 400),
    );
  }

  private publishModel(set: QuestionSetDto, publishedOn: string, errors: FormErrors) {
    return {
      title: `Publiceren: ${set.subject}`,
      set: setSummary(set, this.clock.today()),
      version: set.version,
      publishedOn,
      errors,
    };
  }

  // ---- following -------------------------------------------------------------------------

  /** A logged-in user follows with the account's address; a visitor confirms an address by mail first. */
  @Post('volgen')
  async follow(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Body() body: Record<string, unknown>,
    @Ip() ip: string,
    @Res() res: Response,
  ): Promise<void> {
    const set = await this.load(actor, id);
    const email = res.locals.me?.email ?? field(body, 'email');
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
      renderPage(
        res,
        'pages/message',
        {
          title: 'Volgen',
          heading: 'Volgen niet gelukt',
          text: 'Vul een geldig e-mailadres in.',
          back: `/vragen/${set.id}`,
        },
        400,
      );
      return;
    }
    const result = await this.follows.follow(actor, set.id, email, ip);
    const text = `${result.message} Berichten gaan naar ${email}.`;
    renderPage(res, 'pages/message', { title: 'Volgen', heading: 'Volgen', text, back: `/vragen/${set.id}` });
  }
}
