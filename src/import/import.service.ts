import { Injectable } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { createHash } from 'node:crypto';
import { DataSource, QueryFailedError } from 'typeorm';
import { Actor } from '../auth/actor';
import { canSeeAnswers } from '../auth/visibility';
import { Clock } from '../common/clock';
import { DomainValidationError, FieldError, ForbiddenError, NotFoundError } from '../common/domain-errors';
import { flattenValidationErrors } from '../common/validation';
import { DocumentsService } from '../documents/documents.service';
import type { Municipality } from '../municipalities/municipality.entity';
import { MunicipalitiesService } from '../municipalities/municipalities.service';
import {
  cleanPartyName,
  extractTextIsolated,
  municipalitySlug,
  ParsedQuestionSet,
  parseQuestionSetText,
} from '../parsing';
import { PeopleService } from '../people/people.service';
import { QuestionsService } from '../questions/questions.service';
import { withDocumentErrors } from './document-errors';
import {
  DocumentMatchDto,
  ImportMatchesDto,
  ImportPreviewDto,
  ImportReportDto,
  ImportResultDto,
  ImportSetDto,
  NameMatchDto,
} from './dto/import.dto';
import { ImportReport } from './import-report.entity';
import { ImportSource } from './import-source.entity';
import { editedSetToImportedSet } from './edited-to-set';

export interface PreviewOptions {
  /** Municipality slug or id; defaults to the clerk's own, or (admin) the one named in the document. */
  municipality?: string | null;
  /** Reference date (ISO) for time phrases when the document prints no answer date. */
  reference?: string | null;
  /** The answer date the griffie entered: wins over the printed one, also as the commitments' reference. */
  answeredOn?: string | null;
}

/** The unique index that makes an import idempotent: one set per file (hash) per municipality. */
const SOURCE_HASH_INDEX = 'IDX_f04931a79ddb20256bda55754f';

export function sha256Of(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The document's text without layout (case, spaces, line breaks): a re-saved or re-exported file has the same. */
export function textHashOf(text: string): string {
  return createHash('sha256')
    .update(
      text
        .normalize('NFC')
        .toLowerCase()
        .replace(/[\s\u00ad]+/g, ''),
    )
    .digest('hex');
}

/** The warnings sent back with the edited preview: Dutch sentences for the griffie, kept as they are. */
function warningsOf(editedSet: unknown): string[] {
  const raw = (editedSet as { warnings?: unknown } | null)?.warnings;
  const list = typeof editedSet === 'string' ? (JSON.parse(editedSet) as { warnings?: unknown }).warnings : raw;
  if (!Array.isArray(list)) return [];
  return list
    .filter((w): w is string => typeof w === 'string' && w.trim() !== '')
    .map((w) => w.slice(0, 500))
    .slice(0, 100);
}

/** Content types by extension: the browser's claim is not trusted (it is what the download will say). */
const CONTENT_TYPES: Record<string, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  rtf: 'application/rtf',
  txt: 'text/plain',
  eml: 'message/rfc822',
};

export function contentTypeOf(filename: string): string {
  const extension = /\.([a-z0-9]{1,8})$/i.exec(filename)?.[1]?.toLowerCase() ?? '';
  return CONTENT_TYPES[extension] ?? 'application/octet-stream';
}

/** The uploaded name without any folder part (`C:\\map\\vragen.pdf` → `vragen.pdf`), at most 255 characters. */
function storedFilename(filename: string): string {
  // Multer hands over the multipart filename's UTF-8 bytes read as Latin-1 (`één` arrives as `Ã©Ã©n`).
  const asBytes = /^[\u0000-\u00ff]*$/.test(filename) ? Buffer.from(filename, 'latin1').toString('utf8') : filename;
  const name = asBytes.includes('\ufffd') ? filename : asBytes;
  const base = name.split(/[\\/]/).pop()?.trim() ?? '';
  return (base || 'origineel').slice(-255);
}

