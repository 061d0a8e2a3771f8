import request from 'supertest';
import { TestApp } from './test-app';

export interface MunicipalityFixture {
  id: number;
  slug: string;
}

/** A municipality created through the API as an admin would. */
export async function createMunicipality(
  t: TestApp,
  overrides: Partial<{ name: string; slug: string; answerTermAmount: number; answerTermUnit: 'days' | 'weeks' }> = {},
): Promise<MunicipalityFixture> {
  const admin = await t.token('admin', null);
  const slug = overrides.slug ?? `gemeente-${Math.random().toString(36).slice(2, 8)}`;
  const response = await request(t.app.getHttpServer())
    .post('/api/municipalities')
    .set('Authorization', admin)
    .send({ name: overrides.name ?? slug, slug, answerTermAmount: 20, answerTermUnit: 'days', ...overrides })
    .expect(201);
  return { id: response.body.id, slug };
}

/** A valid registered question set body, with overrides. */
export function questionSetBody(
  municipality: string,
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    municipality,
    subject: 'Uitvoering motie antidiscriminatiebeleid',
    party: 'GroenLinks',
    submitters: ['J. de Vries'],
    portfolioHolder: 'Paffen-Zeenni',
    receivedOn: '2024-10-01',
    explanation: 'Op 6 november 2018 nam de raad motie 2018-115M aan.',
    questions: [
      { number: '1', text: 'Hoe worden de maatregelen geëvalueerd?' },
      { number: '2.a', text: 'Welke meldingen zijn er gedaan?' },
      { number: '2b', text: 'Hoeveel meldingen waren dat?' },
    ],
    documents: [{ kind: 'motion', reference: '2018-115M', date: '2018-11-06' }],
    ...overrides,
  };
}
