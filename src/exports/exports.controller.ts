import { Controller, Get, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Actor } from '../auth/actor';
import { CurrentActor } from '../auth/actor.guard';
import { CommitmentsService } from '../commitments/commitments.service';
import { COMMITMENT_CSV_COLUMNS } from '../commitments/export-csv';
import { CsvColumn, csvHeader, csvRow } from '../common/csv';
import { DocumentsService } from '../documents/documents.service';
import { QuestionsService } from '../questions/questions.service';
import { DOCUMENT_CSV_COLUMNS, QUESTION_SET_CSV_COLUMNS } from './export-columns';

/** Rows per database page: a page is read, written and let go, so memory stays flat for any archive. */
export const EXPORT_BATCH = 100;

type Format = 'jsonl' | 'csv';

/**
 * Most characters handed to the response at once. A batch used to leave as one string (~6 MB for
 * 100 sets), which V8 allocates straight in its old generation; pieces of 32 KB are ordinary
 * young objects. (The RSS growth of a dump is mostly garbage V8 collects lazily: docs/api.md.)
 */
const CHUNK_CHARS = 32 * 1024;

/** Lines of the dump in pieces of about CHUNK_CHARS: JSON Lines, or CSV with its header first. */
async function* lines<T>(batches: AsyncIterable<T[]>, format: Format, columns: CsvColumn<T>[]): AsyncGenerator<string> {
  if (format === 'csv') yield csvHeader(columns);
  for await (const batch of batches) {
    let chunk = '';
    // Each row is let go once written, so a batch's objects are not kept while its pieces wait on the client.
    const rows = batch as (T | undefined)[];
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i] as T;
      rows[i] = undefined;
      chunk += format === 'csv' ? csvRow(columns, row) : `${JSON.stringify(row)}\n`;
      if (chunk.length >= CHUNK_CHARS) {
        yield chunk;
        chunk = '';
      }
    }
    if (chunk !== '') yield chunk;
  }
}

/**
 * Bulk dumps of the whole archive (open data): streamed from keyset pages, never held whole.
 * Each shows what the caller may see: the public's view without credentials, more with a token.
 */
@ApiTags('exports')
@ApiBearerAuth()
@Controller('api/exports')
export class ExportsController {
  constructor(
    private readonly questions: QuestionsService,
    private readonly commitments: CommitmentsService,
    private readonly documents: DocumentsService,
  ) {}

  @Get('question-sets.jsonl')
  @ApiProduces('application/jsonl')
  @ApiOperation({
    summary: 'Every visible question set, one JSON object per line (the shape of GET /api/question-sets/:id).',
  })
  questionSetsJsonl(@CurrentActor() actor: Actor, @Res() response: Response): Promise<void> {
    return this.send(response, 'question-sets', 'jsonl', this.questions.streamQuestionSets(actor, EXPORT_BATCH), []);
  }

  @Get('question-sets.csv')
  @ApiProduces('text/csv')
  @ApiOperation({ summary: 'Every visible question set, one row per set (`;`, UTF-8 with BOM, Dutch headers).' })
  questionSetsCsv(@CurrentActor() actor: Actor, @Res() response: Response): Promise<void> {
    const batches = this.questions.streamQuestionSets(actor, EXPORT_BATCH);
    return this.send(response, 'vragensets', 'csv', batches, QUESTION_SET_CSV_COLUMNS);
  }

  @Get('commitments.jsonl')
  @ApiProduces('application/jsonl')
  @ApiOperation({ summary: 'Every visible commitment (toezegging), one JSON object per line.' })
  commitmentsJsonl(@CurrentActor() actor: Actor, @Res() response: Response): Promise<void> {
    return this.send(response, 'commitments', 'jsonl', this.commitments.streamCommitments(actor, EXPORT_BATCH), []);
  }

  @Get('commitments.csv')
  @ApiProduces('text/csv')
  @ApiOperation({ summary: 'Every visible commitment, with the columns of GET /api/commitments.csv.' })
  commitmentsCsv(@CurrentActor() actor: Actor, @Res() response: Response): Promise<void> {
    const batches = this.commitments.streamCommitments(actor, EXPORT_BATCH);
    return this.send(response, 'toezeggingen', 'csv', batches, COMMITMENT_CSV_COLUMNS);
  }

  @Get('documents.jsonl')
  @ApiProduces('application/jsonl')
  @ApiOperation({ summary: 'Every document (public record), one JSON object per line.' })
  documentsJsonl(@Res() response: Response): Promise<void> {
    return this.send(response, 'documents', 'jsonl', this.documents.streamDocuments(EXPORT_BATCH), []);
  }

  @Get('documents.csv')
  @ApiProduces('text/csv')
  @ApiOperation({ summary: 'Every document (public record), one row per document.' })
  documentsCsv(@Res() response: Response): Promise<void> {
    return this.send(response, 'documenten', 'csv', this.documents.streamDocuments(EXPORT_BATCH), DOCUMENT_CSV_COLUMNS);
  }

  private async send<T>(
    response: Response,
    name: string,
    format: Format,
    batches: AsyncIterable<T[]>,
    columns: CsvColumn<T>[],
  ): Promise<void> {
    response.type(format === 'csv' ? 'text/csv; charset=utf-8' : 'application/jsonl; charset=utf-8');
    response.setHeader('Content-Disposition', `attachment; filename="${name}.${format}"`);
    // A failure after the first bytes cannot become a problem response: the stream is cut
    // off, so a client sees an incomplete download rather than a complete-looking one.
    // One piece read ahead at most (Readable.from's default is 16 chunks), so a slow client holds
    // back the database reads instead of filling memory.
    const source = Readable.from(lines(batches, format, columns), { highWaterMark: 1 });
    await pipeline(source, response).catch((error: unknown) => {
      if (!response.headersSent) throw error;
      response.destroy(error instanceof Error ? error : undefined);
    });
  }
}
