import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  Allow,
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsISO8601,
  IsOptional,
  IsString,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { DocumentInputDto } from '../../documents/dto/document.dto';
import { AnswerInputDto, QuestionInputDto } from '../../questions/dto/question-set.dto';

export const IMPORT_STATUSES = ['registered', 'answered', 'published'] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];

/**
 * The preview (docs/parse-output.md) as the griffie edited it, sent back as the `set`
 * form field of `POST /api/imports`. The preview's own extras (`sha256`, `existing`, `matches`,
 * `warnings`) and `commitments` may be sent back unchanged and are ignored: the hash is taken
 * from the uploaded bytes, and commitments are proposed again from the stored answers.
 */
export class ImportSetDto {
  /** Municipality slug or id (the form field `municipality` wins); the name as the parser printed it also works. */
  @IsOptional()
  @IsString()
  @MaxLength(120)
  municipality?: string | null;

  @IsOptional()
  @IsString()
  @MaxLength(60)
  reference?: string | null;

  /** Required in practice: a set without subject is stored as "Schriftelijke vragen". */
  @IsOptional()
  @IsString()
  @MaxLength(500)
  subject?: string | null;

  @IsOptional()
  @IsString()
  @MaxLength(200)
  legalBasis?: string | null;

  @IsOptional()
  @IsString()
  @MaxLength(120)
  party?: string | null;

  @IsOptional()
  @IsArray()
  @IsString({ each: true })
  @MaxLength(120, { each: true })
  @ArrayMaxSize(50)
  submitters?: string[];

  @IsOptional()
  @IsString()
  @MaxLength(120)
  portfolioHolder?: string | null;

  @IsOptional()
  @IsISO8601({ strict: true })
  receivedOn?: string | null;

  @IsOptional()
  @IsISO8601({ strict: true })
  answeredOn?: string | null;

  @IsOptional()
  @IsString()
  @MaxLength(50000)
  explanation?: string | null;

  @IsOptional()
  @IsString()
  @MaxLength(50000)
  introduction?: string | null;

