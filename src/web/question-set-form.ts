import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { ConflictError, DomainValidationError, FieldError } from '../common/domain-errors';
import { flattenValidationErrors } from '../common/validation';
import { PeopleService } from '../people/people.service';
import { CreateQuestionSetDto, QuestionSetDto } from '../questions/dto/question-set.dto';
import { FormErrors, formErrors } from './view-models';
import { field, partiesQuery } from './web-helpers';

/** The register form (griffie) and the draft form (fractie): the same fields, validated like the API. */

export const SET_FORM_LABELS: Record<string, string> = {
  subject: 'Onderwerp',
  reference: 'Registratienummer',
  party: 'Fractie',
  partyId: 'Fractie',
  newParty: 'Nieuwe fractie',
  submitters: 'Indieners',
  portfolioHolder: 'Portefeuillehouder',
  portfolioHolderId: 'Portefeuillehouder',
  newPortfolioHolder: 'Nieuwe portefeuillehouder',
  receivedOn: 'Datum van ontvangst',
  explanation: 'Toelichting',
  questions: 'Vragen:',
  number: 'Vraagnummer',
  text: 'Vraag',
  algemeen: '',
};

const MIN_ROWS = 5;

/** API paths whose field on the form has another name: the pickers. */
const FIELD_IDS: Record<string, string> = {
  party: 'veld-partyId',
  portfolioHolder: 'veld-portfolioHolderId',
  submitters: 'veld-submitters-0-id',
};

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

/** One submitter picker: an existing person of the municipality, or a new name when "nieuw" is chosen. */
export interface SubmitterRow {
  index: number;
  position: number;
  id: string;
  newName: string;
}

export interface SetFormState {
  values: Record<string, string>;
  rows: QuestionRow[];
  submitters: SubmitterRow[];
  errors: FormErrors;
}

/** The municipality's own parties and people the pickers offer (server-side, so the choice is checked again on POST). */
export interface PeopleChoices {
  parties: { id: number; name: string }[];
  /** Aldermen and the mayor. */
  holders: { id: number; name: string; portfolio: string | null }[];
  /** Everyone who can sign questions (councillors first, then the others). */
  members: { id: number; name: string; party: string | null }[];
}

export async function loadPeopleChoices(people: PeopleService, municipalityId: number): Promise<PeopleChoices> {
  const municipality = String(municipalityId);
  const [parties, persons] = await Promise.all([
    people.listParties(partiesQuery({ municipality, limit: 100 })),
    people.listPeopleOfMunicipality(municipalityId),
  ]);
  return {
    parties: parties.items.map((p) => ({ id: p.id, name: p.name })),
    holders: persons
      .filter((p) => p.role !== 'councillor')
      .map((p) => ({ id: p.id, name: p.name, portfolio: p.portfolio })),
    members: [...persons.filter((p) => p.role === 'councillor'), ...persons.filter((p) => p.role !== 'councillor')].map(
      (p) => ({ id: p.id, name: p.name, party: p.party }),
    ),
  };
}

/** Names that differ only in case, accents, spaces or hyphens are the same name ("Paffen Zeenni", "Paffen-Zeenni"). */
export function nameKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

const MIN_SUBMITTER_ROWS = 3;

function submittersOf(body: Record<string, unknown> | undefined): { id: string; newName: string }[] {
  const raw = body?.submitters;
  const list = Array.isArray(raw)
    ? raw
    : raw && typeof raw === 'object'
      ? Object.values(raw as Record<string, unknown>)
      : [];
  return list.map((r) => {
    const row = (r ?? {}) as Record<string, unknown>;
    return {
      id: typeof row.id === 'string' ? row.id.trim() : '',
      newName: typeof row.new === 'string' ? row.new.trim() : '',
    };
  });
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
  for (const name of [
    'subject',
    'reference',
    'partyId',
    'newParty',
    'portfolioHolderId',
    'newPortfolioHolder',
    'receivedOn',
    'explanation',
  ])
    values[name] = field(body, name);
  const postedSubmitters = submittersOf(body);
  const submitters: SubmitterRow[] = [];
  const submitterCount = Math.max(MIN_SUBMITTER_ROWS, postedSubmitters.length + (extraRows > 0 ? 1 : 0));
  for (let i = 0; i < submitterCount; i++) {
    const r = postedSubmitters[i] ?? { id: '', newName: '' };
    submitters.push({ index: i, position: i + 1, id: r.id, newName: r.newName });
  }
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
  return { values, rows, submitters, errors: { byField: {}, summary: [] } };
}

