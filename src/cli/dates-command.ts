/**
 * `npm run -s cli -- dates`: JSON Lines in, one JSON line out per input line, in order
 * (docs/time-phrases.md, "Command-line contract"). Pure: it loads neither Nest nor TypeORM.
 * A bad line yields an `error` line and the run goes on; only unreadable input fails the run.
 * Blank lines carry no object and get no answer; a missing or null `ref` means today in Amsterdam.
 */
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { findTimePhrases, isValidIsoDate, todayInAmsterdam } from '../deadlines';
import type { TimePhrase } from '../deadlines';

export interface DatesCommandIo {
  stdin: Readable;
  stdout: Writable;
  stderr?: Writable;
}

type OutputPeriod = Omit<TimePhrase, 'index'>;

/** The answer to one input line: `{"id":"x1","text":"… rond april 2025 …","ref":"2024-11-05"}` → `{"id":"x1","periods":[…]}`. */
export function answerLine(line: string, today: () => string = () => todayInAmsterdam()): string {
  let input: unknown;
  try {
    input = JSON.parse(line);
  } catch {
    return JSON.stringify({ id: null, error: 'ongeldige JSON' });
  }
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return JSON.stringify({ id: null, error: 'regel is geen JSON-object' });
  }
  const record = input as Record<string, unknown>;
  const id = record.id ?? null;
  if (typeof record.text !== 'string') return JSON.stringify({ id, error: 'veld "text" ontbreekt of is geen tekst' });
  const ref = record.ref ?? null;
  if (ref !== null && (typeof ref !== 'string' || !isValidIsoDate(ref))) {
    return JSON.stringify({ id, error: `ongeldige referentiedatum ${JSON.stringify(ref)} (verwacht JJJJ-MM-DD)` });
  }
  const periods: OutputPeriod[] = findTimePhrases(record.text, ref ?? today()).map((p) => ({
    phrase: p.phrase,
    start: p.start,
    end: p.end,
    precision: p.precision,
    relation: p.relation,
    approximate: p.approximate,
    deadline: p.deadline,
  }));
  return JSON.stringify({ id, periods });
}

/** Streams stdin line by line; returns the exit code: `runDatesCommand([])` → 0. */
export async function runDatesCommand(
  args: string[],
  io: DatesCommandIo = { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr },
): Promise<number> {
  const stderr = io.stderr ?? process.stderr;
  if (args.includes('--help') || args.includes('-h')) {
    stderr.write(
      'Gebruik: npm run -s cli -- dates < regels.jsonl\nElke regel: {"id": …, "text": "…", "ref": "JJJJ-MM-DD"}\n',
    );
    return 0;
  }
  // Today is read once per run, so one batch resolves against one date even across midnight.
  const today = todayInAmsterdam();
  let readError: unknown = null;
  io.stdin.on('error', (error: unknown) => {
    readError = error;
  });
  const lines = createInterface({ input: io.stdin, crlfDelay: Infinity });
  try {
    for await (const line of lines) {
      if (line.trim() === '') continue;
      let out: string;
      try {
        out = answerLine(line, () => today);
      } catch (error) {
        // A bug in the engine must not cost the lines after it.
        out = JSON.stringify({
          id: null,
          error: `interne fout: ${error instanceof Error ? error.message : String(error)}`,
        });
      }
      if (!io.stdout.write(`${out}\n`)) await new Promise<void>((resolve) => io.stdout.once('drain', resolve));
    }
  } catch (error) {
    readError = error;
  }
  if (readError !== null) {
    stderr.write(
      `Kan standaardinvoer niet lezen: ${readError instanceof Error ? readError.message : String(readError)}\n`,
    );
    return 1;
  }
  return 0;
}
