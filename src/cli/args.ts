/** `--name value` and `--flag` options plus positional arguments, without a library. */
export interface ParsedArgs {
  positional: string[];
  options: Record<string, string | true>;
}

export function parseArgs(args: string[]): ParsedArgs {
  const positional: string[] = [];
  const options: Record<string, string | true> = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg.startsWith('--')) {
      const [name, inline] = arg.slice(2).split('=', 2);
      if (inline !== undefined) options[name] = inline;
      else if (i + 1 < args.length && !args[i + 1].startsWith('--')) options[name] = args[++i];
      else options[name] = true;
    } else {
      positional.push(arg);
    }
  }
  return { positional, options };
}

export function stringOption(parsed: ParsedArgs, name: string): string | undefined {
  const value = parsed.options[name];
  return typeof value === 'string' ? value : undefined;
}
