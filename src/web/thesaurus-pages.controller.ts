import { Body, Controller, Get, Param, Post, Query, Res, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import type { Actor } from '../auth/actor';
import { CurrentActor } from '../auth/actor.guard';
import { FieldError, NotFoundError } from '../common/domain-errors';
import { CreateThesaurusEntryDto } from '../search/dto/thesaurus.dto';
import { ThesaurusEntry, ThesaurusService } from '../search/thesaurus/thesaurus.service';
import { saveOrRerender, validated } from './form-submit';
import { formErrors, FormErrors } from './view-models';
import { field, idParam, renderPage, splitList } from './web-helpers';
import { WebRoles } from './web-roles';
import { WebSessionGuard } from './web-session.guard';

const LABELS: Record<string, string> = { terms: 'Termen', algemeen: '' };

const NOTICES: Record<string, string> = {
  toegevoegd: 'De groep is toegevoegd. Zoeken gebruikt hem vanaf nu.',
  verwijderd: 'De groep is verwijderd. Zoeken gebruikt hem niet meer.',
};

/** The terms of the form field: comma, semicolon or line separated, as the service stores them (lower case, once each). */
function termsOf(raw: string): string[] {
  return [...new Set(splitList(raw).map((t) => t.toLowerCase()))];
}

/**
 * The search thesaurus for an admin (issue 18): the shipped groups, and adding and deleting this
 * installation's own through ThesaurusService, which the next search uses at once.
 */
@ApiExcludeController()
@Controller('beheer/thesaurus')
@UseGuards(WebSessionGuard)
@WebRoles('admin')
export class ThesaurusPagesController {
  constructor(private readonly thesaurus: ThesaurusService) {}

  @Get()
  async page(@Query('melding') notice: string | undefined, @Res() res: Response): Promise<void> {
    renderPage(res, 'pages/thesaurus', await this.model('', { byField: {}, summary: [] }, notice));
  }

  @Post()
  async add(@CurrentActor() actor: Actor, @Body() body: Record<string, unknown>, @Res() res: Response): Promise<void> {
    const raw = field(body, 'terms');
    const terms = termsOf(raw);
    const { errors } = await validated(CreateThesaurusEntryDto, { terms: splitList(raw) });
    // Two spellings of one term (`Wmo, wmo`) are one term: the DTO counted them as two.
    const problems: FieldError[] =
      errors.length === 0 && terms.length < 2
        ? [{ path: 'terms', message: 'moet minstens twee verschillende termen bevatten' }]
        : errors.map((e) => ({ ...e, path: e.path.replace(/\.\d+$/, '') }));
    await saveOrRerender(
      res,
      problems,
      () => this.thesaurus.add(actor, terms),
      '/beheer/thesaurus?melding=toegevoegd',
      async (shown) => renderPage(res, 'pages/thesaurus', await this.model(raw, formErrors(shown, LABELS)), 400),
    );
  }

  @Post(':id/verwijderen')
  async remove(@CurrentActor() actor: Actor, @Param('id') rawId: string, @Res() res: Response): Promise<void> {
    const id = idParam(rawId);
    if (id === null) throw new NotFoundError('Dit thesaurusitem');
    await this.thesaurus.remove(actor, id);
    res.redirect(303, '/beheer/thesaurus?melding=verwijderd');
  }

  private async model(terms: string, errors: FormErrors, notice?: string) {
    const { entries } = await this.thesaurus.entries();
    const own = entries.filter((e) => e.source === 'admin');
    const shipped = entries.filter((e) => e.source === 'shipped');
    const domains = new Map<string, ThesaurusEntry[]>();
    for (const entry of shipped) {
      const domain = entry.domain ?? 'overig';
      domains.set(domain, [...(domains.get(domain) ?? []), entry]);
    }
    return {
      title: 'Thesaurus van het zoeken',
      notice: notice ? (NOTICES[notice] ?? null) : null,
      values: { terms },
      errors,
      own: own.map((e) => ({
        id: e.id,
        terms: e.terms.join(', '),
        createdBy: e.createdBy,
        createdOn: e.createdAt?.slice(0, 10) ?? null,
      })),
      shippedVersion: this.thesaurus.shippedVersion,
      shippedCount: shipped.length,
      domains: [...domains.entries()].map(([name, list]) => ({
        name,
        groups: list.map((e) => e.terms.join(' · ')),
      })),
    };
  }
}
