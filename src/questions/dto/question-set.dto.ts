import { ApiProperty, ApiPropertyOptional, PartialType, PickType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { DocumentDto, DocumentInputDto } from '../../documents/dto/document.dto';
import { PageQueryDto } from '../../common/pagination';
import { toBoolean } from '../../common/query-transforms';
import { type IntakeStatus, QUESTION_SET_STATUSES, type QuestionSetStatus } from '../question-set.entity';

/** `1.a`, `1 a)`, `Vraag 1a:` → `1a`; anything else is left for the validator to refuse. */
export function normaliseNumber(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const cleaned = value
    .trim()
    .toLowerCase()
    .replace(/^vraag\s*/, '')
    .replace(/[\s.:)(]/g, '');
  return cleaned;
}

const NUMBER_PATTERN = /^\d{1,3}[a-z]?$/;
const NUMBER_MESSAGE = 'moet een vraagnummer zijn zoals 1, 1a of 12c';

export class QuestionInputDto {
  /** Printed `1`, `1.a`, `3b`; stored normalised: `1`, `1a`, `3b`. */
  @ApiProperty({ example: '1a' })
  @Transform(({ value }) => normaliseNumber(value))
  @IsString()
  @Matches(NUMBER_PATTERN, { message: NUMBER_MESSAGE })
  number: string;

  @IsString()
  @IsNotEmpty()
  @MaxLength(20000)
  text: string;
}

export class CreateQuestionSetDto {
  /** Municipality id or slug. */
  @IsString()
  @IsNotEmpty()
  municipality: string;

  /** `draft` (a party's draft) or `registered` (received by the griffie). */
  @ApiPropertyOptional({ enum: ['draft', 'registered'], default: 'registered' })
  @IsOptional()
  @IsIn(['draft', 'registered'])
  status?: 'draft' | 'registered';

  /** The griffie's registration number, unique per municipality. */
  @IsOptional()
  @IsString()
  @MaxLength(60)
  reference?: string | null;

  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  subject: string;

  /** Defaults to the municipality's legal basis (`artikel 40 RvO`). */
  @IsOptional()
  @IsString()
  @MaxLength(200)
  legalBasis?: string;

  /** The submitting fractie by name; created when new. */
  @IsOptional()
  @IsString()
  @MaxLength(120)
  party?: string | null;

  /** Councillors who signed, by printed name. */
  @IsOptional()
  @IsArray()
  @IsString({ each: true })
  @ArrayMaxSize(50)
  submitters?: string[];

  /** The alderman who answers (portefeuillehouder), by name. */
  @IsOptional()
  @IsString()
  @MaxLength(120)
  portfolioHolder?: string | null;

  @IsOptional()
  @IsString()
  @MaxLength(50000)
  explanation?: string | null;

  @IsOptional()
  @IsString()
  @MaxLength(50000)
  introduction?: string | null;

  /** Date received (registered sets); defaults to today. The answer term counts from it. */
  @IsOptional()
  @IsISO8601({ strict: true })
  receivedOn?: string;

  @IsArray()
  @ArrayMinSize(1, { message: 'moet minstens één vraag bevatten' })
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => QuestionInputDto)
  questions: QuestionInputDto[];

  /** Documents the set refers to (motions, council letters, …). */
  @IsOptional()
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => DocumentInputDto)
  documents?: DocumentInputDto[];
}

export class UpdateQuestionSetDto extends PartialType(
  PickType(CreateQuestionSetDto, [
    'reference',
    'subject',
    'legalBasis',
    'party',
    'submitters',
    'portfolioHolder',
    'explanation',
    'introduction',
    'questions',
    'documents',
  ] as const),
) {
  /** The version you read; a stale one answers 409. */
  @IsInt()
  version: number;

  /**
   * Corrects the date received (registered sets and later; not in the future, not after the answer
   * date). The due date is computed again from it with the municipality's term and recesses; a
   * postponement still replaces it.
   */
  @ApiPropertyOptional({ format: 'date', example: '2026-11-02' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'moet een datum zijn (JJJJ-MM-DD)' })
  @IsISO8601({ strict: true })
  receivedOn?: string;
}

