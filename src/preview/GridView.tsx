/**
 * A plain view of the fake workbook: its sheet tabs in order (hidden sheets
 * marked), and one sheet's cells as a table with row numbers and column
 * letters; values shown, formulas in italics (the fake host does not
 * calculate), the selection highlighted, tables outlined. It follows the
 * host: after every sync (watched through host.syncCount) it takes a new
 * snapshot, and shows the active sheet whenever that changes.
 */
import { useEffect, useMemo, useRef, useState, type CSSProperties } from 'react';
import { UNCALCULATED, type CellSnapshot, type FakeExcelHost, type SheetSnapshot, type WorkbookSnapshot } from '../excel/fake-host';
import { columnIndex, columnLetters, parseRect, type Rect } from './a1';

/** The grid draws at most this much of a sheet, and says when there is more. */
export const MAX_ROWS = 600;
export const MAX_COLUMNS = 60;

const WHOLE_COLUMN_ROWS = 1_048_576;
const WHOLE_ROW_COLUMNS = 16_384;
const MIN_ROWS = 40;
const MIN_COLUMNS = 12;
const POLL_MS = 150;

export interface GridViewProps {
  host: FakeExcelHost;
  language: 'fi' | 'en' | 'sv';
}

interface Watched {
  syncCount: number;
  snapshot: WorkbookSnapshot;
}

/** A new snapshot after each sync the host counts. The host has no listener, so this polls the counter (cheap) and snapshots only on change. */
function useHostSnapshot(host: FakeExcelHost): Watched {
  const [watched, setWatched] = useState<Watched>(() => ({ syncCount: host.syncCount, snapshot: host.snapshot() }));
  useEffect(() => {
    let seen = host.syncCount;
    const timer = window.setInterval(() => {
      if (host.syncCount === seen) return;
      seen = host.syncCount;
      setWatched({ syncCount: seen, snapshot: host.snapshot() });
    }, POLL_MS);
    return () => window.clearInterval(timer);
  }, [host]);
  return watched;
}

const inside = (rect: Rect, row: number, column: number) =>
  row >= rect.row && row < rect.row + rect.rowCount && column >= rect.column && column < rect.column + rect.columnCount;

const TEXT = {
  fi: {
    workbook: 'Työkirja (valekäyttöliittymä)',
    hidden: 'piilotettu',
    veryHidden: 'erittäin piilotettu',
    more: (rows: number, columns: number) => `Näytetään ${MAX_ROWS} × ${MAX_COLUMNS} solua; taulukossa on ${rows} riviä ja ${columns} saraketta.`,
    legend: 'Kaavat näkyvät kursiivilla kaavana: valehost ei laske, eikä asettelu kanna kaavojen tuloksia. Viemällä hiiren solun päälle näkee kaavan ja lukumuotoilun. Valinta on korostettu, taulukot (Excel-taulukot) kehystetty.',
    syncs: (n: number) => `synkronointeja ${n}`,
  },
  en: {
    workbook: 'Workbook (fake Excel host)',
    hidden: 'hidden',
    veryHidden: 'very hidden',
    more: (rows: number, columns: number) => `Showing ${MAX_ROWS} × ${MAX_COLUMNS} cells of a sheet of ${rows} rows and ${columns} columns.`,
    legend: 'Formulas are shown as their text, in italics: the fake host does not calculate and the layout carries no results for formula cells. Hover a cell for its formula and number format. The selection is highlighted, tables (Excel tables) are outlined.',
    syncs: (n: number) => `${n} syncs`,
  },
  sv: {
    workbook: 'Arbetsbok (låtsas-Excel)',
    hidden: 'dold',
    veryHidden: 'mycket dold',
    more: (rows: number, columns: number) => `Visar ${MAX_ROWS} × ${MAX_COLUMNS} celler av ett blad med ${rows} rader och ${columns} kolumner.`,
    legend: 'Formler visas som text i kursiv: låtsasvärden beräknar inte och layouten bär inga resultat. Håll muspekaren över en cell för formel och talformat. Markeringen är framhävd, tabeller inramade.',
    syncs: (n: number) => `${n} synkroniseringar`,
  },
} as const;

function formulaText(formula: string): string {
  return formula.startsWith('=') ? formula : `=${formula}`;
}

