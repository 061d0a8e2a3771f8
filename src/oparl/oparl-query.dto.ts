import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsInt, IsISO8601, IsOptional, Max, Min } from 'class-validator';
import { toBoolean } from '../common/query-transforms';

/** OParl 1.1, 2.5: list filters (date-time), the page size a client asks for, and our page number. */
export class OparlListQueryDto {
  @ApiPropertyOptional({ minimum: 1, default: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  page: number = 1;

  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 100 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit: number = 100;

  @ApiPropertyOptional({ example: '2024-01-01T00:00:00+01:00' })
  @IsOptional()
  @IsISO8601({ strict: true })
  created_since?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsISO8601({ strict: true })
  created_until?: string;

  @ApiPropertyOptional({ description: 'Also lists deleted (withdrawn) objects, as OParl 1.1 requires.' })
  @IsOptional()
  @IsISO8601({ strict: true })
  modified_since?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsISO8601({ strict: true })
  modified_until?: string;

  @ApiPropertyOptional({ description: 'Leaves out the embedded lists (auxiliaryFile, membership).' })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  omit_internal?: boolean;
}

/** The filters that travel with every link of a list (OParl 1.1, 2.5: links keep the filters). */
export const OPARL_FILTERS = [
  'created_since',
  'created_until',
  'modified_since',
  'modified_until',
  'omit_internal',
] as const;
