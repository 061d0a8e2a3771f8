import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ActorGuard, NoSessionResolver, SessionActorResolver } from './actor.guard';
import { ApiToken } from './api-token.entity';
import { TokensService } from './tokens.service';

@Global()
@Module({
  imports: [TypeOrmModule.forFeature([ApiToken])],
  providers: [
    TokensService,
    { provide: SessionActorResolver, useClass: NoSessionResolver },
    { provide: APP_GUARD, useClass: ActorGuard },
  ],
  exports: [TokensService],
})
export class AuthModule {}
