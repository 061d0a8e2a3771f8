import { ApiProperty, PartialType, PickType } from '@nestjs/swagger';
import {
  IsBoolean,
  IsIn,
  IsEmail,
  IsInt,
  IsISO8601,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
} from 'class-validator';
import { ANSWER_TERM_UNITS } from '../../deadlines';
import type { AnswerTermUnit } from '../municipality.entity';

export class CreateMunicipalityDto {
  /** Name as the municipality writes it: `Amersfoort`. */
  @IsString()
  @IsNotEmpty()
  @MaxLength(120)
  name: string;

  /** URL name: lower case, digits and dashes: `amersfoort`, `sudwest-fryslan`. */
  @IsString()
  @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'mag alleen kleine letters, cijfers en streepjes bevatten' })
  slug: string;

  /** Answer term amount (RvO): 30 in the VNG model. */
  @IsInt()
  @Min(1)
  @Max(365)
  answerTermAmount: number;

  /** `days` (kalenderdagen), `weeks` or `workingDays` (werkdagen: no weekends, Dutch public holidays). A recess pauses each. */
  @ApiProperty({ enum: ANSWER_TERM_UNITS })
  @IsIn(ANSWER_TERM_UNITS, { message: 'moet days, weeks of workingDays zijn' })
  answerTermUnit: AnswerTermUnit;

  /** Default `artikel 40 RvO`. */
  @IsOptional()
  @IsString()
  @MaxLength(200)
  legalBasis?: string;

  /** Registered questions are public at once, answers under embargo until publication (default true). */
  @IsOptional()
  @IsBoolean()
  questionsPublic?: boolean;

  /** Days before a due date the college office gets a reminder (default 5; 0: on the due date itself). */
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(60)
  reminderDaysBefore?: number;

  /** One address for the reminders (the college office); empty: the municipality's college web accounts. */
  @IsOptional()
  @ValidateIf((_o, v) => v !== null)
  @IsEmail({}, { message: 'moet een geldig e-mailadres zijn' })
  @MaxLength(254)
  reminderEmail?: string | null;
}

export class UpdateMunicipalityDto extends PartialType(
  PickType(CreateMunicipalityDto, [
    'name',
    'answerTermAmount',
    'answerTermUnit',
    'legalBasis',
    'questionsPublic',
    'reminderDaysBefore',
    'reminderEmail',
  ] as const),
) {
  /** The version you read; a stale one answers 409. */
  @IsInt()
  version: number;
}

export class MunicipalityDto {
  id: number;
  slug: string;
  name: string;
  answerTermAmount: number;
  @ApiProperty({ enum: ANSWER_TERM_UNITS })
  answerTermUnit: AnswerTermUnit;
  /** The term in Dutch: `20 dagen`, `15 werkdagen`. */
  answerTerm: string;
  legalBasis: string;
  questionsPublic: boolean;
  /** Days before a due date the college office is reminded. */
  reminderDaysBefore: number;
  /** The reminder address; shown only to the municipality's griffie and admins (null otherwise or when unset). */
  reminderEmail: string | null;
  version: number;
}

export class CreateRecessDto {
  /** As the council calls it: `zomerreces 2025`. */
  @IsString()
  @IsNotEmpty()
  @MaxLength(80)
  name: string;

  /** First day of the recess (ISO date). */
  @IsISO8601({ strict: true }, { message: 'moet een datum zijn (JJJJ-MM-DD)' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'moet een datum zijn (JJJJ-MM-DD)' })
  startsOn: string;

  /** Last day of the recess (ISO date), on or after `startsOn`. */
  @IsISO8601({ strict: true }, { message: 'moet een datum zijn (JJJJ-MM-DD)' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'moet een datum zijn (JJJJ-MM-DD)' })
  endsOn: string;
}

export class RecessDto {
  id: number;
  name: string;
  startsOn: string;
  endsOn: string;
  /** Calendar days, both ends included. */
  days: number;
}
