import ICAL from 'ical.js';
import { buildCalendar, escapeText, foldLine } from './ical';

describe('the iCalendar writer', () => {
  const now = new Date('2024-11-20T11:00:00Z');

  it('escapes backslashes, semicolons, commas and newlines', () => {
    expect(escapeText('a;b,c\\d\ne')).toBe('a\\;b\\,c\\\\d\\ne');
  });

  it('folds lines at 75 octets without splitting a UTF-8 character', () => {
    const folded = foldLine(`SUMMARY:${'é'.repeat(100)}`);
    const lines = folded.split('\r\n');
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(lines.slice(1).every((l) => l.startsWith(' '))).toBe(true);
    expect(lines.map((l, i) => (i === 0 ? l : l.slice(1))).join('')).toBe(`SUMMARY:${'é'.repeat(100)}`);
  });

  it('writes all-day events with CRLF that ical.js reads back', () => {
    const text = buildCalendar({
      name: 'Raadsvragen Amersfoort',
      now,
      events: [
        {
          uid: 'toezegging-1@raadsvragen.test',
          date: '2025-04-30',
          summary:
            'Toezegging: rond april 2025 · uiterlijk 30 april 2025 – We verwachten deze voortgang rond april 2025 met u te delen, zoals beloofd; echt.',
          description: 'Regel één\nRegel twee, met komma',
        },
      ],
    });
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/\n/);
    const component = new ICAL.Component(ICAL.parse(text));
    const event = new ICAL.Event(component.getFirstSubcomponent('vevent') as ICAL.Component);
    expect(event.uid).toBe('toezegging-1@raadsvragen.test');
    expect(event.startDate.isDate).toBe(true);
    expect(event.startDate.toString()).toBe('2025-04-30');
    expect(event.endDate.toString()).toBe('2025-05-01');
    expect(event.summary).toContain('rond april 2025 · uiterlijk 30 april 2025');
    expect(event.summary).toContain('zoals beloofd; echt.');
    expect(event.description).toBe('Regel één\nRegel twee, met komma');
    expect(component.getFirstSubcomponent('vevent')?.getFirstPropertyValue('dtstamp')?.toString()).toBe(
      '2024-11-20T11:00:00Z',
    );
  });
});
