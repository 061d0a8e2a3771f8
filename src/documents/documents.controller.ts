import { Body, Controller, Get, Param, ParseIntPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Actor } from '../auth/actor';
import { CurrentActor } from '../auth/actor.guard';
import { Page } from '../common/pagination';
import { DocumentsService, toDocumentDto } from './documents.service';
import { CreateDocumentDto, DocumentDto, DocumentsQueryDto } from './dto/document.dto';

@ApiTags('documents')
@ApiBearerAuth()
@Controller('api/documents')
export class DocumentsController {
  constructor(private readonly documents: DocumentsService) {}

  /** Motions, council letters, policy notes, regulations and web pages (public record). */
  @Get()
  list(@Query() query: DocumentsQueryDto): Promise<Page<DocumentDto>> {
    return this.documents.listDocuments(query);
  }

  /** One document; the sets that name it: `GET /api/question-sets?document=:id`. */
  @Get(':id')
  async get(@Param('id', ParseIntPipe) id: number): Promise<DocumentDto> {
    return toDocumentDto(await this.documents.findDocument(id));
  }

  @Post()
  async create(@CurrentActor() actor: Actor, @Body() body: CreateDocumentDto): Promise<DocumentDto> {
    return toDocumentDto(await this.documents.createDocument(actor, body));
  }
}
