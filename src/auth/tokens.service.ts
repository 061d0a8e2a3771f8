import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { createHash, randomBytes } from 'node:crypto';
import { IsNull, Repository } from 'typeorm';
import { DomainValidationError, UnauthenticatedError } from '../common/domain-errors';
import { Actor, Role } from './actor';
import { ApiToken } from './api-token.entity';

export interface CreateTokenInput {
  role: Exclude<Role, 'public'>;
  municipalityId: number | null;
  partyId?: number | null;
  portfolioHolderId?: number | null;
  label: string;
}

export function hashToken(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

/** API tokens: created by the CLI, stored hashed, resolved to an Actor on every request. */
@Injectable()
export class TokensService {
  constructor(@InjectRepository(ApiToken) private readonly tokens: Repository<ApiToken>) {}

  /** Returns the secret once; only its hash is kept. */
  async createToken(input: CreateTokenInput): Promise<{ id: number; secret: string }> {
    if (input.role !== 'admin' && input.municipalityId === null) {
      throw new DomainValidationError([{ path: 'municipality', message: 'is verplicht voor deze rol' }]);
    }
    if (input.role === 'party' && !input.partyId) {
      throw new DomainValidationError([{ path: 'party', message: 'is verplicht voor de rol party' }]);
    }
    const secret = `rv_${randomBytes(24).toString('base64url')}`;
    const token = await this.tokens.save(
      this.tokens.create({
        tokenHash: hashToken(secret),
        label: input.label,
        role: input.role,
        municipalityId: input.role === 'admin' ? null : input.municipalityId,
        partyId: input.partyId ?? null,
        portfolioHolderId: input.portfolioHolderId ?? null,
      }),
    );
    return { id: token.id, secret };
  }

  async resolveToken(secret: string): Promise<Actor> {
    const token = await this.tokens.findOne({ where: { tokenHash: hashToken(secret), revokedAt: IsNull() } });
    if (!token) throw new UnauthenticatedError();
    return {
      role: token.role,
      municipalityId: token.municipalityId,
      partyId: token.partyId,
      portfolioHolderId: token.portfolioHolderId,
      label: `token #${token.id} (${token.label})`,
      tokenId: token.id,
    };
  }
}
