/**
 * `npm run -s cli -- parse FILE [--municipality NAME|SLUG] [--ref YYYY-MM-DD]`: prints the parsed
 * question set as JSON. A file that cannot be read or is not a question set exits 1 with one line
 * on standard error and nothing on standard output. Pure: no Nest, no database.
 */
import { readFile } from 'node:fs/promises';
import { isValidIsoDate } from '../deadlines';
import { DocumentError, parseDocumentIsolated } from '../parsing';

const USAGE = 'Gebruik: npm run -s cli -- parse BESTAND [--municipality NAAM|SLUG] [--ref JJJJ-MM-DD]';

export async function runParseCommand(args: string[]): Promise<number> {
  let file: string | null = null;
  let municipality: string | null = null;
  let reference: string | null = null;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const [flag, inline] =
      arg.startsWith('--') && arg.includes('=')
        ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
        : [arg, null];
    if (flag === '--municipality' || flag === '--ref') {
      const value = inline ?? args[++i];
      if (!value) return fail(`${flag} verwacht een waarde. ${USAGE}`, 2);
      if (flag === '--municipality') municipality = value;
      else reference = value;
    } else if (flag === '--help' || flag === '-h') {
      process.stderr.write(`${USAGE}\n`);
      return 0;
    } else if (flag.startsWith('--')) {
      return fail(`Onbekende optie ${flag}. ${USAGE}`, 2);
    } else if (file === null) {
      file = arg;
    } else {
      return fail(`Eén bestand tegelijk. ${USAGE}`, 2);
    }
  }
  if (!file) return fail(USAGE, 2);
  if (reference !== null && !isValidIsoDate(reference))
    return fail(`--ref ${reference} is geen geldige datum (JJJJ-MM-DD).`, 2);

  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error: unknown) {
    const code = (error as NodeJS.ErrnoException).code;
    return fail(code === 'ENOENT' ? `Bestand niet gevonden: ${file}` : `Bestand kan niet worden gelezen: ${file}`, 1);
  }
  try {
    const parsed = await parseDocumentIsolated(bytes, file, { municipality, reference });
    process.stdout.write(`${JSON.stringify(parsed, null, 2)}\n`);
    return 0;
  } catch (error: unknown) {
    if (error instanceof DocumentError) return fail(`${file}: ${error.message}`, 1);
    throw error;
  }
}

function fail(message: string, code: number): number {
  process.stderr.write(`${message.replace(/\s*\n\s*/g, ' ')}\n`);
  return code;
}
