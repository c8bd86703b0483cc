import { relativeTarget, relsPathOf, resolveTarget } from '../../src/xlsx/package-parts';
import { decodeXstring, encodeXstring, findElements } from '../../src/xlsx/xml';

describe('package part paths', () => {
  it.each([
    ['xl/worksheets/sheet1.xml', '../tables/table1.xml', 'xl/tables/table1.xml'],
    ['xl/worksheets/sheet1.xml', '/xl/tables/table2.xml', 'xl/tables/table2.xml'],
    ['xl/workbook.xml', 'worksheets/sheet3.xml', 'xl/worksheets/sheet3.xml'],
    ['xl/workbook.xml', './worksheets/sheet3.xml', 'xl/worksheets/sheet3.xml'],
    ['', 'xl/workbook.xml', 'xl/workbook.xml'],
  ])('resolves %s → %s as %s', (from, target, expected) => {
    expect(resolveTarget(from, target)).toBe(expected);
  });

  it.each([
    ['xl/worksheets/sheet1.xml', 'xl/tables/table1.xml', '../tables/table1.xml'],
    ['xl/drawings/drawing1.xml', 'xl/charts/chart2.xml', '../charts/chart2.xml'],
    ['xl/workbook.xml', 'xl/worksheets/sheet1.xml', 'worksheets/sheet1.xml'],
  ])('links %s to %s as %s', (from, to, expected) => {
    expect(relativeTarget(from, to)).toBe(expected);
    expect(resolveTarget(from, expected)).toBe(to);
  });

  it('puts relationships next to their part', () => {
    expect(relsPathOf('xl/worksheets/sheet1.xml')).toBe('xl/worksheets/_rels/sheet1.xml.rels');
    expect(relsPathOf('xl/workbook.xml')).toBe('xl/_rels/workbook.xml.rels');
  });
});

describe('xml helpers', () => {
  it.each([
    ['Muutos\n%', 'Muutos_x000A_%'],
    ['a_x0041_b', 'a_x005F_x0041_b'],
    ['tab\there', 'tab_x0009_here'],
    ['Väestöosuus', 'Väestöosuus'],
  ])('escapes %j for an attribute and reads it back', (text, encoded) => {
    expect(encodeXstring(text)).toBe(encoded);
    expect(decodeXstring(encoded)).toBe(text);
  });

  it('keeps line breaks in cell text but escapes other control characters', () => {
    expect(encodeXstring('a\nb\u0002', { keepLineBreaks: true })).toBe('a\nb_x0002_');
  });

  it('finds elements by local name, with or without a prefix, and unescapes attributes', () => {
    const xml = '<x:table name="A&amp;B" ref=\'A1:B2\'><x:tableColumns><x:tableColumn id="1" name="x &gt; y"/></x:tableColumns></x:table><tableColumn name="z"></tableColumn>';
    expect(findElements(xml, 'table').map((e) => e.attributes)).toEqual([{ name: 'A&B', ref: 'A1:B2' }]);
    expect(findElements(xml, 'tableColumn').map((e) => e.attributes.name)).toEqual(['x > y', 'z']);
    expect(findElements(xml, 'tableColumns')).toHaveLength(1);
  });
});
