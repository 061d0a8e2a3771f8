/**
 * Prints the SQL that would bring an empty (or the given) database to the entities' schema,
 * as a starting point for a migration that is then read, edited and committed.
 * Usage: npx tsc -p tsconfig.build.json && node dist/scripts/generate-migration.js postgres://…/empty_db
 */
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { typeOrmOptions } from '../src/database/typeorm-options';

async function main(url: string): Promise<void> {
  const dataSource = new DataSource({ ...typeOrmOptions(url), migrations: [] });
  await dataSource.initialize();
  const sql = await dataSource.driver.createSchemaBuilder().log();
  for (const query of sql.upQueries) console.log(`await queryRunner.query(\`${query.query.replace(/`/g, '\\`')}\`);`);
  console.log('// ---- down');
  for (const query of sql.downQueries.reverse())
    console.log(`await queryRunner.query(\`${query.query.replace(/`/g, '\\`')}\`);`);
  await dataSource.destroy();
}

main(process.argv[2] ?? 'postgres://postgres@127.0.0.1:5432/raadsvragen_migration_gen').catch((error) => {
  console.error(error);
  process.exit(1);
});
