import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Actor } from '../auth/actor';
import { CurrentActor } from '../auth/actor.guard';
import { NotFoundError } from '../common/domain-errors';
import { Page, PageQueryDto } from '../common/pagination';
import {
  CreateMunicipalityDto,
  CreateRecessDto,
  MunicipalityDto,
  RecessDto,
  UpdateMunicipalityDto,
} from './dto/municipality.dto';
import { MunicipalitiesService, toMunicipalityDto, toRecessDto } from './municipalities.service';

@ApiTags('municipalities')
@ApiBearerAuth()
@Controller('api/municipalities')
export class MunicipalitiesController {
  constructor(private readonly municipalities: MunicipalitiesService) {}

  /** All municipalities (public), alphabetical. */
  @Get()
  async list(@Query() query: PageQueryDto): Promise<Page<MunicipalityDto>> {
    const all = (await this.municipalities.listMunicipalities()).map((m) => toMunicipalityDto(m));
    return {
      items: all.slice(query.offset, query.offset + query.limit),
      total: all.length,
      limit: query.limit,
      offset: query.offset,
    };
  }

  /** By id or slug. */
  @Get(':idOrSlug')
  async get(@CurrentActor() actor: Actor, @Param('idOrSlug') idOrSlug: string): Promise<MunicipalityDto> {
    return toMunicipalityDto(await this.municipalities.findMunicipality(idOrSlug), actor);
  }

  @Post()
  async create(@CurrentActor() actor: Actor, @Body() body: CreateMunicipalityDto): Promise<MunicipalityDto> {
    return toMunicipalityDto(await this.municipalities.createMunicipality(actor, body), actor);
  }

  @Patch(':idOrSlug')
  async update(
    @CurrentActor() actor: Actor,
    @Param('idOrSlug') idOrSlug: string,
    @Body() body: UpdateMunicipalityDto,
  ): Promise<MunicipalityDto> {
    return toMunicipalityDto(await this.municipalities.updateMunicipality(actor, idOrSlug, body), actor);
  }

  /** The recesses that pause the answer term (public), earliest first. */
  @Get(':idOrSlug/recesses')
  async recesses(@Param('idOrSlug') idOrSlug: string): Promise<RecessDto[]> {
    return (await this.municipalities.listRecesses(idOrSlug)).recesses.map(toRecessDto);
  }

  /** Griffie of the municipality or admin. Applies to sets registered afterwards. */
  @Post(':idOrSlug/recesses')
  async addRecess(
    @CurrentActor() actor: Actor,
    @Param('idOrSlug') idOrSlug: string,
    @Body() body: CreateRecessDto,
  ): Promise<RecessDto> {
    return toRecessDto(await this.municipalities.addRecess(actor, idOrSlug, body));
  }

  @Delete(':idOrSlug/recesses/:id')
  @HttpCode(204)
  async deleteRecess(
    @CurrentActor() actor: Actor,
    @Param('idOrSlug') idOrSlug: string,
    @Param('id') id: string,
  ): Promise<void> {
    if (!/^\d{1,9}$/.test(id)) throw new NotFoundError(`Reces ${id}`);
    await this.municipalities.deleteRecess(actor, idOrSlug, Number(id));
  }
}
