import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createApp } from './bootstrap';
import { ConfigError, loadConfig } from './config/config';
import { prepareDatabase } from './database/database';
import { DemoService } from './demo/demo.service';

async function main(): Promise<void> {
  const config = loadConfig();
  const log = (line: string) => process.stderr.write(`${line}\n`);
  const database = await prepareDatabase(config, log);
  const app = await createApp(config, database.url);
  if (database.stop) {
    const stop = database.stop;
    app.getHttpServer().on('close', () => void stop());
  }
  const demo = app.get(DemoService);
  const firstStart = await demo.isEmpty();
  const tokens = firstStart ? await demo.loadDemoData() : [];
  await app.listen(config.port);
  const url = config.publicUrl;
  console.log(`Raadsvragen draait op ${url}  (API-documentatie: ${url}/api/docs)`);
  if (tokens.length > 0) {
    const lines = tokens.map((t) => `${t.role}${t.municipality ? ` ${t.municipality}` : ''}: ${t.secret}`);
    console.log(`Demo-tokens (eenmalig getoond; ook bewaard in ${join(config.dataDir, 'demo-tokens.txt')}):`);
    for (const line of lines) console.log(`  ${line}`);
    writeFileSync(join(config.dataDir, 'demo-tokens.txt'), `${lines.join('\n')}\n`, { mode: 0o600 });
  }
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
    process.exit(78);
  }
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
