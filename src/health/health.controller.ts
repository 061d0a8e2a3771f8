import { Controller, Get, HttpStatus, Optional, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { SearchHealth, SearchHealthReport } from '../search/search-health';
import { DatabaseWatch } from './database-watch';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly database: DatabaseWatch,
    @Optional() private readonly search?: SearchHealth,
  ) {}

  /** Liveness for a load balancer or supervisor: the process answers; restart it when this does not. */
  @Get('live')
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  /** Readiness: send traffic only while the database answers (within 2 s); 503 otherwise, no restart needed. */
  @Get('ready')
  async ready(@Res() response: Response): Promise<void> {
    const up = await this.database.ping(2000);
    response
      .status(up ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE)
      .json({ status: up ? 'ok' : 'error', database: up ? 'up' : 'down' });
  }

  /**
   * 200 when the database answers within 2 s (a degraded search engine keeps 200); 503 with
   * `database: down` when it does not, also when it is frozen rather than stopped.
   */
  @Get()
  async health(@Res() response: Response): Promise<void> {
    const database: 'up' | 'down' = (await this.database.ping(2000)) ? 'up' : 'down';
    let search: SearchHealthReport = { engine: 'postgres', degraded: false, backlog: 0 };
    if (this.search && database === 'up') {
      try {
        search = await this.search.report();
      } catch {
        search = { ...search, degraded: true };
      }
    }
    const up = database === 'up';
    response
      .status(up ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE)
      .json({ status: up ? 'ok' : 'error', database, search });
  }
}
