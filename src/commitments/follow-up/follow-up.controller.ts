import { Body, Controller, Get, Header, HttpCode, Ip, Param, ParseIntPipe, Post, Query, Render } from '@nestjs/common';
import { ApiBearerAuth, ApiExcludeEndpoint, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../../auth/actor';
import { CurrentActor } from '../../auth/actor.guard';
import { Clock } from '../../common/clock';
import { formatDutchDate } from '../../deadlines';
import { MunicipalitiesService } from '../../municipalities/municipalities.service';
import { CommitmentsService } from '../commitments.service';
import {
  CommitmentFilterDto,
  CreateIcalFeedDto,
  CreateSubscriptionDto,
  FollowSetDto,
  IcalQueryDto,
  TokenQueryDto,
} from '../dto/commitment.dto';
import { DigestService } from './digest.service';
import { FollowsService, FollowRequested } from './follows.service';
import { CreatedIcalFeed, IcalFeedsService } from './ical-feeds.service';

const ICS = 'text/calendar; charset=utf-8';

/** Follow-up of commitments: calendar feeds, the printable list, follows and digest recipients. */
@ApiTags('follow-up')
@ApiBearerAuth()
@Controller()
export class FollowUpController {
  constructor(
    private readonly feeds: IcalFeedsService,
    private readonly follows: FollowsService,
    private readonly digest: DigestService,
    private readonly commitments: CommitmentsService,
    private readonly municipalities: MunicipalitiesService,
    private readonly clock: Clock,
  ) {}

  /** Public calendar: commitment deadlines of published answers, optionally of one portfolio holder. */
  @Get('ical/:municipality.ics')
  @ApiProduces('text/calendar')
  @Header('Content-Type', ICS)
  publicFeed(@Param('municipality') municipality: string, @Query() query: IcalQueryDto): Promise<string> {
    return this.feeds.publicFeed(municipality, query.portfolioHolder);
  }

  /** Private calendar behind a secret URL: what its creator may see, including open sets' due dates. */
  @Get('ical/private/:token.ics')
  @ApiProduces('text/calendar')
  @Header('Content-Type', ICS)
  @Header('Cache-Control', 'private, no-store')
  privateFeed(@Param('token') token: string): Promise<string> {
    return this.feeds.privateFeed(token);
  }

  /** Creates a private calendar URL (griffie, college); the URL is shown once. */
  @Post('api/ical-feeds')
  createFeed(@CurrentActor() actor: Actor, @Body() body: CreateIcalFeedDto): Promise<CreatedIcalFeed> {
    return this.feeds.createFeed(actor, body);
  }

  /**
   * Follow a set by e-mail (double opt-in): a confirmation link is mailed. Limited per IP address
   * (429 with Retry-After), per address and per day.
   */
  @Post('api/question-sets/:id/follow')
  @HttpCode(202)
  follow(
    @CurrentActor() actor: Actor,
    @Param('id', ParseIntPipe) id: number,
    @Body() body: FollowSetDto,
    @Ip() ip: string,
  ): Promise<FollowRequested> {
    return this.follows.follow(actor, id, body.email, ip);
  }

  /** A weekly digest recipient for a role in a municipality (griffie). */
  @Post('api/notification-subscriptions')
  subscribe(@CurrentActor() actor: Actor, @Body() body: CreateSubscriptionDto) {
    return this.digest.createSubscription(actor, body);
  }

  @Get('volgen/bevestigen')
  @ApiExcludeEndpoint()
  @Render('pages/volgen-resultaat')
  async confirmFollow(@Query() query: TokenQueryDto) {
    const confirmed = await this.follows.confirm(query.token);
    return confirmed
      ? {
          layout: 'layouts/print',
          title: 'Bevestigd',
          message: `U volgt nu "${confirmed.subject}". U krijgt een e-mail als er iets verandert.`,
          setId: confirmed.questionSetId,
        }
      : {
          layout: 'layouts/print',
          title: 'Link verlopen',
          message: 'Deze bevestigingslink is onbekend of al vervangen door een nieuwere.',
        };
  }

  /** One-click unsubscribe from every mail (GET from the link, POST from List-Unsubscribe-Post). */
  @Get('volgen/afmelden')
  @ApiExcludeEndpoint()
  @Render('pages/volgen-resultaat')
  async unsubscribe(@Query() query: TokenQueryDto) {
    await this.follows.unsubscribe(query.token);
    return {
      layout: 'layouts/print',
      title: 'Afgemeld',
      message: 'U bent afgemeld. U krijgt hierover geen e-mail meer.',
    };
  }

  @Post('volgen/afmelden')
  @HttpCode(200)
  @ApiExcludeEndpoint()
  async unsubscribePost(@Query() query: TokenQueryDto): Promise<{ unsubscribed: true }> {
    await this.follows.unsubscribe(query.token);
    return { unsubscribed: true };
  }

  /**
   * The toezeggingenlijst laid out for paper (layout `layouts/print`), with the register's filters;
   * of one municipality, or of every one the visitor may see when none is named.
   */
  @Get('toezeggingen/afdrukken')
  @ApiExcludeEndpoint()
  @Render('pages/toezeggingen-print')
  async print(@CurrentActor() actor: Actor, @Query() query: CommitmentFilterDto) {
    const municipality = query.municipality ? await this.municipalities.findMunicipality(query.municipality) : null;
    const commitments = await this.commitments.listAllCommitments(actor, query);
    const today = this.clock.today();
    return {
      layout: 'layouts/print',
      title: municipality ? `Toezeggingenlijst ${municipality.name}` : 'Toezeggingenlijst',
      municipality: municipality?.name ?? null,
      generatedOn: formatDutchDate(today),
      totalLabel: `${commitments.length} ${commitments.length === 1 ? 'toezegging' : 'toezeggingen'}`,
      overdueCount: commitments.filter((c) => c.overdue).length,
      commitments: commitments.map((c) => ({
        ...c,
        questionsLabel: c.questions.length > 0 ? c.questions.join(', ') : 'inleiding',
        fulfilledOn: c.fulfilledBy && c.statusChangedOn ? formatDutchDate(c.statusChangedOn) : null,
        meetingOn: c.meeting ? formatDutchDate(c.meeting.date) : null,
      })),
    };
  }
}
