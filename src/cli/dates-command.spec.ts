import { PassThrough, Readable } from 'stream';
import { runDatesCommand } from './dates-command';

async function run(input: string | Readable): Promise<{ code: number; lines: unknown[]; stderr: string }> {
  const stdin = typeof input === 'string' ? Readable.from([input]) : input;
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const chunks: string[] = [];
  const errors: string[] = [];
  stdout.on('data', (chunk: Buffer) => chunks.push(chunk.toString()));
  stderr.on('data', (chunk: Buffer) => errors.push(chunk.toString()));
  const code = await runDatesCommand([], { stdin, stdout, stderr });
  const lines = chunks
    .join('')
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as unknown);
  return { code, lines, stderr: errors.join('') };
}

describe('runDatesCommand (npm run -s cli -- dates)', () => {
  it('answers the contract example', async () => {
    const { code, lines } = await run(
      '{"id": "x1", "text": "We verwachten deze voortgang rond april 2025 met u te delen.", "ref": "2024-11-05"}\n',
    );
    expect(code).toBe(0);
    expect(lines).toEqual([
      {
        id: 'x1',
        periods: [
          {
            phrase: 'rond april 2025',
            start: '2025-04-01',
            end: '2025-04-30',
            precision: 'month',
            relation: 'in',
            approximate: true,
            deadline: '2025-04-30',
          },
        ],
      },
    ]);
  });

  it('writes one line per input line in order, with errors for bad lines, and goes on', async () => {
    const input = [
      '{"id":"a","text":"geen termijn hier","ref":"2024-11-05"}',
      'this is not json',
      '{"id":"c"}',
      '{"id":"d","text":"in 2025","ref":"2024-02-30"}',
      '{"id":"e","text":"vóór 2026","ref":"2024-11-05"}',
      '{"id":7,"text":"In 2025 en rond april 2025","ref":"2024-11-05"}',
    ].join('\n');
    const { code, lines } = await run(input);
    expect(code).toBe(0);
    expect(lines).toHaveLength(6);
    expect(lines[0]).toEqual({ id: 'a', periods: [] });
    expect(lines[1]).toEqual({ id: null, error: expect.any(String) });
    expect(lines[2]).toEqual({ id: 'c', error: expect.stringContaining('text') });
    expect(lines[3]).toEqual({ id: 'd', error: expect.stringContaining('2024-02-30') });
    expect((lines[4] as { periods: Array<{ deadline: string }> }).periods[0].deadline).toBe('2025-12-31');
    expect((lines[5] as { id: number; periods: unknown[] }).id).toBe(7);
    expect((lines[5] as { periods: unknown[] }).periods).toHaveLength(2);
  });

  it.each(['[1,2]', '"x"', 'null', '42', 'true', '[]', '{}'])(
    'answers the valid JSON %s that is no object with text by an error line and goes on',
    async (line) => {
      const { code, lines } = await run(`${line}\n{"id":"next","text":"in 2025","ref":"2024-11-05"}\n`);
      expect(code).toBe(0);
      expect(lines).toEqual([
        { id: null, error: expect.any(String) },
        { id: 'next', periods: [expect.objectContaining({ phrase: 'in 2025' })] },
      ]);
    },
  );

  it.each<[string, unknown]>([
    ['{"id":7,"text":"in 2025","ref":"2024-11-05"}', 7],
    ['{"id":0,"text":"in 2025","ref":"2024-11-05"}', 0],
    ['{"id":-1.5,"text":"in 2025","ref":"2024-11-05"}', -1.5],
    ['{"id":"7","text":"in 2025","ref":"2024-11-05"}', '7'],
    ['{"text":"in 2025","ref":"2024-11-05"}', null],
  ])('echoes the id of %s as it came (numbers as numbers)', async (line, id) => {
    const { lines } = await run(`${line}\n`);
    expect(lines).toEqual([{ id, periods: [expect.objectContaining({ phrase: 'in 2025' })] }]);
    expect(typeof (lines[0] as { id: unknown }).id).toBe(typeof id);
  });

  it.each<[string, unknown]>([
    ['{"id":0,"text":5}', 0],
    ['{"id":3,"text":"in 2025","ref":20241105}', 3],
  ])('keeps a numeric id on the error line of %s', async (line, id) => {
    const { lines } = await run(`${line}\n`);
    expect(lines).toEqual([{ id, error: expect.any(String) }]);
  });

  it('skips blank lines, which carry no object to answer', async () => {
    const { lines } = await run('\n{"id":"b","text":"in 2025","ref":"2024-11-05"}\n\n   \n');
    expect(lines).toEqual([{ id: 'b', periods: [expect.objectContaining({ phrase: 'in 2025' })] }]);
  });

  it('uses today in Amsterdam when a line has no ref', async () => {
    const { lines } = await run('{"id":"t","text":"dit jaar"}\r\n');
    const year = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric' }).format(new Date());
    expect(lines).toEqual([
      { id: 't', periods: [expect.objectContaining({ start: `${year}-01-01`, end: `${year}-12-31` })] },
    ]);
  });

  it('streams: answers a line before the input ends', async () => {
    const stdin = new PassThrough();
    const stdout = new PassThrough();
    const done = runDatesCommand([], { stdin, stdout, stderr: new PassThrough() });
    const firstLine = new Promise<string>((resolve) =>
      stdout.once('data', (chunk: Buffer) => resolve(chunk.toString())),
    );
    stdin.write('{"id":"s1","text":"in 2025","ref":"2024-11-05"}\n');
    expect(JSON.parse(await firstLine)).toMatchObject({ id: 's1' });
    stdin.end();
    expect(await done).toBe(0);
  });

  it('fails with a non-zero exit code when standard input cannot be read', async () => {
    const stdin = new Readable({
      read() {
        this.destroy(new Error('EIO'));
      },
    });
    const { code, stderr } = await run(stdin);
    expect(code).not.toBe(0);
    expect(stderr).toContain('EIO');
  });
});
