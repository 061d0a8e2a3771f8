import {
  Body,
  Controller,
  Get,
  HttpCode,
  HttpStatus,
  Param,
  ParseIntPipe,
  Post,
  Res,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import {
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiOkResponse,
  ApiNotFoundResponse,
  ApiOperation,
  ApiPayloadTooLargeResponse,
  ApiProduces,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { Actor } from '../auth/actor';
import { CurrentActor } from '../auth/actor.guard';
import { DomainValidationError } from '../common/domain-errors';
import {
  COMMIT_BODY_SCHEMA,
  ImportPreviewDto,
  ImportReportDto,
  ImportResultDto,
  PREVIEW_BODY_SCHEMA,
} from './dto/import.dto';
import { ImportService } from './import.service';
import { sendOriginal } from './original-download';
import { IMPORT_MULTER_OPTIONS, ImportUploadGate } from './upload';

/** Multipart text fields arrive as strings; anything else (a repeated field) is refused. */
interface ImportFormFields {
  municipality?: unknown;
  reference?: unknown;
  answeredOn?: unknown;
  set?: unknown;
}

function optionalField(fields: ImportFormFields | undefined, name: keyof ImportFormFields): string | null {
  const value = fields?.[name];
  if (value === undefined || value === '') return null;
  if (typeof value !== 'string') throw new DomainValidationError([{ path: name, message: 'moet één tekstveld zijn' }]);
  return value;
}

function requireFile(file: Express.Multer.File | undefined): Express.Multer.File {
  if (!file)
    throw new DomainValidationError([
      { path: 'file', message: 'is verplicht: kies een bestand (multipart-veld "file")' },
    ]);
  return file;
}

@ApiTags('imports')
@ApiBearerAuth()
@ApiForbiddenResponse({ description: 'Only the griffie (clerk) of the municipality, or an admin, imports.' })
@ApiPayloadTooLargeResponse({ description: 'The file is larger than 20 MB; nothing is stored.' })
@ApiUnprocessableEntityResponse({
  description:
    'The file cannot be read or is not a question set; the problem type ends in empty, corrupt, scanned, unsupported or not_a_question_set. Nothing is stored.',
})
@Controller('api/imports')
export class ImportController {
  constructor(private readonly imports: ImportService) {}

  @Post('preview')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    summary: 'Parse a document without storing anything',
    description:
      'Returns the parsed question set (docs/parse-output.md) plus sha256 of the file, `existing` when this file was imported before, and `matches`: which party, people and documents the municipality already has (id) or would get new (id null).',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: PREVIEW_BODY_SCHEMA })
  @ApiOkResponse({ type: ImportPreviewDto })
  @UseInterceptors(ImportUploadGate, FileInterceptor('file', IMPORT_MULTER_OPTIONS))
  preview(
    @CurrentActor() actor: Actor,
    @UploadedFile() file: Express.Multer.File | undefined,
    @Body() fields: ImportFormFields,
  ): Promise<ImportPreviewDto> {
    const upload = requireFile(file);
    return this.imports.previewDocument(actor, upload.buffer, upload.originalname, {
      municipality: optionalField(fields, 'municipality'),
      reference: optionalField(fields, 'reference'),
      answeredOn: optionalField(fields, 'answeredOn'),
    });
  }

  @Post()
  @ApiOperation({
    summary: 'Commit an import: the preview as edited by the griffie',
    description:
      'Stores the set in one transaction (201, created: true) as registered, answered (with answers) or published (status "published" with publishedOn). The hash is computed from the uploaded file; a file imported before answers 200 with that set (created: false).',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: COMMIT_BODY_SCHEMA })
  @ApiCreatedResponse({ type: ImportResultDto, description: 'The set was created.' })
  @ApiOkResponse({ type: ImportResultDto, description: 'This file had been imported before: its set.' })
  @UseInterceptors(ImportUploadGate, FileInterceptor('file', IMPORT_MULTER_OPTIONS))
  async commit(
    @CurrentActor() actor: Actor,
    @UploadedFile() file: Express.Multer.File | undefined,
    @Body() fields: ImportFormFields,
    @Res({ passthrough: true }) response: Response,
  ): Promise<ImportResultDto> {
    const upload = requireFile(file);
    const setField = optionalField(fields, 'set');
    if (setField === null)
      throw new DomainValidationError([{ path: 'set', message: 'is verplicht: de bewerkte voorvertoning als JSON' }]);
    const municipality = optionalField(fields, 'municipality');
    const edited = parseSetField(setField, municipality);
    const result = await this.imports.commitImport(actor, upload.buffer, upload.originalname, edited);
    response.status(result.created ? HttpStatus.CREATED : HttpStatus.OK);
    return result;
  }

  @Get('sets/:id/report')
  @ApiOperation({
    summary: "The import's warnings stored with a set",
    description: 'Shown to the griffie on the set page until dismissed. 404 when the set was not imported.',
  })
  @ApiOkResponse({ type: ImportReportDto })
  report(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number): Promise<ImportReportDto> {
    return this.imports.importReport(actor, id);
  }

  @Get('sets/:id/original')
  @ApiOperation({
    summary: 'The original file an imported set was made from',
    description:
      'The bytes as uploaded, with their content type and the uploaded filename as attachment. Visible where the set is (src/auth/visibility.ts); a file that holds answers follows their embargo (until publication only the griffie, the executive and admin of the municipality). Cache-Control no-store unless the set is published. 404 when the set was not imported or is not visible.',
  })
  @ApiProduces(
    'application/pdf',
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    'application/rtf',
    'text/plain',
    'message/rfc822',
    'application/octet-stream',
  )
  @ApiOkResponse({ description: 'The original file.', schema: { type: 'string', format: 'binary' } })
  @ApiNotFoundResponse({ description: 'No original file, or the set (or its answers) is not visible to the caller.' })
  async original(
    @CurrentActor() actor: Actor,
    @Param('id', ParseIntPipe) id: number,
    @Res() response: Response,
  ): Promise<void> {
    sendOriginal(response, await this.imports.originalFile(actor, id));
  }

  @Post('sets/:id/report/dismiss')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: "Dismiss the import's warnings of a set (the griffie has checked them)" })
  @ApiOkResponse({ type: ImportReportDto })
  dismiss(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number): Promise<ImportReportDto> {
    return this.imports.dismissImportReport(actor, id);
  }
}

/** The `set` JSON with the form's `municipality` field winning over the one inside. */
function parseSetField(json: string, municipality: string | null): unknown {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new DomainValidationError([{ path: 'set', message: `is geen geldige JSON (${reason})` }]);
  }
  if (municipality !== null && typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) {
    return { ...parsed, municipality };
  }
  return parsed;
}
