/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { act, screen, waitFor, within } from '@testing-library/react';
import { readWorkbookGrid } from '../../src/app';
import { gridFromLayout } from '../../src/layout/layout-grid';
import { layOutPlan } from '../../src/app';
import { paneText } from '../../src/taskpane/pane-text';
import { examplePlan, FakeLiveWorkbook, recognisedWorkbook } from './support/fake-live-workbook';
import { shimLayout } from './support/layout-shim';
import { renderPane } from './support/render-pane';

const fi = paneText('fi');

function jsonFile(name: string, content: string): File {
  return new File([content], name, { type: 'application/json' });
}

describe('Start in a workbook PlanSheets did not make', () => {
  it('offers three choices and reads nothing', async () => {
    const { live } = renderPane({ marker: null });
    expect(await screen.findByRole('button', { name: 'Lataa Kaustisen esimerkki' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Tuo suunnitelma JSON-tiedostosta' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Aloita uusi suunnitelma' })).toBeInTheDocument();
    expect(live.callsOf('recognise')).toHaveLength(1);
    expect(live.callsOf('readGrid')).toHaveLength(0);
    expect(live.callsOf('generate')).toHaveLength(0);
  });

  it('loads the Kaustinen example through the plan parser', async () => {
    const { user } = renderPane({ marker: null });
    await user.click(await screen.findByRole('button', { name: 'Lataa Kaustisen esimerkki' }));
    const facts = screen.getByRole('region', { name: 'Valittu suunnitelma' });
    expect(within(facts).getByText('Kaustisen seutukunta')).toBeInTheDocument();
    expect(within(facts).getByText('2026')).toBeInTheDocument();
    expect(within(facts).getByText('2026–2030')).toBeInTheDocument();
    const findings = layOutPlan(examplePlan()).findings;
    expect(screen.getByRole('tab', { name: `Tarkistukset (${findings.length})` })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Luo työkirja' })).toBeEnabled();
  });

  it('imports a plan JSON file', async () => {
    const { user } = renderPane({ marker: null });
    await screen.findByRole('button', { name: 'Tuo suunnitelma JSON-tiedostosta' });
    await user.upload(screen.getByLabelText('Suunnitelman JSON-tiedosto'), jsonFile('oma.json', JSON.stringify(examplePlan())));
    expect(await screen.findByRole('region', { name: 'Valittu suunnitelma' })).toHaveTextContent('Kaustisen seutukunta');
  });

  it.each([
    ['not JSON', 'rikki.json', '{ "schemaVersion": 1, ', '$'],
    ['JSON that is not a plan', 'ei-suunnitelma.json', JSON.stringify({ schemaVersion: 1, budgetYear: 'ensi vuonna' }), '$.budgetYear'],
  ])('a bad file (%s) shows each problem at its location, as the CLI does, and loads nothing', async (_, name, content, path) => {
    const { user } = renderPane({ marker: null });
    await screen.findByRole('button', { name: 'Tuo suunnitelma JSON-tiedostosta' });
    await user.upload(screen.getByLabelText('Suunnitelman JSON-tiedosto'), jsonFile(name, content));
    const title = await screen.findByText(`Tiedostoa ${name} ei voitu avata`);
    const bar = title.closest('.fui-MessageBar') as HTMLElement;
    const { openPlanFile } = await import('../../src/app');
    const opened = openPlanFile(content);
    if (opened.ok) throw new Error('the file should not open');
    expect(within(bar).getByText(`Tiedostossa on ongelmia (${opened.problems.length}); mitään ei ladattu:`)).toBeInTheDocument();
    for (const problem of opened.problems) {
      expect(within(bar).getAllByText(problem.message.fi).length).toBeGreaterThan(0);
    }
    expect(within(bar).getByText(`Suunnitelmatiedostossa kohdassa ${path}`)).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Valittu suunnitelma' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Lataa Kaustisen esimerkki' })).toBeEnabled();
  });
});

