import { Inject, Injectable } from '@nestjs/common';
import { PUBLIC_ACTOR } from '../auth/actor';
import { NotFoundError } from '../common/domain-errors';
import { FeedPage, FeedWindow } from '../common/feed-window';
import { APP_CONFIG, AppConfig } from '../config/config';
import { DocumentsService } from '../documents/documents.service';
import type { Municipality } from '../municipalities/municipality.entity';
import { MunicipalitiesService } from '../municipalities/municipalities.service';
import { PeopleService } from '../people/people.service';
import { QuestionsService } from '../questions/questions.service';
import {
  OparlObject,
  SetFileKind,
  bodyObject,
  collegeObject,
  documentFileObject,
  documentPaperObject,
  fractieObject,
  membershipOf,
  personObject,
  setFileObject,
  setFileText,
  setPaperObject,
  systemObject,
} from './oparl-objects';
import { OPARL_FILTERS, OparlListQueryDto } from './oparl-query.dto';
import { BodyList, OparlUrls } from './oparl-urls';

/** An OParl list page (OParl 1.1, 2.5): data, pagination, links. */
export interface OparlList {
  data: OparlObject[];
  pagination: { totalElements: number; elementsPerPage: number; currentPage: number; totalPages: number };
  links: { first: string; prev?: string; self: string; next?: string; last: string };
}

type Source = (window: FeedWindow) => Promise<FeedPage<OparlObject>>;

/**
 * Several sources as one list in a fixed order (the college before the fracties, question sets
 * before documents): each source pages by id, so the order is stable across requests.
 */
async function pageOfSources(window: FeedWindow, sources: Source[]): Promise<FeedPage<OparlObject>> {
  let skip = window.offset;
  let room = window.limit;
  let total = 0;
  const rows: OparlObject[] = [];
  for (const source of sources) {
    const page = await source({ ...window, offset: skip, limit: Math.max(room, 1) });
    total += page.total;
    const taken = room > 0 ? page.rows.slice(0, room) : [];
    rows.push(...taken);
    room -= taken.length;
    skip = Math.max(0, skip - page.total);
  }
  return { rows, total };
}

function inWindow(window: FeedWindow, created: Date, modified: Date): boolean {
  return (
    (!window.createdSince || created >= window.createdSince) &&
    (!window.createdUntil || created <= window.createdUntil) &&
    (!window.modifiedSince || modified >= window.modifiedSince) &&
    (!window.modifiedUntil || modified <= window.modifiedUntil)
  );
}

/**
 * The OParl 1.1 read API: only what the public may see (the rule of src/auth/visibility.ts, as
 * the question module applies it), withdrawn sets as deleted objects.
 */
