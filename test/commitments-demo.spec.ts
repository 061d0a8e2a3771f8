import request from 'supertest';
import { DemoService } from '../src/demo/demo.service';
import { createTestApp, TestApp } from './support/test-app';

describe('commitments in the demo data', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
    await t.app.get(DemoService).loadDemoData();
  });

  afterAll(() => t.close());

  it("shows the public the seeds' commitments as confirmed by the griffie", async () => {
    const http = request(t.app.getHttpServer());
    // The seed set (2024-123); the demo month's sets add commitments in every status (demo-data.spec.ts).
    const [seed] = await t.dataSource.query(`SELECT id FROM question_set WHERE reference = '2024-123'`);
    const amersfoort = await http
      .get('/api/commitments')
      .query({ municipality: 'amersfoort', questionSet: seed.id })
      .expect(200);
    expect(amersfoort.body.total).toBe(6);
    expect(amersfoort.body.items.every((c: { status: string }) => c.status === 'open')).toBe(true);
    const amstelveen = await http.get('/api/commitments').query({ municipality: 'amstelveen' }).expect(200);
    expect(amstelveen.body.items.map((c: { phrase: string; deadline: string }) => [c.phrase, c.deadline])).toEqual([
      ['in het voorjaar 2025', '2025-05-31'],
    ]);
  });
});
