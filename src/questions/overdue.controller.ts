import { Controller, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Actor } from '../auth/actor';
import { CurrentActor } from '../auth/actor.guard';
import { QuestionsService } from './questions.service';

export class OverdueItemDto {
  id: number;
  reference: string | null;
  subject: string;
  party: string | null;
  portfolioHolder: string | null;
  status: string;
  receivedOn: string | null;
  dueOn: string | null;
  /** Days past the due date, today counted in Europe/Amsterdam. */
  daysOverdue: number;
}

export class OverdueListDto {
  municipality: { id: number; slug: string; name: string };
  today: string;
  total: number;
  items: OverdueItemDto[];
}

function daysPast(dueOn: string, today: string): number {
  return Math.round((Date.parse(`${today}T00:00:00Z`) - Date.parse(`${dueOn}T00:00:00Z`)) / 86_400_000);
}

/** The live list of overdue questions per municipality (also as a page and an Atom feed under /gemeenten). */
@ApiTags('question-sets')
@Controller('api/municipalities')
export class OverdueController {
  constructor(private readonly questions: QuestionsService) {}

  @Get(':idOrSlug/overdue')
  @ApiOkResponse({ type: OverdueListDto })
  async overdue(@CurrentActor() actor: Actor, @Param('idOrSlug') idOrSlug: string): Promise<OverdueListDto> {
    const { municipality, today, items } = await this.questions.overdueQuestionSets(actor, idOrSlug);
    return {
      municipality: { id: municipality.id, slug: municipality.slug, name: municipality.name },
      today,
      total: items.length,
      items: items.map((s) => ({
        id: s.id,
        reference: s.reference,
        subject: s.subject,
        party: s.party?.name ?? null,
        portfolioHolder: s.portfolioHolder?.name ?? null,
        status: s.status,
        receivedOn: s.receivedOn,
        dueOn: s.dueOn,
        daysOverdue: s.dueOn ? daysPast(s.dueOn, today) : 0,
      })),
    };
  }
}
