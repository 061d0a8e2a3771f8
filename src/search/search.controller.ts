import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../auth/actor';
import { CurrentActor } from '../auth/actor.guard';
import { SearchQueryDto, SearchResponseDto, SimilarQuestionsDto, SimilarResponseDto } from './dto/search.dto';
import { SearchResponse, SearchService, SimilarResponse } from './search.service';

@ApiTags('search')
@ApiBearerAuth()
@Controller('api/search')
export class SearchController {
  constructor(private readonly search: SearchService) {}

  @Get()
  @ApiOperation({
    summary: 'Zoeken in vragen en antwoorden',
    description:
      'Eén treffer per vraag met haar antwoord. Antwoorden onder embargo (niet gepubliceerd) zijn alleen vindbaar voor griffie en college van de gemeente; ' +
      'ze tellen voor anderen niet mee in treffers, fragmenten of facetten. Boven 10.000 treffers zijn totaal en facetten geschat (totalEstimated, facetsEstimated).',
  })
  @ApiOkResponse({ type: SearchResponseDto })
  find(@CurrentActor() actor: Actor, @Query() query: SearchQueryDto): Promise<SearchResponse> {
    return this.search.search(actor, query);
  }

  @Post('similar')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Eerdere vergelijkbare vragen bij de tekst van een nieuwe vraag (alleen beantwoorde vragen die de vrager mag zien)',
  })
  @ApiOkResponse({ type: SimilarResponseDto })
  similar(@CurrentActor() actor: Actor, @Body() body: SimilarQuestionsDto): Promise<SimilarResponse> {
    return this.search.similar(actor, body);
  }
}
