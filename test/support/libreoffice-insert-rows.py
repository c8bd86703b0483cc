#!/usr/bin/python3
"""Grows the tables of an .xlsx the way a person does it in LibreOffice Calc.

Run with Debian's python3, which has the UNO bridge (packages python3-uno and
libreoffice-calc-nogui):

    /usr/bin/python3 libreoffice-insert-rows.py IN.xlsx OUT.xlsx INSERTIONS.json REPORT.json

INSERTIONS.json is a list of insertions, applied in order:

    [{"sheet": "Kunnat", "table": "Municipalities", "at": "end",
      "values": {"Tunnus": "perho", "Asukasluku": 2700, "Väestöpäivä": {"date": "2024-12-31"}}}, ...]

- "table" is the Excel table's name (LibreOffice imports each table as a
  database range of that name, header row included); "sheet" must be the
  sheet it stands on.
- "at" says where the new row goes:
    "end"    a sheet row inserted above the table's last data row (Insert ▸
             Rows Above on the last row). LibreOffice 7.4 grows a database range
             only for rows inserted inside it: a row inserted directly below
             the last row stays outside the range, so this is how a row is
             added at the end of a table in LibreOffice. The new row is the
             last but one; the old last row moves down under it.
    "append" a sheet row inserted directly below the table, typed into, and the
             range then extended over it (XDatabaseRange.setDataArea, what
             Data ▸ Define Range does). This is what Excel does by itself when
             a person types in the row under a table (the table auto-expands).
    "middle" a sheet row inserted above the middle data row.
    "below"  a sheet row inserted directly below the table and typed into, and
             nothing more: LibreOffice leaves it outside the range (to show
             what becomes of a row added so in LibreOffice).
- "shift": "rows" (default) inserts whole sheet rows; "cells" inserts cells in
  the table's columns only and shifts them down (Insert ▸ Cells ▸ Shift cells
  down; in Excel, Insert ▸ Table Rows Above), for tables that stand side by
  side with another table.
- "values" are keyed by the table's header texts, as on the sheet. A number
  is entered as a number, a string as text, {"date": "YYYY-MM-DD"} as a date
  serial number (with a d.m.yyyy format unless the cell already shows dates),
  as typing 31.12.2024 in a Finnish Calc gives.

For each new row inside the table, every column left out of "values"
whose cell in the neighbouring data row (the row above, or below for a first
row) holds a formula gets that formula copied in with
XCellRangeMovement.copyRange, which adjusts relative references as a fill or
a paste does: what Excel does by itself for a table's calculated columns.
LibreOffice has no calculated columns, so without this the new row's derived
cells would stay empty.

Then everything is recalculated (calculateAll) and the workbook is saved as
.xlsx ("Calc MS Excel 2007 XML"). REPORT.json gets, per insertion, the
database range before and after (A1, header row included), the sheet row
typed into and the formulas copied, so a test can tell whether LibreOffice
grew the range.

soffice runs headless with a profile of its own in a temporary folder,
reached over a named pipe, in a process group of its own, which the script
prints first on stdout ("soffice process group: N") so that a caller who
times out can kill it too; it is terminated in every case, and killed with
its process group when it does not stop within 15 s.

Exit code 0 on success; 2 on bad arguments; 3 when python3 cannot import
uno; 1 on any other failure (the traceback on stderr).
"""

import datetime
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import traceback

try:
    import uno
    from com.sun.star.beans import PropertyValue
    from com.sun.star.table import CellAddress, CellRangeAddress
    from com.sun.star.sheet.CellInsertMode import DOWN as INSERT_DOWN
except ImportError as error:  # pragma: no cover - reported to the caller
    sys.stderr.write(
        'python3 cannot import uno (%s): install the Debian packages python3-uno and libreoffice-calc-nogui '
        'and run this script with /usr/bin/python3\n' % error
    )
    sys.exit(3)

