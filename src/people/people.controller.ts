import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Actor } from '../auth/actor';
import { CurrentActor } from '../auth/actor.guard';
import { Page } from '../common/pagination';
import {
  CreatePartyDto,
  CreatePersonDto,
  MergeDto,
  MergeResultDto,
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

  /**
   * Merge two fracties of a municipality that are the same (griffie): sets, commitments, people, accounts
   * and feeds of `remove` move to `keep` in one transaction, `remove` is deleted, the audit log keeps both.
   */
  @Post('parties/merge')
  @HttpCode(200)
  @ApiOkResponse({ type: MergeResultDto })
  mergeParties(@CurrentActor() actor: Actor, @Body() body: MergeDto): Promise<MergeResultDto> {
    return this.people.merge(actor, 'party', body.keep, body.remove);
  }

  /** Councillors, aldermen and mayors; public (names are public record). */
  @Get('people')
  listPeople(@Query() query: PeopleQueryDto): Promise<Page<PersonDto>> {
    return this.people.listPeople(query);
  }

  /**
   * Merge two people of a municipality that are the same ("Paffen Zeenni" and "Paffen-Zeenni"; griffie):
   * every reference to `remove` (portfolio holder, submitter, commitments, accounts, feeds) moves to `keep`.
   */
  @Post('people/merge')
  @HttpCode(200)
  @ApiOkResponse({ type: MergeResultDto })
  mergePeople(@CurrentActor() actor: Actor, @Body() body: MergeDto): Promise<MergeResultDto> {
    return this.people.merge(actor, 'person', body.keep, body.remove);
  }

  @Post('people')
  async createPerson(@CurrentActor() actor: Actor, @Body() body: CreatePersonDto): Promise<PersonDto> {
    return toPersonDto(await this.people.createPerson(actor, body));
  }
}
