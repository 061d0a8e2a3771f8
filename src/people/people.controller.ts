import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Actor } from '../auth/actor';
import { CurrentActor } from '../auth/actor.guard';
import { Page } from '../common/pagination';
import {
  CreatePartyDto,
  CreatePersonDto,
  PartiesQueryDto,
  PartyDto,
  PeopleQueryDto,
  PersonDto,
} from './dto/people.dto';
import { PeopleService, toPartyDto, toPersonDto } from './people.service';

@ApiTags('people')
@ApiBearerAuth()
@Controller('api')
export class PeopleController {
  constructor(private readonly people: PeopleService) {}

  /** Fracties; public (names are public record). */
  @Get('parties')
  listParties(@Query() query: PartiesQueryDto): Promise<Page<PartyDto>> {
    return this.people.listParties(query);
  }

  @Post('parties')
  async createParty(@CurrentActor() actor: Actor, @Body() body: CreatePartyDto): Promise<PartyDto> {
    return toPartyDto(await this.people.createParty(actor, body));
  }

  /** Councillors, aldermen and mayors; public (names are public record). */
  @Get('people')
  listPeople(@Query() query: PeopleQueryDto): Promise<Page<PersonDto>> {
    return this.people.listPeople(query);
  }

  @Post('people')
  async createPerson(@CurrentActor() actor: Actor, @Body() body: CreatePersonDto): Promise<PersonDto> {
    return toPersonDto(await this.people.createPerson(actor, body));
  }
}