CONNECT_SECONDS = 60


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def column_letters(index):
    """0-based column index to A1 letters."""
    letters = ''
    index += 1
    while index > 0:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def a1(area):
    return '%s%d:%s%d' % (column_letters(area.StartColumn), area.StartRow + 1, column_letters(area.EndColumn), area.EndRow + 1)


def start_office(profile):
    pipe = 'plansheets_insert_%d_%d' % (os.getpid(), int(time.time() * 1000))
    soffice = shutil.which('soffice') or shutil.which('libreoffice')
    if soffice is None:
        raise RuntimeError('LibreOffice is not installed: no soffice on PATH (install libreoffice-calc-nogui)')
    process = subprocess.Popen(
        [
            soffice,
            '--headless',
            '--invisible',
            '--norestore',
            '--nologo',
            '--nodefault',
            '--nolockcheck',
            '--accept=pipe,name=%s;urp;' % pipe,
            '-env:UserInstallation=' + uno.systemPathToFileUrl(profile),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    # For the caller: on a timeout it stops this process group as well as the script.
    print('soffice process group: %d' % process.pid, flush=True)
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext('com.sun.star.bridge.UnoUrlResolver', local)
    deadline = time.time() + CONNECT_SECONDS
    while True:
        try:
            context = resolver.resolve('uno:pipe,name=%s;urp;StarOffice.ComponentContext' % pipe)
            break
        except Exception:
            if process.poll() is not None:
                raise RuntimeError('soffice exited with code %s before it could be reached' % process.returncode)
            if time.time() > deadline:
                raise RuntimeError('soffice could not be reached over UNO within %d s' % CONNECT_SECONDS)
            time.sleep(0.1)
    desktop = context.ServiceManager.createInstanceWithContext('com.sun.star.frame.Desktop', context)
    return process, desktop


def stop_office(process, desktop):
    if desktop is not None:
        try:
            desktop.terminate()
        except Exception:
            pass  # the bridge goes away as soffice ends
    try:
        process.wait(15)
    except subprocess.TimeoutExpired:
        try:
            os.killpg(process.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        process.wait(5)


def date_serial(text):
    day = datetime.date.fromisoformat(text)
    return (day - datetime.date(1899, 12, 30)).days


def enter(doc, cell, value):
    """Types a value into a cell."""
    if isinstance(value, bool):
        raise ValueError('booleans are not typed into plan tables: %r' % value)
    if isinstance(value, (int, float)):
        cell.setValue(value)
    elif isinstance(value, str):
        cell.setString(value)
    elif isinstance(value, dict) and 'date' in value:
        cell.setValue(date_serial(value['date']))
        formats = doc.NumberFormats
        current = formats.getByKey(cell.NumberFormat)
        if 'd' not in current.FormatString.lower() or 'y' not in current.FormatString.lower():
            locale = uno.createUnoStruct('com.sun.star.lang.Locale')
            key = formats.queryKey('D.M.YYYY', locale, False)
            if key == -1:
                key = formats.addNew('D.M.YYYY', locale)
            cell.NumberFormat = key
    elif value is None:
        cell.setString('')
    else:
        raise ValueError('cannot type %r' % (value,))


def insert(doc, insertion):
    sheet_name, table_name, at = insertion['sheet'], insertion['table'], insertion.get('at', 'end')
    shift = insertion.get('shift', 'rows')
    values = dict(insertion.get('values', {}))
    ranges = doc.DatabaseRanges
    if not ranges.hasByName(table_name):
        raise ValueError('no database range (table) %s; there are: %s' % (table_name, ', '.join(ranges.ElementNames)))
    database_range = ranges.getByName(table_name)
    area = database_range.DataArea
    sheet = doc.Sheets.getByName(sheet_name)
    if doc.Sheets.ElementNames.index(sheet_name) != area.Sheet:
        raise ValueError('table %s is not on sheet %s' % (table_name, sheet_name))
    before = a1(area)
    header_row, first, last = area.StartRow, area.StartRow + 1, area.EndRow
    if last < first:
        raise ValueError('table %s has no data row' % table_name)
    headers = [sheet.getCellByPosition(c, header_row).getString() for c in range(area.StartColumn, area.EndColumn + 1)]
    unknown = [h for h in values if h not in headers]
    if unknown:
        raise ValueError('table %s has no column %s (its headers: %s)' % (table_name, ', '.join(unknown), ', '.join(headers)))

    if at == 'end':
        row = last
    elif at == 'middle':
        row = first + (last - first + 1) // 2
    elif at in ('append', 'below'):
        row = last + 1
    else:
        raise ValueError('"at" must be end, middle, append or below, not %r' % at)

    if shift == 'rows':
        sheet.Rows.insertByIndex(row, 1)
    elif shift == 'cells':
        target = CellRangeAddress()
        target.Sheet, target.StartColumn, target.EndColumn = area.Sheet, area.StartColumn, area.EndColumn
        target.StartRow = target.EndRow = row
        sheet.insertCells(target, INSERT_DOWN)
    else:
        raise ValueError('"shift" must be rows or cells, not %r' % shift)

    if at == 'append':
        grown = database_range.DataArea
        grown.EndRow = row
        database_range.setDataArea(grown)

    area = database_range.DataArea
    # The data row next to the new one, for its formulas: the one above, or the one below for a first row.
    source = row - 1 if row - 1 > area.StartRow else row + 1
    copied = []
    for offset, header in enumerate(headers):
        column = area.StartColumn + offset
        cell = sheet.getCellByPosition(column, row)
        if header in values:
            enter(doc, cell, values[header])
            continue
        neighbour = sheet.getCellByPosition(column, source)
        # Only a row inside the table has the table's calculated columns.
        inside = area.StartRow < row <= area.EndRow and area.StartRow < source <= area.EndRow
        if inside and neighbour.getFormula().startswith('='):
            from_address = CellRangeAddress()
            from_address.Sheet = area.Sheet
            from_address.StartColumn = from_address.EndColumn = column
            from_address.StartRow = from_address.EndRow = source
            to_address = CellAddress()
            to_address.Sheet, to_address.Column, to_address.Row = area.Sheet, column, row
            sheet.copyRange(to_address, from_address)
            copied.append({'column': header, 'formula': cell.getFormula()})
    return {
        'sheet': sheet_name,
        'table': table_name,
        'at': at,
        'shift': shift,
        'rangeBefore': before,
        'rangeAfter': a1(database_range.DataArea),
        'row': row + 1,
        'copiedFormulas': copied,
    }


def main(argv):
    if len(argv) != 5:
        sys.stderr.write('usage: %s IN.xlsx OUT.xlsx INSERTIONS.json REPORT.json\n' % argv[0])
        return 2
    source, target, insertions_path, report_path = (os.path.abspath(a) for a in argv[1:])
    with open(insertions_path, encoding='utf-8') as f:
        insertions = json.load(f)
    profile = tempfile.mkdtemp(prefix='plansheets-uno-profile-')
    process = desktop = doc = None
    try:
        process, desktop = start_office(profile)
        doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(source), '_blank', 0, (prop('Hidden', True),))
        if doc is None:
            raise RuntimeError('LibreOffice could not open %s' % source)
        report = [insert(doc, insertion) for insertion in insertions]
        doc.calculateAll()
        doc.storeToURL(uno.systemPathToFileUrl(target), (prop('FilterName', 'Calc MS Excel 2007 XML'), prop('Overwrite', True)))
        with open(report_path, 'w', encoding='utf-8') as f:
            json.dump(report, f, ensure_ascii=False, indent=2)
        return 0
    except Exception:
        sys.stderr.write(traceback.format_exc())
        return 1
    finally:
        if doc is not None:
            try:
                doc.close(True)
            except Exception:
                pass
        if process is not None:
            stop_office(process, desktop)
        shutil.rmtree(profile, ignore_errors=True)


if __name__ == '__main__':
    sys.exit(main(sys.argv))
