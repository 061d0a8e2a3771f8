import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { SYSTEM_ACTOR } from '../auth/actor';
import { flattenValidationErrors } from '../common/validation';
import { CreateMunicipalityDto } from '../municipalities/dto/municipality.dto';
import { MunicipalitiesService } from '../municipalities/municipalities.service';
import { describeAnswerTerm } from '../deadlines';
import { UpdateMunicipalityDto } from '../municipalities/dto/municipality.dto';
import { municipalitySlug } from '../parsing';
import { withAppContext } from './app-context';
import { parseArgs, ParsedArgs, stringOption } from './args';

const USAGE =
  'Gebruik: npm run -s cli -- municipality create --name NAAM [--slug SLUG] [--term 30] [--term-unit dagen|weken|werkdagen] [--legal-basis TEKST]\n' +
  '         npm run -s cli -- municipality update SLUG [--term 15] [--term-unit dagen|weken|werkdagen] [--legal-basis TEKST]\n' +
  '             [--reminder-days 5] [--reminder-email ADRES|""]\n' +
  '         npm run -s cli -- municipality list [--json]\n';

/** The term unit as the API writes it; the Dutch words are accepted too. */
const UNIT_WORDS: Record<string, string> = {
  dagen: 'days',
  weken: 'weeks',
  werkdagen: 'workingDays',
  'working-days': 'workingDays',
};

function termUnit(raw: string | undefined): string | undefined {
  return raw === undefined ? undefined : (UNIT_WORDS[raw.toLowerCase()] ?? raw);
}

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
          answerTerm: describeAnswerTerm({ amount: m.answerTermAmount, unit: m.answerTermUnit }),
          answerTermAmount: m.answerTermAmount,
          answerTermUnit: m.answerTermUnit,
        }));
        process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
      } else {
        const width = Math.max(4, ...all.map((m) => m.slug.length));
        const lines = all.map(
          (m) =>
            `${m.slug.padEnd(width)}  ${m.name}  (antwoordtermijn ${describeAnswerTerm({ amount: m.answerTermAmount, unit: m.answerTermUnit })})`,
        );
        process.stdout.write(all.length === 0 ? 'Nog geen gemeenten.\n' : `${lines.join('\n')}\n`);
      }
      return 0;
    });
  }
  if (action === 'update') return updateMunicipality(parsed);
  const name = stringOption(parsed, 'name');
  if (action !== 'create' || !name) {
    process.stderr.write(USAGE);
    return 2;
  }
  const input = plainToInstance(CreateMunicipalityDto, {
    name,
    slug: stringOption(parsed, 'slug') ?? municipalitySlug(name),
    answerTermAmount: Number(stringOption(parsed, 'term') ?? '30'),
    answerTermUnit: termUnit(stringOption(parsed, 'term-unit')) ?? 'days',
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

/** `municipality update SLUG --term 15 --term-unit werkdagen`: applies to sets registered afterwards. */
async function updateMunicipality(parsed: ParsedArgs): Promise<number> {
  const slug = parsed.positional[1];
  const term = stringOption(parsed, 'term');
  const unit = termUnit(stringOption(parsed, 'term-unit'));
  const legalBasis = stringOption(parsed, 'legal-basis');
  const reminderDays = stringOption(parsed, 'reminder-days');
  const reminderEmail =
    typeof parsed.options['reminder-email'] === 'string' ? parsed.options['reminder-email'] : undefined;
  const nothing = [term, unit, legalBasis, reminderDays, reminderEmail].every((v) => v === undefined);
  if (!slug || nothing) {
    process.stderr.write(USAGE);
    return 2;
  }
  return withAppContext(async (app) => {
    const municipalities = app.get(MunicipalitiesService);
    const current = await municipalities.findMunicipalityOrNull(slug);
    if (!current) {
      process.stderr.write(`Gemeente ${slug} bestaat niet (zie municipality list).\n`);
      return 1;
    }
    const input = plainToInstance(UpdateMunicipalityDto, {
      version: current.version,
      ...(term !== undefined ? { answerTermAmount: Number(term) } : {}),
      ...(unit !== undefined ? { answerTermUnit: unit } : {}),
      ...(legalBasis !== undefined ? { legalBasis } : {}),
      ...(reminderDays !== undefined ? { reminderDaysBefore: Number(reminderDays) } : {}),
      ...(reminderEmail !== undefined ? { reminderEmail: reminderEmail.trim() || null } : {}),
    });
    const errors = flattenValidationErrors(await validate(input));
    if (errors.length > 0) {
      process.stderr.write(`${errors.map((e) => `${e.path}: ${e.message}`).join('\n')}\n${USAGE}`);
      return 2;
    }
    const saved = await municipalities.updateMunicipality(SYSTEM_ACTOR, current.slug, input);
    process.stderr.write(
      `Gemeente ${saved.name}: antwoordtermijn ${describeAnswerTerm({ amount: saved.answerTermAmount, unit: saved.answerTermUnit })} (geldt voor vragen die vanaf nu worden geregistreerd); ` +
        `herinnering aan het college ${saved.reminderDaysBefore === 1 ? '1 dag' : `${saved.reminderDaysBefore} dagen`} vooraf, ` +
        `${saved.reminderEmail ? `naar ${saved.reminderEmail}` : 'naar de collegeaccounts'}.\n`,
    );
    return 0;
  });
}
