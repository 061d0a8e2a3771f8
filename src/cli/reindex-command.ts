import { parseArgs } from './args';
import { withAppContext } from './app-context';
import { SearchService } from '../search/search.service';

/** A progress bar on standard error: `[#####-----] 50% 500/1000 sets`. */
function progressBar(done: number, total: number): string {
  const width = 30;
  const ratio = total === 0 ? 1 : done / total;
  const filled = Math.round(ratio * width);
  return `\r[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${Math.round(ratio * 100)}% ${done}/${total} vragensets`;
}

/**
 * `reindex`: rebuilds the PostgreSQL search rows of every question set and, with MEILI_URL,
 * sends them all to Meilisearch. Prints a JSON summary on stdout; progress on stderr.
 */
export async function runReindexCommand(args: string[]): Promise<number> {
  const parsed = parseArgs(args);
  if (parsed.options.help) {
    process.stderr.write(
      'Gebruik: npm run -s cli -- reindex\nBouwt de zoekindex opnieuw op (PostgreSQL, en Meilisearch als MEILI_URL is gezet).\n',
    );
    return 0;
  }
  process.env.SEARCH_OUTBOX_WORKER = 'off';
  return withAppContext(async (app) => {
    const search = app.get(SearchService);
    const started = Date.now();
    const summary = await search.reindex((done, total) => process.stderr.write(progressBar(done, total)));
    process.stderr.write('\n');
    let sent = 0;
    let failed = 0;
    if (search.meili) {
      process.stderr.write('Versturen naar Meilisearch…\n');
      const result = await search.drainOutbox();
      sent = result.sent;
      failed = result.failed;
      if (failed > 0)
        process.stderr.write(
          `Meilisearch niet bereikbaar: ${failed} wijzigingen blijven in de wachtrij en worden later verstuurd.\n`,
        );
    }
    const engine = search.meili ? 'meilisearch' : 'postgres';
    process.stdout.write(
      `${JSON.stringify({ engine, sets: summary.sets, rows: summary.rows, sentToMeilisearch: sent, pending: failed, seconds: Math.round((Date.now() - started) / 100) / 10 })}\n`,
    );
    return failed > 0 ? 1 : 0;
  });
}
