import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Actor } from '../auth/actor';
import { CurrentActor } from '../auth/actor.guard';
import { Page, PageQueryDto } from '../common/pagination';
import { CreateMunicipalityDto, MunicipalityDto, UpdateMunicipalityDto } from './dto/municipality.dto';
import { MunicipalitiesService, toMunicipalityDto } from './municipalities.service';

@ApiTags('municipalities')
@ApiBearerAuth()
@Controller('api/municipalities')
export class MunicipalitiesController {
  constructor(private readonly municipalities: MunicipalitiesService) {}

  /** All municipalities (public), alphabetical. */
  @Get()
  async list(@Query() query: PageQueryDto): Promise<Page<MunicipalityDto>> {
    const all = (await this.municipalities.listMunicipalities()).map(toMunicipalityDto);
    return {
      items: all.slice(query.offset, query.offset + query.limit),
      total: all.length,
      limit: query.limit,
      offset: query.offset,
    };
  }

  /** By id or slug. */
  @Get(':idOrSlug')
  async get(@Param('idOrSlug') idOrSlug: string): Promise<MunicipalityDto> {
    return toMunicipalityDto(await this.municipalities.findMunicipality(idOrSlug));
  }

  @Post()
  async create(@CurrentActor() actor: Actor, @Body() body: CreateMunicipalityDto): Promise<MunicipalityDto> {
    return toMunicipalityDto(await this.municipalities.createMunicipality(actor, body));
  }

  @Patch(':idOrSlug')
  async update(
    @CurrentActor() actor: Actor,
    @Param('idOrSlug') idOrSlug: string,
    @Body() body: UpdateMunicipalityDto,
  ): Promise<MunicipalityDto> {
    return toMunicipalityDto(await this.municipalities.updateMunicipality(actor, idOrSlug, body));
  }
}
