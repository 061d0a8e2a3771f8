import { INestApplication, LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module';
import { AppConfig } from './config/config';
import { configureApp } from './configure-app';

/** The configured application against an already migrated database (used by main and the CLI). */
export async function createApp(
  config: AppConfig,
  databaseUrl: string,
  logLevels?: LogLevel[],
): Promise<INestApplication> {
  const app = await NestFactory.create(AppModule.forRoot(config, databaseUrl), {
    bodyParser: false,
    logger: logLevels ?? ['error', 'warn'],
  });
  configureApp(app, config);
  app.enableShutdownHooks();
  return app;
}
