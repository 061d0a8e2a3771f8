import { plainToInstance } from 'class-transformer';
import { ImportSetDto } from './dto/import.dto';
import { editedSetToImportedSet } from './edited-to-set';

const context = { municipality: 'amersfoort', publishedOn: null, sourceSha256: 'abc' };

describe('the edited preview as the set to store', () => {
  it('maps field for field, blank texts as absent and a missing subject as "Schriftelijke vragen"', () => {
    const set = plainToInstance(ImportSetDto, {
      municipality: 'Amersfoort',
      reference: '  ',
      subject: ' ',
      legalBasis: '',
      party: ' GroenLinks ',
      portfolioHolder: '',
      questions: [{ number: '1', text: 'Wanneer?' }],
    });
    expect(editedSetToImportedSet(set, context)).toEqual({
      municipality: 'amersfoort',
      status: 'registered',
      reference: null,
      subject: 'Schriftelijke vragen',
      legalBasis: undefined,
      party: 'GroenLinks',
      submitters: [],
      portfolioHolder: null,
      explanation: null,
      introduction: null,
      receivedOn: undefined,
      questions: [{ number: '1', text: 'Wanneer?' }],
      answers: [],
      answeredOn: null,
      publishedOn: null,
      documents: [],
      sourceSha256: 'abc',
    });
  });

  it('keeps the documents the griffie linked to an answer, and the set documents as edited', () => {
    const set = plainToInstance(ImportSetDto, {
      questions: [{ number: '1', text: 'Wanneer?' }],
      answeredOn: '2024-11-05',
      answers: [{ questions: ['1'], text: 'In 2025.', documents: [{ kind: 'council_letter', reference: '2024-085' }] }],
      documents: [{ kind: 'motion', reference: '2018-115M' }],
    });
    const input = editedSetToImportedSet(set, { ...context, publishedOn: '2024-11-10' });
    expect(input.answers).toEqual([
      {
        questions: ['1'],
        text: 'In 2025.',
        refersTo: [],
        documents: [{ kind: 'council_letter', reference: '2024-085' }],
      },
    ]);
    expect(input.documents).toEqual([{ kind: 'motion', reference: '2018-115M', title: null, date: null, url: null }]);
    expect(input).toMatchObject({ answeredOn: '2024-11-05', publishedOn: '2024-11-10' });
  });
});
