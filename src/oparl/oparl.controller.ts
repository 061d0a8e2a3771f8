import { Controller, Get, Header, Param, ParseIntPipe, Query, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { NotFoundError } from '../common/domain-errors';
import { OparlObject } from './oparl-objects';
import { OparlListQueryDto } from './oparl-query.dto';
import { OparlList, OparlService } from './oparl.service';
import { BodyList, OPARL_PREFIX } from './oparl-urls';

const LISTS: BodyList[] = ['organizations', 'people', 'papers', 'meetings'];

/**
 * OParl 1.1 (https://oparl.org): the public archive in the standard of council information
 * systems, for harvesters such as Open Raadsinformatie. Anyone may read it (CORS open, OParl 1.1, 2.6).
 */
@ApiTags('oparl')
@Controller(OPARL_PREFIX)
export class OparlController {
  constructor(private readonly oparl: OparlService) {}

  @Get()
  @Header('Access-Control-Allow-Origin', '*')
  @ApiOperation({ summary: 'The OParl System (entry point).' })
  entry(): Promise<OparlObject> {
    return this.oparl.system();
  }

  @Get('system')
  @Header('Access-Control-Allow-Origin', '*')
  system(): Promise<OparlObject> {
    return this.oparl.system();
  }

  @Get('bodies')
  @Header('Access-Control-Allow-Origin', '*')
  @ApiOperation({ summary: 'One Body per municipality.' })
  bodies(@Query() query: OparlListQueryDto): Promise<OparlList> {
    return this.oparl.bodies(query);
  }

  @Get('bodies/:slug')
  @Header('Access-Control-Allow-Origin', '*')
  body(@Param('slug') slug: string): Promise<OparlObject> {
    return this.oparl.body(slug);
  }

  @Get('bodies/:slug/:list')
  @Header('Access-Control-Allow-Origin', '*')
  @ApiOperation({
    summary: 'A Body list: organizations, people, papers (question sets, then documents) or meetings (none).',
  })
  async bodyList(
    @Param('slug') slug: string,
    @Param('list') list: string,
    @Query() query: OparlListQueryDto,
  ): Promise<OparlList> {
    if (!(LISTS as string[]).includes(list)) throw new NotFoundError(`Lijst ${list}`);
    return this.oparl.bodyList(slug, list as BodyList, query);
  }

  @Get('organizations/:key')
  @Header('Access-Control-Allow-Origin', '*')
  organization(@Param('key') key: string): Promise<OparlObject> {
    return this.oparl.organization(key);
  }

  @Get('persons/:id')
  @Header('Access-Control-Allow-Origin', '*')
  person(@Param('id', ParseIntPipe) id: number): Promise<OparlObject> {
    return this.oparl.person(id);
  }

  @Get('memberships/:key')
  @Header('Access-Control-Allow-Origin', '*')
  membership(@Param('key') key: string): Promise<OparlObject> {
    return this.oparl.membership(key);
  }

  @Get('papers/:key')
  @Header('Access-Control-Allow-Origin', '*')
  @ApiOperation({ summary: 'A question set (paperType "Schriftelijke vragen") or a document it names (document-N).' })
  paper(@Param('key') key: string): Promise<OparlObject> {
    return this.oparl.paper(key);
  }

  @Get('files/:key')
  @Header('Access-Control-Allow-Origin', '*')
  file(@Param('key') key: string): Promise<OparlObject> {
    return this.oparl.file(key);
  }

  @Get('files/:key/content')
  @ApiOperation({ summary: "A File's content (accessUrl): shown in the browser." })
  async content(@Param('key') key: string, @Res() response: Response): Promise<void> {
    await this.send(key, response, 'inline');
  }

  @Get('files/:key/download')
  @ApiOperation({ summary: "A File's content as a download (downloadUrl)." })
  async download(@Param('key') key: string, @Res() response: Response): Promise<void> {
    await this.send(key, response, 'attachment');
  }

  private async send(key: string, response: Response, disposition: 'inline' | 'attachment'): Promise<void> {
    const content = await this.oparl.fileContent(key);
    response.setHeader('Access-Control-Allow-Origin', '*');
    if ('redirect' in content) {
      response.redirect(302, content.redirect);
      return;
    }
    response.type('text/plain; charset=utf-8');
    // OParl 1.1, 2.7: accessUrl never sends `attachment`; downloadUrl must, with the file name.
    if (disposition === 'attachment')
      response.setHeader('Content-Disposition', `attachment; filename="${content.fileName}"`);
    response.send(content.text);
  }
}
