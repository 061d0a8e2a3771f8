/**
 * `npm run search:sql` (after `npm run build`): writes the PostgreSQL engine's statements for each
 * query shape to src/search/postgres/queries/*.sql (src/search/postgres/rendered-sql.ts). Commit
 * them with the change that altered them; rendered-sql.spec.ts fails while they are stale.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderSearchSql } from '../src/search/postgres/rendered-sql';

const dir = join(__dirname, '..', '..', 'src', 'search', 'postgres', 'queries');
mkdirSync(dir, { recursive: true });
const files = renderSearchSql();
for (const name of readdirSync(dir)) if (name.endsWith('.sql') && !files.has(name)) rmSync(join(dir, name));
for (const [name, content] of files) writeFileSync(join(dir, name), content);
console.log(`${files.size} files written to ${dir}`);
