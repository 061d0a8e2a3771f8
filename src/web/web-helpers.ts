import type { Response } from 'express';
import { PartiesQueryDto, PeopleQueryDto } from '../people/dto/people.dto';
import { QuestionSetsQueryDto } from '../questions/dto/question-set.dto';

/** A list query for QuestionsService with the defaults of the DTO (limit 20, offset 0). */
export function setsQuery(values: Partial<QuestionSetsQueryDto>): QuestionSetsQueryDto {
  return Object.assign(new QuestionSetsQueryDto(), values);
}

export function partiesQuery(values: Partial<PartiesQueryDto>): PartiesQueryDto {
  return Object.assign(new PartiesQueryDto(), values);
}

export function peopleQuery(values: Partial<PeopleQueryDto>): PeopleQueryDto {
  return Object.assign(new PeopleQueryDto(), values);
}

/** Renders a page with a status (forms re-shown with messages answer 400/422, not 200). */
export function renderPage(res: Response, view: string, model: Record<string, unknown>, status = 200): void {
  res.status(status).render(view, model);
}

/** A form value as one trimmed string ('' when absent or not a string). */
export function field(body: Record<string, unknown> | undefined, name: string): string {
  const value = body?.[name];
  return typeof value === 'string' ? value.trim() : '';
}

/** A positive whole number from a path or query parameter, else null (the page then answers 404). */
export function idParam(raw: string): number | null {
  return /^\d{1,9}$/.test(raw) ? Number(raw) : null;
}

/** Only local paths as redirect targets after login (no open redirect to another site). */
export function safeLocalPath(raw: unknown): string | null {
  return typeof raw === 'string' && /^\/(?![/\\])/.test(raw) ? raw : null;
}

/** `1. Wat …` lines → numbered questions; used nowhere a number is missing. */
export function splitList(raw: string): string[] {
  return raw
    .split(/[,;\n]/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}