describe('Start in a workbook PlanSheets made', () => {
  it('opens straight to its plan: organisation, budget year, last generated, findings', async () => {
    const plan = examplePlan();
    const options = recognisedWorkbook(plan);
    const { live } = renderPane(options);
    const facts = await screen.findByRole('region', { name: 'PlanSheets-työkirja' });
    const reading = readWorkbookGrid(gridFromLayout(layOutPlan(plan).layout));
    if (!reading.ok) throw new Error('the example should read back');
    const count = (s: string) => reading.findings.filter((f) => f.severity === s).length;
    expect(within(facts).getByText('Kaustisen seutukunta')).toBeInTheDocument();
    expect(within(facts).getByText('2026')).toBeInTheDocument();
    expect(within(facts).getByText(fi.dateTime(options.marker!.generatedAt!))).toBeInTheDocument();
    expect(
      within(facts).getByText(`virheitä ${count('error')}, varoituksia ${count('warning')}, huomautuksia ${count('info')}`),
    ).toBeInTheDocument();
    expect(live.callsOf('readGrid')).toHaveLength(1);
    expect(screen.getByRole('button', { name: 'Päivitä työkirja' })).toBeEnabled();
    expect(screen.queryByRole('button', { name: 'Lataa Kaustisen esimerkki' })).not.toBeInTheDocument();
  });

  it('says when the last generation did not finish and offers to complete it', async () => {
    const options = recognisedWorkbook(examplePlan(), { interrupted: true, generatedAt: null });
    const { live, user } = renderPane(options);
    expect(await screen.findByText('Edellinen luonti jäi kesken')).toBeInTheDocument();
    expect(screen.getByText('ei valmiina')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Viimeistele luonti' }));
    expect(await screen.findByText('Työkirja on luotu')).toBeInTheDocument();
    expect(live.callsOf('generate')).toHaveLength(1);
    expect(screen.getByText('Keskeytynyt edellinen luonti viimeisteltiin.')).toBeInTheDocument();
  });

  it('says why when the workbook cannot be read', async () => {
    renderPane({ ...recognisedWorkbook(), grid: { ok: false, reason: 'damaged', detail: 'taulukko puuttuu' } });
    expect(await screen.findByText('Työkirjaa ei voitu lukea (damaged): taulukko puuttuu')).toBeInTheDocument();
  });
});

describe('What this Excel lacks', () => {
  it('lists the missing features in a MessageBar and disables only what cannot work', async () => {
    renderPane({
      marker: null,
      missing: [
        { feature: 'pdf', set: 'ExcelApi 1.99' },
        { feature: 'printLayout', set: 'ExcelApi 1.9' },
      ],
    });
    expect(await screen.findByText('Kaikki toiminnot eivät ole käytettävissä')).toBeInTheDocument();
    expect(screen.getByText('PDF-tiedoston teko (vaatii ExcelApi 1.99)')).toBeInTheDocument();
    expect(screen.getByText('liitteiden tulostusasetukset (vaatii ExcelApi 1.9)')).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'Lataa Kaustisen esimerkki' })).toBeEnabled();
  });

  it('disables generating where Excel cannot write the workbook', async () => {
    const { user } = renderPane({ marker: null, missing: [{ feature: 'generate', set: 'ExcelApi 1.9' }] });
    expect(await screen.findByText('työkirjan luonti ja päivitys (vaatii ExcelApi 1.9)')).toBeInTheDocument();
    await user.click(await screen.findByRole('button', { name: 'Lataa Kaustisen esimerkki' }));
    expect(screen.getByRole('button', { name: 'Luo työkirja' })).toBeDisabled();
  });

  it('shows nothing when everything is there', async () => {
    renderPane({ marker: null });
    await screen.findByRole('button', { name: 'Lataa Kaustisen esimerkki' });
    expect(screen.queryByText('Kaikki toiminnot eivät ole käytettävissä')).not.toBeInTheDocument();
  });
});

