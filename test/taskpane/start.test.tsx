/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { screen, within } from '@testing-library/react';
import { examplePlan, recognisedWorkbook } from './support/fake-live-workbook';
import { renderPane } from './support/render-pane';

describe('Start', () => {
  it('offers three choices in a workbook PlanSheets did not make', async () => {
    const { live } = renderPane({ marker: null });
    expect(await screen.findByRole('button', { name: 'Lataa Kaustisen esimerkki' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Tuo suunnitelma JSON-tiedostosta' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Aloita uusi suunnitelma' })).toBeInTheDocument();
    expect(live.callsOf('recognise')).toHaveLength(1);
    expect(live.callsOf('readGrid')).toHaveLength(0);
  });

  it('opens a recognised workbook straight to its plan and state', async () => {
    const plan = examplePlan();
    renderPane(recognisedWorkbook(plan));
    const facts = await screen.findByRole('region', { name: 'PlanSheets-työkirja' });
    expect(within(facts).getByText(plan.organisation.name)).toBeInTheDocument();
    expect(within(facts).getByText('2026')).toBeInTheDocument();
  });
});