/** What a viewer may know about a set's original file (no bytes). */
export interface OriginalFileInfo {
  filename: string;
  contentType: string;
  sha256: string;
  size: number;
  /** Anyone may download it (the set is published): it may be cached; otherwise `no-store`. */
  public: boolean;
}

/** The fields of a set the download rule needs, as the set's DTO carries them. */
export interface SetForOriginal {
  id: number;
  status: string;
  receivedOn: string | null;
  municipality: { id: number };
  party: { id: number } | null;
}

function toReportDto(report: ImportReport): ImportReportDto {
  return {
    setId: report.questionSetId,
    warnings: report.warnings,
    dismissedAt: report.dismissedAt ? report.dismissedAt.toISOString() : null,
  };
}

/**
 * Import of one document (issue 6): preview (parse, nothing stored) and commit (the preview as
 * the griffie edited it, stored in one transaction). Used by the API, the griffie's pages and
 * the `import` command. A file is identified by the SHA-256 of its bytes: importing it again
 * returns the set it became the first time.
 */
@Injectable()
export class ImportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly municipalities: MunicipalitiesService,
    private readonly people: PeopleService,
    private readonly documents: DocumentsService,
    private readonly questions: QuestionsService,
    private readonly clock: Clock,
  ) {}

  /** Parses the file and says what already exists; stores nothing. */
  async previewDocument(
    actor: Actor,
    bytes: Buffer,
    filename: string,
    options: PreviewOptions = {},
  ): Promise<ImportPreviewDto> {
    assertMayImportAnywhere(actor);
    const reference = options.reference ?? null;
    const answeredOn = options.answeredOn ?? null;
    for (const [path, value] of [
      ['reference', reference],
      ['answeredOn', answeredOn],
    ] as const) {
      if (value !== null && !/^\d{4}-\d{2}-\d{2}$/.test(value)) {
        throw new DomainValidationError([{ path, message: 'moet een datum zijn in de vorm JJJJ-MM-DD' }]);
      }
    }
    let municipality = await this.chosenMunicipality(actor, options.municipality);
    if (municipality) assertMayImportInto(actor, municipality);
    // Parsed without the chosen municipality first, so that the one the document names stays visible.
    // Extraction (zip, MIME, PDF) runs isolated with limits; the text parser is linear and runs here.
    const text = await withDocumentErrors(() => extractTextIsolated(bytes, filename));
    const parsed = await withDocumentErrors(() =>
      Promise.resolve(parseQuestionSetText(text, { reference, answeredOn })),
    );
    const named = parsed.municipality;
    if (!municipality) {
      // An admin without a choice: the municipality the document names.
      municipality = named ? await this.municipalityByAnyKey(named) : null;
      if (!municipality)
        throw new DomainValidationError([{ path: 'municipality', message: 'is verplicht: kies de gemeente' }]);
      assertMayImportInto(actor, municipality);
    }
    parsed.municipality = municipality.name;
    parsed.party = parsed.party ? cleanPartyName(parsed.party, municipality.name) : null;
    const warnings: string[] = [];
    const namedSlug = named ? municipalitySlug(named) : null;
    if (named && namedSlug !== municipalitySlug(municipality.name) && namedSlug !== municipality.slug) {
      warnings.push(
        `Het document noemt gemeente ${named}, maar u importeert in ${municipality.name}; controleer de gemeente.`,
      );
    }
    // An answer letter that prints only the answers (`Antwoord 1`, `Ad 2`) is read, not refused; the
    // set cannot be stored without its questions, so the griffie is told where to find them.
    if (parsed.questions.length === 0 && parsed.answers.length > 0) {
      warnings.push(
        'De brief bevat alleen de antwoorden, niet de vragen; neem de vragen over uit de brief van de indiener voordat u opslaat.',
      );
    }
    const sha256 = sha256Of(bytes);
    const existingId = await this.questions.findSetIdBySourceHash(municipality.id, sha256);
    const nearId = existingId === null ? await this.nearDuplicateOf(municipality.id, textHashOf(text)) : null;
    if (nearId !== null) {
      warnings.push(
        `Vragenset ${nearId} heeft dezelfde tekst uit een ander bestand; controleer of dit document al is ingelezen.`,
      );
    }
    return {
      ...parsed,
      warnings: [...warnings, ...parsed.warnings],
      municipalitySlug: municipality.slug,
      sha256,
      existing: existingId === null ? null : { setId: existingId },
      nearDuplicate: nearId === null ? null : { setId: nearId },
      matches: await this.findMatches(municipality.id, parsed),
    };
  }

  /** The import's warnings stored with a set (404 when it was not imported or the actor may not see it). */
  async importReport(actor: Actor, setId: number): Promise<ImportReportDto> {
    const report = await this.reportFor(actor, setId);
    return toReportDto(report);
  }

  /** The griffie has checked the warnings: they are no longer shown on the set's page. */
  async dismissImportReport(actor: Actor, setId: number): Promise<ImportReportDto> {
    const report = await this.reportFor(actor, setId);
    if (actor.role !== 'admin' && !(actor.role === 'clerk' && actor.municipalityId === report.municipalityId)) {
      throw new ForbiddenError('Alleen de griffie kan de meldingen van een import afhandelen.');
    }
    if (report.dismissedAt === null) {
      report.dismissedAt = new Date();
      await this.dataSource.getRepository(ImportReport).update({ id: report.id }, { dismissedAt: report.dismissedAt });
    }
    return toReportDto(report);
  }

  /** Warnings still to be seen by the griffie on the set's page: [] for others, or once dismissed. */
  async openWarningsFor(actor: Actor, setId: number, municipalityId: number): Promise<string[]> {
    if (actor.role !== 'admin' && !(actor.role === 'clerk' && actor.municipalityId === municipalityId)) return [];
    const report = await this.dataSource.getRepository(ImportReport).findOne({ where: { questionSetId: setId } });
    return report && report.dismissedAt === null ? report.warnings : [];
  }

  /**
   * The original file of a set the actor sees (the set's DTO, loaded for that actor), or null when
   * there is none or it holds answers the actor may not read yet (embargo): the set's page shows a
   * download link only then.
   */
  async originalFileInfo(actor: Actor, set: SetForOriginal): Promise<OriginalFileInfo | null> {
    const source = await this.dataSource.getRepository(ImportSource).findOne({ where: { questionSetId: set.id } });
    if (!source) return null;
    const fields = {
      municipalityId: set.municipality.id,
      partyId: set.party?.id ?? null,
      status: set.status,
      receivedOn: set.receivedOn,
    };
    if (source.containsAnswers && !canSeeAnswers(actor, fields)) return null;
    return {
      filename: source.filename,
      contentType: source.contentType,
      sha256: source.sha256,
      size: source.size,
      public: set.status === 'published',
    };
  }

  /** The original file with its bytes; 404 (never 403) when the set or the file is not for this actor. */
  async originalFile(actor: Actor, setId: number): Promise<OriginalFileInfo & { bytes: Buffer }> {
    // Loaded for the actor: a set it may not see is a 404 here already (src/auth/visibility.ts).
    const set = await this.questions.getQuestionSet(actor, setId);
    const info = await this.originalFileInfo(actor, set);
    if (!info) throw new NotFoundError(`Origineel bestand van vragenset ${setId}`);
    const row = await this.dataSource
      .getRepository(ImportSource)
      .createQueryBuilder('source')
      .addSelect('source.bytes')
      .where('source.questionSetId = :setId', { setId })
      .getOne();
    if (!row) throw new NotFoundError(`Origineel bestand van vragenset ${setId}`);
    return { ...info, bytes: Buffer.from(row.bytes) };
  }

  private async reportFor(actor: Actor, setId: number): Promise<ImportReport> {
    const report = await this.dataSource.getRepository(ImportReport).findOne({ where: { questionSetId: setId } });
    const visible =
      report !== null &&
      (actor.role === 'admin' ||
        ((actor.role === 'clerk' || actor.role === 'executive') && actor.municipalityId === report.municipalityId));
    if (!visible) throw new NotFoundError(`Importverslag van vragenset ${setId}`);
    return report;
  }

  private async nearDuplicateOf(municipalityId: number, textSha256: string): Promise<number | null> {
    const found = await this.dataSource
      .getRepository(ImportReport)
      .findOne({ where: { municipalityId, textSha256 }, select: { questionSetId: true }, order: { id: 'ASC' } });
    return found?.questionSetId ?? null;
  }

  /**
   * Stores the edited preview as a question set, or returns the set this file became before.
   * `editedSet` is the `set` form field: an object or its JSON text (ImportSetDto).
   */
  async commitImport(actor: Actor, bytes: Buffer, filename: string, editedSet: unknown): Promise<ImportResultDto> {
    assertMayImportAnywhere(actor);
    const set = await validateImportSet(editedSet);
    const municipality = await this.chosenMunicipality(actor, set.municipality);
    if (!municipality)
      throw new DomainValidationError([{ path: 'municipality', message: 'is verplicht: kies de gemeente' }]);
    assertMayImportInto(actor, municipality);
    // The upload must be a readable document (not empty, corrupt, scanned or a picture), even
    // though its content comes from the edited preview.
    const text = await withDocumentErrors(() => extractTextIsolated(bytes, filename));
    const answers = set.answers ?? [];
    // The stored original follows the answers' embargo when it holds answers: the edited set's, or
    // any the parser finds in the file (answers the griffie removed from the preview are still in it).
    let fileHasAnswers = true;
    try {
      fileHasAnswers = parseQuestionSetText(text).answers.length > 0;
    } catch {
      // Not readable as a question set: treated as holding answers (the safe side).
    }
    const errors: FieldError[] = [];
    if (set.status === 'published' && answers.length === 0) {
      errors.push({ path: 'status', message: 'alleen een set met antwoorden kan als gepubliceerd worden ingelezen' });
    }
    if (set.status === 'answered' && answers.length === 0) {
      errors.push({ path: 'status', message: 'een beantwoorde set heeft minstens één antwoord nodig' });
    }
    if (set.status === 'registered' && answers.length > 0) {
      errors.push({
        path: 'status',
        message: 'een set met antwoorden is beantwoord; verwijder de antwoorden of kies een andere status',
      });
    }
    if (errors.length > 0) throw new DomainValidationError(errors);
    const published =
      set.status === 'published' || (set.status == null && set.publishedOn != null && answers.length > 0);
    const publishedOn = published ? (set.publishedOn ?? set.answeredOn ?? this.clock.today()) : null;
    const sha256 = sha256Of(bytes);
    const existing = await this.questions.findSetIdBySourceHash(municipality.id, sha256);
    if (existing !== null) return { setId: existing, created: false };

    const input = editedSetToImportedSet(set, { municipality: municipality.slug, publishedOn, sourceSha256: sha256 });
    try {
      const setId = await this.dataSource.transaction(async (em) => {
        const id = await this.questions.importQuestionSet(actor, input, em);
        await em.getRepository(ImportReport).insert({
          questionSetId: id,
          municipalityId: municipality.id,
          textSha256: textHashOf(text),
          warnings: warningsOf(editedSet),
          dismissedAt: null,
        });
        await em.getRepository(ImportSource).insert({
          questionSetId: id,
          filename: storedFilename(filename),
          contentType: contentTypeOf(filename),
          sha256,
          size: bytes.length,
          containsAnswers: answers.length > 0 || fileHasAnswers,
          bytes,
        });
        return id;
      });
      return { setId, created: true };
    } catch (error) {
      // The same file committed twice at once: the other request won; answer with its set.
      if (error instanceof QueryFailedError && constraintOf(error) === SOURCE_HASH_INDEX) {
        const winner = await this.questions.findSetIdBySourceHash(municipality.id, sha256);
        if (winner !== null) return { setId: winner, created: false };
      }
      throw error;
    }
  }

  /** Resolves a municipality by slug, id or (as the parser prints it) name. */
  async municipalityByAnyKey(key: string): Promise<Municipality | null> {
    const bySlug = await this.municipalities.findMunicipalityOrNull(key.trim());
    if (bySlug) return bySlug;
    return this.municipalities.findMunicipalityByNameOrNull(key);
  }

  /** The requested municipality (404 when unknown), else the actor's own, else null. */
  private async chosenMunicipality(actor: Actor, requested: string | null | undefined): Promise<Municipality | null> {
    if (requested && requested.trim() !== '') {
      const found = await this.municipalityByAnyKey(requested);
      if (!found) throw new NotFoundError(`Gemeente ${requested}`);
      return found;
    }
    return actor.municipalityId !== null ? this.municipalities.findMunicipality(actor.municipalityId) : null;
  }

  /** Which of the preview's party, people and documents the municipality already has ("bestaand") and which are new. */
  private async findMatches(municipalityId: number, parsed: ParsedQuestionSet): Promise<ImportMatchesDto> {
    const party = async (name: string): Promise<NameMatchDto> => ({
      name,
      id: await this.people.findPartyIdByName(municipalityId, name),
    });
    const person = async (name: string): Promise<NameMatchDto> => ({
      name,
      id: await this.people.findPersonIdByName(municipalityId, name),
    });
    const documents: DocumentMatchDto[] = [];
    for (const [index, document] of parsed.documents.entries()) {
      // The same key DocumentsService.findOrCreateDocument stores documents under.
      documents.push({ index, id: await this.documents.findDocumentIdByKey(municipalityId, document) });
    }
    const submitters: NameMatchDto[] = [];
    for (const name of parsed.submitters) submitters.push(await person(name));
    return {
      party: parsed.party ? await party(parsed.party) : null,
      portfolioHolder: parsed.portfolioHolder ? await person(parsed.portfolioHolder) : null,
      submitters,
      documents,
    };
  }
}

