import { ApiProperty, PartialType, PickType } from '@nestjs/swagger';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
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

  @ApiProperty({ enum: ['days', 'weeks'] })
  @IsIn(['days', 'weeks'])
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
}

export class UpdateMunicipalityDto extends PartialType(
  PickType(CreateMunicipalityDto, [
    'name',
    'answerTermAmount',
    'answerTermUnit',
    'legalBasis',
    'questionsPublic',
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
  @ApiProperty({ enum: ['days', 'weeks'] })
  answerTermUnit: AnswerTermUnit;
  legalBasis: string;
  questionsPublic: boolean;
  version: number;
}
