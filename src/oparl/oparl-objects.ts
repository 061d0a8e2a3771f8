import { canSeeAnswers } from '../auth/visibility';
import { PUBLIC_ACTOR } from '../auth/actor';
import { DOCUMENT_KIND_LABELS } from '../documents/document-kinds';
import type { Document } from '../documents/document.entity';
import type { Municipality } from '../municipalities/municipality.entity';
import type { Party } from '../people/party.entity';
import type { Person, PersonRole } from '../people/person.entity';
import type { QuestionSet } from '../questions/question-set.entity';
import { OPARL_TYPE, OPARL_VERSION, OparlUrls } from './oparl-urls';
import { answersText, questionsText } from './question-set-text';

/**
 * Our records as OParl 1.1 objects (https://schema.oparl.org/1.1/): a municipality is a Body,
 * fracties and the college are Organizations, raadsleden and wethouders are Persons, a question
 * set is a Paper of type "Schriftelijke vragen" whose questions are its main File and whose
 * published answer is an auxiliary File; motions, letters and notes it names are related Papers.
 * Pure: the service loads, these shape.
 */
export type OparlObject = Record<string, unknown>;

/** The paperType of a question set: how Dutch council systems name written questions. */
export const QUESTIONS_PAPER_TYPE = 'Schriftelijke vragen';

const ROLE_LABELS: Record<PersonRole, string> = {
  councillor: 'raadslid',
  alderman: 'wethouder',
  mayor: 'burgemeester',
};

/** OParl 1.1, 2.4: no `null`, no empty strings, and empty lists only where required. */
function compact(object: OparlObject, keepEmpty: string[] = []): OparlObject {
  const out: OparlObject = {};
  for (const [key, value] of Object.entries(object)) {
    if (value === null || value === undefined || value === '') continue;
    if (Array.isArray(value) && value.length === 0 && !keepEmpty.includes(key)) continue;
    out[key] = value;
  }
  return out;
}

const iso = (date: Date): string => date.toISOString();

/** A date (no time) as the moment a record starts on it: noon UTC is the same day in Europe/Amsterdam. */
const dateAsMoment = (date: string): string => `${date}T12:00:00+00:00`;

function latest(...dates: Date[]): Date {
  return new Date(Math.max(...dates.map((d) => d.getTime())));
}

export function systemObject(urls: OparlUrls, municipalities: Municipality[]): OparlObject {
  const created =
    municipalities.length > 0 ? new Date(Math.min(...municipalities.map((m) => m.createdAt.getTime()))) : new Date(0);
  const modified = municipalities.length > 0 ? latest(...municipalities.map((m) => m.updatedAt)) : created;
  return {
    id: urls.system(),
    type: OPARL_TYPE('System'),
    oparlVersion: OPARL_VERSION,
    name: 'Raadsvragen',
    body: urls.bodies(),
    website: urls.web('/'),
    web: urls.web('/'),
    created: iso(created),
    modified: iso(modified),
  };
}

export function bodyObject(urls: OparlUrls, municipality: Municipality): OparlObject {
  return {
    id: urls.body(municipality.slug),
    type: OPARL_TYPE('Body'),
    system: urls.system(),
    name: `Gemeente ${municipality.name}`,
    shortName: municipality.name,
    classification: 'Gemeente',
    organization: urls.bodyList(municipality.slug, 'organizations'),
    person: urls.bodyList(municipality.slug, 'people'),
    meeting: urls.bodyList(municipality.slug, 'meetings'),
    paper: urls.bodyList(municipality.slug, 'papers'),
    legislativeTerm: [],
    created: iso(municipality.createdAt),
    modified: iso(municipality.updatedAt),
  };
}

/** The college van burgemeester en wethouders: it answers every set (underDirectionOf). */
export function collegeObject(urls: OparlUrls, municipality: Municipality): OparlObject {
  return {
    id: urls.organization(`college-${municipality.id}`),
    type: OPARL_TYPE('Organization'),
    body: urls.body(municipality.slug),
    name: 'College van burgemeester en wethouders',
    shortName: 'College',
    organizationType: 'Gremium',
    classification: 'College van B en W',
    created: iso(municipality.createdAt),
    modified: iso(municipality.updatedAt),
  };
}

