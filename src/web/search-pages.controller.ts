import { Controller, Get, Query, Render, Res, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import type { Response } from 'express';
import type { Actor } from '../auth/actor';
import { CurrentActor } from '../auth/actor.guard';
import { markedHtml } from '../common/html';
import { flattenValidationErrors } from '../common/validation';
import { MunicipalitiesService } from '../municipalities/municipalities.service';
import { SearchQueryDto } from '../search/dto/search.dto';
import { QueryInterpretation, SearchHit } from '../search/search-engine';
import { SearchService } from '../search/search.service';
import { pager, STATUS_LABELS } from './view-models';
import { WebSessionGuard } from './web-session.guard';
import { SimilarQuestionsView } from './similar-view.service';

const PAGE_SIZE = 10;

/** Page parameters (Dutch, shareable links) → the API's search fields. */
const PARAMS: Record<string, 'municipality' | 'party' | 'portfolioHolder' | 'status' | 'year'> = {
  gemeente: 'municipality',
  fractie: 'party',
  portefeuillehouder: 'portfolioHolder',
  status: 'status',
  jaar: 'year',
};

const FACET_TITLES: Record<string, string> = {
  municipality: 'Gemeente',
  party: 'Fractie',
  portfolioHolder: 'Portefeuillehouder',
  status: 'Status',
  year: 'Jaar',
};

/** A hit as the page shows it: the snippets as HTML, escaped, with `<mark>` where the engine found the words. */
function hitView(hit: SearchHit, municipalityNames: Map<string, string>) {
  return {
    url: `/vragen/${hit.questionSetId}#vraag-${hit.number}`,
    subject: markedHtml(hit.snippets.subject.text, hit.snippets.subject.highlights),
    number: hit.number,
    municipality: municipalityNames.get(hit.municipality) ?? hit.municipality,
    party: hit.party,
    portfolioHolder: hit.portfolioHolder,
    statusLabel: STATUS_LABELS[hit.status] ?? hit.status,
    answeredOn: hit.answeredOn,
    question: markedHtml(hit.snippets.question.text, hit.snippets.question.highlights),
    answer: hit.snippets.answer ? markedHtml(hit.snippets.answer.text, hit.snippets.answer.highlights) : null,
  };
}

/** Search (GET form, field `q`) with facets, highlighted snippets and pages; and the "eerder gevraagd" fragment. */
/** "Gezocht in Groningen · alle gemeenten": what the search read from the query as filters, and the way back. */
function interpretedView(
  interpreted: QueryInterpretation | null,
  link: (param: string, value: string | undefined) => string,
): { label: string; allLabel: string; allUrl: string } | null {
  if (!interpreted) return null;
  const parts = [
    interpreted.municipalityName ?? interpreted.municipality,
    interpreted.party ? `fractie ${interpreted.party}` : undefined,
    interpreted.portfolioHolder ? `portefeuillehouder ${interpreted.portfolioHolder}` : undefined,
  ].filter((p): p is string => p !== undefined);
  const allLabel = interpreted.municipality
    ? 'alle gemeenten'
    : interpreted.party
      ? 'alle fracties'
      : 'alle portefeuillehouders';
  return { label: parts.join(', '), allLabel, allUrl: link('interpreteer', 'nee') };
}

function searchUrl(q: string): string {
  return `/zoeken?${new URLSearchParams({ q }).toString()}`;
}

@ApiExcludeController()
@Controller()
@UseGuards(WebSessionGuard)
export class SearchPagesController {
  constructor(
    private readonly search: SearchService,
    private readonly municipalities: MunicipalitiesService,
    private readonly similarView: SimilarQuestionsView,
  ) {}

  @Get('zoeken')
  async searchPage(
    @CurrentActor() actor: Actor,
    @Query() raw: Record<string, unknown>,
    @Res() res: Response,
  ): Promise<void> {
    const str = (name: string) => (typeof raw[name] === 'string' ? (raw[name] as string).trim() : '');
    const q = str('q');
    const page = Math.max(1, Math.min(1000, Number(str('pagina')) || 1));
    const selected: Record<string, string> = {};
    for (const [param, key] of Object.entries(PARAMS)) if (str(param)) selected[key] = str(param);
    const dto = plainToInstance(SearchQueryDto, {
      q,
      ...selected,
      sort: str('sorteer') === 'datum' ? 'date' : 'relevance',
      interpret: str('interpreteer') === 'nee' ? false : undefined,
      limit: PAGE_SIZE,
      offset: (page - 1) * PAGE_SIZE,
    });
    const errors = flattenValidationErrors(await validate(dto, { whitelist: true }));
    const municipalities = await this.municipalities.listMunicipalities();
    const names = new Map(municipalities.map((m) => [m.slug, m.name]));
    const baseQuery: Record<string, string | undefined> = {
      q: q || undefined,
      sorteer: str('sorteer') || undefined,
      interpreteer: str('interpreteer') === 'nee' ? 'nee' : undefined,
    };
    for (const [param] of Object.entries(PARAMS)) baseQuery[param] = str(param) || undefined;
    if (errors.length > 0) {
      res.status(400).render('pages/search', {
        title: 'Zoeken',
        q,
        errors: errors.map((e) => `${e.path}: ${e.message}`),
        hits: [],
        facets: [],
      });
      return;
    }
    const result = await this.search.search(actor, dto);
    const link = (param: string, value: string | undefined) => {
      const params = new URLSearchParams();
      for (const [k, v] of Object.entries({ ...baseQuery, [param]: value })) if (v) params.set(k, v);
      return `/zoeken?${params.toString()}`;
    };
    const facets = Object.entries(PARAMS).map(([param, key]) => {
      const counts = result.facets[key] ?? {};
      const current = str(param);
      return {
        title: FACET_TITLES[key],
        id: `facet-${param}`,
        current: current
          ? {
              label:
                key === 'municipality'
                  ? (names.get(current) ?? current)
                  : key === 'status'
                    ? (STATUS_LABELS[current] ?? current)
                    : current,
              removeUrl: link(param, undefined),
            }
          : null,
        values: Object.entries(counts)
          .sort((a, b) => (key === 'year' ? b[0].localeCompare(a[0]) : b[1] - a[1] || a[0].localeCompare(b[0], 'nl')))
          .slice(0, 12)
          .map(([value, count]) => ({
            label:
              key === 'municipality'
                ? (names.get(value) ?? value)
                : key === 'status'
                  ? (STATUS_LABELS[value] ?? value)
                  : value,
            count,
            url: link(param, value),
            current: value === current,
          })),
      };
    });
    res.render('pages/search', {
      title: q ? `Zoeken: ${q}` : 'Zoeken',
      q,
      searched: true,
      total: result.total,
      totalEstimated: result.totalEstimated,
      hits: result.items.map((hit) => hitView(hit, names)),
      facets,
      anyFacet: facets.some((f) => f.values.length > 0 || f.current !== null),
      chosenFilters: facets.filter((f) => f.current !== null).length,
      scripts: ['/static/search-filters.js'],
      pager: pager(result.total, PAGE_SIZE, (page - 1) * PAGE_SIZE, baseQuery, '/zoeken'),
      sortByDate: str('sorteer') === 'datum',
      sortRelevanceUrl: link('sorteer', undefined),
      sortDateUrl: link('sorteer', 'datum'),
      degraded: result.degraded,
      relaxed: result.relaxed,
      interpreted: interpretedView(result.interpreted, link),
      didYouMean: result.didYouMean ? { text: result.didYouMean, url: searchUrl(result.didYouMean) } : null,
      suggestion: result.suggestion ? { text: result.suggestion, url: searchUrl(result.suggestion) } : null,
    });
  }

  /**
   * "Eerder gevraagd" as an HTML fragment (no layout), for the draft form's small script; the
   * same list is rendered into the page by the form's "Zoek eerder gestelde vragen" button.
   */
  @Get('eerder-gevraagd')
  @Render('partials/similar')
  async similarFragment(
    @CurrentActor() actor: Actor,
    @Query('gemeente') municipality?: string,
    @Query('tekst') text?: string,
  ) {
    return { layout: false, similar: await this.similarView.similarFor(actor, municipality ?? '', text ?? '') };
  }
}
