import { Body, Controller, Get, Query, Post, Res, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import type { Actor } from '../auth/actor';
import { CurrentActor } from '../auth/actor.guard';
import { DomainError } from '../common/domain-errors';
import { PeopleService } from '../people/people.service';
import { nameKey } from './question-set-form';
import { partiesQuery, field, renderPage } from './web-helpers';
import { WebRoles } from './web-roles';
import { WebSessionGuard } from './web-session.guard';

/**
 * Merging two people or two parties that are the same (`/beheer/samenvoegen`, griffie): a typo such as
 * "Paffen Zeenni" made a second alderman; after the merge every set and commitment names the right one.
 */
@ApiExcludeController()
@Controller('beheer/samenvoegen')
@UseGuards(WebSessionGuard)
@WebRoles('clerk')
export class MergePagesController {
  constructor(private readonly people: PeopleService) {}

  @Get()
  async form(@CurrentActor() actor: Actor, @Query('gedaan') done: string | undefined, @Res() res: Response) {
    renderPage(
      res,
      'pages/merge',
      await this.model(actor, { done: typeof done === 'string' ? done.slice(0, 200) : null }),
    );
  }

  @Post()
  async merge(@CurrentActor() actor: Actor, @Body() body: Record<string, unknown>, @Res() res: Response) {
    const kind = field(body, 'soort') === 'fractie' ? 'party' : 'person';
    const keep = field(body, 'bewaren');
    const remove = field(body, 'opheffen');
    const problem = (message: string) =>
      this.model(actor, { error: { kind, message }, chosen: { kind, keep, remove } }).then((model) =>
        renderPage(res, 'pages/merge', model, 400),
      );
    if (!/^\d{1,9}$/.test(keep) || !/^\d{1,9}$/.test(remove)) {
      await problem('Kies in beide lijsten een naam.');
      return;
    }
    if (keep === remove) {
      await problem('Kies twee verschillende namen: één om te bewaren en één die verdwijnt.');
      return;
    }
    try {
      const result = await this.people.merge(actor, kind, Number(keep), Number(remove));
      const message = `"${result.removed.name}" is samengevoegd met "${result.kept.name}".`;
      res.redirect(303, `/beheer/samenvoegen?gedaan=${encodeURIComponent(message)}`);
    } catch (error) {
      if (!(error instanceof DomainError) || error.status >= 500) throw error;
      await problem(error.message);
    }
  }

  private async model(
    actor: Actor,
    state: {
      done?: string | null;
      error?: { kind: string; message: string };
      chosen?: { kind: string; keep: string; remove: string };
    },
  ) {
    const municipalityId = actor.municipalityId as number;
    const [persons, parties] = await Promise.all([
      this.people.listPeopleOfMunicipality(municipalityId),
      this.people.listParties(partiesQuery({ municipality: String(municipalityId), limit: 100 })),
    ]);
    const roleLabel: Record<string, string> = { councillor: 'raadslid', alderman: 'wethouder', mayor: 'burgemeester' };
    const options = (kind: string, items: { id: number; label: string }[], which: 'keep' | 'remove') =>
      items.map((i) => ({
        value: String(i.id),
        label: i.label,
        selected: state.chosen?.kind === kind && state.chosen[which] === String(i.id),
      }));
    const personItems = persons.map((p) => ({
      id: p.id,
      name: p.name,
      label: `${p.name} (${roleLabel[p.role] ?? p.role}${p.party ? `, ${p.party}` : ''})`,
    }));
    const partyItems = parties.items.map((p) => ({ id: p.id, name: p.name, label: p.name }));
    return {
      title: 'Personen en fracties samenvoegen',
      done: state.done ?? null,
      personError: state.error?.kind === 'person' ? state.error.message : null,
      partyError: state.error?.kind === 'party' ? state.error.message : null,
      people: { keep: options('person', personItems, 'keep'), remove: options('person', personItems, 'remove') },
      parties: { keep: options('party', partyItems, 'keep'), remove: options('party', partyItems, 'remove') },
      suspects: [...likelySame(personItems), ...likelySame(partyItems)],
    };
  }
}

/** Pairs whose names differ only in case, accents, spaces or hyphens: the likely typos, shown as a hint. */
function likelySame(items: { name: string }[]): string[] {
  const byKey = new Map<string, string[]>();
  for (const item of items) byKey.set(nameKey(item.name), [...(byKey.get(nameKey(item.name)) ?? []), item.name]);
  return [...byKey.values()].filter((names) => names.length > 1).map((names) => names.join(' en '));
}
