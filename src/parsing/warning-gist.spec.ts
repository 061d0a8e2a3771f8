import { warningGist } from './warning-gist';

describe('warningGist', () => {
  it('gives two wordings of a missing answer the same gist, and other questions another', () => {
    expect(warningGist('Vraag 3 heeft geen antwoord.')).toBe(warningGist('vraag 3: geen antwoord gevonden'));
    expect(warningGist('Vraag 3b heeft geen antwoord.')).not.toBe(warningGist('vraag 3: geen antwoord gevonden'));
  });

  it('keeps the proposed reference of a misprint warning', () => {
    expect(warningGist('motie M2042-18: aangenomen op 7 november 2024, bedoeld is waarschijnlijk M2024-18')).toBe(
      'misprinted reference, probably M2024-18',
    );
    expect(warningGist('Motie M2042-18 lijkt verkeerd; bedoeld is waarschijnlijk M2024-81.')).toBe(
      'misprinted reference, probably M2024-81',
    );
  });

  it('gives a question number printed twice and renumbered its own gist', () => {
    expect(warningGist('Vraag 2 staat twee keer in het document; de vragen zijn op volgorde hernummerd.')).toBe(
      warningGist('vraag 2 staat dubbel; de tweede vraag 2 is als vraag 3 opgenomen'),
    );
    expect(warningGist('Vraag 2 staat twee keer in het document; de vragen zijn op volgorde hernummerd.')).not.toBe(
      warningGist('Een alinea in het antwoord op vraag 2 stond twee keer direct achter elkaar in de tekst.'),
    );
  });

  it('gives a number printed at several questions and the questions numbered in order the same gist (fix-63b)', () => {
    expect(
      warningGist(
        'Vraagnummer 1 staat bij vier verschillende vragen; de vragen zijn in volgorde genummerd als 1 tot en met 4.',
      ),
    ).toBe(
      warningGist(
        'Vraag 1 staat meer dan eens in het document; de vragen zijn op volgorde hernummerd: de latere vragen 1 zijn opgenomen als vraag 2 en 3 en 4.',
      ),
    );
  });

  it('gives a repeated paragraph one gist and leaves other messages as they are', () => {
    expect(warningGist('De alinea „Wij …” stond twee keer achter elkaar in de tekst en is één keer overgenomen.')).toBe(
      warningGist('Een alinea in het antwoord op vraag 2 stond twee keer direct achter elkaar in de tekst.'),
    );
    expect(warningGist('Iets anders.')).toBe('Iets anders.');
  });
});
