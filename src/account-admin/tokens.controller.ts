import { Body, Controller, Get, HttpCode, Param, ParseIntPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Actor } from '../auth/actor';
import { CurrentActor } from '../auth/actor.guard';
import { Page } from '../common/pagination';
import { AccountAdminService } from './account-admin.service';
import { CreatedTokenDto, CreateTokenDto, TokenDto, TokenPageDto, TokensQueryDto } from './dto/account-admin.dto';

/** API tokens: list, create (the secret once), revoke; expired and revoked tokens answer 401. */
@ApiTags('tokens')
@ApiBearerAuth()
@Controller('api/tokens')
export class TokensController {
  constructor(private readonly admin: AccountAdminService) {}

  @Get()
  @ApiOkResponse({ type: TokenPageDto })
  list(@CurrentActor() actor: Actor, @Query() query: TokensQueryDto): Promise<Page<TokenDto>> {
    return this.admin.listTokens(actor, query);
  }

  @Get(':id')
  @ApiOkResponse({ type: TokenDto })
  get(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number): Promise<TokenDto> {
    return this.admin.findToken(actor, id);
  }

  /** The answer carries `secret` this once; only its SHA-256 is stored. */
  @Post()
  @ApiCreatedResponse({ type: CreatedTokenDto })
  create(@CurrentActor() actor: Actor, @Body() body: CreateTokenDto): Promise<CreatedTokenDto> {
    return this.admin.createToken(actor, body);
  }

  @Post(':id/revoke')
  @HttpCode(200)
  @ApiOkResponse({ type: TokenDto })
  revoke(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number): Promise<TokenDto> {
    return this.admin.revokeToken(actor, id);
  }
}
