import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseQuestionSetText } from './index';
import { withWarningGists } from './warning-gist';

/**
 * The layout fixtures of issue 19 (test/fixtures/layouts/README.md): each parses exactly to its
 * expected JSON, except the known gaps, which must still differ — a fix moves a name out of the list.
 */
const root = join(__dirname, '../../test/fixtures/layouts');
const knownGaps = JSON.parse(readFileSync(join(root, 'known-gaps.json'), 'utf8')) as Record<string, string>;
const sets = readdirSync(root, { withFileTypes: true })
  .filter((d) => d.isDirectory() && /^(tuning|held-out(-\d+)?)$/.test(d.name))
  .map((d) => d.name);
const fixtures = sets.flatMap((set) =>
  readdirSync(join(root, set))
    .filter((f) => f.endsWith('.txt'))
    .map((f) => `${set}/${f.replace(/\.txt$/, '')}`),
);
/** Warnings compare by what they report, not their wording (the contract fixes no sentences). */
const parse = (name: string): unknown => {
  try {
    return withWarningGists(
      parseQuestionSetText(readFileSync(join(root, `${name}.txt`), 'utf8'), { reference: '2024-11-05' }),
    );
  } catch (error) {
    return { refused: (error as { code?: string }).code ?? String(error) };
  }
};
const expected = (name: string): unknown =>
  withWarningGists(JSON.parse(readFileSync(join(root, `${name}.expected.json`), 'utf8')) as { warnings: string[] });

describe('layout fixtures', () => {
  it('has at least 40 fixtures, a third of them held out', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(40);
    expect(fixtures.filter((f) => f.startsWith('held-out')).length * 3).toBeGreaterThanOrEqual(fixtures.length - 2);
  });

  it.each(fixtures.filter((f) => !(f in knownGaps)))('parses %s to its expected JSON', (name) => {
    expect(parse(name)).toEqual(expected(name));
  });

  it('still misreads each known gap (remove a name from known-gaps.json once fixed)', () => {
    for (const name of Object.keys(knownGaps)) {
      expect(fixtures).toContain(name);
      expect(parse(name)).not.toEqual(expected(name));
    }
  });
});
