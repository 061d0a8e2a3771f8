import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsNotEmpty, IsOptional, IsString, IsUrl, MaxLength } from 'class-validator';
import { PageQueryDto } from '../../common/pagination';
import { DOCUMENT_KINDS, type DocumentKind } from '../document.entity';

/** A document as named in a question set or answer; at least one of reference, title, url. */
export class DocumentInputDto {
  @ApiProperty({ enum: DOCUMENT_KINDS })
  @IsIn(DOCUMENT_KINDS)
  kind: DocumentKind;

  /** As printed: `2018-115M`, `2024-085`, `CVDR699462`. */
  @IsOptional()
  @IsString()
  @MaxLength(100)
  reference?: string | null;

  @IsOptional()
  @IsString()
  @MaxLength(500)
  title?: string | null;

  @IsOptional()
  @IsISO8601({ strict: true })
  date?: string | null;

  @IsOptional()
  @IsUrl({ require_protocol: true })
  url?: string | null;
}

export class CreateDocumentDto extends DocumentInputDto {
  /** Municipality id or slug. */
  @IsString()
  @IsNotEmpty()
  municipality: string;
}

export class DocumentsQueryDto extends PageQueryDto {
  @IsOptional()
  @IsString()
  municipality?: string;

  @ApiPropertyOptional({ enum: DOCUMENT_KINDS })
  @IsOptional()
  @IsIn(DOCUMENT_KINDS)
  kind?: DocumentKind;

  /** Part of the reference or title. */
  @IsOptional()
  @IsString()
  q?: string;
}

export class DocumentDto {
  id: number;
  municipalityId: number;
  @ApiProperty({ enum: DOCUMENT_KINDS })
  kind: DocumentKind;
  reference: string | null;
  title: string | null;
  date: string | null;
  url: string | null;
}
