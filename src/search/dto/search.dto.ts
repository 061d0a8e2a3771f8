import { ApiProperty, ApiPropertyOptional, PickType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { PageQueryDto } from '../../common/pagination';
import type { QuestionSetStatus } from '../../questions/question-set.entity';
import { QUESTION_SET_STATUS_LABELS } from '../../questions/status-labels';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A set's statuses, in lifecycle order: the keys of the questions module's label table, complete by its type. */
const QUESTION_SET_STATUSES = Object.keys(QUESTION_SET_STATUS_LABELS) as QuestionSetStatus[];

/** GET /api/search query (docs/api.md); `limit` as every list has it. */
export class SearchQueryDto extends PickType(PageQueryDto, ['limit'] as const) {
  @ApiPropertyOptional({
    description:
      'Zoektekst: woorden (Nederlandse stamvormen, accenten genegeerd, tikfouten toegestaan), "zinsdeel", voorvoegsel*, kenmerken als 2018-115M',
    example: 'meldingen discriminatie',
  })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  q: string = '';

  @ApiPropertyOptional({ description: 'Gemeente (slug of id)', example: 'amersfoort' })
  @IsOptional()
  @IsString()
  municipality?: string;

  @ApiPropertyOptional({ description: 'Fractie (naam)', example: 'GroenLinks' })
  @IsOptional()
  @IsString()
  party?: string;

  @ApiPropertyOptional({ description: 'Portefeuillehouder (naam)' })
  @IsOptional()
  @IsString()
  portfolioHolder?: string;

  @ApiPropertyOptional({ enum: QUESTION_SET_STATUSES })
  @IsOptional()
  @IsIn(QUESTION_SET_STATUSES, { message: `moet een van ${QUESTION_SET_STATUSES.join(', ')} zijn` })
  status?: string;

  @ApiPropertyOptional({
    description: 'Jaar van beantwoording (of ontvangst als er nog geen antwoord is)',
    example: 2024,
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1900)
  @Max(2100)
  year?: number;

  @ApiPropertyOptional({ description: 'Vanaf datum (beantwoording, anders ontvangst), YYYY-MM-DD' })
  @IsOptional()
  @Matches(ISO_DATE, { message: 'moet een datum zijn als 2024-01-31' })
  @IsISO8601({ strict: true }, { message: 'moet een bestaande datum zijn, zoals 2024-01-31' })
  from?: string;

  @ApiPropertyOptional({ description: 'Tot en met datum, YYYY-MM-DD' })
  @IsOptional()
  @Matches(ISO_DATE, { message: 'moet een datum zijn als 2024-12-31' })
  @IsISO8601({ strict: true }, { message: 'moet een bestaande datum zijn, zoals 2024-12-31' })
  to?: string;

  @ApiPropertyOptional({ description: 'Gekoppeld document: id of kenmerk (2018-115M)' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  document?: string;

  @ApiPropertyOptional({ description: 'Alleen vragen met (true) of zonder (false) openstaande toezeggingen' })
  @IsOptional()
  @Transform(({ value }) =>
    value === 'true' || value === true ? true : value === 'false' || value === false ? false : value,
  )
  @IsBoolean({ message: 'moet true of false zijn' })
  openCommitments?: boolean;

  @ApiPropertyOptional({
    default: true,
    description:
      'Een gemeente, fractie of portefeuillehouder die in q genoemd wordt, als filter gebruiken (zie interpreted in het antwoord); false zoekt de namen als woorden',
  })
  @IsOptional()
  @Transform(({ value }) =>
    value === 'true' || value === true ? true : value === 'false' || value === false ? false : value,
  )
  @IsBoolean({ message: 'moet true of false zijn' })
  interpret?: boolean;

  @ApiPropertyOptional({
    enum: ['relevance', 'date', '-date'],
    default: 'relevance',
    description: 'relevance, of date (nieuwste eerst)',
  })
  @IsOptional()
  @IsIn(['relevance', 'date', '-date'], { message: 'moet relevance of date zijn' })
  sort?: string;

  @ApiPropertyOptional({
    default: 0,
    minimum: 0,
    maximum: 10_000,
    description: 'Relevantie rangschikt de 1000 nieuwste treffers; verder bladeren kan op datum.',
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(10_000)
  offset: number = 0;
}

export class SimilarQuestionsDto {
  @ApiProperty({ description: 'Gemeente (slug of id)', example: 'amersfoort' })
  @IsString()
  municipality: string;

  @ApiProperty({ description: 'Tekst van de nieuwe (concept)vraag' })
  @IsString()
  @MinLength(3)
  @MaxLength(20_000)
  text: string;

  @ApiPropertyOptional({ default: 5, minimum: 1, maximum: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(20)
  limit?: number;
}

export class HighlightRangeDto {
  @ApiProperty({
    description: 'Begin van het gemarkeerde stuk: positie in text (UTF-16-code-eenheden, vanaf 0)',
    example: 8,
  })
  start: number;
  @ApiProperty({ description: 'Eind (exclusief): het gemarkeerde stuk is text.slice(start, end)', example: 17 })
  end: number;
}

export class SnippetDto {
  @ApiProperty({
    description:
      'Platte tekst (geen HTML: escapen bij tonen), afgebroken op woordgrenzen rond de passage met de meeste zoekwoorden; … waar tekst is weggelaten',
    example: '… Hoeveel meldingen van discriminatie zijn er in 2023 gedaan?',
  })
  text: string;
  @ApiProperty({
    type: [HighlightRangeDto],
    description: 'De gevonden woorden in text, op volgorde en zonder overlap',
  })
  highlights: HighlightRangeDto[];
}

export class SearchSnippetsDto {
  @ApiProperty({ type: SnippetDto, description: 'Het onderwerp, heel' }) subject: SnippetDto;
  @ApiProperty({ type: SnippetDto }) question: SnippetDto;
  @ApiProperty({
    type: SnippetDto,
    nullable: true,
    description: 'Fragment(en) van het antwoord; null bij embargo of zonder antwoord',
  })
  answer: SnippetDto | null;
}

export class SearchHitDto {
  @ApiProperty() questionSetId: number;
  @ApiProperty({ example: 'amersfoort' }) municipality: string;
  @ApiProperty({ example: '2a' }) number: string;
  @ApiProperty() subject: string;
  @ApiProperty() question: string;
  @ApiProperty({
    nullable: true,
    type: String,
    description: 'null zolang het antwoord onder embargo is voor de vrager',
  })
  answer: string | null;
  @ApiProperty({ nullable: true, type: String }) party: string | null;
  @ApiProperty({ nullable: true, type: String }) portfolioHolder: string | null;
  @ApiProperty() status: string;
  @ApiProperty({ nullable: true, type: String, example: '2024-11-20' }) answeredOn: string | null;
  @ApiProperty({
    type: SearchSnippetsDto,
    description: 'Wat een zoekresultaat toont, met de gevonden woorden als posities',
  })
  snippets: SearchSnippetsDto;
  @ApiProperty() score: number;
}

export class SearchFacetsDto {
  @ApiProperty({ type: 'object', additionalProperties: { type: 'integer' }, example: { amersfoort: 12 } })
  municipality: Record<string, number>;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'integer' } }) party: Record<string, number>;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'integer' } }) portfolioHolder: Record<string, number>;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'integer' } }) status: Record<string, number>;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'integer' } }) year: Record<string, number>;
}

