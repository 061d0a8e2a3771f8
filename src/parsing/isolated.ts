/**
 * Parsing in a child process: every uploaded document (API, griffie pages, CLI) is read by
 * `parse-worker.js` in its own Node process with a heap limit, a resident-memory limit and a time
 * limit, at most PARALLEL at once. A document that exhausts any of them costs that child, not the
 * server: it answers `too_complex` (422) and the server's memory stays where it was. A child,
 * unlike a worker thread, also survives V8's process-wide aborts ("Allocation failed - process
 * out of memory" from the regular-expression compiler), which no `resourceLimits` catch.
 */
import { fork } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DocumentError, DocumentErrorCode } from './document-error';
import { ParsedQuestionSet, ParseOptions } from './types';

export interface IsolatedRequest {
  mode: 'parse' | 'extract';
  bytes: Uint8Array;
  filename: string;
  options: ParseOptions;
}

export type IsolatedReply =
  { ok: true; value: ParsedQuestionSet | string } | { ok: false; code: DocumentErrorCode | null; message: string };

export interface IsolationLimits {
  /** Wall-clock time for one document. */
  timeoutMs: number;
  /** V8 heap of the child (`--max-old-space-size`). */
  heapMb: number;
  /** Resident memory of the child (heap, buffers and native memory together), checked every 100 ms. */
  rssMb: number;
}

export const DEFAULT_LIMITS: IsolationLimits = { timeoutMs: 30_000, heapMb: 512, rssMb: 1024 };

/** Characters of extracted text handed back to the caller, which parses it in its own process. */
export const MAX_TEXT_CHARS = 5_000_000;

/** Documents read at the same time; the rest wait their turn (2 cores: more would only slow all of them). */
const PARALLEL = 2;

/** The compiled worker: beside this file in dist/, or dist/ seen from the sources (tests run the sources). */
function workerPath(): string {
  const beside = join(__dirname, 'parse-worker.js');
  if (existsSync(beside)) return beside;
  const built = join(__dirname, '..', '..', 'dist', 'src', 'parsing', 'parse-worker.js');
  if (existsSync(built)) return built;
  throw new Error(`parse-worker.js not found beside ${__dirname} nor in dist/: run \`npm run build\` first.`);
}

let running = 0;
const waiting: Array<() => void> = [];

async function turn(): Promise<() => void> {
  if (running >= PARALLEL) await new Promise<void>((resolve) => waiting.push(resolve));
  running++;
  return () => {
    running--;
    waiting.shift()?.();
  };
}

/** Resident memory of a process in MB from /proc (Linux); null elsewhere, where only the heap limit holds. */
function residentMb(pid: number): number | null {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'latin1'));
    return match ? Number(match[1]) / 1024 : null;
  } catch {
    return null;
  }
}

function tooComplex(message: string): DocumentError {
  return new DocumentError('too_complex', message);
}

async function runIsolated(request: IsolatedRequest, limits: IsolationLimits): Promise<IsolatedReply> {
  const release = await turn();
  try {
    return await new Promise<IsolatedReply>((resolve, reject) => {
      const child = fork(workerPath(), [], {
        execArgv: [`--max-old-space-size=${limits.heapMb}`],
        serialization: 'advanced',
        stdio: ['ignore', 'ignore', 'ignore', 'ipc'],
      });
      let verdict: DocumentError | null = null;
      let reply: IsolatedReply | null = null;
      const stop = (error: DocumentError): void => {
        verdict ??= error;
        child.kill('SIGKILL');
      };
      const timer = setTimeout(
        () =>
          stop(
            tooComplex(
              `Het inlezen duurde langer dan ${Math.round(limits.timeoutMs / 1000)} seconden; het document wordt niet ingelezen.`,
            ),
          ),
        limits.timeoutMs,
      );
      const watch = setInterval(() => {
        const rss = child.pid === undefined ? null : residentMb(child.pid);
        if (rss !== null && rss > limits.rssMb)
          stop(tooComplex('Het document vraagt te veel geheugen om in te lezen en wordt niet ingelezen.'));
      }, 100);
      child.on('message', (message: IsolatedReply) => {
        reply = message;
      });
      child.on('error', (error) => {
        clearTimeout(timer);
        clearInterval(watch);
        reject(error);
      });
      child.on('exit', () => {
        clearTimeout(timer);
        clearInterval(watch);
        if (verdict) reject(verdict);
        else if (reply) resolve(reply);
        else reject(tooComplex('Het document vraagt te veel geheugen om in te lezen en wordt niet ingelezen.'));
      });
      child.send(request);
    });
  } finally {
    release();
  }
}

function unwrap(reply: IsolatedReply): ParsedQuestionSet | string {
  if (reply.ok) return reply.value;
  if (reply.code !== null) throw new DocumentError(reply.code, reply.message);
  const error = new DocumentError('corrupt');
  error.cause = reply.message;
  throw error;
}

/** `parseDocument` in a child process with limits. */
export async function parseDocumentIsolated(
  bytes: Buffer,
  filename: string,
  options: ParseOptions = {},
  limits: IsolationLimits = DEFAULT_LIMITS,
): Promise<ParsedQuestionSet> {
  const reply = await runIsolated({ mode: 'parse', bytes, filename, options }, limits);
  return unwrap(reply) as ParsedQuestionSet;
}

/** `extractText` in a child process with limits. */
export async function extractTextIsolated(
  bytes: Buffer,
  filename: string,
  limits: IsolationLimits = DEFAULT_LIMITS,
): Promise<string> {
  const reply = await runIsolated({ mode: 'extract', bytes, filename, options: {} }, limits);
  const text = unwrap(reply) as string;
  // The text is parsed in the caller's process: a question set is a few pages, never millions of characters.
  if (text.length > MAX_TEXT_CHARS)
    throw tooComplex('De tekst van het document is langer dan 5 miljoen tekens en wordt niet ingelezen.');
  return text;
}
