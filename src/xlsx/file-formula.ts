/**
 * Formulas as the .xlsx file stores them versus as people (and office-js)
 * write them. The layout writes `RANK.EQ(...)` and `[@Amount]`; the file
 * needs `_xlfn.RANK.EQ(...)` and `Budget[[#This Row],[Amount]]`, otherwise
 * Excel repairs the file and LibreOffice answers #NAME?.
 */

/**
 * Functions newer than Excel 2007, which a file must name with a prefix
 * (Microsoft: "Issue: An _xlfn. prefix is displayed in front of a formula").
 * The one list both directions use.
 */
export const PREFIXED_FUNCTIONS: Readonly<Record<string, string>> = Object.fromEntries([
  // Excel 2010
  ...[
    'AGGREGATE', 'BETA.DIST', 'BETA.INV', 'BINOM.DIST', 'BINOM.INV', 'CEILING.PRECISE', 'CHISQ.DIST', 'CHISQ.DIST.RT',
    'CHISQ.INV', 'CHISQ.INV.RT', 'CHISQ.TEST', 'CONFIDENCE.NORM', 'CONFIDENCE.T', 'COVARIANCE.P', 'COVARIANCE.S',
    'ERF.PRECISE', 'ERFC.PRECISE', 'EXPON.DIST', 'F.DIST', 'F.DIST.RT', 'F.INV', 'F.INV.RT', 'F.TEST', 'FLOOR.PRECISE',
    'GAMMA.DIST', 'GAMMA.INV', 'GAMMALN.PRECISE', 'HYPGEOM.DIST', 'LOGNORM.DIST', 'LOGNORM.INV', 'MODE.MULT', 'MODE.SNGL',
    'NEGBINOM.DIST', 'NETWORKDAYS.INTL', 'NORM.DIST', 'NORM.INV', 'NORM.S.DIST', 'NORM.S.INV', 'PERCENTILE.EXC',
    'PERCENTILE.INC', 'PERCENTRANK.EXC', 'PERCENTRANK.INC', 'POISSON.DIST', 'QUARTILE.EXC', 'QUARTILE.INC', 'RANK.AVG',
    'RANK.EQ', 'STDEV.P', 'STDEV.S', 'T.DIST', 'T.DIST.2T', 'T.DIST.RT', 'T.INV', 'T.INV.2T', 'T.TEST', 'VAR.P', 'VAR.S',
    'WEIBULL.DIST', 'WORKDAY.INTL',
  ].map((name) => [name, '_xlfn.']),
  // Excel 2013
  ...[
    'ACOT', 'ACOTH', 'ARABIC', 'BASE', 'BINOM.DIST.RANGE', 'BITAND', 'BITLSHIFT', 'BITOR', 'BITRSHIFT', 'BITXOR',
    'CEILING.MATH', 'COMBINA', 'COT', 'COTH', 'CSC', 'CSCH', 'DAYS', 'DECIMAL', 'ENCODEURL', 'FILTERXML', 'FLOOR.MATH',
    'FORMULATEXT', 'GAMMA', 'GAUSS', 'IFNA', 'IMCOSH', 'IMCOT', 'IMCSC', 'IMCSCH', 'IMSEC', 'IMSECH', 'IMSINH', 'IMTAN',
    'ISFORMULA', 'ISOWEEKNUM', 'MUNIT', 'NUMBERVALUE', 'PDURATION', 'PERMUTATIONA', 'PHI', 'RRI', 'SEC', 'SECH', 'SHEET',
    'SHEETS', 'SKEW.P', 'UNICHAR', 'UNICODE', 'WEBSERVICE', 'XOR',
  ].map((name) => [name, '_xlfn.']),
  // Excel 2016–2021 and Microsoft 365
  ...[
    'CONCAT', 'FORECAST.ETS', 'FORECAST.ETS.CONFINT', 'FORECAST.ETS.SEASONALITY', 'FORECAST.ETS.STAT', 'FORECAST.LINEAR',
    'IFS', 'MAXIFS', 'MINIFS', 'SWITCH', 'TEXTJOIN', 'XLOOKUP', 'XMATCH', 'UNIQUE', 'SEQUENCE', 'RANDARRAY', 'SORTBY',
    'TEXTBEFORE', 'TEXTAFTER', 'TEXTSPLIT', 'VSTACK', 'HSTACK', 'TOCOL', 'TOROW', 'WRAPROWS', 'WRAPCOLS', 'TAKE', 'DROP',
    'CHOOSEROWS', 'CHOOSECOLS', 'EXPAND', 'ARRAYTOTEXT', 'VALUETOTEXT', 'LET', 'LAMBDA', 'BYROW', 'BYCOL', 'MAP', 'REDUCE',
    'SCAN', 'MAKEARRAY', 'ISOMITTED', 'IMAGE', 'REGEXTEST', 'REGEXEXTRACT', 'REGEXREPLACE',
  ].map((name) => [name, '_xlfn.']),
  ...['FILTER', 'SORT'].map((name) => [name, '_xlfn._xlws.']),
]);

interface Token {
  kind: 'string' | 'quoted' | 'bracket' | 'other';
  text: string;
}

