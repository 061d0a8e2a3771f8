import { Module } from '@nestjs/common';
import { MunicipalitiesModule } from '../municipalities/municipalities.module';
import { QuestionsModule } from '../questions/questions.module';
import { HarvestService } from './harvest.service';

/** Harvest of another council system's OParl endpoint into question sets (the `harvest` command). */
@Module({
  imports: [MunicipalitiesModule, QuestionsModule],
  providers: [HarvestService],
  exports: [HarvestService],
})
export class HarvestModule {}