export class QueryInterpretationDto {
  @ApiPropertyOptional({ description: 'Slug van de genoemde gemeente', example: 'groningen' }) municipality?: string;
  @ApiPropertyOptional({ example: 'Groningen' }) municipalityName?: string;
  @ApiPropertyOptional({ example: 'GroenLinks' }) party?: string;
  @ApiPropertyOptional({ example: 'Paffen-Zeenni' }) portfolioHolder?: string;
  @ApiProperty({ enum: ['filter'], description: 'Gebruikt als filter' }) as: 'filter';
}

export class SearchResponseDto {
  @ApiProperty({ type: [SearchHitDto] }) items: SearchHitDto[];
  @ApiProperty({ description: 'Aantal treffers (vragen); een schatting als totalEstimated' }) total: number;
  @ApiProperty() totalEstimated: boolean;
  @ApiProperty() limit: number;
  @ApiProperty() offset: number;
  @ApiProperty({ type: SearchFacetsDto }) facets: SearchFacetsDto;
  @ApiProperty({ description: 'Facettellingen geschat uit een steekproef (boven 10.000 treffers)' })
  facetsEstimated: boolean;
  @ApiProperty({ enum: ['postgres', 'meilisearch'] }) engine: 'postgres' | 'meilisearch';
  @ApiProperty({ description: 'true als Meilisearch niet bereikbaar was en PostgreSQL antwoordde' }) degraded: boolean;
  @ApiProperty({
    description:
      'true als niet alle woorden samen iets vonden: de treffers bevatten de meeste (zeldzaamste) woorden van de vraag',
  })
  relaxed: boolean;
  @ApiProperty({
    type: QueryInterpretationDto,
    nullable: true,
    description: 'Namen uit q die als filter zijn gebruikt (gemeente, fractie, portefeuillehouder), of null',
  })
  interpreted: QueryInterpretationDto | null;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'De zoekvraag met de tikfoutcorrecties die ook gezocht zijn ("Bedoelde u …"), of null',
  })
  didYouMean: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Als niets gevonden is: een zoekvraag die wel iets kan vinden, of null',
  })
  suggestion: string | null;
}

export class SimilarResponseDto {
  @ApiProperty({ type: [SearchHitDto] }) items: SearchHitDto[];
  @ApiProperty({ enum: ['postgres', 'meilisearch'] }) engine: 'postgres' | 'meilisearch';
  @ApiProperty() degraded: boolean;
}