  @ApiProperty({ type: [QuestionInputDto] })
  @IsArray()
  @ArrayMinSize(1, { message: 'moet minstens één vraag bevatten' })
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => QuestionInputDto)
  questions: QuestionInputDto[];

  @ApiPropertyOptional({ type: [AnswerInputDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => AnswerInputDto)
  answers?: AnswerInputDto[];

  @ApiPropertyOptional({ type: [DocumentInputDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => DocumentInputDto)
  documents?: DocumentInputDto[];

  /** `published` (with `publishedOn`, default the answer date) for archives; otherwise registered or answered by content. */
  @ApiPropertyOptional({ enum: IMPORT_STATUSES })
  @IsOptional()
  @IsIn(IMPORT_STATUSES)
  status?: ImportStatus | null;

  @IsOptional()
  @IsISO8601({ strict: true })
  publishedOn?: string | null;

  /** Ignored: commitments are proposed again from the stored answers. */
  @ApiPropertyOptional({ description: 'Ignored (re-proposed from the answers).' })
  @Allow()
  commitments?: unknown;

  /** The preview's messages for the griffie: stored with the set and shown on its page until dismissed (strings only). */
  @ApiPropertyOptional({ type: [String], description: 'Stored with the set; shown to the griffie until dismissed.' })
  @Allow()
  warnings?: unknown;

  /** Ignored (preview only). */
  @ApiPropertyOptional({ description: 'Ignored (preview only).' })
  @Allow()
  nearDuplicate?: unknown;

  /** Ignored: the hash is always computed from the uploaded bytes. */
  @ApiPropertyOptional({ description: 'Ignored: computed from the uploaded file.' })
  @Allow()
  sha256?: unknown;

  /** Ignored (preview only). */
  @ApiPropertyOptional({ description: 'Ignored (preview only).' })
  @Allow()
  existing?: unknown;

  /** Ignored (preview only). */
  @ApiPropertyOptional({ description: 'Ignored (preview only).' })
  @Allow()
  matches?: unknown;

  /** Ignored (preview only): send `municipality` to choose. */
  @ApiPropertyOptional({ description: 'Ignored (preview only).' })
  @Allow()
  municipalitySlug?: unknown;
}

/** Something in the municipality the preview found already stored ("bestaand"), or not (`id: null`, "nieuw"). */
export class NameMatchDto {
  name: string;
  /** Id of the stored party or person; null when the import would create it. */
  @ApiProperty({ type: Number, nullable: true })
  id: number | null;
}

export class DocumentMatchDto {
  /** Position in the preview's `documents`. */
  index: number;
  @ApiProperty({ type: Number, nullable: true })
  id: number | null;
}

export class ImportMatchesDto {
  @ApiProperty({ type: NameMatchDto, nullable: true })
  party: NameMatchDto | null;
  @ApiProperty({ type: NameMatchDto, nullable: true })
  portfolioHolder: NameMatchDto | null;
  @ApiProperty({ type: [NameMatchDto] })
  submitters: NameMatchDto[];
  /** One entry per preview document, in the same order. */
  @ApiProperty({ type: [DocumentMatchDto] })
  documents: DocumentMatchDto[];
}

export class ExistingSetDto {
  setId: number;
}

/** The parsed object of docs/parse-output.md plus what the preview needs to decide. */
export class ImportPreviewDto {
  @ApiProperty({ type: String, nullable: true })
  municipality: string | null;
  /** Slug of the municipality the set would be imported into. */
  municipalitySlug: string;
  @ApiProperty({ type: String, nullable: true })
  reference: string | null;
  @ApiProperty({ type: String, nullable: true })
  subject: string | null;
  @ApiProperty({ type: String, nullable: true })
  legalBasis: string | null;
  @ApiProperty({ type: String, nullable: true })
  party: string | null;
  submitters: string[];
  @ApiProperty({ type: String, nullable: true })
  portfolioHolder: string | null;
  @ApiProperty({ type: String, nullable: true })
  receivedOn: string | null;
  @ApiProperty({ type: String, nullable: true })
  answeredOn: string | null;
  @ApiProperty({ type: String, nullable: true })
  explanation: string | null;
  @ApiProperty({ type: String, nullable: true })
  introduction: string | null;
  @ApiProperty({
    type: 'array',
    items: { type: 'object', properties: { number: { type: 'string' }, text: { type: 'string' } } },
  })
  questions: { number: string; text: string }[];
  @ApiProperty({
    type: 'array',
    items: {
      type: 'object',
      properties: {
        questions: { type: 'array', items: { type: 'string' } },
        text: { type: 'string' },
        refersTo: { type: 'array', items: { type: 'string' } },
      },
    },
  })
  answers: { questions: string[]; text: string; refersTo: string[] }[];
  @ApiProperty({ type: [DocumentInputDto] })
  documents: DocumentInputDto[];
  @ApiProperty({
    type: 'array',
    items: {
      type: 'object',
      properties: {
        questions: { type: 'array', items: { type: 'string' } },
        sentence: { type: 'string' },
        phrase: { type: 'string' },
        deadline: { type: 'string', format: 'date' },
      },
    },
  })
  commitments: { questions: string[]; sentence: string; phrase: string; deadline: string }[];
  warnings: string[];
  /** SHA-256 (hex) of the uploaded bytes. */
  sha256: string;
  /** The set this very file was imported as before, or null. */
  @ApiProperty({ type: ExistingSetDto, nullable: true })
  existing: ExistingSetDto | null;
  /** A set imported from another file with the same text (a re-saved PDF, a Word export of it), or null. */
  @ApiProperty({ type: ExistingSetDto, nullable: true })
  nearDuplicate: ExistingSetDto | null;
  matches: ImportMatchesDto;
}

export class ImportReportDto {
  setId: number;
  /** The import's messages for the griffie, as shown in the preview. */
  warnings: string[];
  /** When the griffie dismissed them (ISO timestamp), or null while they are shown. */
  @ApiProperty({ type: String, nullable: true, format: 'date-time' })
  dismissedAt: string | null;
}

export class ImportResultDto {
  setId: number;
  /** false when the file (by its hash) had been imported before: nothing new was stored. */
  created: boolean;
}

/** OpenAPI schema of the multipart body of `POST /api/imports/preview`. */
export const PREVIEW_BODY_SCHEMA = {
  type: 'object',
  required: ['file'],
  properties: {
    file: { type: 'string', format: 'binary', description: '.txt, .pdf, .docx, .rtf or .eml; at most 20 MB' },
    municipality: { type: 'string', description: 'Municipality slug; defaults to your own (clerk)' },
    reference: {
      type: 'string',
      format: 'date',
      description: 'Reference date for time phrases when the document prints no answer date',
    },
    answeredOn: {
      type: 'string',
      format: 'date',
      description: 'The answer date as entered by the griffie: wins over the printed one, also for the commitments',
    },
  },
};

/** OpenAPI schema of the multipart body of `POST /api/imports`. */
export const COMMIT_BODY_SCHEMA = {
  type: 'object',
  required: ['file', 'set'],
  properties: {
    file: {
      type: 'string',
      format: 'binary',
      description: 'The same file as previewed; its hash identifies the import',
    },
    set: {
      type: 'string',
      description: 'JSON: the preview as edited (ImportSetDto), optionally with status "published" and publishedOn',
    },
    municipality: { type: 'string', description: 'Municipality slug; wins over set.municipality' },
  },
};
