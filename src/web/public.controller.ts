import { Controller, Get, Param, Render, Res, UseGuards } from '@nestjs/common';
import type { Response } from 'express';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Actor } from '../auth/actor';
import { CurrentActor } from '../auth/actor.guard';
import { setActions } from '../auth/visibility';
import { Clock } from '../common/clock';
import { NotFoundError } from '../common/domain-errors';
import { DocumentsService, toDocumentDto } from '../documents/documents.service';
import { MunicipalitiesService } from '../municipalities/municipalities.service';
import { PeopleService } from '../people/people.service';
import { ImportService } from '../import/import.service';
import { sendOriginal } from '../import/original-download';
import { QuestionsService } from '../questions/questions.service';
import { documentLabel, documentView, paragraphsWithLinks, setDetail, setSummary } from './view-models';
import { WebSessionGuard } from './web-session.guard';
import { idParam, partiesQuery, peopleQuery, setsQuery } from './web-helpers';

/** The public archive: home, set pages, the answer letter, documents, parties and portfolio holders. */
@ApiExcludeController()
@Controller()
@UseGuards(WebSessionGuard)
export class PublicController {
  constructor(
    private readonly questions: QuestionsService,
    private readonly documents: DocumentsService,
    private readonly people: PeopleService,
    private readonly municipalities: MunicipalitiesService,
    private readonly imports: ImportService,
    private readonly clock: Clock,
  ) {}

  @Get()
  @Render('pages/home')
  async home(@CurrentActor() actor: Actor) {
    const today = this.clock.today();
    const recent = await this.questions.listQuestionSets(
      actor,
      setsQuery({ status: 'published', sort: '-publishedOn', limit: 8 }),
    );
    const municipalities = await this.municipalities.listMunicipalities();
    return {
      title: 'Schriftelijke vragen en antwoorden',
      sets: recent.items.map((dto) => setSummary(dto, today)),
      municipalities: municipalities.map((m) => ({ slug: m.slug, name: m.name })),
      totalPublished: recent.total,
    };
  }

  @Get('vragen/:id')
  @Render('pages/question-set')
  async questionSet(@CurrentActor() actor: Actor, @Param('id') rawId: string) {
    const id = idParam(rawId);
    if (id === null) throw new NotFoundError(`Vragenset ${rawId}`);
    const dto = await this.questions.getQuestionSet(actor, id);
    const set = setDetail(dto, this.clock.today());
    // The buttons come from the rule module (setActions), not from checks of its own.
    const may = setActions(actor, {
      municipalityId: dto.municipality.id,
      partyId: dto.party?.id ?? null,
      status: dto.status,
      receivedOn: dto.receivedOn,
    });
    const staffEdit = may.edit && (actor.role === 'clerk' || actor.role === 'admin');
    return {
      title: dto.subject,
      set,
      actions: {
        any: may.postpone || may.recordAnswers || may.publish || staffEdit || may.withdraw,
        // Editing a stored set is the griffie's; a fractie edits its own draft on its draft form.
        edit: staffEdit,
        withdraw: may.withdraw,
        postpone: may.postpone,
        answer: may.recordAnswers,
        publish: may.publish,
      },
      draftActions: may.editDraft ? { edit: true, submit: may.submitDraft, delete: may.deleteDraft } : null,
      canFollow: may.follow,
      canFollowByEmail: may.followByEmail,
      // The import's warnings, for the griffie until dismissed.
      importWarnings: await this.imports.openWarningsFor(actor, dto.id, dto.municipality.id),
      // The file the set was imported from, when this visitor may read what it holds.
      original: await this.imports.originalFileInfo(actor, dto),
    };
  }

  /** The imported set's original file (issue 19), under the same rule as the API's. */
  @Get('vragen/:id/origineel')
  async originalFile(@CurrentActor() actor: Actor, @Param('id') rawId: string, @Res() res: Response): Promise<void> {
    const id = idParam(rawId);
    if (id === null) throw new NotFoundError(`Vragenset ${rawId}`);
    sendOriginal(res, await this.imports.originalFile(actor, id));
  }

  /** The answered set as the college's answer letter, to print (print CSS, A4). */
  @Get('vragen/:id/brief')
  @Render('pages/answer-letter')
  async answerLetter(@CurrentActor() actor: Actor, @Param('id') rawId: string) {
    const id = idParam(rawId);
    if (id === null) throw new NotFoundError(`Vragenset ${rawId}`);
    const dto = await this.questions.getQuestionSet(actor, id);
    if (dto.answers.length === 0 || !['answered', 'published'].includes(dto.status))
      throw new NotFoundError(`Antwoordbrief bij vragenset ${id}`);
    const known = new Set(dto.questions.map((q) => q.number));
    const answerByNumber = new Map<string, { id: number; text: string }>();
    for (const a of dto.answers) for (const n of a.questions) answerByNumber.set(n, a);
    const printed = new Set<number>();
    const pairs = dto.questions.map((q) => {
      const answer = answerByNumber.get(q.number);
      const first = answer !== undefined && !printed.has(answer.id);
      if (answer) printed.add(answer.id);
      return {
        number: q.number,
        question: paragraphsWithLinks(q.text, known),
        answer: answer && first ? paragraphsWithLinks(answer.text, known) : [],
        sameAsAbove: answer !== undefined && !first,
        unanswered: answer === undefined,
      };
    });
    return {
      layout: 'layouts/letter',
      title: `Beantwoording: ${dto.subject}`,
      set: setDetail(dto, this.clock.today()),
      pairs,
      letterDate: dto.answeredOn,
      addressee: dto.party ? `De fractie ${dto.party.name}` : 'De leden van de gemeenteraad',
    };
  }

