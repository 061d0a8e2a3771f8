import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';

type Doc = Record<string, unknown> & { id: number };

/**
 * A small node:http stand-in for the few search-server endpoints the outbox worker and the
 * health check use (documents add/delete by filter, settings, tasks, health). Not a search
 * engine: it stores documents by id so tests can check that nothing is lost or duplicated,
 * and it can be switched "down" to simulate an outage.
 */
export class SearchServerStub {
  readonly documents = new Map<number, Doc>();
  /** Every document received, in order (a document sent twice appears twice here, once in `documents`). */
  readonly received: Doc[] = [];
  down = false;
  requests = 0;
  private nextTask = 1;
  private server: Server | null = null;
  url = '';

  async start(): Promise<string> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this.url;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    this.requests++;
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = chunks.length > 0 ? (JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown) : null;
    const send = (status: number, payload: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(payload));
    };
    if (this.down) return send(503, { message: 'stub down', code: 'unavailable', type: 'system', link: '' });
    const path = (req.url ?? '/').split('?')[0];
    const task = (type: string) =>
      send(202, {
        taskUid: this.nextTask++,
        indexUid: 'questions',
        status: 'enqueued',
        type,
        enqueuedAt: new Date().toISOString(),
      });
    if (req.method === 'GET' && path === '/health') return send(200, { status: 'available' });
    if (req.method === 'GET' && /^\/tasks\/\d+$/.test(path)) {
      const uid = Number(path.split('/')[2]);
      const now = new Date().toISOString();
      return send(200, {
        uid,
        indexUid: 'questions',
        status: 'succeeded',
        type: 'documentAdditionOrUpdate',
        enqueuedAt: now,
        startedAt: now,
        finishedAt: now,
        duration: 'PT0S',
        details: {},
        error: null,
        canceledBy: null,
        batchUid: uid,
      });
    }
    if (req.method === 'PATCH' && /^\/indexes\/[^/]+\/settings$/.test(path)) return task('settingsUpdate');
    if (req.method === 'POST' && /^\/indexes\/[^/]+\/documents$/.test(path)) {
      for (const doc of body as Doc[]) {
        this.received.push(doc);
        this.documents.set(doc.id, doc);
      }
      return task('documentAdditionOrUpdate');
    }
    if (req.method === 'POST' && /^\/indexes\/[^/]+\/documents\/delete$/.test(path)) {
      this.deleteByFilter(String((body as { filter: string }).filter));
      return task('documentDeletion');
    }
    return send(404, {
      message: `not stubbed: ${req.method} ${path}`,
      code: 'not_found',
      type: 'invalid_request',
      link: '',
    });
  }

  /** Understands exactly the filter the worker sends: `questionSetId IN [..] [AND NOT id IN [..]]`. */
  private deleteByFilter(filter: string): void {
    const match = /^questionSetId IN \[([\d, ]*)\](?: AND NOT id IN \[([\d, ]*)\])?$/.exec(filter);
    if (!match) throw new Error(`unexpected filter ${filter}`);
    const sets = new Set(
      match[1]
        .split(',')
        .filter((s) => s.trim() !== '')
        .map(Number),
    );
    const keep = new Set(
      (match[2] ?? '')
        .split(',')
        .filter((s) => s.trim() !== '')
        .map(Number),
    );
    for (const [id, doc] of this.documents) {
      if (sets.has(doc.questionSetId as number) && !keep.has(id)) this.documents.delete(id);
    }
  }
}