function shownValue(cell: CellSnapshot, locale: string): string {
  if (cell.formula !== undefined && cell.value === UNCALCULATED) return formulaText(cell.formula);
  const { value } = cell;
  if (typeof value === 'number') {
    if (cell.numberFormat?.includes('%')) return `${(value * 100).toLocaleString(locale, { maximumFractionDigits: 2 })} %`;
    return value.toLocaleString(locale, { maximumFractionDigits: 6 });
  }
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return value;
}

function cellTitle(address: string, cell: CellSnapshot | undefined): string {
  if (!cell) return address;
  const parts = [address];
  if (cell.formula !== undefined) parts.push(formulaText(cell.formula));
  else parts.push(String(cell.value));
  if (cell.numberFormat) parts.push(`[${cell.numberFormat}]`);
  return parts.join('  ');
}

interface TableOnSheet {
  name: string;
  rect: Rect;
}

function extent(sheet: SheetSnapshot, tables: TableOnSheet[]): { rows: number; columns: number } {
  let rows = 0;
  let columns = 0;
  const grow = (rect: Rect | undefined) => {
    // Whole rows or columns (a selection of column A, say) do not stretch the grid.
    if (!rect || rect.rowCount >= WHOLE_COLUMN_ROWS || rect.columnCount >= WHOLE_ROW_COLUMNS) return;
    rows = Math.max(rows, rect.row + rect.rowCount);
    columns = Math.max(columns, rect.column + rect.columnCount);
  };
  for (const address of Object.keys(sheet.cells)) grow(parseRect(address));
  for (const table of tables) grow(table.rect);
  for (const merge of sheet.merges) grow(parseRect(merge));
  grow(parseRect(sheet.selection));
  return { rows, columns };
}

