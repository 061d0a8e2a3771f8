import { Brackets, WhereExpressionBuilder } from 'typeorm';
import { Actor, Role } from './actor';

/**
 * Who sees what: the one rule for every surface (API, search, feeds, mails, pages). The rule is
 * data (WHO_SEES_WHAT below); the TypeScript check, the SQL condition and the Meilisearch filter
 * are generated from it, and docs/api.md's table is checked against it (src/auth/visibility.spec.ts).
 * What a user may not see answers 404, never 403.
 */

export type SetStatus = 'draft' | 'registered' | 'postponed' | 'answered' | 'published' | 'withdrawn';
export const SET_STATUSES: SetStatus[] = ['draft', 'registered', 'postponed', 'answered', 'published', 'withdrawn'];

/** A condition on one question set, with the actor's own municipality and party as free terms. */
export type Rule =
  | { kind: 'always' }
  | { kind: 'never' }
  | { kind: 'status'; in: SetStatus[] }
  /** The set belongs to the actor's municipality. */
  | { kind: 'ownMunicipality' }
  /** The set is the actor's party's (in the actor's municipality). */
  | { kind: 'ownParty' }
  /** The set's municipality publishes questions on registration (its setting, default on). */
  | { kind: 'questionsPublic' }
  /** The set was registered once (it has a received date): a withdrawn draft never was. */
  | { kind: 'wasRegistered' }
  | { kind: 'all'; of: Rule[] }
  | { kind: 'any'; of: Rule[] }
  /** A part of the table with a name of its own, so the table in words stays readable. */
  | { kind: 'named'; label: string; rule: Rule };

const always: Rule = { kind: 'always' };
const never: Rule = { kind: 'never' };
const status = (...statuses: SetStatus[]): Rule => ({ kind: 'status', in: statuses });
const all = (...of: Rule[]): Rule => ({ kind: 'all', of });
const any = (...of: Rule[]): Rule => ({ kind: 'any', of });
const ownMunicipality: Rule = { kind: 'ownMunicipality' };
const ownParty: Rule = { kind: 'ownParty' };
const questionsPublic: Rule = { kind: 'questionsPublic' };
const wasRegistered: Rule = { kind: 'wasRegistered' };

/** What the public sees of a set: published ones, and with the municipality's setting the registered questions. */
const PUBLIC_SET: Rule = {
  kind: 'named',
  label: 'what the public sees',
  rule: any(
    status('published'),
    all(questionsPublic, status('registered', 'postponed', 'answered')),
    // A withdrawn set stays as it was before: public when it had been registered, private as a draft.
    all(questionsPublic, status('withdrawn'), wasRegistered),
  ),
};
const STAFF_SET = all(ownMunicipality, status(...SET_STATUSES.filter((s) => s !== 'draft')));

export type Subject = 'set' | 'answers' | 'unconfirmedCommitments';

/**
 * THE TABLE. `set`: the set itself (subject, questions, dates, submitters, documents, postponements,
 * confirmed commitments' existence). `answers`: answers, introduction, answer documents, commitments
 * (embargo). `unconfirmedCommitments`: commitments still `proposed` or `dismissed`.
 */
export const WHO_SEES_WHAT: Record<Subject, Record<Role, Rule>> = {
  set: {
    public: PUBLIC_SET,
    party: any(PUBLIC_SET, ownParty),
    executive: any(PUBLIC_SET, STAFF_SET),
    clerk: any(PUBLIC_SET, STAFF_SET),
    admin: always,
  },
  answers: {
    public: status('published'),
    party: status('published'),
    executive: any(status('published'), STAFF_SET),
    clerk: any(status('published'), STAFF_SET),
    admin: always,
  },
  unconfirmedCommitments: {
    public: never,
    party: never,
    executive: ownMunicipality,
    clerk: ownMunicipality,
    admin: always,
  },
};

// ---- resolving for one actor ----------------------------------------------------------------

/** A rule with the actor's terms filled in: what the three generated forms compile. */
export type Resolved =
  | { kind: 'always' }
  | { kind: 'never' }
  | { kind: 'status'; in: SetStatus[] }
  | { kind: 'municipality'; id: number }
  | { kind: 'party'; id: number }
  | { kind: 'questionsPublic' }
  | { kind: 'wasRegistered' }
  | { kind: 'all'; of: Resolved[] }
  | { kind: 'any'; of: Resolved[] };

