// The browser preview: the production task pane running against the strict
// fake Excel host, beside a grid view of the fake workbook.
//
// Order matters. install-fake-host creates the host and puts the fake
// `Office`/`Excel` globals on window; only then does the pane's own bootstrap
// (src/taskpane/index.tsx, the very module taskpane.html runs in Excel) start,
// find Office, wait for Office.onReady and render the App into #root.
import { host, options } from './install-fake-host';
import '../taskpane/index';
import { createRoot } from 'react-dom/client';
import { paneLanguage } from '../taskpane/display-language';
import { GridView } from './GridView';

// The grid speaks the pane's language, chosen as the pane chooses it.
const language = paneLanguage(options.displayLanguage);

const status = document.getElementById('preview-status');
if (status) {
  const parts = [`Office ${options.displayLanguage}`, `locale ${options.locale}`, `ExcelApi ${options.profile}`];
  if (options.ignored.length > 0) parts.push(`ignored: ${options.ignored.join(', ')}`);
  status.textContent = parts.join(' · ');
}

const gridContainer = document.getElementById('grid');
if (!gridContainer) throw new Error('preview.html has no element with id "grid"');
createRoot(gridContainer).render(<GridView host={host} language={language} />);