export class VersionedDto {
  /** The version you read; a stale one answers 409. */
  @IsInt()
  version: number;
}

export class RegisterQuestionSetDto extends VersionedDto {
  /** Defaults to today. */
  @IsOptional()
  @IsISO8601({ strict: true })
  receivedOn?: string;

  @IsOptional()
  @IsString()
  @MaxLength(60)
  reference?: string;
}

export class AcceptIntakeDto extends VersionedDto {
  /** The griffie's registration number, unique in the municipality. */
  @IsOptional()
  @IsString()
  @MaxLength(60)
  reference?: string;

  /** Portfolio holder (alderman) by name or id. */
  @IsOptional()
  @IsString()
  @MaxLength(200)
  portfolioHolder?: string;
}

export class ReturnToFractieDto extends VersionedDto {
  /** Why the griffie does not register it (shown to the fractie on its draft). */
  @IsString()
  @IsNotEmpty()
  @MaxLength(5000)
  reason: string;
}

export class PostponeQuestionSetDto extends VersionedDto {
  /** Why the answer is late (the reasoned notice of the RvO). */
  @IsString()
  @IsNotEmpty()
  @MaxLength(5000)
  reason: string;

  @IsISO8601({ strict: true })
  newDueOn: string;

  /** Date of the notice; defaults to today. */
  @IsOptional()
  @IsISO8601({ strict: true })
  sentOn?: string;
}

export class AnswerInputDto {
  /** The questions this answer covers: `["1c", "1d"]`. */
  @IsArray()
  @ArrayMinSize(1, { message: 'moet minstens één vraagnummer bevatten' })
  @Transform(({ value }) => (Array.isArray(value) ? value.map(normaliseNumber) : value))
  @Matches(NUMBER_PATTERN, { each: true, message: NUMBER_MESSAGE })
  questions: string[];

  @IsString()
  @IsNotEmpty()
  @MaxLength(50000)
  text: string;

  /** Question numbers this answer points to (`zie vraag 1b`). */
  @IsOptional()
  @IsArray()
  @Transform(({ value }) => (Array.isArray(value) ? value.map(normaliseNumber) : value))
  @Matches(NUMBER_PATTERN, { each: true, message: NUMBER_MESSAGE })
  refersTo?: string[];

  @IsOptional()
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => DocumentInputDto)
  documents?: DocumentInputDto[];
}

export class RecordAnswersDto extends VersionedDto {
  @IsArray()
  @ArrayMinSize(1, { message: 'moet minstens één antwoord bevatten' })
  @ValidateNested({ each: true })
  @Type(() => AnswerInputDto)
  answers: AnswerInputDto[];

  /** Letter date of the answer; defaults to today. */
  @IsOptional()
  @IsISO8601({ strict: true })
  answeredOn?: string;

  /** The college's introduction before the answers. */
  @IsOptional()
  @IsString()
  @MaxLength(50000)
  introduction?: string;

  /** Close the set although questions are left open, with the reason. */
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  closeReason?: string;
}

export class PublishQuestionSetDto extends VersionedDto {
  /** Defaults to today. */
  @IsOptional()
  @IsISO8601({ strict: true })
  publishedOn?: string;
}

export class WithdrawQuestionSetDto extends VersionedDto {
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  reason?: string;
}

export class CorrectAnswerDto {
  @IsString()
  @IsNotEmpty()
  @MaxLength(50000)
  text: string;

  /** Why the published answer changes; shown with the original text. */
  @IsString()
  @IsNotEmpty()
  @MaxLength(5000)
  reason: string;

  /** The answer's version you read. */
  @IsInt()
  version: number;
}

export class QuestionSetsQueryDto extends PageQueryDto {
  /** Municipality id or slug. */
  @IsOptional()
  @IsString()
  municipality?: string;

  /** Party id or name. */
  @IsOptional()
  @IsString()
  party?: string;