/** The form filled from a stored set (edit pages): the pickers on the set's own people. */
export function setFormStateFromSet(dto: QuestionSetDto, choices: PeopleChoices): SetFormState {
  const idOf = (name: string) => choices.members.find((m) => m.name === name)?.id;
  return setFormState({
    subject: dto.subject,
    reference: dto.reference ?? '',
    partyId: dto.party ? String(dto.party.id) : '',
    portfolioHolderId: dto.portfolioHolder ? String(dto.portfolioHolder.id) : '',
    receivedOn: dto.receivedOn ?? '',
    explanation: dto.explanation ?? '',
    submitters: dto.submitters.map((name) => {
      const id = idOf(name);
      return id !== undefined ? { id: String(id) } : { id: 'nieuw', new: name };
    }),
    questions: dto.questions,
  });
}

/** The pickers as the templates show them. */
export function pickerView(state: SetFormState, choices: PeopleChoices) {
  const v = state.values;
  const byField = state.errors.byField;
  const option = (id: number, label: string, selected: string) => ({
    value: String(id),
    label,
    selected: String(id) === selected,
  });
  return {
    party: {
      id: 'veld-partyId',
      name: 'partyId',
      label: 'Fractie',
      emptyLabel: 'Kies een fractie',
      newOption: 'Nieuwe fractie',
      newId: 'veld-newParty',
      newName: 'newParty',
      newLabel: 'Naam nieuwe fractie',
      options: choices.parties.map((p) => option(p.id, p.name, v.partyId)),
      isNew: v.partyId === 'nieuw',
      newValue: v.newParty,
      error: byField.partyId ?? byField.party ?? null,
      newError: byField.newParty ?? null,
    },
    holder: {
      id: 'veld-portfolioHolderId',
      name: 'portfolioHolderId',
      label: 'Portefeuillehouder',
      emptyLabel: 'Nog niet bekend',
      newOption: 'Nieuwe persoon',
      newId: 'veld-newPortfolioHolder',
      newName: 'newPortfolioHolder',
      newLabel: 'Naam nieuwe portefeuillehouder',
      options: choices.holders.map((p) =>
        option(p.id, p.portfolio ? `${p.name} (${p.portfolio})` : p.name, v.portfolioHolderId),
      ),
      isNew: v.portfolioHolderId === 'nieuw',
      newValue: v.newPortfolioHolder,
      error: byField.portfolioHolderId ?? byField.portfolioHolder ?? null,
      newError: byField.newPortfolioHolder ?? null,
    },
    submitters: state.submitters.map((row) => ({
      ...row,
      id: `veld-submitters-${row.index}-id`,
      name: `submitters[${row.index}][id]`,
      label: `Indiener ${row.position}`,
      emptyLabel: 'Geen',
      newOption: 'Nieuwe persoon',
      newId: `veld-submitters-${row.index}-new`,
      newName: `submitters[${row.index}][new]`,
      newLabel: `Naam nieuwe indiener ${row.position}`,
      newValue: row.newName,
      options: choices.members.map((m) => option(m.id, m.party ? `${m.name} (${m.party})` : m.name, row.id)),
      isNew: row.id === 'nieuw',
      error: byField[`submitters.${row.index}.id`] ?? (row.index === 0 ? (byField.submitters ?? null) : null),
      newError: byField[`submitters.${row.index}.new`] ?? null,
    })),
  };
}

/**
 * The pickers' choices as the names the API takes: an existing party or person of the municipality by
 * id, or a new name only when "nieuw" was chosen — and not one that is an existing name spelled
 * differently ("Paffen Zeenni" for "Paffen-Zeenni"): that one is to be chosen from the list.
 */