function simplify(kind: 'all' | 'any', parts: Resolved[]): Resolved {
  const unit = kind === 'all' ? 'always' : 'never';
  const zero = kind === 'all' ? 'never' : 'always';
  const kept: Resolved[] = [];
  const seen = new Set<string>();
  const keep = (part: Resolved) => {
    const key = JSON.stringify(part);
    if (!seen.has(key)) kept.push(part);
    seen.add(key);
  };
  for (const part of parts) {
    if (part.kind === zero) return part;
    if (part.kind === unit) continue;
    if (part.kind === kind) part.of.forEach(keep);
    else keep(part);
  }
  if (kept.length === 0) return { kind: unit };
  if (kept.length === 1) return kept[0];
  return { kind, of: kept };
}

export function resolveRule(rule: Rule, actor: Actor): Resolved {
  switch (rule.kind) {
    case 'ownMunicipality':
      return actor.municipalityId === null ? { kind: 'never' } : { kind: 'municipality', id: actor.municipalityId };
    case 'ownParty':
      return actor.municipalityId === null || actor.partyId === null
        ? { kind: 'never' }
        : {
            kind: 'all',
            of: [
              { kind: 'municipality', id: actor.municipalityId },
              { kind: 'party', id: actor.partyId },
            ],
          };
    case 'all':
    case 'any':
      return simplify(
        rule.kind,
        rule.of.map((r) => resolveRule(r, actor)),
      );
    case 'named':
      return resolveRule(rule.rule, actor);
    default:
      return rule;
  }
}

export function ruleFor(subject: Subject, actor: Actor): Resolved {
  return resolveRule(WHO_SEES_WHAT[subject][actor.role], actor);
}

// ---- the TypeScript form --------------------------------------------------------------------

export interface VisibleSetFields {
  municipalityId: number;
  partyId: number | null;
  status: string;
  /** Absent when not loaded: counts as not registered (the safe side). */
  receivedOn?: string | null;
  /** The municipality's setting, directly or through the loaded relation; absent counts as off. */
  questionsPublic?: boolean;
  municipality?: { questionsPublic?: boolean } | null;
}

function holds(rule: Resolved, set: VisibleSetFields): boolean {
  switch (rule.kind) {
    case 'always':
      return true;
    case 'never':
      return false;
    case 'status':
      return (rule.in as string[]).includes(set.status);
    case 'municipality':
      return set.municipalityId === rule.id;
    case 'party':
      return set.partyId === rule.id;
    case 'questionsPublic':
      return (set.questionsPublic ?? set.municipality?.questionsPublic ?? false) === true;
    case 'wasRegistered':
      return set.receivedOn !== undefined && set.receivedOn !== null;
    case 'all':
      return rule.of.every((r) => holds(r, set));
    case 'any':
      return rule.of.some((r) => holds(r, set));
  }
}

export function allows(subject: Subject, actor: Actor, set: VisibleSetFields): boolean {
  return holds(ruleFor(subject, actor), set);
}

/** Whether the actor may see the set at all (subject, questions, dates). */
export function canSeeSet(actor: Actor, set: VisibleSetFields): boolean {
  return allows('set', actor, set);
}

/** Whether the actor may see the set's answers (embargo until publication). */
export function canSeeAnswers(actor: Actor, set: VisibleSetFields): boolean {
  return allows('answers', actor, set);
}

/** Whether the actor sees commitments still `proposed` or `dismissed` (work in progress of the griffie). */
export function canSeeUnconfirmedCommitments(actor: Actor, municipalityId: number): boolean {
  return holds(ruleFor('unconfirmedCommitments', actor), { municipalityId, partyId: null, status: '' });
}

/** Whether the actor works for the municipality: clerk or executive of it, or admin. */
export function isMunicipalStaff(actor: Actor, municipalityId: number): boolean {
  return canSeeUnconfirmedCommitments(actor, municipalityId);
}

// ---- what the actor may do with a set it sees --------------------------------------------------

export type SetAction =
  | 'editDraft'
  | 'submitDraft'
  | 'deleteDraft'
  | 'register'
  | 'edit'
  | 'postpone'
  | 'recordAnswers'
  | 'publish'
  | 'withdraw'
  | 'follow'
  | 'followByEmail';

