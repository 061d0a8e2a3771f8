import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsEmail,
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
import { PageQueryDto } from '../../common/pagination';
import { toBoolean } from '../../common/query-transforms';
import { DocumentDto, DocumentInputDto } from '../../documents/dto/document.dto';
import { normaliseNumber } from '../../questions/dto/question-set.dto';
import { COMMITMENT_STATUSES, type CommitmentSource, type CommitmentStatus } from '../commitment.entity';

export type CommitmentOrigin = 'answer' | 'meeting';
export const COMMITMENT_ORIGINS: CommitmentOrigin[] = ['answer', 'meeting'];

/** Filters shared by the list, the CSV export, the print page. */
export class CommitmentFilterDto extends PageQueryDto {
  /** Municipality id or slug. */
  @IsOptional()
  @IsString()
  municipality?: string;

  @ApiPropertyOptional({ enum: COMMITMENT_STATUSES })
  @IsOptional()
  @IsIn(COMMITMENT_STATUSES)
  status?: CommitmentStatus;

  /** Portfolio holder id or name. */
  @IsOptional()
  @IsString()
  portfolioHolder?: string;

  /** Party id or name (to whom it was promised). */
  @IsOptional()
  @IsString()
  party?: string;

  /** `true`: open with the deadline passed; `false`: the others. */
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  overdue?: boolean;

  /** Deadline on or after this date. */
  @IsOptional()
  @IsISO8601({ strict: true })
  dueFrom?: string;

  /** Deadline on or before this date. */
  @IsOptional()
  @IsISO8601({ strict: true })
  dueTo?: string;

  /** Only the commitments of this question set. */
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  questionSet?: number;

  /** Where it was made: `answer` (a written answer of a question set) or `meeting` (a council or committee meeting). */
  @ApiPropertyOptional({ enum: COMMITMENT_ORIGINS })
  @IsOptional()
  @IsIn(COMMITMENT_ORIGINS)
  source?: CommitmentOrigin;
}

/** The meeting a commitment was made in, as the minutes name it. */
export class MeetingInputDto {
  /** `Gemeenteraad`, `Commissie Ruimte`, … */
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @IsISO8601({ strict: true })
  date: string;
}

/**
 * Manual entry by the griffie: either for a question set (`questionSetId`), or made in a meeting
 * (`meeting`, with the municipality, portfolio holder and party chosen from the municipality's own).
 */
export class CreateCommitmentDto {
  /** The set whose answer holds the promise; leave out for a commitment made in a meeting. */
  @IsOptional()
  @IsInt()
  questionSetId?: number;

  /** The meeting it was made in; instead of `questionSetId`. The phrase resolves against its date. */
  @IsOptional()
  @ValidateNested()
  @Type(() => MeetingInputDto)
  meeting?: MeetingInputDto;

  /** Municipality id or slug, for a meeting commitment; the griffie's own when left out. */
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  municipality?: string;

  /** A person of the municipality (a wethouder or the burgemeester), for a meeting commitment. */
  @IsOptional()
  @IsInt()
  portfolioHolderId?: number;

  /** The fractie it was promised to, for a meeting commitment (optional). */
  @IsOptional()
  @IsInt()
  partyId?: number;

  /** A date instead of (or to pin down) the phrase: the deadline as agreed. */
  @IsOptional()
  @IsISO8601({ strict: true })
  deadline?: string;

  @IsString()
  @IsNotEmpty()
  @MaxLength(5000)
  sentence: string;

  /** The time phrase as promised (`voor de zomer`); resolved against the answer date. */
  @IsOptional()
  @IsString()
  @MaxLength(200)
  phrase?: string | null;

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @Transform(({ value }) => (Array.isArray(value) ? value.map(normaliseNumber) : value))
  @Matches(/^\d{1,3}[a-z]?$/, { each: true, message: 'moet een vraagnummer zijn zoals 1, 1a of 12c' })
  questions?: string[];

  @IsOptional()
  @IsString()
  @MaxLength(5000)
  notes?: string | null;
}

export class UpdateCommitmentDto {
  @IsInt()
  version: number;

  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(5000)
  sentence?: string;

  /** New phrase; re-resolved against the answer date. null removes it ("geen termijn"). */
  @IsOptional()
  @IsString()
  @MaxLength(200)
  phrase?: string | null;

  @IsOptional()
  @IsString()
  @MaxLength(5000)
  notes?: string | null;
}

export class CommitmentTransitionDto {
  /** The version you read; a stale one answers 409. */
  @IsInt()
  version: number;

