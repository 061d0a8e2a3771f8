import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { ACCOUNT_ROLES } from '../../auth/actor';
import type { AccountRole } from '../../auth/account-permissions';
import { MAX_TOKEN_DAYS } from '../../auth/tokens.service';
import { PageQueryDto } from '../../common/pagination';

export class AccountsQueryDto extends PageQueryDto {
  /** Municipality id or slug (the griffie sees only its own). */
  @IsOptional()
  @IsString()
  @MaxLength(100)
  municipality?: string;
}

export class AccountDto {
  id: number;
  email: string;
  displayName: string;
  @ApiProperty({ enum: ACCOUNT_ROLES })
  role: AccountRole;
  municipalityId: number | null;
  /** Slug of the municipality; null for the beheerder. */
  municipality: string | null;
  partyId: number | null;
  /** Name of the fractie (role `party`). */
  party: string | null;
  portfolioHolderId: number | null;
  /** Name of the alderman an `executive` account works for. */
  portfolioHolder: string | null;
  disabled: boolean;
  createdAt: string;
  lastLoginAt: string | null;
  /** Send it back with a change; a stale one answers 409. */
  version: number;
}

export class AccountPageDto {
  @ApiProperty({ type: [AccountDto] })
  items: AccountDto[];
  total: number;
  limit: number;
  offset: number;
}

export class CreateAccountDto {
  @IsEmail({}, { message: 'moet een geldig e-mailadres zijn' })
  @MaxLength(254)
  email: string;

  /** How the account is shown; the e-mail address when empty. */
  @IsOptional()
  @IsString()
  @MaxLength(120)
  displayName?: string;

  @ApiProperty({ enum: ACCOUNT_ROLES })
  @IsIn(ACCOUNT_ROLES)
  role: AccountRole;

  /** Municipality id or slug; the griffie's own when left out; none for `admin`. */
  @IsOptional()
  @IsString()
  @MaxLength(100)
  municipality?: string;

  /** The fractie of a `party` account (a party of the municipality). */
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(2147483647)
  partyId?: number;

  /** The alderman an `executive` account works for (optional). */
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(2147483647)
  portfolioHolderId?: number;
}

export class UpdateAccountDto {
  /** The version you read; a stale one answers 409. */
  @IsInt()
  @Min(1)
  @Max(2147483647)
  version: number;

  @IsOptional()
  @IsString()
  @MaxLength(120)
  displayName?: string;

  @ApiPropertyOptional({ enum: ACCOUNT_ROLES })
  @IsOptional()
  @IsIn(ACCOUNT_ROLES)
  role?: AccountRole;

  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(2147483647)
  partyId?: number;

  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(2147483647)
  portfolioHolderId?: number;

  /** true: the account cannot log in, its sessions end and its tokens answer 401; false: enabled again. */
  @IsOptional()
  @IsBoolean()
  disabled?: boolean;
}

export class MessageDto {
  message: string;
}

export class TokensQueryDto extends PageQueryDto {
  /** Municipality id or slug (the griffie sees only its own). */
  @IsOptional()
  @IsString()
  @MaxLength(100)
  municipality?: string;

  /** `active` (default), `all` (with revoked and expired ones). */
  @ApiPropertyOptional({ enum: ['active', 'all'] })
  @IsOptional()
  @IsIn(['active', 'all'])
  status?: 'active' | 'all';
}

export class TokenDto {
  id: number;
  label: string;
  @ApiProperty({ enum: ACCOUNT_ROLES })
  role: AccountRole;
  municipalityId: number | null;
  municipality: string | null;
  partyId: number | null;
  party: string | null;
  portfolioHolderId: number | null;
  portfolioHolder: string | null;
  /** The web account the token belongs to (made on its /account page), or null. */
  userId: number | null;
  userEmail: string | null;
  createdBy: string | null;
  createdAt: string;
  expiresAt: string;
  /** Updated at most once a minute. */
  lastUsedAt: string | null;
  revokedAt: string | null;
  @ApiProperty({ enum: ['active', 'expired', 'revoked'] })
  status: 'active' | 'expired' | 'revoked';
}

export class TokenPageDto {
  @ApiProperty({ type: [TokenDto] })
  items: TokenDto[];
  total: number;
  limit: number;
  offset: number;
}

export class CreatedTokenDto extends TokenDto {
  /** The secret, shown this once: only its hash is stored. Send it as `Authorization: Bearer rv_…`. */
  secret: string;
}

export class CreateTokenDto {
  /** What the token is for: `koppeling iBabs`. */
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  label: string;

  @ApiProperty({ enum: ACCOUNT_ROLES })
  @IsIn(ACCOUNT_ROLES)
  role: AccountRole;

  /** Municipality id or slug; the griffie's own when left out; none for `admin`. */
  @IsOptional()
  @IsString()
  @MaxLength(100)
  municipality?: string;

  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(2147483647)
  partyId?: number;

  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(2147483647)
  portfolioHolderId?: number;

  /** Days until the token expires (default 365). */
  @ApiPropertyOptional({ default: 365, minimum: 1, maximum: MAX_TOKEN_DAYS })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_TOKEN_DAYS)
  expiresInDays?: number;
}
