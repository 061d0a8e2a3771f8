import { Injectable } from '@nestjs/common';
import { Actor } from '../auth/actor';
import { markedHtml } from '../common/html';
import { MunicipalitiesService } from '../municipalities/municipalities.service';
import { SearchService } from '../search/search.service';

export interface SimilarView {
  searched: boolean;
  items: {
    url: string;
    subject: string;
    number: string;
    municipality: string;
    answeredOn: string | null;
    /** HTML: the snippets of the search (the passage with the words the draft shares, marked). */
    question: string;
    answer: string | null;
  }[];
}

/** "Eerder gevraagd": the similar earlier questions the actor may see, as snippets for the draft form. */
@Injectable()
export class SimilarQuestionsView {
  constructor(
    private readonly search: SearchService,
    private readonly municipalities: MunicipalitiesService,
  ) {}

  async similarFor(actor: Actor, municipality: string, text: string): Promise<SimilarView> {
    const trimmed = text.trim().slice(0, 20000);
    if (trimmed.length < 3 || !municipality) return { searched: false, items: [] };
    const names = new Map((await this.municipalities.listMunicipalities()).map((m) => [m.slug, m.name]));
    const result = await this.search.similar(actor, { municipality, text: trimmed, limit: 5 });
    return {
      searched: true,
      items: result.items.map((hit) => ({
        url: `/vragen/${hit.questionSetId}#vraag-${hit.number}`,
        subject: hit.subject,
        number: hit.number,
        municipality: names.get(hit.municipality) ?? hit.municipality,
        answeredOn: hit.answeredOn,
        question: markedHtml(hit.snippets.question.text, hit.snippets.question.highlights),
        answer: hit.snippets.answer ? markedHtml(hit.snippets.answer.text, hit.snippets.answer.highlights) : null,
      })),
    };
  }
}
