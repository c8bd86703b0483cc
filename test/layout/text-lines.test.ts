import {
  charactersPerLine,
  chunkParagraphs,
  maxLinesPerRow,
  MAX_ROW_HEIGHT,
  rowHeightFor,
  textLineCount,
  wrapLine,
} from '../../src/layout/text-lines';

describe('wrapLine', () => {
  it.each<[string, string, number, string[]]>([
    ['a short line', 'yksi kaksi', 20, ['yksi kaksi']],
    ['words wrap at the width', 'yksi kaksi kolme', 10, ['yksi kaksi', 'kolme']],
    ['an indent keeps its width', '   ◦ ab cd', 8, ['   ◦ ab', 'cd']],
    ['a word longer than a line is broken', 'abcdefghij', 4, ['abcd', 'efgh', 'ij']],
    ['an empty line is one line', '', 10, ['']],
  ])('%s', (_, line, width, expected) => {
    expect(wrapLine(line, width)).toEqual(expected);
  });
});

describe('line and height estimates', () => {
  it('counts explicit line breaks and wrapped lines', () => {
    expect(textLineCount('yksi kaksi kolme\n\nneljä', 10)).toBe(4);
  });

  it('fits more characters into a wider column and fewer at a larger font or in bold', () => {
    expect(charactersPerLine(84)).toBeGreaterThan(charactersPerLine(36));
    expect(charactersPerLine(36, 12)).toBeLessThan(charactersPerLine(36, 10));
    expect(charactersPerLine(36, 11, true)).toBeLessThan(charactersPerLine(36, 11));
  });

  it('grows a row with its lines, up to Excel\'s largest row', () => {
    expect(rowHeightFor(2)).toBeGreaterThan(rowHeightFor(1));
    expect(rowHeightFor(maxLinesPerRow())).toBeLessThanOrEqual(MAX_ROW_HEIGHT);
    expect(rowHeightFor(maxLinesPerRow() + 1)).toBe(MAX_ROW_HEIGHT);
  });
});

describe('chunkParagraphs', () => {
  it('keeps paragraphs whole and in order, each chunk within the line limit', () => {
    const paragraphs = Array.from({ length: 10 }, (_, i) => `kohta ${i} ${'sana '.repeat(i)}`.trim());
    const chunks = chunkParagraphs(paragraphs, 20, 6);
    expect(chunks.flat()).toEqual(paragraphs);
    for (const chunk of chunks) expect(textLineCount(chunk.join('\n'), 20)).toBeLessThanOrEqual(6);
    expect(chunks.length).toBeGreaterThan(1);
  });

  it('cuts a paragraph longer than a chunk at word boundaries, within the character limit', () => {
    const long = Array.from({ length: 300 }, (_, i) => `w${i}`).join(' ');
    const chunks = chunkParagraphs([long], 30, 5, 200);
    for (const chunk of chunks) {
      expect(chunk.join('\n').length).toBeLessThanOrEqual(200);
      expect(textLineCount(chunk.join('\n'), 30)).toBeLessThanOrEqual(5);
    }
    expect(chunks.flat().join(' ')).toBe(long);
  });

  it('returns no chunk for no paragraphs', () => {
    expect(chunkParagraphs([], 20, 5)).toEqual([]);
  });
});
