import { escapeHtml, markedHtml } from './html';

describe('HTML built in code', () => {
  it('escapes the five characters that matter', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });

  it('marks ranges of a text and escapes everything else, also markup that looks like a mark', () => {
    const text = 'Vraag over <mark>nep</mark> en <script>alert("x")</script> meldingen';
    const start = text.indexOf('meldingen');
    expect(markedHtml(text, [{ start, end: start + 9 }])).toBe(
      'Vraag over &lt;mark&gt;nep&lt;/mark&gt; en &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; <mark>meldingen</mark>',
    );
  });

  it('escapes inside a mark too', () => {
    expect(markedHtml('a <b> c', [{ start: 2, end: 5 }])).toBe('a <mark>&lt;b&gt;</mark> c');
  });

  it('clamps, sorts and marks overlapping or out-of-range ranges once', () => {
    expect(
      markedHtml('abcdef', [
        { start: 4, end: 99 },
        { start: -3, end: 2 },
        { start: 1, end: 3 },
        { start: 3, end: 3 },
      ]),
    ).toBe('<mark>ab</mark><mark>c</mark>d<mark>ef</mark>');
    expect(markedHtml('abc', [])).toBe('abc');
  });
});
