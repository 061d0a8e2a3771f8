import { Controller, Get, HttpStatus, Optional, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { SearchHealth, SearchHealthReport } from '../search/search-health';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly dataSource: DataSource,
    @Optional() private readonly search?: SearchHealth,
  ) {}

  /** 200 when the database answers (a degraded search engine keeps 200); 503 when it does not. */
  @Get()
  async health(@Res() response: Response): Promise<void> {
    let database: 'up' | 'down';
    try {
      await this.dataSource.query('SELECT 1');
      database = 'up';
    } catch {
      database = 'down';
    }
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
