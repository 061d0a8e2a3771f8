import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SYSTEM_ACTOR } from '../../src/auth/actor';
import { DEMO_MUNICIPALITIES, DEMO_QUESTION_SETS, demoImportOverrides } from '../../src/demo/demo-data';
import { parsedToImportedSet } from '../../src/import/parsed-to-set';
import { Municipality } from '../../src/municipalities/municipality.entity';
import { parseQuestionSetText } from '../../src/parsing';
import { QuestionSet } from '../../src/questions/question-set.entity';
import { QuestionsService } from '../../src/questions/questions.service';
import { TestApp } from './test-app';

export type SeedName = 'amersfoort' | 'amstelveen';

export interface ImportedSeed {
  setId: number;
  municipalityId: number;
  slug: SeedName;
}

const SEEDS_DIR = join(__dirname, '..', 'fixtures', 'seeds');

/**
 * Imports a seed question document the way the demo data does (parser + parsedToImportedSet +
 * QuestionsService.importQuestionSet, with the demo's dates from demo/README.md). The
 * municipality is created when missing. `publish: false` stops at `answered` (embargo).
 */
export async function importSeed(t: TestApp, name: SeedName, options: { publish: boolean }): Promise<ImportedSeed> {
  const demo = DEMO_QUESTION_SETS.find((d) => d.municipality === name);
  const municipalityData = DEMO_MUNICIPALITIES.find((m) => m.slug === name);
  if (!demo || !municipalityData) throw new Error(`Unknown seed ${name}`);
  const repo = t.dataSource.getRepository(Municipality);
  let municipality = await repo.findOne({ where: { slug: name } });
  if (!municipality) municipality = await repo.save(repo.create({ ...municipalityData, legalBasis: 'artikel 40 RvO' }));
  const bytes = readFileSync(join(SEEDS_DIR, demo.file));
  const parsed = parseQuestionSetText(bytes.toString('utf8'), {
    municipality: municipality.name,
    reference: demo.answeredOn,
  });
  const setId = await t.app.get(QuestionsService).importQuestionSet(
    SYSTEM_ACTOR,
    parsedToImportedSet(parsed, {
      ...demoImportOverrides(demo),
      // A second import of the same seed in one database needs its own registration number and hash.
      reference: (await t.dataSource
        .getRepository(QuestionSet)
        .exists({ where: { municipalityId: municipality.id, reference: demo.reference } }))
        ? null
        : demo.reference,
      publishedOn: options.publish ? demo.publishedOn : null,
      sourceSha256: createHash('sha256').update(bytes).update(String(Math.random())).digest('hex'),
    }),
  );
  return { setId, municipalityId: municipality.id, slug: name };
}
