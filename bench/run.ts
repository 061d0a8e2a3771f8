/**
 * `npm run bench -- dates|parse|search|export|start` runs one benchmark; `npm run bench` runs the quick ones
 * (dates, parse) and says how to run the search benchmark, which seeds an 800k-row archive.
 */
/* eslint-disable @typescript-eslint/no-require-imports */

type Benchmark = () => Promise<void>;

const benchmarks: Record<string, () => Benchmark> = {
  dates: () => require('./dates.bench').run,
  parse: () => require('./parse.bench').run,
  search: () => require('./search.bench').run,
  'search-profile': () => require('./search-profile').run,
  relevance: () => require('./relevance.bench').run,
  export: () => require('./export.bench').run,
  start: () => require('./start.bench').run,
};

async function main(argv: string[]): Promise<void> {
  const names = argv.length > 0 ? argv : ['dates', 'parse'];
  for (const name of names) {
    const load = benchmarks[name];
    if (!load) throw new Error(`Unknown benchmark "${name}"; choose from ${Object.keys(benchmarks).join(', ')}`);
    console.log(`\n== bench ${name} ==`);
    await load()();
  }
  if (argv.length === 0) {
    console.log('\nThe search benchmark seeds 100,000 question sets (~800,000 rows) first: npm run bench -- search');
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
