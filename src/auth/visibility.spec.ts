import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Actor } from './actor';
import {
  canSeeAnswers,
  canSeeSet,
  meiliVisibilityFilter,
  SET_STATUSES,
  sqlVisibilityCondition,
  whoSeesWhatMarkdown,
} from './visibility';

const actor = (role: Actor['role'], municipalityId: number | null = 1, partyId: number | null = null): Actor => ({
  role,
  municipalityId,
  partyId,
  portfolioHolderId: null,
  label: role,
});

describe('who sees what', () => {
  it('is the table docs/api.md shows', () => {
    const docs = readFileSync(join(__dirname, '../../docs/api.md'), 'utf8');
    const between = /<!-- who-sees-what:start -->\n([\s\S]*?)\n<!-- who-sees-what:end -->/.exec(docs)?.[1];
    expect(between).toBe(whoSeesWhatMarkdown());
  });

  it('keeps drafts to the own party and answers under embargo for the public and parties', () => {
    const party = actor('party', 1, 7);
    const draft = { municipalityId: 1, partyId: 7, status: 'draft', receivedOn: null, questionsPublic: true };
    expect(canSeeSet(party, draft)).toBe(true);
    expect(canSeeSet(actor('party', 1, 8), draft)).toBe(false);
    expect(canSeeSet(actor('clerk'), draft)).toBe(false);
    const registered = { ...draft, status: 'registered', receivedOn: '2026-01-05' };
    expect(canSeeSet(actor('public', null), registered)).toBe(true);
    expect(canSeeSet(actor('public', null), { ...registered, questionsPublic: false })).toBe(false);
    expect(canSeeAnswers(party, registered)).toBe(false);
    expect(canSeeAnswers(actor('clerk'), registered)).toBe(true);
    expect(canSeeAnswers(actor('clerk', 2), registered)).toBe(false);
    // A withdrawn draft stays private; a withdrawn registered set stays public.
    expect(canSeeSet(actor('public', null), { ...draft, status: 'withdrawn' })).toBe(false);
    expect(canSeeSet(actor('public', null), { ...registered, status: 'withdrawn' })).toBe(true);
    expect(canSeeSet(actor('public', null), { ...registered, status: 'withdrawn' })).toBe(true);
    expect(SET_STATUSES.every((status) => canSeeSet(actor('admin', null), { ...draft, status }))).toBe(true);
  });

  it('generates the SQL and Meilisearch forms from the same rule', () => {
    const values: unknown[] = [];
    const sql = sqlVisibilityCondition(actor('party', 3, 7), 'd', (v) => {
      values.push(v);
      return `$${values.length}`;
    });
    expect(sql).toContain(`"d".status = 'published'`);
    expect(sql).toContain(`("d".municipality_id = $1 AND "d".party_id = $2)`);
    expect(values).toEqual([3, 7]);
    expect(sqlVisibilityCondition(actor('admin', null), 'd', () => '$1')).toBe('true');
    expect(meiliVisibilityFilter(actor('public', null), { questionsPublicMunicipalityIds: [] }, 'answers')).toBe(
      'status = "published"',
    );
    expect(meiliVisibilityFilter(actor('party', 3, 7), { questionsPublicMunicipalityIds: [3] })).toContain(
      '(municipalityId = 3 AND partyId = 7)',
    );
  });
});
