import { Body, Controller, Get, Param, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Actor } from '../auth/actor';
import { CurrentActor } from '../auth/actor.guard';
import { CreateMunicipalityDto, MunicipalityDto, UpdateMunicipalityDto } from './dto/municipality.dto';
import { MunicipalitiesService, toMunicipalityDto } from './municipalities.service';

@ApiTags('municipalities')
@ApiBearerAuth()
@Controller('api/municipalities')
export class MunicipalitiesController {
  constructor(private readonly municipalities: MunicipalitiesService) {}

  @Get()
  async list(): Promise<{ items: MunicipalityDto[]; total: number }> {
    const items = (await this.municipalities.listMunicipalities()).map(toMunicipalityDto);
    return { items, total: items.length };
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
