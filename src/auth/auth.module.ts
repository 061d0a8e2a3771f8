import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsService } from './accounts.service';
import { ActorGuard, SessionActorResolver } from './actor.guard';
import { ApiToken } from './api-token.entity';
import { LoginAttempt } from './login-attempt.entity';
import { MailModule } from '../mail/mail.module';
import { PasswordReset } from './password-reset.entity';
import { PasswordResetService } from './password-reset.service';
import { RequestThrottle } from './request-throttle.entity';
import { SessionActorResolverFromDb } from './session-actor.resolver';
import { WebSession } from './session.entity';
import { TokensService } from './tokens.service';
import { AppUser } from './user.entity';

@Global()
@Module({
  imports: [
    TypeOrmModule.forFeature([ApiToken, AppUser, WebSession, LoginAttempt, PasswordReset, RequestThrottle]),
    MailModule,
  ],
  providers: [
    TokensService,
    AccountsService,
    PasswordResetService,
    { provide: SessionActorResolver, useClass: SessionActorResolverFromDb },
    { provide: APP_GUARD, useClass: ActorGuard },
  ],
  exports: [TokensService, AccountsService, PasswordResetService],
})
export class AuthModule {}
