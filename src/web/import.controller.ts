import { Body, Controller, Get, Param, Post, Req, Res, UploadedFile, UseGuards, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiExcludeController } from '@nestjs/swagger';
import { InjectRepository } from '@nestjs/typeorm';
import type { Response } from 'express';
import { LessThan, Repository } from 'typeorm';
import type { Actor } from '../auth/actor';
import { CurrentActor } from '../auth/actor.guard';
import { Clock } from '../common/clock';
import { DomainError, DomainValidationError, FieldError, NotFoundError } from '../common/domain-errors';
import { describeDeadline, formatDutchDate, isValidIsoDate } from '../deadlines';
import { ImportPreviewDto } from '../import/dto/import.dto';
import { ImportService } from '../import/import.service';
import { IMPORT_MULTER_OPTIONS, ImportUploadGate } from '../import/upload';
import { StagedUpload } from './staged-upload.entity';
import { documentLabel, formErrors, FormErrors } from './view-models';
import { field, renderPage } from './web-helpers';
import { WebRoles } from './web-roles';
import { assertCsrf, CsrfCheckedInHandler, WebSessionGuard } from './web-session.guard';
import type { WebRequest } from './web-session.guard';

const LABELS: Record<string, string> = {
  subject: 'Onderwerp',
  reference: 'Registratienummer',
  party: 'Fractie',
  portfolioHolder: 'Portefeuillehouder',
  receivedOn: 'Datum van ontvangst',
  answeredOn: 'Datum van beantwoording',
  status: 'Status',
  publishedOn: 'Publicatiedatum',
  file: 'Bestand',
  algemeen: '',
};

const EDITABLE = [
  'subject',
  'reference',
  'party',
  'portfolioHolder',
  'receivedOn',
  'answeredOn',
  'publishedOn',
] as const;

/**
 * The griffie's import: upload, a preview with the parser's warnings and editable fields, then
 * confirm. The upload waits in PostgreSQL between the two steps, bound to the session.
 */
@ApiExcludeController()
@Controller('beheer/import')
@UseGuards(WebSessionGuard)
@WebRoles('clerk', 'admin')
export class ImportPagesController {
  constructor(
    private readonly imports: ImportService,
    @InjectRepository(StagedUpload) private readonly uploads: Repository<StagedUpload>,
    private readonly clock: Clock,
  ) {}

  @Get()
  uploadForm(@Res() res: Response): void {
    renderPage(res, 'pages/import-upload', { title: 'Document importeren', errors: { byField: {}, summary: [] } });
  }

  @Post('voorbeeld')
  @CsrfCheckedInHandler()
  @UseInterceptors(ImportUploadGate, FileInterceptor('file', IMPORT_MULTER_OPTIONS))
  async preview(
    @CurrentActor() actor: Actor,
    @Req() req: WebRequest,
    @UploadedFile() file: Express.Multer.File | undefined,
    @Body() body: Record<string, unknown>,
    @Res() res: Response,
  ): Promise<void> {
    assertCsrf(req, body._csrf);
    if (!file || file.size === 0) {
      const errors = formErrors(
        [{ path: 'file', message: 'is verplicht: kies een PDF-, Word-, RTF- of tekstbestand' }],
        LABELS,
      );
      renderPage(res, 'pages/import-upload', { title: 'Document importeren', errors }, 400);
      return;
    }
    let preview: ImportPreviewDto;
    try {
      preview = await this.imports.previewDocument(actor, file.buffer, file.originalname);
    } catch (error) {
      if (!(error instanceof DomainError) || error.status >= 500 || error.status === 403) throw error;
      const errors = formErrors([{ path: 'file', message: error.message }], { ...LABELS, file: '' });
      renderPage(res, 'pages/import-upload', { title: 'Document importeren', errors }, error.status);
      return;
    }
    const sessionId = (req.webSession as { id: string }).id;
    // Uploads left behind (preview never confirmed) are removed after a day.
    await this.uploads.delete({ createdAt: LessThan(new Date(Date.now() - 24 * 3600 * 1000)) });
    const staged = await this.uploads.save(
      this.uploads.create({ sessionId, filename: file.originalname.slice(0, 255), bytes: file.buffer }),
    );
    renderPage(
      res,
      'pages/import-preview',
      this.previewModel(staged.id, preview, initialValues(preview), { byField: {}, summary: [] }),
    );
  }

  /** The griffie has checked an imported set's warnings: they leave its page. */
  @Post('meldingen/:id')
  async dismissWarnings(@CurrentActor() actor: Actor, @Param('id') rawId: string, @Res() res: Response): Promise<void> {
    const id = /^\d{1,9}$/.test(rawId) ? Number(rawId) : null;
    if (id === null) throw new NotFoundError(`Vragenset ${rawId}`);
    await this.imports.dismissImportReport(actor, id);
    res.redirect(303, `/vragen/${id}`);
  }

