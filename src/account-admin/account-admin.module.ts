import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { MunicipalitiesModule } from '../municipalities/municipalities.module';
import { PeopleModule } from '../people/people.module';
import { AccountAdminService } from './account-admin.service';
import { AccountsController } from './accounts.controller';
import { TokensController } from './tokens.controller';

/** Accounts and API tokens managed by the beheerder and the griffie (auth keeps the tables). */
@Module({
  imports: [AuditModule, MunicipalitiesModule, PeopleModule],
  controllers: [AccountsController, TokensController],
  providers: [AccountAdminService],
  exports: [AccountAdminService],
})
export class AccountAdminModule {}
