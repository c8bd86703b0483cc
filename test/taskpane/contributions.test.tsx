/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { screen, within } from '@testing-library/react';
import { explainContributions, reportOnPlan } from '../../src/app';
import { formatNumber } from '../../src/engine/display-numbers';
import { Decimal } from '../../src/engine/money';
import type { Plan } from '../../src/model/plan';
import { QUOTA_DECIMALS } from '../../src/taskpane/ContributionsView';
import { examplePlan, FakeLiveWorkbook } from './support/fake-live-workbook';
import { renderPane } from './support/render-pane';

const euros = (value: string, lang: 'fi' | 'en') =>
  lang === 'fi' ? `${formatNumber(new Decimal(value), 'fi', 2)} €` : `€${formatNumber(new Decimal(value), 'en', 2)}`;

async function openContributions(language: 'fi' | 'en' = 'fi', plan?: Plan) {
  const live = new FakeLiveWorkbook({ marker: null });
  const rendered = renderPane(live, language);
  if (plan) {
    const { user } = rendered;
    await user.click(await screen.findByRole('button', { name: language === 'fi' ? 'Tuo suunnitelma JSON-tiedostosta' : 'Import a plan JSON file' }));
    await user.upload(
      screen.getByLabelText(language === 'fi' ? 'Suunnitelman JSON-tiedosto' : 'Plan JSON file'),
      new File([JSON.stringify(plan)], 'plan.json', { type: 'application/json' }),
    );
    await screen.findByRole('region', { name: language === 'fi' ? 'Valittu suunnitelma' : 'Chosen plan' });
  } else {
    await rendered.user.click(await screen.findByRole('button', { name: language === 'fi' ? 'Lataa Kaustisen esimerkki' : 'Load the Kaustinen example' }));
  }
  await rendered.user.click(screen.getByRole('tab', { name: language === 'fi' ? 'Kuntaosuudet' : 'Contributions' }));
  await screen.findByRole('heading', { name: language === 'fi' ? 'Kuntaosuudet 2026' : 'Municipal contributions 2026' });
  return rendered;
}

describe('Contributions', () => {
  it.each(['fi', 'en'] as const)('shows Halsua’s 2026 share as the report computes it (%s)', async (language) => {
    await openContributions(language);
    const plan = examplePlan();
    const halsua = reportOnPlan(plan, []).shares.find((s) => s.municipality === 'Halsua')!;
    const row = screen.getByRole('row', { name: new RegExp('^Halsua') });
    const cells = within(row).getAllByRole('cell');
    expect(cells[0]).toHaveTextContent(euros(halsua.amount, language));
    if (language === 'fi') expect(cells[0]!.textContent).toMatch(/^\d{1,3}( \d{3})*,\d{2} €$/);
    else expect(cells[0]!.textContent).toMatch(/^€\d{1,3}(,\d{3})*\.\d{2}$/);
    if (halsua.previousAmount !== null) expect(cells[1]).toHaveTextContent(euros(halsua.previousAmount, language));
    if (halsua.change !== null) expect(cells[2]).toHaveTextContent(euros(halsua.change, language));
  });

  it('totals the shares', async () => {
    await openContributions();
    const explanation = explainContributions(examplePlan());
    const total = screen.getByRole('row', { name: /^Yhteensä/ });
    expect(within(total).getAllByRole('cell')[0]).toHaveTextContent(euros(explanation.total, 'fi'));
  });

  it('explains a pool: key, exact quota, rounding, remainder, rank, share', async () => {
    const { user } = await openContributions();
    const explanation = explainContributions(examplePlan());
    const pool = explanation.pools.find((p) => p.ok && p.key === 'population' && p.rounding === 'euro');
    if (!pool || !pool.ok) throw new Error('the example should have a population pool rounded to euros');
    await user.click(screen.getByRole('button', { name: `${pool.name}: ${euros(pool.amount, 'fi')}` }));
    expect(screen.getByText('Jakoperuste: asukasluku.', { exact: false })).toBeInTheDocument();
    const table = screen.getByRole('table', { name: `Erän ${pool.name} jako` });
    const line = pool.lines.find((l) => l.name === 'Halsua')!;
    const row = within(table).getByRole('row', { name: /^Halsua/ });
    const cells = within(row).getAllByRole('cell');
    expect(cells[0]).toHaveTextContent('985');
    expect(cells[1]).toHaveTextContent(formatNumber(new Decimal(line.quota), 'fi', QUOTA_DECIMALS));
    expect(cells[2]).toHaveTextContent(formatNumber(new Decimal(line.floor), 'fi', 0));
    expect(cells[3]).toHaveTextContent(formatNumber(new Decimal(line.remainder), 'fi', QUOTA_DECIMALS));
    expect(cells[4]).toHaveTextContent(String(line.rank));
    expect(cells[5]).toHaveTextContent(euros(line.share, 'fi'));
    expect(screen.getByText(new RegExp(`jäljelle jäävät ${pool.leftoverUnits} €`))).toBeInTheDocument();
  });

  it('a pool that cannot be shared out says why', async () => {
    const plan = examplePlan();
    const broken: Plan = {
      ...plan,
      contributions: {
        ...plan.contributions,
        pools: [
          ...plan.contributions.pools,
          { id: 'painotettu', name: 'Painotettu erä', amount: '1000', key: { kind: 'weights', weights: [{ municipality: 'halsua', weight: '1' }] }, rounding: 'euro' },
        ],
      },
    };
    const { user } = await openContributions('fi', broken);
    const pool = explainContributions(broken).pools.find((p) => p.id === 'painotettu')!;
    if (pool.ok) throw new Error('the pool should not be shareable');
    await user.click(screen.getByRole('button', { name: 'Painotettu erä: 1 000,00 €' }));
    expect(screen.getByText('Tätä erää ei voida jakaa:')).toBeInTheDocument();
    for (const finding of pool.findings) expect(screen.getAllByText(finding.message.fi).length).toBeGreaterThan(0);
  });
});
