/**
 * Table structured references in the form Excel stores in a file
 * (`Table[[#This Row],[Column]]` rather than the `[@Column]` it shows), so the
 * same text works in a .xlsx, through office-js `formulas`, and in LibreOffice.
 * Column names are the localised headers.
 */

/** Inside a column specifier, [ ] # and ' are escaped with a leading '. */
export function escapeColumnName(header: string): string {
  return header.replace(/['[\]#]/g, "'$&");
}

// Headers with these characters must sit in their own brackets: Table[[A.B]].
const NEEDS_BRACKETS = /[\t\n\r,:.[\]#'"{}$^&*+=\-<>/]/;

/** The data cells of one column: `Goals[Tunnus]`. */
export function columnRef(table: string, header: string): string {
  const name = escapeColumnName(header);
  return NEEDS_BRACKETS.test(header) ? `${table}[[${name}]]` : `${table}[${name}]`;
}

/** The cell of one column on the formula's own row: `Goals[[#This Row],[Tunnus]]`. */
export function thisRowRef(table: string, header: string): string {
  return `${table}[[#This Row],[${escapeColumnName(header)}]]`;
}

/** Text inside a formula's double-quoted string literal. */
export function formulaString(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}
