import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { SYSTEM_ACTOR } from '../auth/actor';
import { flattenValidationErrors } from '../common/validation';
import { CreateMunicipalityDto } from '../municipalities/dto/municipality.dto';
import { MunicipalitiesService } from '../municipalities/municipalities.service';
import { municipalitySlug } from '../parsing';
import { withAppContext } from './app-context';
import { parseArgs, stringOption } from './args';

const USAGE =
  'Gebruik: npm run -s cli -- municipality create --name NAAM [--slug SLUG] [--term 30] [--term-unit days|weeks] [--legal-basis TEKST]\n' +
  '         npm run -s cli -- municipality list [--json]\n';

/**
 * `municipality create|list`: the municipality must exist before documents can be imported into
 * it (`import … --municipality SLUG`). Create prints the new slug on standard output.
 */
export async function runMunicipalityCommand(args: string[]): Promise<number> {
  const parsed = parseArgs(args);
  const action = parsed.positional[0];
  if (action === 'list') {
    return withAppContext(async (app) => {
      const all = await app.get(MunicipalitiesService).listMunicipalities();
      if (parsed.options.json === true) {
        const rows = all.map((m) => ({
          slug: m.slug,
          name: m.name,
          answerTerm: `${m.answerTermAmount} ${m.answerTermUnit}`,
        }));
        process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
      } else {
        const width = Math.max(4, ...all.map((m) => m.slug.length));
        const lines = all.map(
          (m) =>
            `${m.slug.padEnd(width)}  ${m.name}  (antwoordtermijn ${m.answerTermAmount} ${m.answerTermUnit === 'days' ? 'dagen' : 'weken'})`,
        );
        process.stdout.write(all.length === 0 ? 'Nog geen gemeenten.\n' : `${lines.join('\n')}\n`);
      }
      return 0;
    });
  }
  const name = stringOption(parsed, 'name');
  if (action !== 'create' || !name) {
    process.stderr.write(USAGE);
    return 2;
  }
  const input = plainToInstance(CreateMunicipalityDto, {
    name,
    slug: stringOption(parsed, 'slug') ?? municipalitySlug(name),
    answerTermAmount: Number(stringOption(parsed, 'term') ?? '30'),
    answerTermUnit: stringOption(parsed, 'term-unit') ?? 'days',
    ...(stringOption(parsed, 'legal-basis') ? { legalBasis: stringOption(parsed, 'legal-basis') } : {}),
  });
  const errors = flattenValidationErrors(await validate(input));
  if (errors.length > 0) {
    process.stderr.write(`${errors.map((e) => `${e.path}: ${e.message}`).join('\n')}\n${USAGE}`);
    return 2;
  }
  return withAppContext(async (app) => {
    const municipalities = app.get(MunicipalitiesService);
    if (await municipalities.findMunicipalityOrNull(input.slug)) {
      process.stderr.write(`Gemeente ${input.slug} bestaat al.\n`);
      return 1;
    }
    const created = await municipalities.createMunicipality(SYSTEM_ACTOR, input);
    process.stderr.write(`Gemeente ${created.name} (${created.slug}) aangemaakt.\n`);
    process.stdout.write(`${created.slug}\n`);
    return 0;
  });
}
