import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createApp } from './bootstrap';
import { ConfigError, loadConfig } from './config/config';
import { prepareDatabase } from './database/database';
import { DemoService } from './demo/demo.service';

/** The roles as a first-time user knows them (docs/tour.md says what each does first). */
const ROLE_NAMES: Record<string, string> = {
  clerk: 'griffie',
  party: 'fractie',
  executive: 'bestuursondersteuning wethouder',
  admin: 'beheerder',
};

async function main(): Promise<void> {
  const config = loadConfig();
  const log = (line: string) => process.stderr.write(`${line}\n`);
  const database = await prepareDatabase(config, log);
  const app = await createApp(config, database.url);
  if (database.stop) {
    const stop = database.stop;
    app.getHttpServer().on('close', () => void stop());
  }
  // init() runs onModuleInit, where commitments, search and web register their hooks: before the demo loads.
  await app.init();
  const demo = app.get(DemoService);
  const firstStart = await demo.isEmpty();
  const credentials = firstStart ? await demo.loadDemoData() : null;
  await app.listen(config.port);
  const url = config.publicUrl;
  console.log(`Raadsvragen draait op ${url}  (API-documentatie: ${url}/api/docs)`);
  if (credentials) {
    // Printed once, in this order: URL, admin token, a clerk token per municipality; then web accounts.
    const tokenLines = credentials.tokens.map(
      (t) => `${t.role}${t.municipality ? ` ${t.municipality}` : ''}: ${t.secret}`,
    );
    const accountLines = credentials.webAccounts.map(
      (a) => `${a.email}: ${a.password}${a.role ? `  (${ROLE_NAMES[a.role] ?? a.role})` : ''}`,
    );
    const file = join(config.dataDir, 'demo-credentials.txt');
    console.log(`Demo-API-tokens (eenmalig getoond; ook bewaard in ${file}):`);
    for (const line of tokenLines) console.log(`  ${line}`);
    if (accountLines.length > 0) {
      console.log('Demo-webaccounts (inloggen op /inloggen):');
      for (const line of accountLines) console.log(`  ${line}`);
    }
    writeFileSync(file, `${[...tokenLines, ...accountLines].join('\n')}\n`, { mode: 0o600 });
  } else {
    console.log(
      `Demo-gegevens staan er al; de inloggegevens van de eerste start staan in ${join(config.dataDir, 'demo-credentials.txt')}.`,
    );
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
