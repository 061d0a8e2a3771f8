import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DocumentsModule } from '../documents/documents.module';
import { MunicipalitiesModule } from '../municipalities/municipalities.module';
import { PeopleModule } from '../people/people.module';
import { QuestionsModule } from '../questions/questions.module';
import { CommitmentsModule } from '../commitments/commitments.module';
import { ImportModule } from '../import/import.module';
import { SetActionsController } from './set-actions.controller';
import { ImportPagesController } from './import.controller';
import { SearchPagesController } from './search-pages.controller';
import { SearchModule } from '../search/search.module';
import { SimilarQuestionsView } from './similar-view.service';
import { FractieController } from './fractie.controller';
import { WethouderController } from './wethouder.controller';
import { CommitmentsPagesController } from './commitments-pages.controller';
import { MergePagesController } from './merge-pages.controller';
import { SetEditController } from './set-edit.controller';
import { AccountController } from './account.controller';
import { PublicController } from './public.controller';
import { GriffieController } from './griffie.controller';
import { TermPagesController } from './term-pages.controller';
import { IntakePagesController } from './intake-pages.controller';
import { FiguresModule } from '../figures/figures.module';
import { FiguresPagesController } from './figures-pages.controller';
import { StagedUpload } from './staged-upload.entity';
import { OverduePagesController } from './overdue-pages.controller';
import { WebSessionGuard } from './web-session.guard';
import { SetListsController } from './set-lists.controller';
import { ThesaurusPagesController } from './thesaurus-pages.controller';
import { AccountAdminModule } from '../account-admin/account-admin.module';
import { AccountAdminPagesController } from './account-admin-pages.controller';
import { MyAccountController } from './my-account.controller';

/** The server-rendered site (nest sample 15-mvc): Dutch pages for the public, griffie, fracties and aldermen. */
@Module({
  imports: [
    TypeOrmModule.forFeature([StagedUpload]),
    QuestionsModule,
    DocumentsModule,
    PeopleModule,
    MunicipalitiesModule,
    CommitmentsModule,
    FiguresModule,
    ImportModule,
    SearchModule,
    AccountAdminModule,
  ],
  controllers: [
    OverduePagesController,
    AccountController,
    PublicController,
    GriffieController,
    SetActionsController,
    ImportPagesController,
    SearchPagesController,
    FractieController,
    WethouderController,
    CommitmentsPagesController,
    MergePagesController,
    SetEditController,
    SetListsController,
    ThesaurusPagesController,
    TermPagesController,
    IntakePagesController,
    FiguresPagesController,
    AccountAdminPagesController,
    MyAccountController,
  ],
  providers: [WebSessionGuard, SimilarQuestionsView],
})
export class WebModule {}
