// Other names people type for a municipality or a national party, each from a shipped data file, read as that
// municipality or party when the installation has it (query-plan.ts, `interpreted`).
import shipped from './municipality-aliases.nl.json';
import shippedParties from './party-aliases.nl.json';
import type { KnownName } from './query-plan';
import { foldWord } from './query-text';

/**
 * Other names residents type for a municipality (`Den Bosch`, `SWF`, `Ljouwert`): each group of
 * the shipped data file is one municipality. A query naming a municipality by any name of its
 * group is interpreted as naming it, as its own name is (query-plan.ts, `interpreted`).
 */
export const MUNICIPALITY_ALIAS_GROUPS: readonly (readonly string[])[] = (shipped as { groups: string[][] }).groups;

/**
 * Other names of national parties (`CU` for ChristenUnie, `Partij voor de Dieren` for PvdD,
 * `GL-PvdA`): each group of the shipped data file is one party. A party's local branch usually
 * carries the national name, and people type it short, so `cu keten` asks for ChristenUnie's sets.
 */
export const PARTY_ALIAS_GROUPS: readonly (readonly string[])[] = (shippedParties as { groups: string[][] }).groups;

/** The folded words of a name as parseQuery splits typed text (`Paffen-Zeenni` → paffen, zeenni). */
export function nameWords(name: string): string[] {
  return name
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '')
    .map(foldWord);
}

/**
 * The known names plus, for each municipality (party) whose name is in an alias group, the group's
 * other names as names of that municipality (party), with the same filter value and display name.
 * Matched on the folded words, so an installation that calls the municipality `Den Haag` gets
 * `'s-Gravenhage` and the other way round. A name the installation already has (another
 * municipality, a party) is not added as an alias.
 */
export function withNameAliases(
  names: readonly KnownName[],
  groups: readonly (readonly string[])[] = MUNICIPALITY_ALIAS_GROUPS,
  partyGroups: readonly (readonly string[])[] = PARTY_ALIAS_GROUPS,
): KnownName[] {
  const key = (words: readonly string[]) => words.join(' ');
  // A name shortened with an apostrophe (`R'dam`, `A'dam`) is also typed without it (`rdam`).
  const forms = (name: string) => [
    name,
    ...(/\p{L}['’]\p{L}/u.test(name) ? [name.replace(/(?<=\p{L})['’](?=\p{L})/gu, '')] : []),
  ];
  const wordsOf = (all: readonly (readonly string[])[]) =>
    all.map((group) =>
      group
        .flatMap(forms)
        .map(nameWords)
        .filter((w) => w.length > 0),
    );
  const groupsWords = { municipality: wordsOf(groups), party: wordsOf(partyGroups) };
  const taken = new Set(names.map((n) => key(n.words)));
  const out = [...names];
  for (const name of names) {
    if (name.kind === 'portfolioHolder') continue;
    const own = key(name.words);
    for (const groupWords of groupsWords[name.kind]) {
      if (!groupWords.some((w) => key(w) === own)) continue;
      for (const words of groupWords) {
        if (taken.has(key(words))) continue;
        taken.add(key(words));
        out.push({ kind: name.kind, value: name.value, label: name.label, words });
      }
    }
  }
  return out;
}