@Injectable()
export class OparlService {
  readonly urls: OparlUrls;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly municipalities: MunicipalitiesService,
    private readonly people: PeopleService,
    private readonly documents: DocumentsService,
    private readonly questions: QuestionsService,
  ) {
    this.urls = new OparlUrls(config.publicUrl);
  }

  async system(): Promise<OparlObject> {
    return systemObject(this.urls, await this.municipalities.listMunicipalities());
  }

  async bodies(query: OparlListQueryDto): Promise<OparlList> {
    const all = await this.municipalities.listMunicipalities();
    const window = this.window(0, query);
    const matching = all.filter((m) => inWindow(window, m.createdAt, m.updatedAt));
    const rows = matching.slice(window.offset, window.offset + window.limit).map((m) => bodyObject(this.urls, m));
    return this.list(this.urls.bodies(), query, { rows, total: matching.length });
  }

  async body(slug: string): Promise<OparlObject> {
    return bodyObject(this.urls, await this.municipality(slug));
  }

  async bodyList(slug: string, list: BodyList, query: OparlListQueryDto): Promise<OparlList> {
    const municipality = await this.municipality(slug);
    const window = this.window(municipality.id, query);
    const omitInternal = query.omit_internal === true;
    let sources: Source[] = [];
    if (list === 'organizations') {
      sources = [
        async (w) => {
          const inside = inWindow(w, municipality.createdAt, municipality.updatedAt);
          return {
            rows: inside && w.offset === 0 ? [collegeObject(this.urls, municipality)] : [],
            total: inside ? 1 : 0,
          };
        },
        async (w) => {
          const page = await this.people.feedParties(w);
          return { rows: page.rows.map((p) => fractieObject(this.urls, municipality, p)), total: page.total };
        },
      ];
    } else if (list === 'people') {
      sources = [
        async (w) => {
          const page = await this.people.feedPeople(w);
          const rows = page.rows.map((p) => personObject(this.urls, municipality, p));
          if (omitInternal) for (const row of rows) delete row.membership;
          return { rows, total: page.total };
        },
      ];
    } else if (list === 'papers') {
      // Deleted objects only when the client asks what changed (OParl 1.1, 2.5 "Filter").
      const tombstones = window.modifiedSince !== undefined;
      sources = [
        async (w) => {
          const page = await this.questions.feedQuestionSets(PUBLIC_ACTOR, w, tombstones);
          return { rows: page.rows.map((set) => setPaperObject(this.urls, set, omitInternal)), total: page.total };
        },
        async (w) => {
          const page = await this.documents.feedDocuments(w);
          return { rows: page.rows.map((d) => documentPaperObject(this.urls, municipality, d)), total: page.total };
        },
      ];
    }
    return this.list(this.urls.bodyList(slug, list), query, await pageOfSources(window, sources));
  }

  async organization(key: string): Promise<OparlObject> {
    const college = /^college-(\d+)$/.exec(key);
    if (college) return collegeObject(this.urls, await this.municipality(Number(college[1])));
    const fractie = /^fractie-(\d+)$/.exec(key);
    const party = fractie ? await this.people.findParty(Number(fractie[1])) : null;
    if (!party) throw new NotFoundError(`Organisatie ${key}`);
    return fractieObject(this.urls, await this.municipality(party.municipalityId), party);
  }

  async person(id: number): Promise<OparlObject> {
    const person = await this.people.findPerson(id);
    if (!person) throw new NotFoundError(`Persoon ${id}`);
    return personObject(this.urls, await this.municipality(person.municipalityId), person);
  }

  async membership(key: string): Promise<OparlObject> {
    const match = /^(college|fractie)-(\d+)$/.exec(key);
    const person = match ? await this.people.findPerson(Number(match[2])) : null;
    const membership = person ? membershipOf(this.urls, person) : null;
    if (!membership || membership.id !== this.urls.membership(key)) throw new NotFoundError(`Lidmaatschap ${key}`);
    return membership;
  }

  async paper(key: string): Promise<OparlObject> {
    const document = /^document-(\d+)$/.exec(key);
    if (document) {
      const found = await this.documents.findDocument(Number(document[1]));
      return documentPaperObject(this.urls, await this.municipality(found.municipalityId), found);
    }
    if (!/^\d+$/.test(key)) throw new NotFoundError(`Drukstuk ${key}`);
    const set = await this.questions.findFeedSet(PUBLIC_ACTOR, Number(key));
    if (!set) throw new NotFoundError(`Drukstuk ${key}`);
    return setPaperObject(this.urls, set);
  }

  async file(key: string): Promise<OparlObject> {
    const document = /^document-(\d+)$/.exec(key);
    if (document) {
      const file = documentFileObject(this.urls, await this.documents.findDocument(Number(document[1])));
      if (!file) throw new NotFoundError(`Bestand ${key}`);
      return file;
    }
    const { set, kind } = await this.setFile(key);
    const file = setFileObject(this.urls, set, kind);
    if (!file) throw new NotFoundError(`Bestand ${key}`);
    return file;
  }

  /** What a File's accessUrl serves: the text, or (a document's original) where it lives. */
  async fileContent(key: string): Promise<{ text: string; fileName: string } | { redirect: string }> {
    const document = /^document-(\d+)$/.exec(key);
    if (document) {
      const found = await this.documents.findDocument(Number(document[1]));
      if (!found.url) throw new NotFoundError(`Bestand ${key}`);
      return { redirect: found.url };
    }
    const { set, kind } = await this.setFile(key);
    const text = setFileText(set, kind);
    if (text === null) throw new NotFoundError(`Bestand ${key}`);
    return { text, fileName: String(setFileObject(this.urls, set, kind)?.fileName ?? `${key}.txt`) };
  }

  private async setFile(
    key: string,
  ): Promise<{ set: NonNullable<Awaited<ReturnType<QuestionsService['findFeedSet']>>>; kind: SetFileKind }> {
    const match = /^(vragen|antwoord)-(\d+)$/.exec(key);
    const set = match ? await this.questions.findFeedSet(PUBLIC_ACTOR, Number(match[2])) : null;
    if (!match || !set) throw new NotFoundError(`Bestand ${key}`);
    return { set, kind: match[1] as SetFileKind };
  }

  private async municipality(idOrSlug: string | number): Promise<Municipality> {
    return this.municipalities.findMunicipality(idOrSlug);
  }

  private window(municipalityId: number, query: OparlListQueryDto): FeedWindow {
    const date = (value: string | undefined) => (value ? new Date(value) : undefined);
    return {
      municipalityId,
      createdSince: date(query.created_since),
      createdUntil: date(query.created_until),
      modifiedSince: date(query.modified_since),
      modifiedUntil: date(query.modified_until),
      offset: (query.page - 1) * query.limit,
      limit: query.limit,
    };
  }

  /** The page with its links; every link keeps the client's filters (OParl 1.1, 2.5). */
  private list(base: string, query: OparlListQueryDto, page: FeedPage<OparlObject>): OparlList {
    const totalPages = Math.max(1, Math.ceil(page.total / query.limit));
    const link = (n: number): string => {
      const params = new URLSearchParams();
      for (const name of OPARL_FILTERS) if (query[name] !== undefined) params.set(name, String(query[name]));
      if (query.limit !== 100) params.set('limit', String(query.limit));
      if (n > 1) params.set('page', String(n));
      const search = params.toString();
      return search ? `${base}?${search}` : base;
    };
    const current = query.page;
    return {
      data: page.rows,
      pagination: { totalElements: page.total, elementsPerPage: query.limit, currentPage: current, totalPages },
      links: {
        first: link(1),
        ...(current > 1 ? { prev: link(Math.min(current - 1, totalPages)) } : {}),
        self: link(current),
        ...(current < totalPages ? { next: link(current + 1) } : {}),
        last: link(totalPages),
      },
    };
  }
}
