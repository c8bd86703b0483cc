/**
 * Rewrites sheet-qualified references inside formula text, as Excel does when
 * a sheet is renamed (the reference follows the sheet) or deleted (the
 * reference becomes #REF!). String literals are left alone.
 *
 * ASSUMPTIONS / LIMITS: 3-D references (Sheet1:Sheet3!A1), external
 * workbook references and structured references to tables on a deleted sheet
 * are not rewritten.
 */
import { quoteSheetName } from './a1-address';

type Rewrite = (sheetName: string) => { replaceWith: string; keepReference: boolean } | undefined;

const identifierChar = /[A-Za-z0-9_.\u00C0-\u024F]/;
const referenceChar = /[$A-Za-z0-9_.:\u00C0-\u024F]/;

function rewriteSheetReferences(formula: string, rewrite: Rewrite): string {
  let out = '';
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i] ?? '';
    if (ch === '"') {
      // Copy a string literal verbatim; "" inside is an escaped quote.
      let j = i + 1;
      while (j < formula.length) {
        if (formula[j] === '"') {
          if (formula[j + 1] === '"') j += 2;
          else break;
        } else j++;
      }
      out += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    const prev = i === 0 ? '' : (formula[i - 1] ?? '');
    const atTokenStart = prev === '' || !(identifierChar.test(prev) || prev === '#' || prev === "'" || prev === ']' || prev === '[');
    let sheetName: string | undefined;
    let afterBang = -1;
    if (ch === "'" && atTokenStart) {
      let j = i + 1;
      let name = '';
      while (j < formula.length) {
        if (formula[j] === "'") {
          if (formula[j + 1] === "'") {
            name += "'";
            j += 2;
            continue;
          }
          break;
        }
        name += formula[j];
        j++;
      }
      if (formula[j] === "'" && formula[j + 1] === '!') {
        sheetName = name;
        afterBang = j + 2;
      }
    } else if (identifierChar.test(ch) && atTokenStart) {
      let j = i;
      while (j < formula.length && identifierChar.test(formula[j] ?? '')) j++;
      if (formula[j] === '!') {
        sheetName = formula.slice(i, j);
        afterBang = j + 1;
      }
    }
    if (sheetName !== undefined) {
      let end = afterBang;
      while (end < formula.length && referenceChar.test(formula[end] ?? '')) end++;
      const decision = rewrite(sheetName);
      if (decision) {
        out += decision.keepReference ? `${decision.replaceWith}!${formula.slice(afterBang, end)}` : decision.replaceWith;
        i = end;
        continue;
      }
      out += formula.slice(i, end);
      i = end;
      continue;
    }
    out += ch;
    i++;
  }
  return out;
}

/** References to `oldName` now name `newName` (quoted when Excel would quote it). */
export function renameSheetInFormula(formula: string, oldName: string, newName: string): string {
  const old = oldName.toLowerCase();
  return rewriteSheetReferences(formula, (name) =>
    name.toLowerCase() === old ? { replaceWith: quoteSheetName(newName), keepReference: true } : undefined,
  );
}

/** References to the deleted sheet become #REF! (e.g. "=Kunnat!B2*2" becomes "=#REF!*2"). */
export function deleteSheetInFormula(formula: string, deletedName: string): string {
  const gone = deletedName.toLowerCase();
  return rewriteSheetReferences(formula, (name) => (name.toLowerCase() === gone ? { replaceWith: '#REF!', keepReference: false } : undefined));
}

/** True when the formula names the sheet in a sheet-qualified reference. */
export function formulaRefersToSheet(formula: string, sheetName: string): boolean {
  let found = false;
  const wanted = sheetName.toLowerCase();
  rewriteSheetReferences(formula, (name) => {
    if (name.toLowerCase() === wanted) found = true;
    return undefined;
  });
  return found;
}
