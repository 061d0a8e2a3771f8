/**
 * What a parser warning is about, without its wording. docs/parse-output.md fixes what a warning
 * reports (a question without an answer, a paragraph printed twice, a reference that looks
 * misprinted), not its sentence, so the layout fixtures compare warnings by this gist: two authors'
 * sentences about the same question or reference are the same warning.
 */
export function warningGist(message: string): string {
  const proposed = /bedoeld is waarschijnlijk\s+(\S+?)\.?\s*$/i.exec(message);
  if (proposed) return `misprinted reference, probably ${proposed[1]}`;
  if (/\bgeen antwoord\b/i.test(message)) {
    const question = /\bvraag\s+(\d+[a-z]?)\b/i.exec(message);
    return `no answer to question ${question ? question[1].toLowerCase() : '?'}`;
  }
  // A question number printed twice and the questions renumbered in order (`de tweede vraag 3 is als vraag 4 opgenomen`,
  // `Vraagnummer 1 staat bij vier verschillende vragen; de vragen zijn in volgorde genummerd als 1 tot en met 4`).
  const renumbered =
    /\bvraag(?:nummer)?\s+(\d+[a-z]?)\b[^]*?\b(?:twee keer|meer dan eens|dubbel|bij\s+(?:\S+\s+)?(?:verschillende\s+)?vragen)\b[^]*?\b(?:hernummerd|als vraag\s+\d|genummerd als\s+(?:vraag\s+)?\d)/i.exec(
      message,
    );
  if (renumbered) return `question ${renumbered[1].toLowerCase()} numbered twice, renumbered`;
  if (/\btwee keer\b/i.test(message)) return 'paragraph printed twice';
  return message;
}

/** A parse result with its warnings replaced by their gists, for comparing with an expected one. */
export function withWarningGists<T extends { warnings: string[] }>(parsed: T): T {
  return { ...parsed, warnings: parsed.warnings.map(warningGist) };
}