  @ApiPropertyOptional({ enum: QUESTION_SET_STATUSES })
  @IsOptional()
  @IsIn(QUESTION_SET_STATUSES)
  status?: QuestionSetStatus;

  /** Portfolio holder id or name. */
  @IsOptional()
  @IsString()
  portfolioHolder?: string;

  /** Year the set was received. */
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  year?: number;

  /** Only sets past their due date and not answered (`true`), or only the others (`false`). */
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  overdue?: boolean;

  /** Only sets due before this date (open sets). */
  @IsOptional()
  @IsISO8601({ strict: true })
  dueBefore?: string;

  /** Only sets that name this document (id). */
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  document?: number;

  /** Received on or after this date. */
  @IsOptional()
  @IsISO8601({ strict: true })
  receivedFrom?: string;

  /** Received on or before this date. */
  @IsOptional()
  @IsISO8601({ strict: true })
  receivedTo?: string;

  /** Due on or after this date (any status). */
  @IsOptional()
  @IsISO8601({ strict: true })
  dueFrom?: string;

  /** Due on or before this date (any status). */
  @IsOptional()
  @IsISO8601({ strict: true })
  dueTo?: string;

  /** Only sets answered after their due date (`true`), or only the others (`false`). */
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  answeredLate?: boolean;

  /** `pending`: fractie submissions the griffie has not registered yet (the intake). */
  @IsOptional()
  @IsIn(['pending'])
  intake?: 'pending';

  /** Words in the reference, subject or question texts (all must occur, accents and case ignored). */
  @IsOptional()
  @IsString()
  @MaxLength(200)
  text?: string;
}

export class QuestionDto {
  number: string;
  text: string;
}

export class AnswerCorrectionDto {
  previousText: string;
  reason: string;
  correctedOn: string;
}

export class AnswerDto {
  id: number;
  /** Normalised numbers of the questions it answers. */
  questions: string[];
  text: string;
  refersTo: string[];
  corrections: AnswerCorrectionDto[];
  documents: DocumentDto[];
  version: number;
}

export class PostponementDto {
  reason: string;
  sentOn: string;
  newDueOn: string;
}

export class NamedRefDto {
  id: number;
  name: string;
}

export class MunicipalityRefDto {
  id: number;
  slug: string;
  name: string;
}

export class QuestionSetDto {
  id: number;
  municipality: MunicipalityRefDto;
  reference: string | null;
  subject: string;
  legalBasis: string;
  party: NamedRefDto | null;
  submitters: string[];
  portfolioHolder: NamedRefDto | null;
  explanation: string | null;
  introduction: string | null;
  @ApiProperty({ enum: QUESTION_SET_STATUSES })
  status: QuestionSetStatus;
  receivedOn: string | null;
  dueOn: string | null;
  /** How the due date was computed: "30 dagen na ontvangst op 3 juni 2025, plus 42 dagen zomerreces (…)"; null for sets older than this field. */
  dueExplanation: string | null;
  /** Derived: due date passed and not answered. */
  overdue: boolean;
  /** `pending` while a fractie's submission waits for the griffie's intake, `accepted` after; null for sets the griffie entered. */
  @ApiProperty({ enum: ['pending', 'accepted'], nullable: true })
  intakeStatus: IntakeStatus | null;
  /** The griffie's note when it sent the submission back to the fractie. */
  intakeNote: string | null;
  /** Derived: answered after the due date that applied (the term, or the latest postponement's date). */
  answeredLate: boolean;
  /** Days between the due date and the answer when answered late, else null. */
  daysLate: number | null;
  answeredOn: string | null;
  publishedOn: string | null;
  withdrawnOn: string | null;
  closedReason: string | null;
  questions: QuestionDto[];
  /** Empty while embargoed for the caller (see `answersEmbargoed`). */
  answers: AnswerDto[];
  /** True when the set has answers the caller may not see yet. */
  answersEmbargoed: boolean;
  documents: DocumentDto[];
  postponements: PostponementDto[];
  /** Filled by the commitments module: the commitments the caller may see. */
  commitments: unknown[];
  version: number;
  createdAt: string;
  updatedAt: string;
}