/**
 * The writes the actor may make on a set (docs/api.md, last row of the table): the services check
 * them and the pages show exactly these buttons. Status rules (which transition from which
 * status) stay with the lifecycle; this is who.
 */
export function setActions(actor: Actor, set: VisibleSetFields): Record<SetAction, boolean> {
  const visible = canSeeSet(actor, set);
  const staff = isMunicipalStaff(actor, set.municipalityId);
  const clerk = staff && actor.role !== 'executive';
  const ownParty =
    actor.role === 'party' &&
    actor.partyId !== null &&
    set.partyId === actor.partyId &&
    set.municipalityId === actor.municipalityId;
  const draft = set.status === 'draft';
  const open = set.status === 'registered' || set.status === 'postponed';
  return {
    editDraft: ownParty && draft,
    submitDraft: ownParty && draft,
    deleteDraft: (ownParty || actor.role === 'admin') && draft,
    register: (clerk || ownParty) && draft,
    edit: clerk || (ownParty && draft),
    postpone: staff && open,
    recordAnswers: staff && (open || set.status === 'answered'),
    publish: clerk && set.status === 'answered',
    withdraw: (clerk || ownParty) && (draft || open),
    follow: visible && actor.role !== 'public',
    followByEmail: visible && actor.role === 'public' && set.status === 'published',
  };
}

// ---- the SQL form ---------------------------------------------------------------------------

/**
 * SQL condition over a row with the question set's columns `municipality_id`, `party_id`,
 * `status`, `received_on` under `alias` (a `question_set` row, or a `search_document` row, which
 * copies them). `bind` turns a value into a parameter placeholder of the caller's query.
 */
export function sqlCondition(rule: Resolved, alias: string, bind: (value: unknown) => string): string {
  switch (rule.kind) {
    case 'always':
      return 'true';
    case 'never':
      return 'false';
    case 'status':
      return rule.in.length === 1
        ? `"${alias}".status = '${rule.in[0]}'`
        : `"${alias}".status IN (${rule.in.map((s) => `'${s}'`).join(', ')})`;
    case 'municipality':
      return `"${alias}".municipality_id = ${bind(rule.id)}`;
    case 'party':
      return `"${alias}".party_id = ${bind(rule.id)}`;
    case 'questionsPublic':
      return `"${alias}".municipality_id IN (SELECT vis_m.id FROM municipality vis_m WHERE vis_m.questions_public)`;
    case 'wasRegistered':
      return `"${alias}".received_on IS NOT NULL`;
    case 'all':
      return `(${rule.of.map((r) => sqlCondition(r, alias, bind)).join(' AND ')})`;
    case 'any':
      return `(${rule.of.map((r) => sqlCondition(r, alias, bind)).join(' OR ')})`;
  }
}

/** The SQL form of `subject` for the actor, e.g. `sqlVisibilityCondition(actor, 'd', (v) => params.add(v))`. */
export function sqlVisibilityCondition(
  actor: Actor,
  alias: string,
  bind: (value: unknown) => string,
  subject: Subject = 'set',
): string {
  return sqlCondition(ruleFor(subject, actor), alias, bind);
}

let parameterCounter = 0;

/** Adds the SQL form of `subject` to a TypeORM query as a WHERE on the question-set alias. */
export function whereVisible<T extends WhereExpressionBuilder>(
  qb: T,
  alias: string,
  actor: Actor,
  subject: Subject,
): T {
  const params: Record<string, unknown> = {};
  const sql = sqlVisibilityCondition(
    actor,
    alias,
    (value) => {
      parameterCounter = (parameterCounter + 1) % 1_000_000;
      const name = `vis${parameterCounter}`;
      params[name] = value;
      return `:${name}`;
    },
    subject,
  );
  if (sql === 'true') return qb;
  qb.andWhere(new Brackets((inner) => inner.where(sql, params)));
  return qb;
}

/** SQL form of canSeeSet for lists. */
export function whereSetVisible<T extends WhereExpressionBuilder>(qb: T, alias: string, actor: Actor): T {
  return whereVisible(qb, alias, actor, 'set');
}

/** SQL form of canSeeAnswers: keeps only sets whose answers the actor may read. */
export function whereAnswersVisible<T extends WhereExpressionBuilder>(qb: T, alias: string, actor: Actor): T {
  return whereVisible(qb, alias, actor, 'answers');
}

