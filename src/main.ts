import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { drainHttpServer, onTerminationSignal } from './common/graceful-shutdown';
import { jsonLogLine } from './common/logging';
import { AppConfig, ConfigError, loadConfig } from './config/config';
import { prepareDatabase } from './database/database';
import { releaseShutdownSignals } from './database/embedded-postgres';
import type { DemoService as DemoServiceType } from './demo/demo.service';

/** Requests still running at SIGTERM get this long to finish; then their connections are cut. */
const REQUEST_GRACE_MS = 15_000;
/** The whole shutdown (requests, jobs, connection pool, embedded PostgreSQL) ends within this, else exit 1. */
const SHUTDOWN_LIMIT_MS = 25_000;

/** The roles as a first-time user knows them (docs/tour.md says what each does first). */
const ROLE_NAMES: Record<string, string> = {
  clerk: 'griffie',
  party: 'fractie',
  executive: 'bestuursondersteuning wethouder',
  admin: 'beheerder',
};

/** Progress on standard error and results on standard output as readable lines, or all as JSON lines (LOG_FORMAT=json). */
function outputs(config: AppConfig) {
  if (config.logFormat === 'json') {
    const json = (level: string) => (line: string) => void process.stdout.write(jsonLogLine(level, 'Main', line));
    return { log: json('info'), print: json('info'), fail: json('error') };
  }
  return {
    log: (line: string) => void process.stderr.write(`${line}\n`),
    print: (line: string) => console.log(line),
    fail: (line: string) => void process.stderr.write(`${line}\n`),
  };
}

async function main(): Promise<void> {
  const config = loadConfig();
  const { log, print: consoleLog, fail } = outputs(config);
  let spawned: () => void = () => undefined;
  const serverSpawned = new Promise<void>((resolve) => (spawned = resolve));
  const phases: string[] = [];
  let phaseStart = 0;
  const phase = (name: string) => {
    const now = performance.now();
    phases.push(`${name} ${((now - phaseStart) / 1000).toFixed(2)} s`);
    phaseStart = now;
  };
  phase('Node en configuratie');
  const preparing = prepareDatabase(config, log, () => spawned());
  // Loading the application's modules takes a few seconds of CPU on a busy machine: the embedded
  // PostgreSQL starts up in its own process meanwhile (npm run bench -- start, docs/operations.md).
  await Promise.race([
    serverSpawned,
    preparing.then(
      () => undefined,
      () => undefined,
    ),
  ]);
  /* eslint-disable @typescript-eslint/no-require-imports */
  const { createApp } = require('./bootstrap') as typeof import('./bootstrap');
  const { DemoService } = require('./demo/demo.service') as { DemoService: typeof DemoServiceType };
  /* eslint-enable @typescript-eslint/no-require-imports */
  phase('modules');
  const database = await preparing;
  phase('database (rest)');
  const app = await createApp(config, database.url);
  // The server shuts down in this order; the embedded database's own signal handlers would stop it first.
  releaseShutdownSignals();
  onTerminationSignal(async (signal) => {
    const limit = setTimeout(() => {
      fail(`Afsluiten duurde langer dan ${SHUTDOWN_LIMIT_MS / 1000} s; het proces stopt nu.`);
      process.exit(1);
    }, SHUTDOWN_LIMIT_MS);
    limit.unref();
    try {
      log(`${signal} ontvangen: geen nieuwe verzoeken meer; lopende verzoeken en taken worden afgemaakt…`);
      const drained = await drainHttpServer(app.getHttpServer() as Server, REQUEST_GRACE_MS);
      if (!drained) fail(`Verzoeken die na ${REQUEST_GRACE_MS / 1000} s nog liepen, zijn afgebroken.`);
      // Jobs (outbox worker, follow mails, digests) finish their run, then the connection pool closes.
      await app.close();
      if (database.stop) await database.stop();
      log('Afgesloten.');
      process.exit(0);
    } catch (error) {
      fail(`Afsluiten mislukt: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    }
  });
  // init() runs onModuleInit, where commitments, search and web register their hooks: before the demo loads.
  await app.init();
  const demo = app.get(DemoService);
  const firstStart = await demo.isEmpty();
  const credentials = firstStart ? await demo.loadDemoData() : null;
  await app.listen(config.port);
  phase('app');
  const cpu = process.cpuUsage();
  // Where a start's time goes (npm run bench -- start prints it; docs/operations.md).
  log(
    `Gestart in ${(performance.now() / 1000).toFixed(2)} s sinds het starten van Node: ${phases.join(', ')}; ` +
      `CPU-tijd van dit proces ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s`,
  );
  const url = config.publicUrl;
  consoleLog(`Raadsvragen draait op ${url}  (API-documentatie: ${url}/api/docs)`);
  if (credentials) {
    // Printed once, in this order: URL, admin token, a clerk token per municipality; then web accounts.
    const tokenLines = credentials.tokens.map(
      (t) => `${t.role}${t.municipality ? ` ${t.municipality}` : ''}: ${t.secret}`,
    );
    const accountLines = credentials.webAccounts.map(
      (a) => `${a.email}: ${a.password}${a.role ? `  (${ROLE_NAMES[a.role] ?? a.role})` : ''}`,
    );
    const file = join(config.dataDir, 'demo-credentials.txt');
    consoleLog(`Demo-API-tokens (eenmalig getoond; ook bewaard in ${file}):`);
    for (const line of tokenLines) consoleLog(`  ${line}`);
    if (accountLines.length > 0) {
      consoleLog('Demo-webaccounts (inloggen op /inloggen):');
      for (const line of accountLines) consoleLog(`  ${line}`);
    }
    writeFileSync(file, `${[...tokenLines, ...accountLines].join('\n')}\n`, { mode: 0o600 });
  } else {
    consoleLog(
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
