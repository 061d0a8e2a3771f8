import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import type { Observable } from 'rxjs';
import type { MulterOptions } from '@nestjs/platform-express/multer/interfaces/multer-options.interface';
import { memoryStorage } from 'multer';
import type { RequestWithActor } from '../auth/actor.guard';
import { ForbiddenError, PayloadTooLargeError } from '../common/domain-errors';

/** docs/api.md: uploads larger than 20 MB answer 413 and store nothing. */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

/** Room for the other form fields (the edited set as JSON) next to the file. */
const MAX_FIELD_BYTES = 5 * 1024 * 1024;

export const TOO_LARGE_MESSAGE = 'Het bestand is groter dan 20 MB; er is niets opgeslagen.';

/**
 * Multer for the import routes: one file in memory (never on disk, so a refused upload leaves
 * nothing behind), at most 20 MB; a larger file becomes PayloadTooLargeException (→ 413).
 */
export const IMPORT_MULTER_OPTIONS: MulterOptions = {
  storage: memoryStorage(),
  limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 10, fieldSize: MAX_FIELD_BYTES },
};

/**
 * Runs before multer reads the body: refuses roles that may never import (so nobody else makes
 * the server receive 20 MB) and bodies that announce more than file + fields allow.
 */
@Injectable()
export class ImportUploadGate implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<RequestWithActor>();
    const role = request.actor?.role;
    if (role !== 'clerk' && role !== 'admin') {
      throw new ForbiddenError('Alleen de griffie kan documenten importeren.');
    }
    const announced = Number(request.headers['content-length']);
    if (Number.isFinite(announced) && announced > MAX_UPLOAD_BYTES + MAX_FIELD_BYTES) {
      throw new PayloadTooLargeError(TOO_LARGE_MESSAGE);
    }
    return next.handle();
  }
}
