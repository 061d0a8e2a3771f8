import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findTimePhrases } from '../deadlines';
import { parseQuestionSetText } from '../parsing';
import { normaliseSentence, proposalContext, proposeFromText, resolveTerm, sentenceHash } from './proposal';

const SEEDS = join(__dirname, '..', '..', 'test', 'fixtures', 'seeds');

function proposalsOf(file: string, reference: string) {
  const parsed = parseQuestionSetText(readFileSync(join(SEEDS, file), 'utf8'), { reference });
  const found = parsed.introduction ? proposeFromText(parsed.introduction, reference, []) : [];
  for (const answer of parsed.answers) found.push(...proposeFromText(answer.text, reference, answer.questions));
  return found;
}

describe('proposing commitments from answers', () => {
  it('finds the six commitments of the Amersfoort seed with their deadlines and periods', () => {
    const found = proposalsOf('002_61424de74e848507.txt', '2024-11-05');
    expect(found.map((c) => [c.questions, c.phrase, c.deadline])).toEqual([
      [[], 'In april komend jaar', '2025-04-30'],
      [[], 'In 2025', '2025-12-31'],
      [['1'], 'In het eerste kwartaal van 2025', '2025-03-31'],
      [['1'], 'rond april 2025', '2025-04-30'],
      [['6'], 'in 2025', '2025-12-31'],
      [['7'], 'rond april 2025', '2025-04-30'],
    ]);
    const rond = found[3];
    expect(rond).toMatchObject({
      periodStart: '2025-04-01',
      periodEnd: '2025-04-30',
      precision: 'month',
      relation: 'in',
      approximate: true,
    });
    expect(found[2]).toMatchObject({ periodStart: '2025-01-01', periodEnd: '2025-03-31', precision: 'quarter' });
  });

  it('finds the spring 2025 Raadsgesprek in answer 4b of the Amstelveen seed', () => {
    const found = proposalsOf('000_e55048b8f92346cb.txt', '2024-11-12');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      questions: ['4b'],
      phrase: 'in het voorjaar 2025',
      deadline: '2025-05-31',
      precision: 'season',
    });
    expect(found[0].sentence).toContain('Raadsgesprek');
  });

  it("takes the engine's reading of the phrase in its sentence whole, also what only the sentence says", () => {
    const sentence = 'Het college verwacht over twee maanden een besluit te nemen over de subsidie.';
    const [inContext] = findTimePhrases(sentence, '2024-11-05');
    const [proposal] = proposeFromText(sentence, '2024-11-05', ['3']);
    expect(proposal).toMatchObject({
      questions: ['3'],
      phrase: inContext.phrase,
      periodStart: inContext.start,
      periodEnd: inContext.end,
      precision: inContext.precision,
      relation: inContext.relation,
      deadline: '2025-01-05',
      // `verwacht` in the clause makes it approximate: the phrase alone (`over twee maanden`) would not.
      approximate: true,
    });
    expect(resolveTerm(proposal.phrase, '2024-11-05').approximate).toBe(false);
  });

  it('does not propose statements about the past', () => {
    expect(proposeFromText('In 2023 heeft er een evaluatie plaatsgevonden.', '2024-11-05', ['1'])).toEqual([]);
  });

  it('keys a sentence independent of case, spacing and the closing full stop', () => {
    expect(normaliseSentence('  In 2025  starten WE.')).toBe('in 2025 starten we');
    expect(sentenceHash('In 2025 starten we.')).toBe(sentenceHash('in 2025   starten we'));
    expect(sentenceHash('In 2025 starten we.')).not.toBe(sentenceHash('In 2026 starten we.'));
  });

  it('keeps an unresolvable phrase as written without a deadline', () => {
    expect(resolveTerm('binnenkort', '2024-11-05')).toMatchObject({
      phrase: 'binnenkort',
      deadline: null,
      periodStart: null,
    });
    expect(resolveTerm('voor de zomer', '2025-07-10')).toMatchObject({ deadline: '2026-06-30', relation: 'before' });
  });
});

describe('proposals with what the parser knows of the whole letter (proposalContext)', () => {
  const question = 'Worden de klachten doorgestuurd naar Waterpoort?';
  const answer =
    'Ja. Waterpoort heeft in november 2024 de plannen in het Regionaal Overleg toegelicht. Wij hebben daar ' +
    'gevraagd de werkzaamheden te beperken tot twee dagen per week. Waterpoort neemt in het voorjaar van 2025 een besluit.';

  it('leaves out a sentence opened by a body the letter names inside a sentence elsewhere, as the import preview does', () => {
    expect(proposeFromText(answer, '2024-11-05', ['1']).map((p) => p.sentence)).toEqual([
      'Waterpoort neemt in het voorjaar van 2025 een besluit.',
    ]);
    const context = proposalContext('Oosterhout', [question, answer]);
    expect(proposeFromText(answer, '2024-11-05', ['1'], context)).toEqual([]);
    const preview = parseQuestionSetText(`Gemeente Oosterhout\n\nVraag 1\n${question}\n\nAntwoord 1\n${answer}\n`, {
      reference: '2024-11-05',
    });
    expect(preview.commitments).toEqual([]);
  });
});
