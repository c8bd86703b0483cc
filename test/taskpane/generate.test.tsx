/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { screen, waitFor, within } from '@testing-library/react';
import { layOutPlan } from '../../src/app';
import type { GenerationProgress } from '../../src/excel/live-workbook';
import { gridFromLayout } from '../../src/layout/layout-grid';
import { progressValue } from '../../src/taskpane/use-generation';
import { deferred, examplePlan, FakeLiveWorkbook, recognisedWorkbook } from './support/fake-live-workbook';
import { shimLayout } from './support/layout-shim';
import { renderPane } from './support/render-pane';

async function loadExample(live: FakeLiveWorkbook) {
  const rendered = renderPane(live);
  await rendered.user.click(await screen.findByRole('button', { name: 'Lataa Kaustisen esimerkki' }));
  return rendered;
}

describe('progress', () => {
  it.each([
    [{ step: 'read', done: 0, total: 1 }, 0],
    [{ step: 'compute', done: 1, total: 1 }, 0.2],
    [{ step: 'write', done: 1, total: 4 }, 0.4],
    [{ step: 'write', done: 4, total: 4 }, 1],
  ] as Array<[GenerationProgress, number]>)('%j is %d of the bar', (progress, value) => {
    expect(progressValue(progress)).toBeCloseTo(value);
  });
});