function SheetGrid({ sheet, tables, locale, language }: { sheet: SheetSnapshot; tables: TableOnSheet[]; locale: string; language: GridViewProps['language'] }) {
  const text = TEXT[language];
  const full = extent(sheet, tables);
  // At least a screenful of empty cells, as a spreadsheet shows.
  const rows = Math.min(Math.max(full.rows + 2, MIN_ROWS), MAX_ROWS);
  const columns = Math.min(Math.max(full.columns + 1, MIN_COLUMNS), MAX_COLUMNS);
  const selection = parseRect(sheet.selection);
  const selectedRef = useRef<HTMLTableCellElement | null>(null);

  const merges = useMemo(() => sheet.merges.map((m) => parseRect(m)).filter((r): r is Rect => r !== undefined), [sheet.merges]);
  const hiddenColumns = new Set(sheet.hiddenColumns.map(columnIndex));
  const hiddenRows = new Set(sheet.hiddenRows.map((r) => r - 1));

  useEffect(() => {
    selectedRef.current?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [sheet.name, sheet.selection]);

  const header = [];
  for (let c = 0; c < columns; c += 1) {
    const letters = columnLetters(c);
    const points = sheet.columnWidths[letters];
    const width = points === undefined ? 64 : Math.max(24, Math.min(360, Math.round((points * 4) / 3)));
    header.push(
      <th key={c} scope="col" className={hiddenColumns.has(c) ? 'hidden-line' : undefined} style={{ minWidth: width, maxWidth: width, width }}>
        {letters}
      </th>,
    );
  }

  const body = [];
  for (let r = 0; r < rows; r += 1) {
    const cells = [];
    for (let c = 0; c < columns; c += 1) {
      const merge = merges.find((m) => inside(m, r, c));
      if (merge && (merge.row !== r || merge.column !== c)) continue;
      const address = `${columnLetters(c)}${r + 1}`;
      const cell = sheet.cells[address];
      const classes = ['cell'];
      if (cell?.formula !== undefined && cell.value === UNCALCULATED) classes.push('formula');
      if (typeof cell?.value === 'number') classes.push('number');
      if (selection && inside(selection, r, c)) classes.push('selected');
      if (hiddenColumns.has(c) || hiddenRows.has(r)) classes.push('hidden-line');
      const table = tables.find((t) => inside(t.rect, r, c));
      if (table) {
        classes.push('in-table');
        if (r === table.rect.row) classes.push('table-top', 'table-header');
        if (r === table.rect.row + table.rect.rowCount - 1) classes.push('table-bottom');
        if (c === table.rect.column) classes.push('table-left');
        if (c === table.rect.column + table.rect.columnCount - 1) classes.push('table-right');
      }
      const format = cell?.format;
      const style: CSSProperties = {};
      if (format?.fillColor) style.backgroundColor = format.fillColor;
      if (format?.fontColor) style.color = format.fontColor;
      if (format?.fontBold) style.fontWeight = 600;
      if (format?.wrapText) style.whiteSpace = 'pre-wrap';
      const isSelectedAnchor = selection !== undefined && selection.row === r && selection.column === c;
      cells.push(
        <td
          key={c}
          className={classes.join(' ')}
          style={style}
          title={cellTitle(address, cell) + (table && r === table.rect.row ? `  (${table.name})` : '')}
          data-cell={address}
          aria-selected={selection !== undefined && inside(selection, r, c)}
          colSpan={merge ? Math.min(merge.columnCount, columns - c) : undefined}
          rowSpan={merge ? Math.min(merge.rowCount, rows - r) : undefined}
          ref={isSelectedAnchor ? selectedRef : undefined}
        >
          {cell ? shownValue(cell, locale) : ''}
        </td>,
      );
    }
    body.push(
      <tr key={r} className={hiddenRows.has(r) ? 'hidden-line' : undefined}>
        <th scope="row">{r + 1}</th>
        {cells}
      </tr>,
    );
  }

  return (
    <>
      {full.rows > MAX_ROWS || full.columns > MAX_COLUMNS ? <p className="grid-note">{text.more(full.rows, full.columns)}</p> : null}
      <div className="grid-scroll" role="region" aria-label={sheet.name} tabIndex={0}>
        <table className="grid" data-sheet={sheet.name} aria-label={sheet.name}>
          <thead>
            <tr>
              <th className="corner" aria-hidden="true" />
              {header}
            </tr>
          </thead>
          <tbody>{body}</tbody>
        </table>
      </div>
    </>
  );
}

export function GridView({ host, language }: GridViewProps) {
  const text = TEXT[language];
  const { snapshot, syncCount } = useHostSnapshot(host);
  const [shown, setShown] = useState<{ sheet: string; forActive: string | null } | null>(null);

  // Show the sheet the person picked, until the workbook's active sheet changes.
  const active = snapshot.activeSheet;
  const picked = shown && shown.forActive === active ? shown.sheet : null;
  const sheetName = picked ?? active ?? snapshot.sheets[0]?.name ?? null;
  const sheet = snapshot.sheets.find((s) => s.name === sheetName) ?? snapshot.sheets[0];
  const tables: TableOnSheet[] = snapshot.tables
    .filter((t) => t.sheet === sheet?.name)
    .flatMap((t) => {
      const rect = parseRect(t.ref);
      return rect ? [{ name: t.name, rect }] : [];
    });

  const sheets = [...snapshot.sheets].sort((a, b) => a.position - b.position);
  return (
    <section className="workbook" aria-label={text.workbook}>
      <header className="workbook-bar">
        <h2>{text.workbook}</h2>
        <span className="sync-count" data-sync-count={syncCount}>
          {text.syncs(syncCount)}
        </span>
        {snapshot.selection ? (
          <span className="selection" data-selection={`${snapshot.selection.sheet}!${snapshot.selection.address}`}>
            {snapshot.selection.sheet}!{snapshot.selection.address}
          </span>
        ) : null}
      </header>
      <div className="sheet-area">{sheet ? <SheetGrid sheet={sheet} tables={tables} locale={host.locale} language={language} /> : null}</div>
      <nav className="sheet-tabs" aria-label={text.workbook}>
        {sheets.map((s) => {
          const hidden = s.visibility !== 'Visible';
          const mark = s.visibility === 'VeryHidden' ? text.veryHidden : text.hidden;
          return (
            <button
              key={s.name}
              type="button"
              className={['sheet-tab', s.name === sheet?.name ? 'current' : '', s.name === active ? 'active' : '', hidden ? 'hidden' : ''].join(' ')}
              style={s.tabColor && s.tabColor !== 'None' && s.tabColor !== '' ? { borderTopColor: s.tabColor } : undefined}
              aria-current={s.name === sheet?.name ? 'page' : undefined}
              data-sheet-tab={s.name}
              onClick={() => setShown({ sheet: s.name, forActive: active })}
              title={hidden ? `${s.name} (${mark})` : s.name}
            >
              {s.name}
              {hidden ? <span className="hidden-mark"> ({mark})</span> : null}
            </button>
          );
        })}
      </nav>
      <p className="legend">{text.legend}</p>
    </section>
  );
}
