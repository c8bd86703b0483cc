"""Saves an .xlsx with a password, as Calc's "Save with password" does.

usage: libreoffice-encrypt.py IN.xlsx OUT.xlsx PASSWORD

LibreOffice writes an encrypted Office Open XML file (an OLE compound file
holding EncryptionInfo and EncryptedPackage), as Excel does when a workbook
is encrypted with a password. soffice is started and stopped as in
libreoffice-insert-rows.py, whose helpers this script uses.
"""
import importlib.util
import os
import shutil
import sys
import tempfile
import traceback

import uno
from com.sun.star.beans import NamedValue

spec = importlib.util.spec_from_file_location('insert_rows', os.path.join(os.path.dirname(os.path.abspath(__file__)), 'libreoffice-insert-rows.py'))
office = importlib.util.module_from_spec(spec)
spec.loader.exec_module(office)


def main(argv):
    if len(argv) != 4:
        sys.stderr.write('usage: %s IN.xlsx OUT.xlsx PASSWORD\n' % argv[0])
        return 2
    source, target = (os.path.abspath(a) for a in argv[1:3])
    profile = tempfile.mkdtemp(prefix='plansheets-uno-profile-')
    process = desktop = doc = None
    try:
        process, desktop = office.start_office(profile)
        doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(source), '_blank', 0, (office.prop('Hidden', True),))
        if doc is None:
            raise RuntimeError('LibreOffice could not open %s' % source)
        # What Calc's password dialog hands the OOXML export: the password as "OOXPassword" encryption data.
        encryption = uno.Any('[]com.sun.star.beans.NamedValue', (NamedValue('OOXPassword', argv[3]),))
        args = (office.prop('FilterName', 'Calc MS Excel 2007 XML'), office.prop('Overwrite', True), office.prop('EncryptionData', None))
        args[2].Value = encryption
        uno.invoke(doc, 'storeToURL', (uno.systemPathToFileUrl(target), args))
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
            office.stop_office(process, desktop)
        shutil.rmtree(profile, ignore_errors=True)


if __name__ == '__main__':
    sys.exit(main(sys.argv))
