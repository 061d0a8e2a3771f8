import { INestApplication } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import cookieParser from 'cookie-parser';
import { json, urlencoded } from 'express';
import hbs from 'hbs';
import { join } from 'node:path';
import { bodyParserErrors, inputGuard } from './common/input-guard';
import { requestIds } from './common/logging';
import { ProblemDetailsFilter } from './common/problem-details.filter';
import { securityHeaders } from './common/security-headers';
import { createValidationPipe } from './common/validation';
import { AppConfig } from './config/config';
import { PROJECT_ROOT } from './config/project-root';
import { registerDeadlineHelpers } from './deadlines';
import { DatabaseWatch } from './health/database-watch';
import { plural } from './web/view-models';

export { PROJECT_ROOT };

/**
 * Everything main.ts installs on the app, also used by every e2e test, so tests run the app
 * users run: validation, problem details, views, cookies, OpenAPI.
 */
export function configureApp(app: INestApplication, config: AppConfig): void {
  const express = app as NestExpressApplication;
  express.set('trust proxy', config.trustProxy);
  express.disable('x-powered-by');
  // No ETag on dynamic responses: Express hashes every body for it (50 kB for a page of search
  // results), on every request, to save bandwidth only on an identical repeat. Static files keep theirs.
  express.set('etag', false);
  // First: every answer, also a 503 of the database gate or a 413 of the body parser, carries the request id.
  express.use(requestIds(config.logFormat === 'json' ? (line) => void process.stdout.write(line) : null));
  express.use(securityHeaders);
  express.use(app.get(DatabaseWatch).gate);
  express.use(json({ limit: '2mb' }));
  express.use(urlencoded({ extended: true, limit: '2mb' }));
  express.use(bodyParserErrors);
  express.use(inputGuard);
  express.use(cookieParser());
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ProblemDetailsFilter());

  const templates = join(PROJECT_ROOT, 'templates');
  express.useStaticAssets(join(PROJECT_ROOT, 'public'), { prefix: '/static', maxAge: '1h' });
  // Browsers ask for /favicon.ico whatever the page links; the icon itself is an SVG.
  (express.getHttpAdapter().getInstance() as { get: (path: string, handler: unknown) => void }).get(
    '/favicon.ico',
    (_req: unknown, res: { redirect(status: number, url: string): void }) => res.redirect(301, '/static/favicon.svg'),
  );
  express.setBaseViewsDir(templates);
  express.setViewEngine('hbs');
  express.set('view options', { layout: 'layouts/main' });
  hbs.registerPartials(join(templates, 'partials'));
  registerDeadlineHelpers(hbs);
  hbs.registerHelper('plural', (count: unknown, singular: unknown, pluralForm: unknown) =>
    plural(Number(count) || 0, String(singular), String(pluralForm)),
  );

  // Built at the first request for it, not at every start: scanning every route and DTO takes
  // ~0.5 s of a start that should be ready in seconds (npm run bench -- start, docs/operations.md).
  const document = () =>
    SwaggerModule.createDocument(
      app,
      new DocumentBuilder()
        .setTitle('Raadsvragen API')
        .setDescription(
          'Schriftelijke vragen van gemeenteraden: registreren, volgen, beantwoorden, publiceren. Errors are application/problem+json (RFC 9457).',
        )
        .setVersion('1')
        .addBearerAuth()
        .build(),
    );
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/openapi.json' });
}
