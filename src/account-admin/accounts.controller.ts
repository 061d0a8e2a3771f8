import { Body, Controller, Get, HttpCode, Param, ParseIntPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Actor } from '../auth/actor';
import { CurrentActor } from '../auth/actor.guard';
import { Page } from '../common/pagination';
import { AccountAdminService } from './account-admin.service';
import {
  AccountDto,
  AccountPageDto,
  AccountsQueryDto,
  CreateAccountDto,
  MessageDto,
  UpdateAccountDto,
} from './dto/account-admin.dto';

/** Web accounts: the beheerder all, the griffie its municipality's (docs/api.md "Accounts and tokens"). */
@ApiTags('accounts')
@ApiBearerAuth()
@Controller('api/accounts')
export class AccountsController {
  constructor(private readonly admin: AccountAdminService) {}

  @Get()
  @ApiOkResponse({ type: AccountPageDto })
  list(@CurrentActor() actor: Actor, @Query() query: AccountsQueryDto): Promise<Page<AccountDto>> {
    return this.admin.listAccounts(actor, query);
  }

  @Get(':id')
  @ApiOkResponse({ type: AccountDto })
  get(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number): Promise<AccountDto> {
    return this.admin.findAccount(actor, id);
  }

  /** Creates the account and mails it an invitation link to choose a password (valid three days). */
  @Post()
  @ApiCreatedResponse({ type: AccountDto })
  create(@CurrentActor() actor: Actor, @Body() body: CreateAccountDto): Promise<AccountDto> {
    return this.admin.createAccount(actor, body);
  }

  /** Name, role (within what the caller may grant), fractie, alderman, disabled. */
  @Patch(':id')
  @ApiOkResponse({ type: AccountDto })
  update(
    @CurrentActor() actor: Actor,
    @Param('id', ParseIntPipe) id: number,
    @Body() body: UpdateAccountDto,
  ): Promise<AccountDto> {
    return this.admin.updateAccount(actor, id, body);
  }

  /** Mails the account a single-use link to choose a new password (valid an hour). */
  @Post(':id/password-reset')
  @HttpCode(202)
  @ApiAcceptedResponse({ type: MessageDto })
  passwordReset(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number): Promise<MessageDto> {
    return this.admin.sendPasswordReset(actor, id);
  }
}
