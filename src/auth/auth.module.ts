import { Global, Module, OnModuleInit } from '@nestjs/common';
import { DomainEvents } from '../common/domain-events';
import { PeopleMerged } from '../common/people-merged.event';
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
export class AuthModule implements OnModuleInit {
  constructor(private readonly events: DomainEvents) {}

  onModuleInit(): void {
    // A token or web account of the removed person or party now speaks for the kept one.
    this.events.on(PeopleMerged, 'auth', async (event, em) => {
      const column = event.kind === 'person' ? 'portfolio_holder_id' : 'party_id';
      for (const table of ['api_token', 'app_user'])
        await em.query(`UPDATE "${table}" SET "${column}" = $1 WHERE "${column}" = $2`, [
          event.keptId,
          event.removedId,
        ]);
    });
  }
}
