import { Module } from '@nestjs/common';
import { CommitmentsModule } from '../commitments/commitments.module';
import { MunicipalitiesModule } from '../municipalities/municipalities.module';
import { QuestionsModule } from '../questions/questions.module';
import { FiguresController } from './figures.controller';
import { FiguresService } from './figures.service';

/** Figures (cijfers) per quarter: answer times, on time, postponements, commitments; JSON, CSV and the /cijfers page. */
@Module({
  imports: [QuestionsModule, CommitmentsModule, MunicipalitiesModule],
  controllers: [FiguresController],
  providers: [FiguresService],
  exports: [FiguresService],
})
export class FiguresModule {}
