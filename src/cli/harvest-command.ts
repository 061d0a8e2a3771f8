import { HarvestError } from '../harvest/oparl-client';
import { HarvestService, HarvestSummary } from '../harvest/harvest.service';
import { withAppContext } from './app-context';
import { parseArgs, stringOption } from './args';

const USAGE =
  'Gebruik: npm run -s cli -- harvest OPARL_URL --municipality SLUG [--json]\n' +
  '  OPARL_URL: het OParl-System (met één Body per gemeente) of de Body zelf\n';

function formatSummary(summary: HarvestSummary): string {
  const lines = [
    `Bron: ${summary.source} (${summary.body})`,
    `Drukstukken gelezen: ${summary.papers}, waarvan schriftelijke vragen: ${summary.questionPapers}`,
    `Ingelezen: ${summary.imported.length}`,
    ...summary.imported.map((i) => `  ${i.paper} → vragenset ${i.setId}`),
    `Al aanwezig: ${summary.alreadyPresent.length}`,
    `Verwijderd bij de bron (overgeslagen): ${summary.deleted}`,
    `Mislukt: ${summary.failed.length}`,
    ...summary.failed.map((f) => `  ${f.paper}: ${f.reason}`),
  ];
  return `${lines.join('\n')}\n`;
}

/**
 * `harvest OPARL_URL --municipality SLUG [--json]`: reads another system's OParl Papers of the
 * written-questions type into the municipality (HarvestService). Resumable and idempotent: run
 * it again to continue or to pick up new Papers. Exit 0 when nothing failed, 1 otherwise.
 */
export async function runHarvestCommand(args: string[]): Promise<number> {
  const parsed = parseArgs(args);
  const municipality = stringOption(parsed, 'municipality');
  const [url] = parsed.positional;
  if (parsed.positional.length !== 1 || !municipality || !/^https?:\/\//.test(url)) {
    process.stderr.write(USAGE);
    return 2;
  }
  return withAppContext(async (app) => {
    try {
      const summary = await app
        .get(HarvestService)
        .harvest(url, municipality, (line) => process.stderr.write(`${line}\n`));
      process.stdout.write(
        parsed.options.json === true ? `${JSON.stringify(summary, null, 2)}\n` : formatSummary(summary),
      );
      return summary.failed.length === 0 ? 0 : 1;
    } catch (error) {
      if (!(error instanceof HarvestError)) throw error;
      process.stderr.write(`${error.message}\n`);
      return 1;
    }
  });
}
