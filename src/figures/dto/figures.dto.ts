import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Matches, Max, Min } from 'class-validator';

export class FiguresQueryDto {
  /** Municipality slug or id; default the caller's own, else the first alphabetically. */
  @IsOptional()
  @IsString()
  @Matches(/^[a-z0-9-]{1,80}$/, { message: 'moet een gemeente (slug of id) zijn' })
  municipality?: string;

  /** Calendar year; default the current year. */
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1990)
  @Max(2100)
  year?: number;
}

export class QuarterFiguresDto {
  /** `2025-K2`. */
  @ApiProperty()
  quarter: string;
  @ApiProperty()
  from: string;
  @ApiProperty()
  to: string;
  /** Sets answered in the quarter (by answer date). */
  @ApiProperty()
  answered: number;
  /** Median calendar days from receipt to answer of those sets; null without any. */
  @ApiProperty({ type: Number, nullable: true })
  medianAnswerDays: number | null;
  /** Of those, answered on or before the due date that applied. */
  @ApiProperty()
  answeredOnTime: number;
  /** answeredOnTime / answered (0–1, three decimals); null without answers. */
  @ApiProperty({ type: Number, nullable: true })
  onTimeShare: number | null;
  /** Postponement notices sent in the quarter. */
  @ApiProperty()
  postponements: number;
  /** Confirmed commitments with a deadline in the quarter. */
  @ApiProperty()
  commitments: number;
  /** Of those, still open. */
  @ApiProperty()
  openCommitments: number;
  /** Of those, open with the deadline passed. */
  @ApiProperty()
  overdueCommitments: number;
}

export class HolderFiguresDto {
  @ApiProperty()
  name: string;
  @ApiProperty({ type: () => [QuarterFiguresDto] })
  quarters: QuarterFiguresDto[];
}

export class FiguresMunicipalityDto {
  @ApiProperty()
  slug: string;
  @ApiProperty()
  name: string;
}

export class FiguresDto {
  @ApiProperty({ type: () => FiguresMunicipalityDto })
  municipality: FiguresMunicipalityDto;
  @ApiProperty()
  year: number;
  /** The day the overdue counts were computed for. */
  @ApiProperty()
  today: string;
  @ApiProperty({ type: () => [QuarterFiguresDto] })
  quarters: QuarterFiguresDto[];
  @ApiProperty({ type: () => [HolderFiguresDto] })
  portfolioHolders: HolderFiguresDto[];
}