/** Where the next string literal, quoted sheet name or structured reference may start. */
const SPECIAL = /["'[]/g;

/** Splits a formula so that string literals, quoted sheet names and [structured references] are never rewritten. */
function tokenize(formula: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < formula.length) {
    // The plain text up to the next special character goes in one piece: formulas are long and mostly plain.
    SPECIAL.lastIndex = i;
    const next = SPECIAL.exec(formula);
    const at = next ? next.index : formula.length;
    if (at > i) tokens.push({ kind: 'other', text: formula.slice(i, at) });
    if (!next) break;
    const ch = next[0];
    if (ch === '"' || ch === "'") {
      let j = at + 1;
      while (j < formula.length) {
        if (formula[j] === ch && formula[j + 1] === ch) j += 2;
        else if (formula[j] === ch) break;
        else j += 1;
      }
      tokens.push({ kind: ch === '"' ? 'string' : 'quoted', text: formula.slice(at, j + 1) });
      i = j + 1;
    } else {
      let depth = 0;
      let j = at;
      for (; j < formula.length; j += 1) {
        const c = formula[j];
        // Inside a structured reference an apostrophe escapes the next character.
        if (c === "'") j += 1;
        else if (c === '[') depth += 1;
        else if (c === ']') {
          depth -= 1;
          if (depth === 0) break;
        }
      }
      tokens.push({ kind: 'bracket', text: formula.slice(at, j + 1) });
      i = j + 1;
    }
  }
  return tokens;
}

/**
 * Text in which some function needs a prefix holds its name and "(": where
 * this finds neither, FUNCTION_NAME would change nothing and is not run.
 */
const MAY_NEED_PREFIX = new RegExp(`(?:${Object.keys(PREFIXED_FUNCTIONS).map((name) => name.replace(/\./g, '\\.')).join('|')})\\(`, 'i');

const TRAILING_NAME = /[A-Za-z0-9_.\\\u00C0-\uFFFF]+$/;
const FUNCTION_NAME = /[A-Za-z_\\][A-Za-z0-9_.\\]*(?=\()/g;

export interface FormulaContext {
  /** The table whose data area holds the formula, which unqualified [Column] and [@Column] mean. */
  table?: string;
}

/** A layout formula (no leading "=") as the file must store it. */
export function toFileFormula(formula: string, context: FormulaContext = {}): string {
  const tokens = tokenize(formula);
  const out: string[] = [];
  tokens.forEach((token, i) => {
    if (token.kind === 'other') {
      out.push(
        MAY_NEED_PREFIX.test(token.text)
          ? token.text.replace(FUNCTION_NAME, (name) => `${PREFIXED_FUNCTIONS[name.toUpperCase()] ?? ''}${name}`)
          : token.text,
      );
      return;
    }
    if (token.kind !== 'bracket' || /^\[\d+\]$/.test(token.text)) {
      out.push(token.text);
      return;
    }
    const previous = tokens[i - 1];
    const qualified = previous?.kind === 'other' && TRAILING_NAME.test(previous.text);
    const inner = thisRowToFile(token.text.slice(1, -1));
    if (qualified) {
      out.push(`[${inner}]`);
    } else if (context.table) {
      out.push(`${context.table}[${inner}]`);
    } else {
      throw new Error(`structured reference ${token.text} outside a table in formula: ${formula}`);
    }
  });
  return out.join('');
}

/** "@Amount" → "[#This Row],[Amount]"; "@[A b]" → "[#This Row],[A b]"; "@" → "#This Row". */
function thisRowToFile(inner: string): string {
  if (!inner.startsWith('@')) return inner;
  const rest = inner.slice(1).trim();
  if (rest === '') return '#This Row';
  return rest.startsWith('[') ? `[#This Row],${rest}` : `[#This Row],[${rest}]`;
}

/**
 * A formula read from a file, written as Excel shows it (and office-js
 * returns it): without file prefixes, with [@Column] for this-row
 * references, and without the table's own name inside the table.
 */
export function fromFileFormula(formula: string, context: FormulaContext = {}): string {
  const tokens = tokenize(formula);
  const out: string[] = [];
  for (const token of tokens) {
    if (token.kind === 'other') {
      // Most formulas carry no prefix at all: skip the rewrite then.
      out.push(/_xl/i.test(token.text) ? token.text.replace(/(^|[^A-Za-z0-9_.\\])(?:_xl(?:fn|ws|pm)\.)+/gi, '$1') : token.text);
      continue;
    }
    if (token.kind !== 'bracket' || /^\[\d+\]$/.test(token.text)) {
      out.push(token.text);
      continue;
    }
    const last = out.length - 1;
    const previous = out[last];
    const qualifier = previous === undefined ? undefined : TRAILING_NAME.exec(previous)?.[0];
    if (qualifier !== undefined && context.table !== undefined && qualifier.toLowerCase() === context.table.toLowerCase()) {
      out[last] = (previous as string).slice(0, -qualifier.length);
    }
    out.push(`[${thisRowFromFile(token.text.slice(1, -1))}]`);
  }
  return out.join('');
}

function thisRowFromFile(inner: string): string {
  if (/^#this row$/i.test(inner)) return '@';
  const match = /^\[#this row\],\s*(.*)$/i.exec(inner);
  if (!match) return inner;
  const rest = match[1] as string;
  const single = /^\[((?:[^\]']|'.)*)\]$/.exec(rest);
  if (single) {
    const name = single[1] as string;
    return /^[\p{L}\p{N}_]+$/u.test(name) ? `@${name}` : `@[${name}]`;
  }
  return `@${rest}`;
}
