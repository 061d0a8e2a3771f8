import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { Client, ClientConfig } from 'pg';
import { DataSource } from 'typeorm';
import { sendProblem } from '../common/problem-details.filter';

/** Time between two pings. */
const INTERVAL_MS = 500;
/** A ping that takes longer has failed (a local PostgreSQL answers `SELECT 1` in well under 10 ms). */
const PING_TIMEOUT_MS = 1200;
/** Failed pings in a row before the database counts as down: one slow moment on a busy machine is not an outage. */
const FAILURES_FOR_DOWN = 2;

interface PoolLike {
  _clients?: Array<{ connection?: { stream?: { destroy(): void } } }>;
}

/**
 * Watches the database on a connection of its own. When it is down or frozen (a stopped
 * server, SIGSTOP, a partition) two pings in a row fail, within about 3 s; then new requests
 * answer 503 at once, and the queries already waiting are cut off (their connections closed),
 * so they answer 503 too instead of hanging for the whole freeze. The first ping that succeeds
 * again lets requests through: recovery needs no restart. Nothing is lost: a transaction whose
 * connection is closed was never acknowledged and is rolled back by PostgreSQL.
 */
@Injectable()
export class DatabaseWatch implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Database');
  private client: Client | null = null;
  private timer: NodeJS.Timeout | null = null;
  private failures = 0;
  private checking = false;
  up = true;

  constructor(private readonly dataSource: DataSource) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.check(), INTERVAL_MS);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.dropClient();
  }

  /** One ping with a time limit; true when the database answered. */
  async ping(timeoutMs = PING_TIMEOUT_MS): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(false), timeoutMs);
    });
    const attempt = (async () => {
      if (!this.client) {
        const options = this.dataSource.driver.options as { url?: string };
        const client = new Client({
          connectionString: options.url,
          connectionTimeoutMillis: timeoutMs,
          query_timeout: timeoutMs,
        } as ClientConfig);
        client.on('error', () => undefined);
        this.client = client;
        await client.connect();
      }
      await this.client.query('SELECT 1');
      return true;
    })().catch(() => false);
    const ok = await Promise.race([attempt, timeout]);
    clearTimeout(timer);
    if (!ok) await this.dropClient();
    else {
      // Any successful ping (also /health's) opens the gate: once /health says up, requests pass.
      this.failures = 0;
      if (!this.up) {
        this.up = true;
        this.logger.log('The database answers again.');
      }
    }
    return ok;
  }

  private async check(): Promise<void> {
    if (this.checking) return;
    this.checking = true;
    try {
      if (await this.ping()) return;
      this.failures++;
      if (this.up && this.failures >= FAILURES_FOR_DOWN) {
        this.up = false;
        this.logger.error('The database does not answer: requests answer 503 until it does.');
        this.cutOffWaitingQueries();
      }
    } finally {
      this.checking = false;
    }
  }

  /** Closes the sockets of the pool's connections: queries waiting on a frozen server fail now, and the pool replaces them. */
  private cutOffWaitingQueries(): void {
    const pool = (this.dataSource.driver as unknown as { master?: PoolLike }).master;
    for (const client of pool?._clients ?? []) client.connection?.stream?.destroy();
  }

  private async dropClient(): Promise<void> {
    const client = this.client;
    this.client = null;
    if (!client) return;
    // end() on a frozen server would wait for it: the socket is closed instead.
    (client as unknown as { connection?: { stream?: { destroy(): void } } }).connection?.stream?.destroy();
    await client.end().catch(() => undefined);
  }

  /** Middleware: while the database is down, every request but the health checks and static files answers 503 at once. */
  gate = (req: Request, res: Response, next: NextFunction): void => {
    if (this.up || req.path.startsWith('/health') || req.path.startsWith('/static/')) return next();
    sendProblem(req, res, {
      type: 'https://raadsvragen.nl/problemen/database-unavailable',
      title: 'Dienst niet beschikbaar',
      status: 503,
      detail: 'De database is tijdelijk niet bereikbaar. Probeer het over enkele seconden opnieuw.',
    });
  };
}