  @IsOptional()
  @IsString()
  @MaxLength(5000)
  notes?: string;
}

export class FulfilCommitmentDto extends CommitmentTransitionDto {
  /** The document that fulfilled it (e.g. a raadsinformatiebrief), of the same municipality. */
  @IsOptional()
  @IsInt()
  documentId?: number;

  /** Or a document not registered yet (a new raadsinformatiebrief): found or created in the same transaction. */
  @IsOptional()
  @ValidateNested()
  @Type(() => DocumentInputDto)
  document?: DocumentInputDto;

  /** true: partially fulfilled. */
  @IsOptional()
  @IsBoolean()
  partial?: boolean;
}

export class CommitmentVersionDto {
  @IsInt()
  id: number;

  /** The version you read; one stale version rolls the whole request back (409). */
  @IsInt()
  version: number;
}

/** Confirm or dismiss several proposals at once, in one transaction. */
export class BulkCommitmentActionDto {
  @IsIn(['confirm', 'dismiss'])
  action: 'confirm' | 'dismiss';

  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => CommitmentVersionDto)
  items: CommitmentVersionDto[];
}

export class MeetingDto {
  name: string;
  date: string;
}

export class PeriodDto {
  start: string;
  end: string;
}

export class RefDto {
  id: number;
  name: string;
}

export class CommitmentDto {
  id: number;
  version: number;
  /** Municipality slug. */
  municipality: string;
  municipalityId: number;
  /** null for a commitment made in a meeting. */
  questionSetId: number | null;
  questionSetSubject: string | null;
  /** The meeting it was made in, for `source` `meeting`; else null. */
  meeting: MeetingDto | null;
  answerId: number | null;
  /** Question numbers; [] for the college's introduction. */
  questions: string[];
  sentence: string;
  phrase: string | null;
  period: PeriodDto | null;
  precision: string | null;
  relation: string | null;
  approximate: boolean;
  /** ISO date, or null ("geen termijn"). */
  deadline: string | null;
  referenceDate: string;
  @ApiProperty({ enum: COMMITMENT_STATUSES })
  status: CommitmentStatus;
  statusLabel: string;
  statusChangedOn: string | null;
  /** Derived: open and the deadline passed. */
  overdue: boolean;
  /** `rond april 2025 · uiterlijk 30 april 2025 · over 3 weken` */
  display: string;
  portfolioHolder: RefDto | null;
  party: RefDto | null;
  fulfilledBy: DocumentDto | null;
  notes: string | null;
  /** `proposal` (found in an answer), `manual` (entered for a set), `meeting` (made in a meeting). */
  @ApiProperty({ enum: ['proposal', 'manual', 'meeting'] })
  source: CommitmentSource;
  createdAt: string;
  updatedAt: string;
}

export class BulkCommitmentResultDto {
  /** The commitments as they are after the action, in the order sent. */
  @ApiProperty({ type: () => [CommitmentDto] })
  items: CommitmentDto[];
}

/** Counts over the same filters as the list, for the register's header. */
export class CommitmentCountsDto {
  total: number;
  /** Per status, over the filters except `status` (so every tab shows its number). */
  @ApiProperty({ type: 'object', additionalProperties: { type: 'integer' }, example: { open: 3, proposed: 2 } })
  byStatus: Record<string, number>;
  /** Open with the deadline passed, over all filters. */
  overdue: number;
}

export class CreateIcalFeedDto {
  /** Municipality id or slug. */
  @IsString()
  @IsNotEmpty()
  municipality: string;

  /** Portfolio holder id or name: only their dates. */
  @IsOptional()
  @IsString()
  portfolioHolder?: string;
}

export class IcalQueryDto {
  @IsOptional()
  @IsString()
  portfolioHolder?: string;
}

export class FollowSetDto {
  @IsEmail({}, { message: 'moet een geldig e-mailadres zijn' })
  @MaxLength(320)
  email: string;
}

export class CreateSubscriptionDto {
  @IsEmail({}, { message: 'moet een geldig e-mailadres zijn' })
  @MaxLength(320)
  email: string;

  /** Municipality id or slug. */
  @IsString()
  @IsNotEmpty()
  municipality: string;

  /** Whose view the digest shows. */
  @IsIn(['clerk', 'executive', 'party', 'public'])
  role: 'clerk' | 'executive' | 'party' | 'public';

  @IsOptional()
  @IsString()
  portfolioHolder?: string;

  @IsOptional()
  @IsString()
  party?: string;
}

export class TokenQueryDto {
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  token: string;
}
