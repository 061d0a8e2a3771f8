import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderSearchSql } from './rendered-sql';

describe('the search statements checked in (queries/*.sql)', () => {
  const dir = join(__dirname, 'queries');
  const rendered = renderSearchSql();

  it('are what the engine compiles now (regenerate with `npm run build && npm run search:sql`)', () => {
    for (const [name, content] of rendered) {
      expect({ name, content: readFileSync(join(dir, name), 'utf8') }).toEqual({ name, content });
    }
  });

  it('has no file for a shape that is gone', () => {
    const files = readdirSync(dir).filter((name) => name.endsWith('.sql'));
    expect(files.sort()).toEqual([...rendered.keys()].sort());
  });

  it('binds every typed value as a parameter, never into the text', () => {
    for (const content of rendered.values()) {
      for (const typed of ['Lot van Hooijdonk', 'VVD', '2021-01-01', 'omwon']) {
        const sqlLines = content.split('\n').filter((line) => !line.startsWith('--'));
        expect(sqlLines.join('\n')).not.toContain(typed);
      }
    }
  });
});