describe('Generate', () => {
  // Fluent's modal dialog hides everything tabster takes for invisible; give jsdom a layout.
  let restore: () => void;
  beforeEach(() => {
    restore = shimLayout();
  });
  afterEach(() => restore());

  it('writes the example’s layout with a determinate progress bar, then sums up', async () => {
    const hold = deferred();
    const live = new FakeLiveWorkbook({ marker: null, chunks: 4, hold: hold.promise });
    const { user } = await loadExample(live);
    const button = screen.getByRole('button', { name: 'Luo työkirja' });
    await user.click(button);

    const bar = await screen.findByRole('progressbar');
    await waitFor(() => expect(screen.getByText('Kirjoitetaan osaa 4/4…')).toBeInTheDocument());
    expect(bar).toHaveAttribute('aria-valuenow', '1');
    expect(bar).toHaveAttribute('aria-valuemax', '1');
    expect(screen.getByRole('button', { name: 'Luo työkirja' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Luo työkirja' }));
    expect(live.callsOf('generate')).toHaveLength(1);

    hold.resolve();
    const summary = await screen.findByText('Työkirja on luotu');
    const bar2 = summary.closest('.fui-MessageBar') as HTMLElement;
    const laidOut = layOutPlan(examplePlan());
    const count = (s: string) => laidOut.findings.filter((f) => f.severity === s).length;
    expect(within(bar2).getByText(`Taulukoita kirjoitettu: ${laidOut.layout.sheets.length}`)).toBeInTheDocument();
    expect(within(bar2).getByText('Excel-synkronointeja: 6')).toBeInTheDocument();
    expect(
      within(bar2).getByText(`Havainnot: virheitä ${count('error')}, varoituksia ${count('warning')}, huomautuksia ${count('info')}`),
    ).toBeInTheDocument();
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();

    const written = live.generated[0]!;
    expect(written.layout.sheets.map((s) => s.name)).toEqual(laidOut.layout.sheets.map((s) => s.name));
    // The pane now shows the workbook it wrote, which can be refreshed.
    expect(await screen.findByRole('region', { name: 'PlanSheets-työkirja' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Päivitä työkirja' })).toBeEnabled();
  });

  it('refreshes a recognised workbook by reading it back and rebuilding it', async () => {
    const plan = examplePlan();
    const live = new FakeLiveWorkbook(recognisedWorkbook(plan));
    const { user } = renderPane(live);
    await user.click(await screen.findByRole('button', { name: 'Päivitä työkirja' }));
    expect(await screen.findByText('Työkirja on luotu')).toBeInTheDocument();
    expect(live.callsOf('changedDerivedSheets')).toHaveLength(1);
    expect(live.generated[0]!.layout.sheets.map((s) => s.name)).toEqual(layOutPlan(plan).layout.sheets.map((s) => s.name));
  });

  it('over an edited workbook asks first, and Cancel writes nothing', async () => {
    const live = new FakeLiveWorkbook({ ...recognisedWorkbook(), changed: ['Kuntaosuudet', 'Yhteenveto'] });
    const { user } = renderPane(live);
    await user.click(await screen.findByRole('button', { name: 'Päivitä työkirja' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Laskettuja taulukoita on muutettu' });
    expect(within(dialog).getByText('Kuntaosuudet')).toBeInTheDocument();
    expect(within(dialog).getByText('Yhteenveto')).toBeInTheDocument();
    expect(within(dialog).getByText(/”Kuntaosuudet \(muokattu\)”/)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Peruuta' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    expect(screen.getByText('Peruutettu: työkirjaan ei kirjoitettu mitään.')).toBeInTheDocument();
    expect(live.callsOf('generate')).toHaveLength(0);
    // Fluent's focus manager lifts the modal's aria-hidden from the pane within 250 ms.
    await waitFor(() => expect(screen.getByRole('button', { name: 'Päivitä työkirja' })).toBeEnabled(), { timeout: 1000 });
  });

  it('over an edited workbook, OK copies the sheet aside and says so', async () => {
    const live = new FakeLiveWorkbook({ ...recognisedWorkbook(), changed: ['Kuntaosuudet'] });
    const { user } = renderPane(live);
    await user.click(await screen.findByRole('button', { name: 'Päivitä työkirja' }));
    const dialog = await screen.findByRole('alertdialog');
    await user.click(within(dialog).getByRole('button', { name: 'Kopioi talteen ja päivitä' }));
    expect(await screen.findByText('Taulukko Kuntaosuudet kopioitiin talteen nimellä Kuntaosuudet (muokattu) ennen kuin se kirjoitettiin uudelleen.')).toBeInTheDocument();
    expect(live.callsOf('generate')).toHaveLength(1);
  });

  it('a failure shows a MessageBar with the error’s sentence and the pane stays usable', async () => {
    const live = new FakeLiveWorkbook({ marker: null, chunks: 4, failWith: new Error('Excel ei vastannut ajoissa.') });
    const { user } = await loadExample(live);
    await user.click(screen.getByRole('button', { name: 'Luo työkirja' }));
    const title = await screen.findByText('Luonti epäonnistui');
    const bar = title.closest('.fui-MessageBar') as HTMLElement;
    expect(bar).toHaveTextContent('Excel ei vastannut ajoissa.');
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    const again = screen.getByRole('button', { name: 'Luo työkirja' });
    expect(again).toBeEnabled();
    await user.click(screen.getByRole('tab', { name: 'Kuntaosuudet' }));
    expect(await screen.findByRole('heading', { name: 'Kuntaosuudet 2026' })).toBeInTheDocument();
  });

  it('a refresh that would lose typed values is refused, the problems shown at their cells, nothing written', async () => {
    const plan = examplePlan();
    const grid = gridFromLayout(layOutPlan(plan).layout);
    const municipalities = grid.sheets.find((s) => s.name === 'Kunnat')!;
    const populationCell = Object.entries(municipalities.cells).find(([, cell]) => cell.value === 985)![0];
    municipalities.cells[populationCell] = { value: 'paljon' };
    const live = new FakeLiveWorkbook({ ...recognisedWorkbook(plan), grid });
    const { user } = renderPane(live);
    await user.click(await screen.findByRole('button', { name: 'Päivitä työkirja' }));
    expect(await screen.findByText('Työkirjaa ei päivitetty')).toBeInTheDocument();
    const cellButton = screen.getByRole('button', { name: new RegExp(`Kunnat!${populationCell}`) });
    await user.click(cellButton);
    expect(live.callsOf('selectCell')[0]!.args).toEqual(['Kunnat', populationCell]);
    expect(live.callsOf('generate')).toHaveLength(0);
  });
});
