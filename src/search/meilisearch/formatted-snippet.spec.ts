import { markedHtml } from '../../common/html';
import { FORMAT_TAGS, opening, snippetFromFormatted } from './formatted-snippet';

const { pre, post, crop } = FORMAT_TAGS;
const marked = (snippet: { text: string; highlights: { start: number; end: number }[] }) =>
  snippet.highlights.map((r) => snippet.text.slice(r.start, r.end));

describe("Meilisearch's _formatted as a snippet", () => {
  it('reads the highlight tags as ranges of the plain text', () => {
    const snippet = snippetFromFormatted(
      'Hoeveel meldingen van discriminatie?',
      `Hoeveel ${pre}meldingen${post} van ${pre}discriminatie${post}?`,
    );
    expect(snippet).toEqual({
      text: 'Hoeveel meldingen van discriminatie?',
      highlights: [
        { start: 8, end: 17 },
        { start: 22, end: 35 },
      ],
    });
  });

  it('turns crop markers into an ellipsis with a space, before and after, and moves the ranges with it', () => {
    const original = 'Eerst iets anders. Daarna de melding bij het meldpunt, en nog veel meer tekst.';
    const snippet = snippetFromFormatted(original, `${crop}Daarna de ${pre}melding${post} bij het meldpunt,${crop}`);
    expect(snippet.text).toBe('… Daarna de melding bij het meldpunt, …');
    expect(marked(snippet)).toEqual(['melding']);
    const spaced = snippetFromFormatted(original, `${crop} Daarna de ${pre}melding${post}`);
    expect(spaced.text).toBe('… Daarna de melding');
    expect(marked(spaced)).toEqual(['melding']);
  });

  it('keeps markup in the text as text: a <mark> or <script> in a question is escaped when shown', () => {
    const original = 'Is <mark>dit</mark> een <script>alert(1)</script> melding?';
    const snippet = snippetFromFormatted(
      original,
      `Is <mark>dit</mark> een <script>alert(1)</script> ${pre}melding${post}?`,
    );
    expect(snippet.text).toBe(original);
    expect(marked(snippet)).toEqual(['melding']);
    const html = markedHtml(snippet.text, snippet.highlights);
    expect(html).toBe(
      'Is &lt;mark&gt;dit&lt;/mark&gt; een &lt;script&gt;alert(1)&lt;/script&gt; <mark>melding</mark>?',
    );
  });

  it('does not trust the tags when the text itself holds one of them: opening words, no marks', () => {
    const original = `Een ${pre}vreemde${post} tekst over meldingen`;
    expect(snippetFromFormatted(original, `Een ${pre}vreemde${post} tekst over ${pre}meldingen${post}`)).toEqual({
      text: original,
      highlights: [],
    });
  });

  it('falls back to the opening words when the formatted text is not the original text', () => {
    expect(snippetFromFormatted('Echte tekst', `Verzonnen ${pre}tekst${post}`)).toEqual({
      text: 'Echte tekst',
      highlights: [],
    });
    expect(snippetFromFormatted('Echte tekst', undefined)).toEqual({ text: 'Echte tekst', highlights: [] });
    expect(snippetFromFormatted('a b c d', `a b${crop} c d`)).toEqual({ text: 'a b c d', highlights: [] });
  });

  it('cuts an unformatted text at a word boundary with an ellipsis', () => {
    expect(opening('een twee drie vier', 2)).toEqual({ text: 'een twee …', highlights: [] });
    expect(opening('een twee', 2)).toEqual({ text: 'een twee', highlights: [] });
  });
});