  /** "Alles over motie 2018-115M": every set, answer and commitment that names the document. */
  @Get('documenten/:id')
  @Render('pages/document')
  async document(@CurrentActor() actor: Actor, @Param('id') rawId: string) {
    const id = idParam(rawId);
    if (id === null) throw new NotFoundError(`Document ${rawId}`);
    const document = toDocumentDto(await this.documents.findDocument(id));
    const today = this.clock.today();
    const page = await this.questions.listQuestionSets(
      actor,
      setsQuery({ document: id, limit: 100, sort: '-receivedOn' }),
    );
    const answers = page.items.flatMap((dto) =>
      dto.answers
        .filter((a) => a.documents.some((d) => d.id === id))
        .map((a) => ({
          setUrl: `/vragen/${dto.id}`,
          subject: dto.subject,
          numbers: a.questions.join(', '),
          anchor: `vraag-${a.questions[0]}`,
          text: a.text,
        })),
    );
    const namedBySet = page.items.filter((dto) => dto.documents.some((d) => d.id === id));
    const commitments = page.items.flatMap((dto) =>
      (dto.commitments as { sentence?: string; fulfilledBy?: { id: number } | null; documentId?: number | null }[])
        .filter(
          (c) =>
            (c.sentence ?? '').includes(document.reference ?? document.title ?? '\u0000') ||
            c.fulfilledBy?.id === id ||
            c.documentId === id,
        )
        .map((c) => ({ setUrl: `/vragen/${dto.id}`, subject: dto.subject, sentence: c.sentence ?? '' })),
    );
    return {
      title: `Alles over ${documentLabel(document)}`,
      document: { ...documentView(document), label: documentLabel(document) },
      sets: namedBySet.map((dto) => setSummary(dto, today)),
      allSets: page.items.map((dto) => setSummary(dto, today)),
      answers,
      commitments,
    };
  }

  @Get('fracties')
  @Render('pages/parties')
  async parties() {
    const [municipalities, parties] = await Promise.all([
      this.municipalities.listMunicipalities(),
      this.people.listParties(partiesQuery({ limit: 100 })),
    ]);
    return {
      title: 'Fracties',
      groups: municipalities
        .map((m) => ({
          name: m.name,
          items: parties.items
            .filter((p) => p.municipalityId === m.id)
            .map((p) => ({ name: p.name, url: `/fracties/${p.id}` })),
        }))
        .filter((g) => g.items.length > 0),
    };
  }

  @Get('fracties/:id')
  @Render('pages/overview')
  async party(@CurrentActor() actor: Actor, @Param('id') rawId: string) {
    const id = idParam(rawId);
    const party = id === null ? null : await this.people.findParty(id);
    if (!party) throw new NotFoundError(`Fractie ${rawId}`);
    const page = await this.questions.listQuestionSets(actor, setsQuery({ party: String(party.id), limit: 100 }));
    return {
      title: `Vragen van de fractie ${party.name}`,
      heading: `Fractie ${party.name}`,
      intro: `Schriftelijke vragen van ${party.name} die u mag inzien, nieuwste eerst.`,
      sets: page.items.map((dto) => setSummary(dto, this.clock.today())),
      total: page.total,
      searchUrl: `/zoeken?fractie=${encodeURIComponent(party.name)}`,
    };
  }

  @Get('portefeuillehouders')
  @Render('pages/parties')
  async portfolioHolders() {
    const [municipalities, people] = await Promise.all([
      this.municipalities.listMunicipalities(),
      this.people.listPeople(peopleQuery({ role: 'alderman', limit: 100 })),
    ]);
    return {
      title: 'Portefeuillehouders',
      intro: 'Wethouders en burgemeesters die schriftelijke vragen beantwoorden.',
      groups: municipalities
        .map((m) => ({
          name: m.name,
          items: people.items
            .filter((p) => p.municipalityId === m.id)
            .map((p) => ({ name: p.name, url: `/portefeuillehouders/${p.id}`, detail: p.portfolio })),
        }))
        .filter((g) => g.items.length > 0),
    };
  }

  @Get('portefeuillehouders/:id')
  @Render('pages/overview')
  async portfolioHolder(@CurrentActor() actor: Actor, @Param('id') rawId: string) {
    const id = idParam(rawId);
    const person = id === null ? null : await this.people.findPerson(id);
    if (!person) throw new NotFoundError(`Portefeuillehouder ${rawId}`);
    const page = await this.questions.listQuestionSets(
      actor,
      setsQuery({ portfolioHolder: String(person.id), limit: 100 }),
    );
    return {
      title: `Vragen aan ${person.name}`,
      heading: `Portefeuillehouder ${person.name}`,
      intro: `Schriftelijke vragen die ${person.name} (namens het college) beantwoordt of beantwoordde.`,
      sets: page.items.map((dto) => setSummary(dto, this.clock.today())),
      total: page.total,
      searchUrl: `/zoeken?portefeuillehouder=${encodeURIComponent(person.name)}`,
    };
  }
}
