import type { QuestionSetDto } from '../questions/dto/question-set.dto';
import { answerBlocks, answersToRecord, storedAnswersForm } from './answers-form';

function set(
  answers: { id: number; questions: string[]; text: string }[],
  introduction: string | null = null,
): QuestionSetDto {
  return {
    questions: ['1', '2a', '2b', '2c'].map((number) => ({ number, text: `Vraag ${number}?` })),
    answers,
    introduction,
  } as unknown as QuestionSetDto;
}

const values = (texts: Record<string, string>, sameAs: Record<string, string> = {}, introduction = '') => ({
  texts,
  sameAs,
  introduction,
  answeredOn: '',
});

describe('the answers form', () => {
  it('groups questions that point at an earlier answer, also through a chain', () => {
    const result = answersToRecord(set([]), values({ '1': 'Nee.', '2a': 'Ja.' }, { '2b': '2a', '2c': '2b' }));
    expect(result.errors).toEqual([]);
    expect(result.answers).toEqual([
      { questions: ['1'], text: 'Nee.' },
      { questions: ['2a', '2b', '2c'], text: 'Ja.' },
    ]);
  });

  it('records only new or changed answers, and a regrouping as a change', () => {
    const stored = set([
      { id: 10, questions: ['1'], text: 'Nee.' },
      { id: 11, questions: ['2a', '2b'], text: 'Ja.' },
    ]);
    expect(answersToRecord(stored, values({ '1': 'Nee.', '2a': 'Ja.' }, { '2b': '2a' })).answers).toEqual([]);
    expect(answersToRecord(stored, values({ '1': 'Nee.', '2a': 'Ja.' }, { '2b': '2a', '2c': '2a' })).answers).toEqual([
      { questions: ['2a', '2b', '2c'], text: 'Ja.' },
    ]);
    // 2b gets its own answer: 2a keeps the stored one untouched.
    expect(answersToRecord(stored, values({ '1': 'Nee.', '2a': 'Ja.', '2b': 'Later.' })).answers).toEqual([
      { questions: ['2b'], text: 'Later.' },
    ]);
  });

  it('refuses an own text together with "same answer as", a later question, and an empty shared answer', () => {
    const result = answersToRecord(
      set([]),
      values({ '2a': 'Ja.', '2b': 'Ook.' }, { '2b': '2a', '1': '2c', '2c': '1' }),
    );
    expect(result.errors.map((e) => e.path)).toEqual(['sameAs.1', 'sameAs.2b', 'answers.1']);
  });

  it('refills the form from the stored answers: the text at the first question, the others pointing at it', () => {
    const stored = set([{ id: 11, questions: ['2a', '2b'], text: 'Ja.' }], 'Inleiding.');
    const form = storedAnswersForm(stored, '2024-11-15');
    expect(form).toEqual({
      texts: { '2a': 'Ja.' },
      sameAs: { '2b': '2a' },
      introduction: 'Inleiding.',
      answeredOn: '2024-11-15',
    });
    const blocks = answerBlocks(stored, form, {});
    expect(blocks[0].sameAsOptions).toEqual([]);
    expect(blocks[2].sameAsOptions).toEqual([
      { value: '1', selected: false },
      { value: '2a', selected: true },
    ]);
    expect(answersToRecord(stored, { ...form, introduction: 'Nieuwe inleiding.' })).toMatchObject({
      answers: [],
      introduction: 'Nieuwe inleiding.',
    });
  });
});
