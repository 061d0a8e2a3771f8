import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsService } from './accounts.service';
import { ActorGuard, SessionActorResolver } from './actor.guard';
import { ApiToken } from './api-token.entity';
import { LoginAttempt } from './login-attempt.entity';
import { SessionActorResolverFromDb } from './session-actor.resolver';
import { WebSession } from './session.entity';
import { TokensService } from './tokens.service';
import { AppUser } from './user.entity';

@Global()
@Module({
  imports: [TypeOrmModule.forFeature([ApiToken, AppUser, WebSession, LoginAttempt])],
  providers: [
    TokensService,
    AccountsService,
    { provide: SessionActorResolver, useClass: SessionActorResolverFromDb },
    { provide: APP_GUARD, useClass: ActorGuard },
  ],
  exports: [TokensService, AccountsService],
})
export class AuthModule {}
