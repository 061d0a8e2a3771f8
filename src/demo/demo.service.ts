import { Injectable, Logger } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { SYSTEM_ACTOR } from '../auth/actor';
import { TokensService } from '../auth/tokens.service';
import { CommitmentsService } from '../commitments/commitments.service';
import { PROJECT_ROOT } from '../config/project-root';
import { DocumentsService } from '../documents/documents.service';
import { parsedToImportedSet } from '../import/parsed-to-set';
import { MunicipalitiesService } from '../municipalities/municipalities.service';
import { parseQuestionSetText } from '../parsing';
import { PeopleService } from '../people/people.service';
import { QuestionsService } from '../questions/questions.service';
import { DemoWebAccounts } from './demo-web-accounts';
import { DEMO_CONTEXT_DOCUMENTS, DEMO_MUNICIPALITIES, DEMO_QUESTION_SETS, demoImportOverrides } from './demo-data';

export interface DemoToken {
  role: string;
  municipality: string | null;
  secret: string;
}

export interface DemoWebAccount {
  email: string;
  password: string;
  /** Printed next to the login so a first-time user knows which one to try. */
  role?: string;
}

/** What a first start prints once: API tokens (admin first, then a clerk per municipality) and web accounts. */
export interface DemoCredentials {
  tokens: DemoToken[];
  webAccounts: DemoWebAccount[];
}

/** The demo data of the first start: the seed documents imported as published question sets. */
@Injectable()
export class DemoService {
  private readonly logger = new Logger('Demo');

  constructor(
    private readonly dataSource: DataSource,
    private readonly municipalities: MunicipalitiesService,
    private readonly questions: QuestionsService,
    private readonly documents: DocumentsService,
    private readonly people: PeopleService,
    private readonly tokens: TokensService,
    private readonly commitments: CommitmentsService,
    private readonly webAccounts: DemoWebAccounts,
  ) {}

  async isEmpty(): Promise<boolean> {
    return (await this.municipalities.listMunicipalities()).length === 0;
  }

  /** Loads municipalities, the two seed question sets and context documents; returns new tokens (admin, then a clerk per municipality). */
  async loadDemoData(documentsDir = join(PROJECT_ROOT, 'demo')): Promise<DemoCredentials> {
    // Through the municipalities module, as `municipality create` does (audited as created by the system).
    for (const m of DEMO_MUNICIPALITIES) {
      if (!(await this.municipalities.findMunicipalityOrNull(m.slug))) {
        await this.municipalities.createMunicipality(SYSTEM_ACTOR, { ...m, legalBasis: 'artikel 40 RvO' });
      }
    }
    for (const demo of DEMO_QUESTION_SETS) {
      const bytes = readFileSync(join(documentsDir, demo.file));
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      const municipality = await this.municipalities.findMunicipality(demo.municipality);
      if (await this.questions.findSetIdBySourceHash(municipality.id, sha256)) continue;
      const parsed = parseQuestionSetText(bytes.toString('utf8'), {
        municipality: municipality.name,
        reference: demo.answeredOn,
      });
      const setId = await this.questions.importQuestionSet(
        SYSTEM_ACTOR,
        parsedToImportedSet(parsed, { ...demoImportOverrides(demo), sourceSha256: sha256 }),
      );
      // In the demo data the griffie has already confirmed the seeds' commitments: the register shows them confirmed.
      await this.commitments.confirmAllProposed(SYSTEM_ACTOR, setId);
      this.logger.log(`Demo: ${demo.file} → vragenset ${setId} (${parsed.questions.length} vragen)`);
    }
    await this.dataSource.transaction(async (em) => {
      for (const doc of DEMO_CONTEXT_DOCUMENTS) {
        const municipality = await this.municipalities.findMunicipality(doc.municipality);
        await this.documents.findOrCreateDocument(em, municipality.id, { kind: doc.kind, title: doc.title });
      }
      const amersfoort = await this.municipalities.findMunicipality('amersfoort');
      await this.people.findOrCreatePerson(em, amersfoort.id, 'Paffen-Zeenni', 'alderman');
    });
    const tokens: DemoToken[] = [];
    const admin = await this.tokens.createToken({ role: 'admin', municipalityId: null, label: 'demo admin' });
    tokens.push({ role: 'admin', municipality: null, secret: admin.secret });
    for (const m of DEMO_MUNICIPALITIES) {
      const municipality = await this.municipalities.findMunicipality(m.slug);
      const clerk = await this.tokens.createToken({
        role: 'clerk',
        municipalityId: municipality.id,
        label: `demo griffie ${m.slug}`,
      });
      tokens.push({ role: 'clerk', municipality: m.slug, secret: clerk.secret });
    }
    await this.webAccounts.loadMonth();
    const webAccounts: DemoWebAccount[] = await this.webAccounts.createAccounts();
    return { tokens, webAccounts };
  }
}
