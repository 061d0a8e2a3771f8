/**
 * Domain errors: services throw these (never HttpException); the problem-details filter maps
 * them to HTTP in one place. Messages are Dutch: they reach the user as `detail`.
 */
export abstract class DomainError extends Error {
  abstract readonly status: number;
  abstract readonly code: string;
  /** Extra members for the problem details (the current status, the current resource, …). */
  readonly extensions: Record<string, unknown> = {};
}

export class NotFoundError extends DomainError {
  readonly status = 404;
  readonly code = 'not-found';
  constructor(what: string) {
    super(`${what} bestaat niet of is niet zichtbaar voor u.`);
  }
}

export class ForbiddenError extends DomainError {
  readonly status = 403;
  readonly code = 'forbidden';
  constructor(message = 'U mag deze handeling niet uitvoeren.') {
    super(message);
  }
}

export class UnauthenticatedError extends DomainError {
  readonly status = 401;
  readonly code = 'unauthenticated';
  constructor(message = 'Het API-token is onbekend of ingetrokken.') {
    super(message);
  }
}

/** A lifecycle transition that the current status does not allow. */
export class InvalidTransitionError extends DomainError {
  readonly status = 409;
  readonly code = 'invalid-transition';
  constructor(message: string, currentStatus: string) {
    super(message);
    this.extensions.currentStatus = currentStatus;
  }
}

/** The client wrote with a version it read earlier; someone else changed the resource since. */
export class StaleVersionError extends DomainError {
  readonly status = 409;
  readonly code = 'stale-version';
  constructor(sentVersion: number, current: unknown, currentVersion: number) {
    super(
      `Iemand anders heeft dit intussen gewijzigd (u stuurde versie ${sentVersion}, de huidige is ${currentVersion}). Laad opnieuw en probeer het nog eens.`,
    );
    this.extensions.currentVersion = currentVersion;
    this.extensions.current = current;
  }
}

export class ConflictError extends DomainError {
  readonly status = 409;
  readonly code = 'conflict';
  constructor(message: string, extensions: Record<string, unknown> = {}) {
    super(message);
    Object.assign(this.extensions, extensions);
  }
}

export interface FieldError {
  path: string;
  message: string;
}

/** A request that is well-formed but breaks a domain rule on named fields. */
export class DomainValidationError extends DomainError {
  readonly status = 400;
  readonly code = 'validation';
  constructor(
    readonly errors: FieldError[],
    message = 'De invoer is niet geldig.',
  ) {
    super(message);
    this.extensions.errors = errors;
  }
}

export class PayloadTooLargeError extends DomainError {
  readonly status = 413;
  readonly code = 'payload-too-large';
}

export class UnprocessableDocumentError extends DomainError {
  readonly status = 422;
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.code = code;
  }
}

/**
 * A limit on how often something may be asked (429); the message says when to try again, and
 * `retryAfterSeconds`, when known, becomes the `Retry-After` header and the `retryAfter` member.
 */
export class TooManyRequestsError extends DomainError {
  readonly status = 429;
  readonly code = 'too-many-requests';
  constructor(message: string, retryAfterSeconds?: number) {
    super(message);
    if (retryAfterSeconds !== undefined) this.extensions.retryAfter = Math.max(1, Math.ceil(retryAfterSeconds));
  }
}
