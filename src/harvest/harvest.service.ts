import { Injectable } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import { SYSTEM_ACTOR } from '../auth/actor';
import { DomainError, DomainValidationError } from '../common/domain-errors';
import { localDateInAmsterdam } from '../deadlines';
import { DOCUMENT_KIND_LABELS } from '../documents/document-kinds';
import type { DocumentKind } from '../documents/document.entity';
import { documentTitleKey } from '../documents/documents.service';
import type { DocumentInputDto } from '../documents/dto/document.dto';
import { parsedToImportedSet } from '../import/parsed-to-set';
import type { Municipality } from '../municipalities/municipality.entity';
import { MunicipalitiesService } from '../municipalities/municipalities.service';
import { extractText, parseQuestionSetText } from '../parsing';
import { QuestionsService } from '../questions/questions.service';
import {
  HarvestError,
  OparlJson,
  asObjects,
  asString,
  asStrings,
  fetchBytes,
  fetchObject,
  listItems,
  oparlType,
} from './oparl-client';

/** Paper types of written questions as Dutch (and German) council systems name them. */
const QUESTION_PAPER_TYPE = /^(?:schriftelijke\s+(?:raads)?vra(?:ag|gen)|schriftliche\s+anfrage)/i;

export interface HarvestSummary {
  source: string;
  body: string;
  papers: number;
  questionPapers: number;
  imported: { paper: string; setId: number }[];
  alreadyPresent: { paper: string; setId: number }[];
  deleted: number;
  failed: { paper: string; reason: string }[];
}

function describe(error: unknown): string {
  if (error instanceof DomainValidationError) {
    return `${error.message} ${error.errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`.trim();
  }
  if (error instanceof DomainError || error instanceof HarvestError) return error.message;
  return error instanceof Error ? error.message : String(error);
}

const KIND_BY_LABEL = new Map<string, DocumentKind>(
  (Object.keys(DOCUMENT_KIND_LABELS) as DocumentKind[]).map((kind) => [DOCUMENT_KIND_LABELS[kind].toLowerCase(), kind]),
);

/** The key under which the import stores a document once: kind and reference, else title, else URL. */
function documentKey(d: DocumentInputDto): string {
  return d.reference ? `${d.kind}|r|${d.reference}` : `${d.kind}|t|${documentTitleKey(d.title) ?? d.url ?? ''}`;
}

/**
 * Harvest (issue 21): a council system's OParl Papers of the written-questions type become
 * question sets. Each Paper is stored in its own transaction with its id as the set's source URL,
 * so a harvest that stops halfway is resumed by running it again, and a second run adds nothing.
 * Metadata comes from the Paper (name, reference, date, people, fractie, related papers); the
 * questions and answers from its Files' text, read with the document reader (src/parsing), the
 * Files' own bytes when they carry no text.
 */
@Injectable()
export class HarvestService {
  constructor(
    private readonly municipalities: MunicipalitiesService,
    private readonly questions: QuestionsService,
  ) {}

  async harvest(
    url: string,
    municipalityKey: string,
    progress: (line: string) => void = () => {},
  ): Promise<HarvestSummary> {
    const municipality = await this.municipalities.findMunicipalityOrNull(municipalityKey);
    if (!municipality) throw new HarvestError(`Gemeente ${municipalityKey} bestaat niet.`);
    const body = await this.findBody(url, municipality);
    const summary: HarvestSummary = {
      source: url,
      body: asString(body.name) ?? String(body.id),
      papers: 0,
      questionPapers: 0,
      imported: [],
      alreadyPresent: [],
      deleted: 0,
      failed: [],
    };
    const paperList = asString(body.paper);
    if (!paperList) throw new HarvestError(`${String(body.id)} heeft geen lijst met drukstukken (paper).`);
    const names = new Map<string, string | null>();
    for await (const paper of listItems(paperList)) {
      summary.papers += 1;
      const id = asString(paper.id);
      if (!id || !QUESTION_PAPER_TYPE.test(asString(paper.paperType) ?? '')) continue;
      if (paper.deleted === true) {
        summary.deleted += 1;
        continue;
      }
      summary.questionPapers += 1;
      progress(`${summary.questionPapers}: ${asString(paper.name) ?? id}`);
      try {
        const known = await this.questions.findSetIdBySourceUrl(municipality.id, id);
        if (known !== null) {
          summary.alreadyPresent.push({ paper: id, setId: known });
          continue;
        }
        const setId = await this.importPaper(paper, id, municipality, names);
        summary.imported.push({ paper: id, setId });
      } catch (error) {
        // Another harvest stored it meanwhile: the unique source index decides.
        const known =
          error instanceof QueryFailedError ? await this.questions.findSetIdBySourceUrl(municipality.id, id) : null;
        if (known !== null) summary.alreadyPresent.push({ paper: id, setId: known });
        else summary.failed.push({ paper: id, reason: describe(error) });
      }
    }
    return summary;
  }