describe('Languages', () => {
  it('speaks English when Office does', async () => {
    const { user } = renderPane({ marker: null }, 'en');
    expect(await screen.findByRole('heading', { name: 'Start a plan' })).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Start and generate' })).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Validate (0)' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Load the Kaustinen example' }));
    expect(screen.getByRole('region', { name: 'Chosen plan' })).toHaveTextContent('Budget year2026');
    expect(screen.getByRole('button', { name: 'Generate the workbook' })).toBeInTheDocument();
    expect(screen.queryByText(/Aloita|Lataa/)).not.toBeInTheDocument();
  });

  it('speaks Swedish when Office does, with Swedish figures', async () => {
    const { user } = renderPane({ marker: null }, 'sv');
    expect(await screen.findByRole('heading', { name: 'Börja en plan' })).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Start och skapande' })).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Kontroller (0)' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Ladda exemplet från Kaustby (Kaustinen)' }));
    expect(screen.getByRole('region', { name: 'Vald plan' })).toHaveTextContent('Budgetår2026');
    expect(screen.getByRole('button', { name: 'Skapa arbetsboken' })).toBeInTheDocument();
    expect(screen.queryByText(/Aloita|Lataa|Start a plan/)).not.toBeInTheDocument();
  });
});

describe('Keyboard alone', () => {
  let restore: () => void;
  beforeEach(() => {
    restore = shimLayout();
  });
  afterEach(() => restore());

  it('tabbing from the top reaches the Start choices in order, and Enter activates them', async () => {
    const { user } = renderPane({ marker: null });
    const example = await screen.findByRole('button', { name: 'Lataa Kaustisen esimerkki' });
    const importButton = screen.getByRole('button', { name: 'Tuo suunnitelma JSON-tiedostosta' });
    const create = screen.getByRole('button', { name: 'Aloita uusi suunnitelma' });
    const reached: Element[] = [];
    for (let i = 0; i < 12 && !reached.includes(create); i++) {
      await user.tab();
      if (document.activeElement) reached.push(document.activeElement);
    }
    // The tab list is one stop (arrow keys move between tabs), then the choices in reading order; the hidden file input is skipped.
    expect(reached).toEqual([screen.getByRole('tab', { name: 'Aloitus ja luonti' }), example, importButton, create]);

    // Enter on "Start a new plan" opens the form; Cancel by keyboard brings the choices back.
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('heading', { name: 'Uusi suunnitelma' })).toBeInTheDocument();
    screen.getByRole('button', { name: 'Peruuta' }).focus();
    await user.keyboard('{Enter}');
    await user.click(document.body);
    await user.tab();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Lataa Kaustisen esimerkki' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('region', { name: 'Valittu suunnitelma' })).toBeInTheDocument();
  });

  it('Enter on the import choice opens the file picker', async () => {
    const { user } = renderPane({ marker: null });
    const importButton = await screen.findByRole('button', { name: 'Tuo suunnitelma JSON-tiedostosta' });
    const input = screen.getByLabelText('Suunnitelman JSON-tiedosto') as HTMLInputElement;
    const picked = jest.fn();
    input.addEventListener('click', picked);
    importButton.focus();
    await user.keyboard('{Enter}');
    expect(picked).toHaveBeenCalled();
    expect(input).toHaveAttribute('accept', '.json,application/json');
  });
});

describe('A failure while starting', () => {
  it('keeps the pane usable when recognise() throws', async () => {
    const live = new FakeLiveWorkbook({ marker: null });
    live.recognise = () => Promise.reject(new Error('yhteys katkesi'));
    renderPane(live);
    expect(await screen.findByText(/yhteys katkesi/)).toBeInTheDocument();
    await act(async () => {});
    await waitFor(() => expect(screen.getByRole('tab', { name: 'Vienti' })).toBeInTheDocument());
  });
});