// ---- the Meilisearch form -------------------------------------------------------------------

export interface MeiliVisibilityContext {
  /** Ids of the municipalities that publish questions on registration (the index does not carry the setting). */
  questionsPublicMunicipalityIds: number[];
}

/**
 * Meilisearch filter over documents with `municipalityId`, `partyId`, `status` and `registered`
 * (received date set). '' means no restriction.
 */
export function meiliCondition(rule: Resolved, context: MeiliVisibilityContext): string {
  switch (rule.kind) {
    case 'always':
      return '';
    case 'never':
      return 'questionSetId < 0';
    case 'status':
      return rule.in.length === 1
        ? `status = "${rule.in[0]}"`
        : `status IN [${rule.in.map((s) => `"${s}"`).join(', ')}]`;
    case 'municipality':
      return `municipalityId = ${rule.id}`;
    case 'party':
      return `partyId = ${rule.id}`;
    case 'questionsPublic':
      return context.questionsPublicMunicipalityIds.length === 0
        ? 'questionSetId < 0'
        : `municipalityId IN [${context.questionsPublicMunicipalityIds.join(', ')}]`;
    case 'wasRegistered':
      return 'registered = true';
    case 'all':
      return `(${rule.of.map((r) => meiliCondition(r, context) || 'questionSetId >= 0').join(' AND ')})`;
    case 'any':
      return rule.of.some((r) => r.kind === 'always')
        ? ''
        : `(${rule.of.map((r) => meiliCondition(r, context)).join(' OR ')})`;
  }
}

/** The Meilisearch form of `subject` for the actor ('' = everything). */
export function meiliVisibilityFilter(actor: Actor, context: MeiliVisibilityContext, subject: Subject = 'set'): string {
  return meiliCondition(ruleFor(subject, actor), context);
}

/** Whether, for this actor, every set it may see it may also see with answers (search needs no second branch). */
export function answersVisibleWhereSetIs(actor: Actor): boolean {
  return JSON.stringify(ruleFor('set', actor)) === JSON.stringify(ruleFor('answers', actor));
}

// ---- the table in words (docs/api.md) -------------------------------------------------------

/** A rule in words, as the table in docs/api.md writes it. */
export function describeRule(rule: Rule): string {
  switch (rule.kind) {
    case 'always':
      return 'everything';
    case 'never':
      return 'nothing';
    case 'status':
      return rule.in.map((s) => `\`${s}\``).join('/');
    case 'ownMunicipality':
      return 'own municipality';
    case 'ownParty':
      return 'own party';
    case 'questionsPublic':
      return 'municipality publishes questions on registration';
    case 'wasRegistered':
      return 'was registered';
    case 'all':
      return rule.of.map((r) => (r.kind === 'any' ? `(${describeRule(r)})` : describeRule(r))).join(' and ');
    case 'any':
      return rule.of.map((r) => (r.kind === 'all' ? `(${describeRule(r)})` : describeRule(r))).join(' or ');
    case 'named':
      return rule.label;
  }
}

const ROLES: Role[] = ['public', 'party', 'executive', 'clerk', 'admin'];
const SUBJECT_LABEL: Record<Subject, string> = {
  set: 'set: subject, questions, dates',
  answers: 'answers (embargo until publication), commitments',
  unconfirmedCommitments: 'commitments `proposed` / `dismissed`',
};

/** The markdown table in docs/api.md, generated from WHO_SEES_WHAT. */
export function whoSeesWhatMarkdown(): string {
  const lines = [
    `"${describeRule(PUBLIC_SET)}": ${describeRule(PUBLIC_SET.kind === 'named' ? PUBLIC_SET.rule : PUBLIC_SET)}.`,
    '',
    `| what | ${ROLES.map((r) => `\`${r}\``).join(' | ')} |`,
    `|---|${ROLES.map(() => '---|').join('')}`,
  ];
  for (const subject of Object.keys(WHO_SEES_WHAT) as Subject[])
    lines.push(
      `| ${SUBJECT_LABEL[subject]} | ${ROLES.map((role) => describeRule(WHO_SEES_WHAT[subject][role])).join(' | ')} |`,
    );
  return lines.join('\n');
}