  /** The Body to read: the URL's own, or the System's one whose name or id names the municipality. */
  private async findBody(url: string, municipality: Municipality): Promise<OparlJson> {
    const object = await fetchObject(url);
    const type = oparlType(object);
    if (type === 'Body') return object;
    if (type !== 'System') throw new HarvestError(`${url} is geen OParl System of Body (type ${String(object.type)}).`);
    const list = asString(object.body);
    if (!list) throw new HarvestError(`${url} noemt geen Bodies.`);
    const bodies: OparlJson[] = [];
    for await (const body of listItems(list)) bodies.push(body);
    if (bodies.length === 1) return bodies[0];
    const wanted = [municipality.name.toLowerCase(), `gemeente ${municipality.name.toLowerCase()}`];
    const match = bodies.find(
      (b) =>
        wanted.includes((asString(b.name) ?? '').toLowerCase()) ||
        wanted.includes((asString(b.shortName) ?? '').toLowerCase()) ||
        (asString(b.id) ?? '').endsWith(`/${municipality.slug}`),
    );
    if (!match) {
      const known = bodies.map((b) => asString(b.name) ?? String(b.id)).join(', ');
      throw new HarvestError(`Geen Body voor ${municipality.name} in ${url}; wel: ${known}. Geef de URL van de Body.`);
    }
    return match;
  }

  private async importPaper(
    paper: OparlJson,
    id: string,
    municipality: Municipality,
    names: Map<string, string | null>,
  ): Promise<number> {
    const mainFile = asObjects(paper.mainFile)[0];
    const auxiliary = asObjects(paper.auxiliaryFile);
    const files = [mainFile, ...auxiliary].filter((f): f is OparlJson => f !== undefined);
    const texts: string[] = [];
    for (const file of files) {
      const text = await this.fileText(file);
      if (text) texts.push(text);
    }
    if (texts.length === 0) throw new HarvestError('het drukstuk heeft geen bestand met tekst');
    const answerFile = auxiliary.find((f) => /antwoord|beantwoording/i.test(asString(f.name) ?? '')) ?? auxiliary[0];
    const answerFileDate = asString(answerFile?.date);
    const parsed = parseQuestionSetText(texts.join('\n\n'), {
      municipality: municipality.name,
      reference: answerFileDate,
    });
    const nameOf = async (url: string) => {
      if (!names.has(url)) names.set(url, asString((await fetchObject(url)).name));
      return names.get(url) ?? null;
    };
    const submitters: string[] = [];
    for (const person of asStrings(paper.originatorPerson)) {
      const name = await nameOf(person);
      if (name) submitters.push(name);
    }
    const organizations = asStrings(paper.originatorOrganization);
    const party = organizations.length > 0 ? await nameOf(organizations[0]) : null;
    const related = await this.relatedDocuments(paper);
    const documents = new Map<string, DocumentInputDto>();
    // Where the source says which papers are related (even none), that is the list; where it says
    // nothing, the documents the reader finds in the text stand in.
    const found = Array.isArray(paper.relatedPaper) ? [] : parsed.documents;
    for (const d of [...related, ...found]) {
      if (!d.reference && !documentTitleKey(d.title) && !d.url) continue;
      if (!documents.has(documentKey(d))) documents.set(documentKey(d), d);
    }
    const answered = parsed.answers.length > 0;
    const answerCreated = asString(answerFile?.created);
    const publishedOn = answered && answerCreated ? localDateInAmsterdam(new Date(answerCreated)) : null;
    const input = parsedToImportedSet(
      { ...parsed, documents: [] },
      {
        municipality: municipality.slug,
        reference: asString(paper.reference) ?? parsed.reference,
        party: party ?? parsed.party,
        receivedOn: asString(paper.date) ?? parsed.receivedOn,
        answeredOn: answered ? (parsed.answeredOn ?? answerFileDate) : null,
        publishedOn: answered ? (publishedOn ?? parsed.answeredOn ?? answerFileDate) : null,
      },
    );
    return this.questions.importQuestionSet(SYSTEM_ACTOR, {
      ...input,
      subject: asString(paper.name) ?? input.subject,
      submitters: submitters.length > 0 ? submitters : input.submitters,
      documents: [...documents.values()],
      sourceUrl: id,
    });
  }

  /** A File's text: its `text` where the source gives it, else its bytes read by the document reader. */
  private async fileText(file: OparlJson): Promise<string | null> {
    const text = asString(file.text);
    if (text) return text;
    const url = asString(file.downloadUrl) ?? asString(file.accessUrl);
    if (!url) return null;
    const name = asString(file.fileName) ?? url.split('/').pop() ?? 'bestand';
    return extractText(await fetchBytes(url), name);
  }

  /** Motions, letters and notes the Paper names (relatedPaper), as documents of the set. */
  private async relatedDocuments(paper: OparlJson): Promise<DocumentInputDto[]> {
    const documents: DocumentInputDto[] = [];
    for (const url of asStrings(paper.relatedPaper)) {
      const related = await fetchObject(url);
      if (related.deleted === true) continue;
      const type = (asString(related.paperType) ?? '').toLowerCase();
      const mainFile = asObjects(related.mainFile)[0];
      const kind = KIND_BY_LABEL.get(type) ?? 'other';
      const reference = asString(related.reference);
      const name = asString(related.name);
      // A Paper needs a name; one that only repeats the reference or the kind is no title.
      const title = name && name !== reference && name !== DOCUMENT_KIND_LABELS[kind] ? name : null;
      documents.push({
        kind,
        reference,
        title,
        date: asString(related.date),
        url: mainFile ? asString(mainFile.accessUrl) : null,
      });
    }
    return documents;
  }
}
