/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { screen, waitFor } from '@testing-library/react';
import { chooseAppendices, layOutPlan, openPlanFile, readWorkbookGrid } from '../../src/app';
import { gridFromLayout } from '../../src/layout/layout-grid';
import { examplePlan, FakeLiveWorkbook, recognisedWorkbook, type FakeOptions } from './support/fake-live-workbook';
import { renderPane } from './support/render-pane';

interface Download {
  name: string;
  blob: Blob;
}

function readBlob(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(blob);
  });
}

/** Captures what the pane downloads: jsdom has no object URLs and does not navigate. */
function captureDownloads(): Download[] {
  const downloads: Download[] = [];
  const blobs = new Map<string, Blob>();
  let n = 0;
  Object.defineProperty(URL, 'createObjectURL', {
    configurable: true,
    writable: true,
    value: (blob: Blob) => {
      const url = `blob:plansheets/${++n}`;
      blobs.set(url, blob);
      return url;
    },
  });
  Object.defineProperty(URL, 'revokeObjectURL', { configurable: true, writable: true, value: () => {} });
  jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    downloads.push({ name: this.download, blob: blobs.get(this.href)! });
  });
  return downloads;
}

async function openExport(options: FakeOptions, loadExample = false) {
  const live = new FakeLiveWorkbook(options);
  const rendered = renderPane(live);
  if (loadExample) await rendered.user.click(await screen.findByRole('button', { name: 'Lataa Kaustisen esimerkki' }));
  else await screen.findByRole('region', { name: 'PlanSheets-työkirja' });
  await rendered.user.click(screen.getByRole('tab', { name: 'Vienti' }));
  await screen.findByRole('heading', { name: 'Liitteet ja vienti' });
  return rendered;
}

afterEach(() => jest.restoreAllMocks());

describe('Export', () => {
  it('downloads the plan as plan.json that opens back to the same plan', async () => {
    const downloads = captureDownloads();
    const { user } = await openExport({ marker: null }, true);
    await user.click(screen.getByRole('button', { name: 'Lataa suunnitelma JSON-tiedostona' }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    expect(downloads[0]!.name).toBe('plan.json');
    expect(downloads[0]!.blob.type).toBe('application/json');
    const text = await readBlob(downloads[0]!.blob);
    expect(text).toContain('\n  "schemaVersion": 1,');
    const opened = openPlanFile(text);
    expect(opened.ok && opened.plan).toEqual(examplePlan());
    expect(screen.getByText('Suunnitelma ladattiin tiedostoon plan.json.')).toBeInTheDocument();
  });

  it('from a workbook, downloads the plan the workbook holds now', async () => {
    const downloads = captureDownloads();
    const options = recognisedWorkbook();
    const { user, live } = await openExport(options);
    await user.click(screen.getByRole('button', { name: 'Lataa suunnitelma JSON-tiedostona' }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    const reading = readWorkbookGrid(gridFromLayout(layOutPlan(examplePlan()).layout));
    if (!reading.ok) throw new Error('the example should read back');
    const opened = openPlanFile(await readBlob(downloads[0]!.blob));
    expect(opened.ok && opened.plan).toEqual(reading.plan);
    expect(live.callsOf('readGrid').length).toBe(2);
  });

  it('makes the council appendices print-ready, then undoes it', async () => {
    const { user, live } = await openExport(recognisedWorkbook());
    await user.click(screen.getByRole('button', { name: 'Valmistele liitteet tulostusta varten' }));
    const names = layOutPlan(examplePlan()).layout.sheets.filter((s) => !s.hidden).map((s) => s.name);
    const choice = chooseAppendices(names, undefined);
    if (!choice.ok) throw new Error('appendices should be found');
    expect(choice.sheets.length).toBeGreaterThan(0);
    await waitFor(() => expect(live.callsOf('prepareAppendices').map((c) => c.args[0])).toEqual([choice.sheets]));
    expect(await screen.findByText(`Näkyvissä ovat vain liitteet: ${choice.sheets.join(', ')}. Tulosta ne Excelin Tulosta-toiminnolla.`)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Valmistele liitteet tulostusta varten' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Palauta taulukot ennalleen' }));
    await waitFor(() => expect(live.callsOf('undo')).toHaveLength(1));
    expect(await screen.findByText('Taulukoiden näkyvyys palautettiin.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Valmistele liitteet tulostusta varten' })).toBeEnabled();
  });

  it('downloads the prepared appendices as liitteet.pdf where the platform can', async () => {
    const downloads = captureDownloads();
    const { user, live } = await openExport(recognisedWorkbook());
    expect(screen.getByRole('button', { name: 'Lataa liitteet PDF-tiedostona' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Valmistele liitteet tulostusta varten' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Lataa liitteet PDF-tiedostona' })).toBeEnabled());
    await user.click(screen.getByRole('button', { name: 'Lataa liitteet PDF-tiedostona' }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    expect(downloads[0]!.name).toBe('liitteet.pdf');
    expect(downloads[0]!.blob.type).toBe('application/pdf');
    expect(live.callsOf('exportPdf')).toHaveLength(1);
  });

  it.each([
    ['capabilities lack pdf', { missing: [{ feature: 'pdf' as const, set: 'ExcelApi 1.99' }] }],
    ['exportPdf gives nothing', { pdf: null }],
  ])('says printing works where no PDF can be made (%s)', async (_, extra) => {
    const { user, live } = await openExport({ ...recognisedWorkbook(), ...extra });
    const sentence = 'Tässä Excelissä PlanSheets ei voi tehdä PDF-tiedostoa. Valmistellut liitteet voi tulostaa Excelin Tulosta-toiminnolla.';
    if ('pdf' in extra) {
      await user.click(screen.getByRole('button', { name: 'Valmistele liitteet tulostusta varten' }));
      await waitFor(() => expect(screen.getByRole('button', { name: 'Lataa liitteet PDF-tiedostona' })).toBeEnabled());
      await user.click(screen.getByRole('button', { name: 'Lataa liitteet PDF-tiedostona' }));
      expect(live.callsOf('exportPdf')).toHaveLength(1);
    } else {
      expect(live.callsOf('exportPdf')).toHaveLength(0);
    }
    expect(await screen.findByText(sentence)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Lataa liitteet PDF-tiedostona' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Lataa suunnitelma JSON-tiedostona' })).toBeEnabled();
  });

  it('a plan not yet in the workbook has no appendices to prepare, but downloads as JSON', async () => {
    await openExport({ marker: null }, true);
    expect(screen.getByText('Työkirjassa ei ole liitteiksi tulostettavia taulukoita. Luo työkirja ensin.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Valmistele liitteet tulostusta varten' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Lataa suunnitelma JSON-tiedostona' })).toBeEnabled();
  });
});
