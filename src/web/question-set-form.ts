import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { ConflictError, DomainValidationError, FieldError } from '../common/domain-errors';
import { flattenValidationErrors } from '../common/validation';
import { CreateQuestionSetDto } from '../questions/dto/question-set.dto';
import { FormErrors, formErrors } from './view-models';
import { field, splitList } from './web-helpers';

/** The register form (griffie) and the draft form (fractie): the same fields, validated like the API. */

export const SET_FORM_LABELS: Record<string, string> = {
  subject: 'Onderwerp',
  reference: 'Registratienummer',
  party: 'Fractie',
  submitters: 'Indieners',
  portfolioHolder: 'Portefeuillehouder',
  receivedOn: 'Datum van ontvangst',
  explanation: 'Toelichting',
  questions: 'Vragen:',
  number: 'Vraagnummer',
  text: 'Vraag',
  algemeen: '',
};

const MIN_ROWS = 5;

export interface QuestionRow {
  index: number;
  position: number;
  number: string;
  text: string;
  numberId: string;
  textId: string;
  numberError: string | null;
  textError: string | null;
}

export interface SetFormState {
  values: Record<string, string>;
  rows: QuestionRow[];
  errors: FormErrors;
}

function rowsOf(body: Record<string, unknown> | undefined): { number: string; text: string }[] {
  const raw = body?.questions;
  const list = Array.isArray(raw)
    ? raw
    : raw && typeof raw === 'object'
      ? Object.values(raw as Record<string, unknown>)
      : [];
  return list.map((r) => {
    const row = (r ?? {}) as Record<string, unknown>;
    return {
      number: typeof row.number === 'string' ? row.number.trim() : '',
      text: typeof row.text === 'string' ? row.text.trim() : '',
    };
  });
}

/** An empty form, or the posted form refilled; `extraRows` adds empty rows ("meer vragen"). */
export function setFormState(body?: Record<string, unknown>, extraRows = 0): SetFormState {
  const values: Record<string, string> = {};
  for (const name of ['subject', 'reference', 'party', 'submitters', 'portfolioHolder', 'receivedOn', 'explanation'])
    values[name] = field(body, name);
  const posted = rowsOf(body);
  const count = Math.max(MIN_ROWS, posted.length) + extraRows;
  const rows: QuestionRow[] = [];
  for (let i = 0; i < count; i++) {
    const r = posted[i] ?? { number: '', text: '' };
    rows.push({
      index: i,
      position: i + 1,
      number: r.number || (posted.length === 0 ? String(i + 1) : ''),
      text: r.text,
      numberId: `veld-questions-${i}-number`,
      textId: `veld-questions-${i}-text`,
      numberError: null,
      textError: null,
    });
  }
  return { values, rows, errors: { byField: {}, summary: [] } };
}

/**
 * Validates the form as the API's DTO would and returns the DTO, or fills `state.errors`
 * (messages beside the fields, paths mapped back from the filled rows to the form's rows).
 */
export async function validateSetForm(
  state: SetFormState,
  municipality: string,
  status: 'draft' | 'registered',
): Promise<CreateQuestionSetDto | null> {
  const filled = state.rows.filter((r) => r.text !== '');
  const v = state.values;
  const plain = {
    municipality,
    status,
    subject: v.subject,
    ...(v.reference ? { reference: v.reference } : {}),
    ...(v.party ? { party: v.party } : {}),
    submitters: splitList(v.submitters),
    ...(v.portfolioHolder ? { portfolioHolder: v.portfolioHolder } : {}),
    ...(v.receivedOn ? { receivedOn: v.receivedOn } : {}),
    ...(v.explanation ? { explanation: v.explanation } : {}),
    questions: filled.map((r) => ({ number: r.number, text: r.text })),
  };
  const dto = plainToInstance(CreateQuestionSetDto, plain);
  const errors = flattenValidationErrors(await validate(dto, { whitelist: true, forbidNonWhitelisted: true }));
  if (errors.length === 0) return dto;
  applyErrors(
    state,
    errors,
    filled.map((r) => r.index),
  );
  return null;
}

/** Errors from the service (a taken registration number, duplicate question numbers) shown like validation errors. */
export function applyServiceError(state: SetFormState, error: unknown): boolean {
  const filled = state.rows.filter((r) => r.text !== '').map((r) => r.index);
  if (error instanceof DomainValidationError) {
    applyErrors(state, error.errors, filled);
    return true;
  }
  if (error instanceof ConflictError) {
    applyErrors(state, [{ path: 'reference', message: error.message }], filled);
    state.errors.summary[state.errors.summary.length - 1].text = error.message;
    state.errors.byField.reference = error.message;
    return true;
  }
  return false;
}

function applyErrors(state: SetFormState, errors: FieldError[], rowIndexOfFilled: number[]): void {
  const mapped = errors.map((e) => {
    const m = /^questions\.(\d+)\.(number|text)$/.exec(e.path);
    if (!m) return e;
    const row = rowIndexOfFilled[Number(m[1])] ?? Number(m[1]);
    return { path: `questions.${row}.${m[2]}`, message: e.message };
  });
  const labels: Record<string, string> = { ...SET_FORM_LABELS };
  for (const e of mapped) {
    const m = /^questions\.(\d+)\.(number|text)$/.exec(e.path);
    if (m)
      labels[e.path] =
        m[2] === 'number' ? `Vraagnummer in rij ${Number(m[1]) + 1}` : `Vraag in rij ${Number(m[1]) + 1}`;
  }
  state.errors = formErrors(
    mapped.map((e) => (e.path === 'questions' ? { path: 'questions', message: e.message } : e)),
    labels,
    (path) => (path === 'questions' ? 'veld-questions-0-text' : `veld-${path.replace(/\./g, '-')}`),
  );
  for (const row of state.rows) {
    row.numberError = state.errors.byField[`questions.${row.index}.number`] ?? null;
    row.textError = state.errors.byField[`questions.${row.index}.text`] ?? null;
  }
  if (state.errors.byField.questions && state.rows[0]) state.rows[0].textError = state.errors.byField.questions;
}
