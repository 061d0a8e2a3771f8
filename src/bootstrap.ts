import { INestApplication, LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module';
import { JsonLogger } from './common/logging';
import { AppConfig } from './config/config';
import { configureApp } from './configure-app';

/** The configured application against an already migrated database (used by main and the CLI). */
export async function createApp(
  config: AppConfig,
  databaseUrl: string,
  logLevels?: LogLevel[],
): Promise<INestApplication> {
  const levels = logLevels ?? ['error', 'warn'];
  const app = await NestFactory.create(AppModule.forRoot(config, databaseUrl), {
    bodyParser: false,
    logger: config.logFormat === 'json' ? new JsonLogger(levels) : levels,
  });
  // No enableShutdownHooks(): main.ts shuts down in its own order (requests first, then jobs and the pool).
  configureApp(app, config);
  return app;
}