export function fractieObject(urls: OparlUrls, municipality: Municipality, party: Party): OparlObject {
  return {
    id: urls.organization(`fractie-${party.id}`),
    type: OPARL_TYPE('Organization'),
    body: urls.body(municipality.slug),
    name: party.name,
    organizationType: 'Fraktion',
    classification: 'Fractie',
    created: iso(party.createdAt),
    modified: iso(party.createdAt),
  };
}

/** A person's one membership: the fractie for raadsleden, the college for wethouders and the burgemeester. */
export function membershipOf(urls: OparlUrls, person: Person): OparlObject | null {
  const inCollege = person.role !== 'councillor';
  if (!inCollege && person.partyId === null) return null;
  return compact({
    id: urls.membership(`${inCollege ? 'college' : 'fractie'}-${person.id}`),
    type: OPARL_TYPE('Membership'),
    person: urls.person(person.id),
    organization: inCollege
      ? urls.organization(`college-${person.municipalityId}`)
      : urls.organization(`fractie-${person.partyId}`),
    role: person.portfolio ? `${ROLE_LABELS[person.role]} (${person.portfolio})` : ROLE_LABELS[person.role],
    onBehalfOf: inCollege && person.partyId !== null ? urls.organization(`fractie-${person.partyId}`) : null,
    created: iso(person.createdAt),
    modified: iso(person.createdAt),
  });
}

export function personObject(urls: OparlUrls, municipality: Municipality, person: Person): OparlObject {
  const membership = membershipOf(urls, person);
  return compact({
    id: urls.person(person.id),
    type: OPARL_TYPE('Person'),
    body: urls.body(municipality.slug),
    name: person.name,
    status: [ROLE_LABELS[person.role]],
    membership: membership ? [membership] : [],
    created: iso(person.createdAt),
    modified: iso(person.createdAt),
  });
}

/** A withdrawn set: OParl 1.1, 2.8 keeps id, type and created, sets modified to the withdrawal. */
function tombstone(id: string, type: string, set: QuestionSet): OparlObject {
  return { id, type: OPARL_TYPE(type), created: iso(set.createdAt), modified: iso(set.updatedAt), deleted: true };
}

function answersVisible(set: QuestionSet): boolean {
  return canSeeAnswers(PUBLIC_ACTOR, set) && (set.answers ?? []).length > 0;
}

function questionsFileText(set: QuestionSet): string {
  return questionsText({
    subject: set.subject,
    reference: set.reference,
    municipality: set.municipality.name,
    legalBasis: set.legalBasis,
    party: set.party?.name ?? null,
    submitters: (set.submitters ?? []).map((p) => p.name),
    portfolioHolder: set.portfolioHolder?.name ?? null,
    receivedOn: set.receivedOn,
    explanation: set.explanation,
    questions: (set.questions ?? []).slice().sort((a, b) => a.position - b.position),
  });
}

function answersFileText(set: QuestionSet): string {
  const numbers = new Map<number, string[]>();
  for (const question of (set.questions ?? []).slice().sort((a, b) => a.position - b.position)) {
    if (question.answerId !== null)
      numbers.set(question.answerId, [...(numbers.get(question.answerId) ?? []), question.number]);
  }
  return answersText({
    answeredOn: set.answeredOn,
    introduction: set.introduction,
    answers: (set.answers ?? [])
      .slice()
      .sort((a, b) => a.position - b.position)
      .map((answer) => ({ questions: numbers.get(answer.id) ?? [], text: answer.text })),
  });
}

export type SetFileKind = 'vragen' | 'antwoord';

/** The text a set's File serves (its `text` and its accessUrl), or null when the public may not see it. */
export function setFileText(set: QuestionSet, kind: SetFileKind): string | null {
  if (set.status === 'withdrawn') return null;
  if (kind === 'vragen') return questionsFileText(set);
  return answersVisible(set) ? answersFileText(set) : null;
}

function fileName(set: QuestionSet, kind: SetFileKind): string {
  const key = (set.reference ?? String(set.id)).replace(/[^A-Za-z0-9._-]+/g, '-');
  return `${kind}-${key}.txt`;
}

