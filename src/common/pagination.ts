import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Matches, Max, Min } from 'class-validator';

/** `?limit=&offset=&sort=` for every list (docs/api.md). */
export class PageQueryDto {
  /** Page size, 1–100. */
  @ApiPropertyOptional({ default: 20, minimum: 1, maximum: 100 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit: number = 20;

  @ApiPropertyOptional({ default: 0, minimum: 0 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  offset: number = 0;

  /** `field` ascending or `-field` descending. */
  @ApiPropertyOptional({ example: '-receivedOn' })
  @IsOptional()
  @IsString()
  @Matches(/^-?[a-zA-Z]+$/, { message: 'moet een veldnaam zijn, eventueel met - ervoor' })
  sort?: string;
}

export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}

/** Resolves `?sort=` against the fields a list allows; anything else is a validation error for the caller. */
export function parseSort(
  sort: string | undefined,
  allowed: Record<string, string>,
  fallback: string,
): { column: string; direction: 'ASC' | 'DESC' } | null {
  const raw = sort ?? fallback;
  const descending = raw.startsWith('-');
  const field = descending ? raw.slice(1) : raw;
  const column = allowed[field];
  if (!column) return null;
  return { column, direction: descending ? 'DESC' : 'ASC' };
}
