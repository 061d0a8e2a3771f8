import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountAdminModule } from './account-admin/account-admin.module';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { CommitmentsModule } from './commitments/commitments.module';
import { CommonModule } from './common/common.module';
import { AppConfig } from './config/config';
import { ConfigModule } from './config/config.module';
import { typeOrmOptions } from './database/typeorm-options';
import { DemoModule } from './demo/demo.module';
import { DocumentsModule } from './documents/documents.module';
import { ExportsModule } from './exports/exports.module';
import { HarvestModule } from './harvest/harvest.module';
import { HealthModule } from './health/health.module';
import { ImportModule } from './import/import.module';
import { MunicipalitiesModule } from './municipalities/municipalities.module';
import { OparlModule } from './oparl/oparl.module';
import { PeopleModule } from './people/people.module';
import { QuestionsModule } from './questions/questions.module';
import { FiguresModule } from './figures/figures.module';
import { RemindersModule } from './reminders/reminders.module';
import { SearchModule } from './search/search.module';
import { WebModule } from './web/web.module';

@Module({})
export class AppModule {
  /** The whole application against the database at `databaseUrl` (already migrated). */
  static forRoot(config: AppConfig, databaseUrl: string): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        TypeOrmModule.forRoot(typeOrmOptions(databaseUrl, {}, config.dbStatementTimeoutMs)),
        CommonModule,
        AuthModule,
        AuditModule,
        MunicipalitiesModule,
        PeopleModule,
        DocumentsModule,
        QuestionsModule,
        SearchModule,
        HealthModule,
        DemoModule,
        CommitmentsModule,
        WebModule,
        AccountAdminModule,
        ImportModule,
        OparlModule,
        ExportsModule,
        HarvestModule,
        RemindersModule,
        FiguresModule,
      ],
    };
  }
}