  @Post('bevestigen')
  async confirm(
    @CurrentActor() actor: Actor,
    @Req() req: WebRequest,
    @Body() body: Record<string, unknown>,
    @Res() res: Response,
  ): Promise<void> {
    const uploadId = field(body, 'upload');
    const sessionId = req.webSession?.id ?? '';
    const staged = /^[0-9a-f-]{36}$/.test(uploadId)
      ? await this.uploads.findOne({ where: { id: uploadId, sessionId } })
      : null;
    if (!staged) throw new NotFoundError('Deze upload (verlopen of van een andere sessie)');
    const bytes = Buffer.from(staged.bytes);
    const values: Record<string, string> = {};
    for (const name of [...EDITABLE, 'status']) values[name] = field(body, name);
    // The parser is deterministic: the preview is made again from the stored bytes, then the edits go
    // over it. The answer date the griffie entered is the commitments' reference (issue 19).
    const answeredOn = isValidIsoDate(values.answeredOn) ? values.answeredOn : null;
    const preview = await this.imports.previewDocument(actor, bytes, staged.filename, { answeredOn });
    if (field(body, 'actie') === 'herberekenen') {
      const documentsEdited = preview.documents.map((d, i) => {
        const edited = (body.documents as Record<string, { reference?: unknown }> | undefined)?.[String(i)]?.reference;
        return { ...d, reference: typeof edited === 'string' ? edited.trim() || null : d.reference };
      });
      const problems: FieldError[] =
        values.answeredOn !== '' && answeredOn === null
          ? [{ path: 'answeredOn', message: 'moet een datum zijn in de vorm JJJJ-MM-DD' }]
          : [];
      const model = this.previewModel(
        staged.id,
        { ...preview, documents: documentsEdited },
        values,
        formErrors(problems, LABELS),
      );
      renderPage(
        res,
        'pages/import-preview',
        {
          ...model,
          recomputed: problems.length === 0 ? (answeredOn ? formatDutchDate(answeredOn) : 'de gedrukte datum') : null,
        },
        problems.length > 0 ? 400 : 200,
      );
      return;
    }
    const documents = preview.documents.map((d, i) => {
      const edited = (body.documents as Record<string, { reference?: unknown }> | undefined)?.[String(i)]?.reference;
      return { ...d, reference: typeof edited === 'string' ? edited.trim() || null : d.reference };
    });
    const set = {
      municipality: preview.municipalitySlug,
      reference: values.reference || null,
      subject: values.subject || null,
      legalBasis: preview.legalBasis,
      party: values.party || null,
      submitters: preview.submitters,
      portfolioHolder: values.portfolioHolder || null,
      receivedOn: values.receivedOn || null,
      answeredOn: values.answeredOn || null,
      explanation: preview.explanation,
      introduction: preview.introduction,
      questions: preview.questions.map((q) => ({ number: q.number, text: q.text })),
      answers: preview.answers,
      documents,
      warnings: preview.warnings,
      status: values.status || null,
      publishedOn: values.status === 'published' ? values.publishedOn || null : null,
    };
    let problems: FieldError[];
    try {
      const result = await this.imports.commitImport(actor, bytes, staged.filename, set);
      await this.uploads.delete({ id: staged.id });
      res.redirect(303, `/vragen/${result.setId}`);
      return;
    } catch (error) {
      if (error instanceof DomainValidationError) problems = error.errors;
      else if (error instanceof DomainError && error.status === 409)
        problems = [{ path: 'algemeen', message: error.message }];
      else throw error;
    }
    const withDocs = { ...preview, documents };
    renderPage(
      res,
      'pages/import-preview',
      this.previewModel(staged.id, withDocs, values, formErrors(problems, LABELS)),
      400,
    );
  }

  private previewModel(
    uploadId: string,
    preview: ImportPreviewDto,
    values: Record<string, string>,
    errors: FormErrors,
  ) {
    const answerOf = new Map<string, string>();
    for (const a of preview.answers) for (const n of a.questions) answerOf.set(n, a.text);
    return {
      title: 'Voorvertoning import',
      uploadId,
      values,
      errors,
      warnings: preview.warnings,
      existing: preview.existing,
      municipality: preview.municipality ?? preview.municipalitySlug,
      submitters: preview.submitters.join(', '),
      questions: preview.questions.map((q) => ({
        number: q.number,
        text: q.text,
        answer: answerOf.get(q.number) ?? null,
      })),
      documents: preview.documents.map((d, i) => ({
        index: i,
        label: documentLabel(d as never),
        kind: d.kind,
        reference: d.reference ?? '',
        id: `veld-documents-${i}-reference`,
      })),
      // The product's Clock, like every other page: "over 3 weken" counts from the (test) clock's today.
      commitments: preview.commitments.map((c) => ({
        ...c,
        deadlineText: describeDeadline({ phrase: c.phrase, deadline: c.deadline }, this.clock.today()),
      })),
      statuses: [
        { value: 'registered', label: 'Geregistreerd (nog geen antwoorden)', selected: values.status === 'registered' },
        { value: 'answered', label: 'Beantwoord, nog niet gepubliceerd', selected: values.status === 'answered' },
        { value: 'published', label: 'Beantwoord en gepubliceerd', selected: values.status === 'published' },
      ],
    };
  }
}

function initialValues(preview: ImportPreviewDto): Record<string, string> {
  return {
    subject: preview.subject ?? '',
    reference: preview.reference ?? '',
    party: preview.party ?? '',
    portfolioHolder: preview.portfolioHolder ?? '',
    receivedOn: preview.receivedOn ?? '',
    answeredOn: preview.answeredOn ?? '',
    publishedOn: '',
    status: preview.answers.length > 0 ? 'answered' : 'registered',
  };
}
