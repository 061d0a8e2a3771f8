import { Module } from '@nestjs/common';
import { SearchModule } from '../search/search.module';
import { DatabaseWatch } from './database-watch';
import { HealthController } from './health.controller';

@Module({
  imports: [SearchModule],
  controllers: [HealthController],
  providers: [DatabaseWatch],
  exports: [DatabaseWatch],
})
export class HealthModule {}
