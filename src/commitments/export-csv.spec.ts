import { csvCell, toCsv } from './export-csv';

describe('the CSV writer', () => {
  it('starts with a BOM, separates with semicolons and ends rows with CRLF', () => {
    const csv = toCsv(
      [
        { header: 'Termijn', value: (r: { a: string }) => r.a },
        { header: 'Uiterlijk', value: () => '2025-04-30' },
      ],
      [{ a: 'rond april 2025' }],
    );
    expect(csv).toBe('\uFEFFTermijn;Uiterlijk\r\nrond april 2025;2025-04-30\r\n');
  });

  it('quotes cells with separators, quotes or line breaks', () => {
    expect(csvCell('a;b')).toBe('"a;b"');
    expect(csvCell('zei "ja"')).toBe('"zei ""ja"""');
    expect(csvCell('regel\nregel')).toBe('"regel\nregel"');
  });

  it('keeps a spreadsheet from running a cell as a formula', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('-1')).toBe("'-1");
  });
});
