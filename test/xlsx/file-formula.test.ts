import { fromFileFormula, PREFIXED_FUNCTIONS, toFileFormula } from '../../src/xlsx/file-formula';

describe('toFileFormula', () => {
  it.each([
    ['RANK.EQ(B2,B2:B6)', '_xlfn.RANK.EQ(B2,B2:B6)'],
    ['rank.eq(B2,B2:B6)', '_xlfn.rank.eq(B2,B2:B6)'],
    ['CONCAT(A1,TEXTJOIN(",",TRUE,A2:A3))', '_xlfn.CONCAT(A1,_xlfn.TEXTJOIN(",",TRUE,A2:A3))'],
    ['IFS(A1>1,1,TRUE,0)+MAXIFS(A:A,B:B,1)+MINIFS(A:A,B:B,1)', '_xlfn.IFS(A1>1,1,TRUE,0)+_xlfn.MAXIFS(A:A,B:B,1)+_xlfn.MINIFS(A:A,B:B,1)'],
    ['XLOOKUP(1,A:A,B:B)&SWITCH(A1,1,"a","b")', '_xlfn.XLOOKUP(1,A:A,B:B)&_xlfn.SWITCH(A1,1,"a","b")'],
    ['STDEV.S(A1:A3)/PERCENTILE.INC(A1:A3,0.5)', '_xlfn.STDEV.S(A1:A3)/_xlfn.PERCENTILE.INC(A1:A3,0.5)'],
    ['FILTER(A1:A3,B1:B3)', '_xlfn._xlws.FILTER(A1:A3,B1:B3)'],
    // Excel 2007 functions keep their names.
    ['IFERROR(COUNTIFS(A:A,1),0)+SUMIFS(B:B,A:A,1)+RANK(A1,A:A)+SUMPRODUCT(A1:A2,B1:B2)', 'IFERROR(COUNTIFS(A:A,1),0)+SUMIFS(B:B,A:A,1)+RANK(A1,A:A)+SUMPRODUCT(A1:A2,B1:B2)'],
    // Never inside string literals or quoted sheet names.
    ['IF(A1="RANK.EQ(x)",CONCAT("IFS(",A1),"")', 'IF(A1="RANK.EQ(x)",_xlfn.CONCAT("IFS(",A1),"")'],
    ['IF(A1="say ""CONCAT(""",1,2)', 'IF(A1="say ""CONCAT(""",1,2)'],
    ["'RANK.EQ(1)'!A1+CONCAT(1)", "'RANK.EQ(1)'!A1+_xlfn.CONCAT(1)"],
    // Already prefixed stays as it is.
    ['_xlfn.RANK.EQ(A1,A:A)', '_xlfn.RANK.EQ(A1,A:A)'],
    // Structured references to a named table pass through, [@Column] becomes [#This Row].
    ['SUM(Pools[Amount])', 'SUM(Pools[Amount])'],
    ['Pools[@Amount]*2', 'Pools[[#This Row],[Amount]]*2'],
    ['SUM(Pools[[#Headers],[Amount]])', 'SUM(Pools[[#Headers],[Amount]])'],
  ])('%s', (formula, expected) => {
    expect(toFileFormula(formula)).toBe(expected);
  });

  it.each([
    ['[@Asukasluku]/SUM([Asukasluku])', 'Municipalities[[#This Row],[Asukasluku]]/SUM(Municipalities[Asukasluku])'],
    ['[@[Muutos %]]*100', 'Municipalities[[#This Row],[Muutos %]]*100'],
    ['RANK.EQ([@Asukasluku],[Asukasluku])', '_xlfn.RANK.EQ(Municipalities[[#This Row],[Asukasluku]],Municipalities[Asukasluku])'],
    ['SUM(Municipalities[@[A]:[B]])', 'SUM(Municipalities[[#This Row],[A]:[B]])'],
    ["[@['#Id]]", "Municipalities[[#This Row],['#Id]]"],
    ['Pools[@Amount]+[@Asukasluku]', 'Pools[[#This Row],[Amount]]+Municipalities[[#This Row],[Asukasluku]]'],
  ])('inside a table: %s', (formula, expected) => {
    expect(toFileFormula(formula, { table: 'Municipalities' })).toBe(expected);
  });

  it('refuses a this-row reference outside a table', () => {
    expect(() => toFileFormula('[@Amount]*2')).toThrow(/outside a table/);
  });

  it('keeps one list of prefixed functions, which has the new ones and not the 2007 ones', () => {
    for (const name of ['RANK.EQ', 'CONCAT', 'TEXTJOIN', 'IFS', 'MAXIFS', 'MINIFS', 'XLOOKUP', 'SWITCH', 'STDEV.S', 'PERCENTILE.INC']) {
      expect(PREFIXED_FUNCTIONS[name]).toBe('_xlfn.');
    }
    for (const name of ['COUNTIFS', 'IFERROR', 'SUMIFS', 'RANK', 'ROUND', 'SUMPRODUCT']) expect(PREFIXED_FUNCTIONS[name]).toBeUndefined();
  });
});

describe('fromFileFormula', () => {
  it.each([
    ['_xlfn.RANK.EQ(A1,A:A)', undefined, 'RANK.EQ(A1,A:A)'],
    ['_xlfn._xlws.FILTER(A1:A3,B1:B3)', undefined, 'FILTER(A1:A3,B1:B3)'],
    ['IF(A1="_xlfn.x",1,2)', undefined, 'IF(A1="_xlfn.x",1,2)'],
    ['Municipalities[[#This Row],[Asukasluku]]/SUM(Municipalities[Asukasluku])', 'Municipalities', '[@Asukasluku]/SUM([Asukasluku])'],
    ['Municipalities[[#This Row],[Muutos %]]', 'Municipalities', '[@[Muutos %]]'],
    ['Pools[[#This Row],[Amount]]', 'Municipalities', 'Pools[@Amount]'],
    ['Pools[[#This Row],[Amount]]', undefined, 'Pools[@Amount]'],
    ['SUM(Pools[Amount])', undefined, 'SUM(Pools[Amount])'],
  ])('%s in table %s', (formula, table, expected) => {
    expect(fromFileFormula(formula, { table })).toBe(expected);
  });

  it.each([
    ['[@Asukasluku]/SUM([Asukasluku])'],
    ['RANK.EQ([@Asukasluku],[Asukasluku])'],
    ['[@[Muutos %]]*CONCAT("a",[@Tunnus])'],
    ['Pools[@Amount]+SUM(Pools[Amount])'],
  ])('undoes toFileFormula for %s', (formula) => {
    const context = { table: 'Municipalities' };
    expect(fromFileFormula(toFileFormula(formula, context), context)).toBe(formula);
  });
});
