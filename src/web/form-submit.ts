import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import type { Response } from 'express';
import { DomainError, DomainValidationError, FieldError } from '../common/domain-errors';
import { flattenValidationErrors } from '../common/validation';

/** Validates a form body as the API's DTO; returns the DTO or the field errors. */
export async function validated<T extends object>(
  cls: new () => T,
  plain: Record<string, unknown>,
): Promise<{ dto: T; errors: FieldError[] }> {
  const dto = plainToInstance(cls, plain);
  return { dto, errors: flattenValidationErrors(await validate(dto, { whitelist: true, forbidNonWhitelisted: true })) };
}

/** Domain errors a form can show beside its fields (validation) or above them (stale version, wrong status). */
export function formErrorsOf(error: unknown): FieldError[] | null {
  if (error instanceof DomainValidationError) return error.errors;
  if (error instanceof DomainError && error.status === 409) return [{ path: 'algemeen', message: error.message }];
  return null;
}

/**
 * The end of every form POST: with no validation errors, call the service and redirect; on
 * validation errors, or a domain error a form can show, re-render the form (with 400).
 */
export async function saveOrRerender(
  res: Response,
  errors: FieldError[],
  save: () => Promise<unknown>,
  redirectTo: string,
  rerender: (problems: FieldError[]) => void | Promise<void>,
): Promise<void> {
  let problems = errors;
  if (problems.length === 0) {
    try {
      await save();
      res.redirect(303, redirectTo);
      return;
    } catch (error) {
      const shown = formErrorsOf(error);
      if (!shown) throw error;
      problems = shown;
    }
  }
  await rerender(problems);
}
