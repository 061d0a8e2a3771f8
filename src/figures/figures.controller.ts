import { Controller, Get, Header, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Actor } from '../auth/actor';
import { CurrentActor } from '../auth/actor.guard';
import { FiguresDto, FiguresQueryDto } from './dto/figures.dto';
import { FiguresService } from './figures.service';

@ApiTags('figures')
@ApiBearerAuth()
@Controller()
export class FiguresController {
  constructor(private readonly figures: FiguresService) {}

  /**
   * Per quarter of a year, for the municipality and per portfolio holder: median answer time,
   * share answered on time, postponements, commitments (open, overdue). Counts only what the
   * caller may see: for the public, published answers and their commitments.
   */
  @Get('api/figures')
  @ApiOkResponse({ type: FiguresDto })
  get(@CurrentActor() actor: Actor, @Query() query: FiguresQueryDto): Promise<FiguresDto> {
    return this.figures.figures(actor, query);
  }

  /** The same figures as CSV (`;`, UTF-8 with BOM, Dutch headers): one line per quarter, the municipality first. */
  @Get('api/figures.csv')
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'CSV, one line per quarter', schema: { type: 'string' } })
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @Header('Content-Disposition', 'attachment; filename="cijfers.csv"')
  async csv(@CurrentActor() actor: Actor, @Query() query: FiguresQueryDto): Promise<string> {
    return this.figures.toCsv(await this.figures.figures(actor, query));
  }
}
