/** The unit a time phrase names (docs/time-phrases.md, "Result of one phrase"). */
export type Precision = 'day' | 'week' | 'month' | 'quarter' | 'half' | 'season' | 'year';

/** How a commitment relates to the named period; it decides the deadline, not the period. */
export type Relation = 'in' | 'before' | 'by' | 'from' | 'after';

/** One resolved time phrase, as the engine, the pages, the iCal feed and the CLI report it. */
export interface TimePhrase {
  /** The exact substring of the text, from the relation or approximation word to the last word. */
  phrase: string;
  /** Offset of `phrase` in the text. */
  index: number;
  /** The named period itself, ISO dates, both inclusive. */
  start: string;
  end: string;
  precision: Precision;
  relation: Relation;
  approximate: boolean;
  /** From the relation: in/by → end, before → start − 1 day, from → start, after → end + 1 day. */
  deadline: string;
}
