/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { screen, within } from '@testing-library/react';
import { layOutPlan, readWorkbookGrid } from '../../src/app';
import { gridFromLayout } from '../../src/layout/layout-grid';
import type { Plan } from '../../src/model/plan';
import { examplePlan, recognisedWorkbook } from './support/fake-live-workbook';
import { renderPane } from './support/render-pane';

/** The example with the council size typed wrong: one error, and the example's warnings. */
function planWithError(): Plan {
  const plan = examplePlan();
  return { ...plan, council: { ...plan.council, declaredSize: 99 } };
}

function expectedFindings(plan: Plan) {
  const reading = readWorkbookGrid(gridFromLayout(layOutPlan(plan).layout));
  if (!reading.ok) throw new Error('the plan should read back');
  return reading.findings;
}

async function openValidate() {
  const plan = planWithError();
  const findings = expectedFindings(plan);
  const rendered = renderPane(recognisedWorkbook(plan));
  await screen.findByRole('region', { name: 'PlanSheets-työkirja' });
  await rendered.user.click(screen.getByRole('tab', { name: `Tarkistukset (${findings.length})` }));
  await screen.findByRole('heading', { name: 'Tarkistukset' });
  return { ...rendered, findings };
}

describe('Validate', () => {
  it('groups the findings by severity with counts; the count is on the tab too', async () => {
    const { findings } = await openValidate();
    const errors = findings.filter((f) => f.severity === 'error');
    const warnings = findings.filter((f) => f.severity === 'warning');
    expect(errors.length).toBe(1);
    expect(warnings.length).toBeGreaterThan(1);
    const errorGroup = screen.getByRole('region', { name: 'Virheet (1)' });
    const warningGroup = screen.getByRole('region', { name: `Varoitukset (${warnings.length})` });
    expect(within(errorGroup).getAllByRole('listitem')).toHaveLength(1);
    expect(within(warningGroup).getAllByRole('listitem')).toHaveLength(warnings.length);
    expect(screen.queryByRole('region', { name: /Huomautukset/ })).not.toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(`Näytetään ${findings.length}/${findings.length}`);
    expect(within(errorGroup).getByRole('button', { name: new RegExp(errors[0]!.message.fi.slice(0, 30)) })).toBeInTheDocument();
  });

  it.each([
    ['error', 'Virheet (1)', 1],
    ['warning', /^Varoitukset/, -1],
  ] as const)('filters by severity: %s', async (severity, option, expected) => {
    const { user, findings } = await openValidate();
    const count = expected === -1 ? findings.filter((f) => f.severity === severity).length : expected;
    await user.selectOptions(screen.getByRole('combobox', { name: 'Näytä' }), screen.getByRole('option', { name: option }));
    expect(screen.getByRole('status')).toHaveTextContent(`Näytetään ${count}/${findings.length}`);
    const items = screen.getAllByRole('listitem');
    expect(items).toHaveLength(count);
  });

  it('filters by text', async () => {
    const { user, findings } = await openValidate();
    await user.type(screen.getByRole('searchbox', { name: 'Suodata tekstillä' }), 'suunnitelmavuodelle 2027');
    const matching = findings.filter((f) => f.message.fi.toLowerCase().includes('suunnitelmavuodelle 2027'));
    expect(matching).toHaveLength(1);
    expect(screen.getAllByRole('listitem')).toHaveLength(1);
    expect(screen.getByRole('status')).toHaveTextContent(`Näytetään 1/${findings.length}`);
    await user.clear(screen.getByRole('searchbox', { name: 'Suodata tekstillä' }));
    await user.type(screen.getByRole('searchbox', { name: 'Suodata tekstillä' }), 'ei mitään tällaista');
    expect(screen.getByText('Suodatus piilottaa kaikki havainnot.')).toBeInTheDocument();
  });

  it('clicking a finding selects its cell in Excel', async () => {
    const { user, live, findings } = await openValidate();
    const error = findings.find((f) => f.severity === 'error')!;
    if (!('sheet' in error.location)) throw new Error('the error should be at a cell');
    await user.click(screen.getByRole('button', { name: new RegExp(`Siirry soluun ${error.location.sheet}!${error.location.cell}`) }));
    expect(live.callsOf('selectCell').map((c) => c.args)).toEqual([[error.location.sheet, error.location.cell]]);
  });

  it('a plan not yet in the workbook lists its findings without cells to select', async () => {
    const { user, live } = renderPane({ marker: null });
    await user.click(await screen.findByRole('button', { name: 'Lataa Kaustisen esimerkki' }));
    const count = layOutPlan(examplePlan()).findings.length;
    await user.click(screen.getByRole('tab', { name: `Tarkistukset (${count})` }));
    expect(await screen.findAllByRole('listitem')).toHaveLength(count);
    expect(screen.queryByRole('button', { name: /Siirry soluun/ })).not.toBeInTheDocument();
    expect(live.callsOf('selectCell')).toHaveLength(0);
  });

  it('says so when there are no findings', async () => {
    const { user } = renderPane({ marker: null });
    await screen.findByRole('button', { name: 'Lataa Kaustisen esimerkki' });
    await user.click(screen.getByRole('tab', { name: 'Tarkistukset (0)' }));
    expect(screen.getByText('Valitse tai luo ensin suunnitelma Aloitus ja luonti -välilehdellä.')).toBeInTheDocument();
  });
});