/** Only the griffie (clerk) and administrators import; checked before the upload is read. */
function assertMayImportAnywhere(actor: Actor): void {
  if (actor.role !== 'clerk' && actor.role !== 'admin')
    throw new ForbiddenError('Alleen de griffie kan documenten importeren.');
}

function assertMayImportInto(actor: Actor, municipality: Municipality): void {
  if (actor.role === 'admin') return;
  if (actor.role === 'clerk' && actor.municipalityId === municipality.id) return;
  throw new ForbiddenError(`Alleen de griffie van ${municipality.name} kan hier documenten importeren.`);
}

/** The `set` form field (JSON text or object) as a validated ImportSetDto; 400 with field paths otherwise. */
export async function validateImportSet(raw: unknown): Promise<ImportSetDto> {
  let plain: unknown = raw;
  if (typeof raw === 'string') {
    try {
      plain = JSON.parse(raw);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new DomainValidationError([{ path: 'set', message: `is geen geldige JSON (${reason})` }]);
    }
  }
  if (typeof plain !== 'object' || plain === null || Array.isArray(plain)) {
    throw new DomainValidationError([{ path: 'set', message: 'moet een object zijn (de bewerkte voorvertoning)' }]);
  }
  const dto = plainToInstance(ImportSetDto, plain);
  const errors = await validate(dto, { whitelist: true, forbidNonWhitelisted: true });
  if (errors.length > 0) throw new DomainValidationError(flattenValidationErrors(errors));
  return dto;
}

function constraintOf(error: QueryFailedError): string | undefined {
  return (error as QueryFailedError & { driverError?: { constraint?: string } }).driverError?.constraint;
}