export function setFileObject(
  urls: OparlUrls,
  set: QuestionSet,
  kind: SetFileKind,
  omitText = false,
): OparlObject | null {
  const id = urls.file(`${kind}-${set.id}`);
  if (set.status === 'withdrawn') return tombstone(id, 'File', set);
  const text = setFileText(set, kind);
  if (text === null) return null;
  const published = kind === 'antwoord' && set.publishedOn ? dateAsMoment(set.publishedOn) : null;
  return compact({
    id,
    type: OPARL_TYPE('File'),
    name: kind === 'vragen' ? `Schriftelijke vragen: ${set.subject}` : `Antwoord van het college: ${set.subject}`,
    fileName: fileName(set, kind),
    mimeType: 'text/plain',
    date: kind === 'vragen' ? set.receivedOn : set.answeredOn,
    size: Buffer.byteLength(text, 'utf8'),
    text: omitText ? null : text,
    accessUrl: `${id}/content`,
    downloadUrl: `${id}/download`,
    paper: [urls.paper(String(set.id))],
    // The answer became public on publication: its File exists from that day.
    created: published ?? iso(set.createdAt),
    modified: iso(set.updatedAt),
  });
}

/** A stored document's original (its URL), as a File of its Paper. */
export function documentFileObject(urls: OparlUrls, document: Document): OparlObject | null {
  if (!document.url) return null;
  return compact({
    id: urls.file(`document-${document.id}`),
    type: OPARL_TYPE('File'),
    name: document.title ?? document.reference ?? DOCUMENT_KIND_LABELS[document.kind],
    date: document.date,
    accessUrl: document.url,
    paper: [urls.paper(`document-${document.id}`)],
    created: iso(document.createdAt),
    modified: iso(document.createdAt),
  });
}

export function documentPaperObject(urls: OparlUrls, municipality: Municipality, document: Document): OparlObject {
  return compact({
    id: urls.paper(`document-${document.id}`),
    type: OPARL_TYPE('Paper'),
    body: urls.body(municipality.slug),
    name: document.title ?? document.reference ?? DOCUMENT_KIND_LABELS[document.kind],
    reference: document.reference,
    date: document.date,
    paperType: DOCUMENT_KIND_LABELS[document.kind],
    mainFile: documentFileObject(urls, document),
    web: urls.web(`/documenten/${document.id}`),
    created: iso(document.createdAt),
    modified: iso(document.createdAt),
  });
}

/** The documents a set and its visible answers name, each once. */
function relatedDocuments(set: QuestionSet): Document[] {
  const all = [...(set.documents ?? [])];
  if (answersVisible(set)) for (const answer of set.answers ?? []) all.push(...(answer.documents ?? []));
  const seen = new Set<number>();
  return all.filter((d) => !seen.has(d.id) && seen.add(d.id) !== undefined);
}

export function setPaperObject(urls: OparlUrls, set: QuestionSet, omitInternal = false): OparlObject {
  const id = urls.paper(String(set.id));
  if (set.status === 'withdrawn') return tombstone(id, 'Paper', set);
  const answer = answersVisible(set) ? setFileObject(urls, set, 'antwoord') : null;
  return compact(
    {
      id,
      type: OPARL_TYPE('Paper'),
      body: urls.body(set.municipality.slug),
      name: set.subject,
      reference: set.reference,
      date: set.receivedOn,
      paperType: QUESTIONS_PAPER_TYPE,
      relatedPaper: relatedDocuments(set).map((d) => urls.paper(`document-${d.id}`)),
      mainFile: setFileObject(urls, set, 'vragen'),
      auxiliaryFile: omitInternal || !answer ? [] : [answer],
      originatorPerson: (set.submitters ?? []).map((p) => urls.person(p.id)),
      originatorOrganization: set.partyId !== null ? [urls.organization(`fractie-${set.partyId}`)] : [],
      underDirectionOf: [urls.organization(`college-${set.municipalityId}`)],
      web: urls.web(`/vragen/${set.id}`),
      created: iso(set.createdAt),
      modified: iso(set.updatedAt),
    },
    // An empty list says "no related papers" (a harvester then adds none of its own finds).
    ['relatedPaper'],
  );
}
