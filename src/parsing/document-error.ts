export type DocumentErrorCode =
  'empty' | 'corrupt' | 'scanned' | 'unsupported' | 'not_a_question_set' | 'too_large' | 'too_complex';

const MESSAGES: Record<DocumentErrorCode, string> = {
  empty: 'Het bestand is leeg.',
  corrupt: 'Het bestand is beschadigd en kan niet worden gelezen.',
  scanned: 'De PDF bevat geen tekstlaag (waarschijnlijk een scan), dus er is geen tekst uit te lezen.',
  unsupported: 'Dit bestandstype wordt niet ondersteund; gebruik een PDF-, Word- (.docx), RTF- of tekstbestand.',
  not_a_question_set: 'De tekst bevat geen genummerde schriftelijke vragen.',
  too_large: 'Het bestand is te groot om in te lezen.',
  too_complex: 'Het document is te ingewikkeld om in te lezen (te veel onderdelen, te groot uitgepakt of te traag).',
};

/** A document that cannot be read or is not a question set; `message` is one Dutch sentence. */
export class DocumentError extends Error {
  readonly code: DocumentErrorCode;

  constructor(code: DocumentErrorCode, message: string = MESSAGES[code]) {
    super(message);
    this.name = 'DocumentError';
    this.code = code;
  }
}
