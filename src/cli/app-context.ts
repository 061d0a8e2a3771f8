import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppModule } from '../app.module';
import { loadConfig } from '../config/config';
import { prepareDatabase } from '../database/database';

/**
 * Runs `work` inside the application (no HTTP server) against the configured database, the
 * embedded one by default. Logs go to standard error; standard output stays for results.
 */
export async function withAppContext<T>(work: (app: INestApplicationContext) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const database = await prepareDatabase(config, (line) => process.stderr.write(`${line}\n`));
  const app = await NestFactory.createApplicationContext(AppModule.forRoot(config, database.url), {
    logger: ['error', 'warn'],
  });
  try {
    return await work(app);
  } finally {
    await app.close();
    if (database.stop) await database.stop();
  }
}
