import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';

const EMBEDDED = join(__dirname, '..', '..', 'dist', 'src', 'database', 'embedded-postgres.js');

/**
 * The embedded PostgreSQL in a child Node process, for tests that stop and restart a server of
 * their own (embedded-postgres is an ES module, which Jest's module system cannot import).
 */
export interface PostgresProcess {
  url: string;
  stop(): Promise<void>;
}

export async function startPostgresProcess(dir: string, port?: number): Promise<PostgresProcess> {
  const script = `
    const { startEmbeddedPostgres } = require(${JSON.stringify(EMBEDDED)});
    startEmbeddedPostgres(process.argv[1], { port: process.argv[2] ? Number(process.argv[2]) : undefined }).then(
      (server) => {
        process.stdout.write(server.url + '\\n');
        process.on('SIGTERM', () => server.stop().then(() => process.exit(0)));
      },
      (error) => { process.stderr.write(String(error)); process.exit(1); },
    );`;
  const child: ChildProcess = spawn(process.execPath, ['-e', script, dir, port ? String(port) : ''], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    let err = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('\n')) resolve(out.trim());
    });
    child.stderr?.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`embedded PostgreSQL did not start (${code}): ${err}`)));
  });
  return {
    url,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
