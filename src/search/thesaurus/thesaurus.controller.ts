import { Body, Controller, Delete, Get, HttpCode, Param, ParseIntPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../../auth/actor';
import { CurrentActor } from '../../auth/actor.guard';
import { ForbiddenError } from '../../common/domain-errors';
import { CreateThesaurusEntryDto } from '../dto/thesaurus.dto';
import { ThesaurusEntry, ThesaurusService } from './thesaurus.service';

@ApiTags('search')
@ApiBearerAuth()
@Controller('api/search/thesaurus')
export class ThesaurusController {
  constructor(private readonly thesaurus: ThesaurusService) {}

  @Get()
  @ApiOperation({
    summary: 'De thesaurus van het zoeken: meegeleverde groepen en die van deze installatie (beheerder, griffie)',
  })
  async list(
    @CurrentActor() actor: Actor,
  ): Promise<{ shippedVersion: string; shipped: number; entries: ThesaurusEntry[] }> {
    if (actor.role !== 'admin' && actor.role !== 'clerk') throw new ForbiddenError();
    const { entries } = await this.thesaurus.entries();
    return {
      shippedVersion: this.thesaurus.shippedVersion,
      shipped: entries.filter((e) => e.source === 'shipped').length,
      entries,
    };
  }

  @Post()
  @ApiOperation({ summary: 'Een groep synoniemen toevoegen (beheerder); werkt direct bij zoeken' })
  add(@CurrentActor() actor: Actor, @Body() body: CreateThesaurusEntryDto): Promise<ThesaurusEntry> {
    return this.thesaurus.add(actor, body.terms);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Een toegevoegde groep verwijderen (beheerder)' })
  async remove(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number): Promise<void> {
    await this.thesaurus.remove(actor, id);
  }
}