function resolvePickers(
  state: SetFormState,
  choices: PeopleChoices,
): { party?: string; portfolioHolder?: string; submitters: string[]; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const v = state.values;
  const pick = <T extends { id: number; name: string }>(
    idField: string,
    newField: string,
    chosen: string,
    newName: string,
    list: T[],
    what: { existing: string; fresh: string },
  ): string | undefined => {
    if (chosen === 'nieuw') {
      if (!newName) {
        errors.push({ path: newField, message: `is leeg: vul de naam in, of kies ${what.existing} uit de lijst.` });
        return undefined;
      }
      const same = list.find((item) => nameKey(item.name) === nameKey(newName));
      if (same && same.name !== newName) {
        errors.push({ path: newField, message: `bestaat al als "${same.name}": kies die uit de lijst.` });
        return undefined;
      }
      return newName;
    }
    if (newName) {
      errors.push({
        path: newField,
        message: `wordt alleen gebruikt als u "${what.fresh}" kiest in de lijst; kies dat, of maak dit veld leeg.`,
      });
    }
    if (chosen === '') return undefined;
    const found = list.find((item) => String(item.id) === chosen);
    if (!found) errors.push({ path: idField, message: `kies ${what.existing} uit de lijst.` });
    return found?.name;
  };
  const party = pick('partyId', 'newParty', v.partyId, v.newParty, choices.parties, {
    existing: 'een fractie',
    fresh: 'Nieuwe fractie',
  });
  const portfolioHolder = pick(
    'portfolioHolderId',
    'newPortfolioHolder',
    v.portfolioHolderId,
    v.newPortfolioHolder,
    choices.holders,
    { existing: 'een portefeuillehouder', fresh: 'Nieuwe persoon' },
  );
  const submitters: string[] = [];
  for (const row of state.submitters) {
    const name = pick(
      `submitters.${row.index}.id`,
      `submitters.${row.index}.new`,
      row.id,
      row.newName,
      choices.members,
      { existing: 'een indiener', fresh: 'Nieuwe persoon' },
    );
    if (name && !submitters.includes(name)) submitters.push(name);
  }
  return { party, portfolioHolder, submitters, errors };
}

/**
 * Validates the form as the API's DTO would and returns the DTO, or fills `state.errors`
 * (messages beside the fields, paths mapped back from the filled rows to the form's rows).
 */
export async function validateSetForm(
  state: SetFormState,
  municipality: string,
  status: 'draft' | 'registered',
  choices: PeopleChoices,
): Promise<CreateQuestionSetDto | null> {
  const filled = state.rows.filter((r) => r.text !== '');
  const v = state.values;
  const picked = resolvePickers(state, choices);
  const plain = {
    municipality,
    status,
    subject: v.subject,
    ...(v.reference ? { reference: v.reference } : {}),
    ...(picked.party ? { party: picked.party } : {}),
    submitters: picked.submitters,
    ...(picked.portfolioHolder ? { portfolioHolder: picked.portfolioHolder } : {}),
    ...(v.receivedOn ? { receivedOn: v.receivedOn } : {}),
    ...(v.explanation ? { explanation: v.explanation } : {}),
    questions: filled.map((r) => ({ number: r.number, text: r.text })),
  };
  const dto = plainToInstance(CreateQuestionSetDto, plain);
  const errors = [
    ...picked.errors,
    ...flattenValidationErrors(await validate(dto, { whitelist: true, forbidNonWhitelisted: true })),
  ];
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
  for (const e of mapped) {
    const m = /^submitters\.(\d+)\.(id|new)$/.exec(e.path);
    if (m) labels[e.path] = m[2] === 'id' ? `Indiener ${Number(m[1]) + 1}` : `Nieuwe indiener ${Number(m[1]) + 1}`;
  }
  state.errors = formErrors(
    mapped.map((e) => (e.path === 'questions' ? { path: 'questions', message: e.message } : e)),
    labels,
    (path) => FIELD_IDS[path] ?? (path === 'questions' ? 'veld-questions-0-text' : `veld-${path.replace(/\./g, '-')}`),
  );
  for (const row of state.rows) {
    row.numberError = state.errors.byField[`questions.${row.index}.number`] ?? null;
    row.textError = state.errors.byField[`questions.${row.index}.text`] ?? null;
  }
  if (state.errors.byField.questions && state.rows[0]) state.rows[0].textError = state.errors.byField.questions;
}
