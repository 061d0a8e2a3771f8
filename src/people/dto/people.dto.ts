import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { PageQueryDto } from '../../common/pagination';
import { PERSON_ROLES, type PersonRole } from '../person.entity';

export class CreatePartyDto {
  /** Municipality id or slug. */
  @IsString()
  @IsNotEmpty()
  municipality: string;

  /** Name of the fractie: `GroenLinks`. */
  @IsString()
  @IsNotEmpty()
  @MaxLength(120)
  name: string;
}

export class CreatePersonDto {
  /** Municipality id or slug. */
  @IsString()
  @IsNotEmpty()
  municipality: string;

  /** Printed name without titles: `J. de Vries`. */
  @IsString()
  @IsNotEmpty()
  @MaxLength(120)
  name: string;

  @ApiProperty({ enum: PERSON_ROLES })
  @IsIn(PERSON_ROLES)
  role: PersonRole;

  @IsOptional()
  @IsInt()
  partyId?: number;

  /** The portfolio of an alderman. */
  @IsOptional()
  @IsString()
  @MaxLength(500)
  portfolio?: string;
}

export class PeopleQueryDto extends PageQueryDto {
  /** Municipality id or slug. */
  @IsOptional()
  @IsString()
  municipality?: string;

  @ApiPropertyOptional({ enum: PERSON_ROLES })
  @IsOptional()
  @IsIn(PERSON_ROLES)
  role?: PersonRole;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  partyId?: number;
}

export class PartiesQueryDto extends PageQueryDto {
  /** Municipality id or slug. */
  @IsOptional()
  @IsString()
  municipality?: string;
}

export class PartyDto {
  id: number;
  municipalityId: number;
  name: string;
}

export class PersonDto {
  id: number;
  municipalityId: number;
  name: string;
  @ApiProperty({ enum: PERSON_ROLES })
  role: PersonRole;
  partyId: number | null;
  party: string | null;
  portfolio: string | null;
}

/** Merge two that are the same: `remove`'s references move to `keep`, then `remove` is deleted. */
export class MergeDto {
  /** The id to keep (the right spelling). */
  @IsInt()
  keep: number;

  /** The id to remove (the duplicate). */
  @IsInt()
  remove: number;
}

export class MergeRefDto {
  id: number;
  name: string;
}

export class MergeResultDto {
  @ApiProperty({ enum: ['person', 'party'] })
  kind: 'person' | 'party';
  kept: MergeRefDto;
  removed: MergeRefDto;
}
