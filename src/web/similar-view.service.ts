import { Injectable } from '@nestjs/common';
import { Actor } from '../auth/actor';
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
    question: string;
    answer: string | null;
  }[];
}

/** "Eerder gevraagd": the similar earlier questions the actor may see, shortened for the draft form. */
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
        question: hit.question.length > 300 ? `${hit.question.slice(0, 300)}…` : hit.question,
        answer: hit.answer && hit.answer.length > 400 ? `${hit.answer.slice(0, 400)}…` : hit.answer,
      })),
    };
  }
}
