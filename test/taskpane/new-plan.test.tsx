/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { screen, within } from '@testing-library/react';
import { checkForm, fieldOfPath, idFromName, initialForm, type NewPlanForm } from '../../src/taskpane/new-plan';
import { renderPane } from './support/render-pane';

function validForm(): NewPlanForm {
  return {
    ...initialForm(new Date('2025-06-01')),
    organisation: 'Esimerkin seutukunta',
    municipalities: [
      { key: 1, name: 'Lestijärvi', population: '665', populationDate: '2024-12-31' },
      { key: 2, name: 'Halsua', population: '985', populationDate: '2024-12-31' },
    ],
    seatsPerStartedInhabitants: '1000',
    minimumSeats: '1',
    declaredSize: '2',
  };
}

describe('the new plan, checked by the core', () => {
  it.each([
    ['Lestijärvi', 'lestijarvi'],
    ['Kaustinen', 'kaustinen'],
    ['Ähtäri', 'ahtari'],
    ['Pedersören kunta', 'pedersoren-kunta'],
    ['  ', 'kunta-1'],
  ])('id from the name %j is %j', (name, id) => {
    expect(idFromName(name, 'kunta-1')).toBe(id);
  });

  it.each([
    ['$.organisation.name', 'organisation'],
    ['$.budgetYear', 'budgetYear'],
    ['$.planYears', 'planYearCount'],
    ['$.municipalities[1].population', 'municipality.1.population'],
    ['$.municipalities[0].populationDate', 'municipality.0.populationDate'],
    ['$.municipalities[2].id', 'municipality.2.name'],
    ['$.council.declaredSize', 'council.declaredSize'],
    ['$.council.minimumSeats', 'council.minimumSeats'],
    ['$.budget.years[0]', null],
  ])('a finding at %s belongs to the field %s', (path, field) => {
    expect(fieldOfPath(path)).toBe(field);
  });

  it('a valid form makes a plan: plan years follow the budget year, ids from names, the first municipality hosts', () => {
    const check = checkForm(validForm(), 'fi');
    expect(check.errorCount).toBe(0);
    expect(check.plan).not.toBeNull();
    expect(check.plan!.planYears).toEqual([2026, 2027, 2028]);
    expect(check.plan!.municipalities.map((m) => m.id)).toEqual(['lestijarvi', 'halsua']);
    expect(check.plan!.organisation.hostMunicipality).toBe('lestijarvi');
    expect(check.plan!.budget.years.map((y) => y.kind)).toEqual(['TA', 'TS', 'TS']);
  });

  it.each([
    ['a negative population', { municipalities: [{ key: 1, name: 'Halsua', population: '-3', populationDate: '2024-12-31' }] }, 'municipality.0.population'],
    ['a population that is not a whole number', { municipalities: [{ key: 1, name: 'Halsua', population: '98,5', populationDate: '2024-12-31' }] }, 'municipality.0.population'],
    ['a date that is not a date', { municipalities: [{ key: 1, name: 'Halsua', population: '985', populationDate: '31.12.2024' }] }, 'municipality.0.populationDate'],
    ['two plan years', { planYearCount: '2' }, 'planYearCount'],
    ['a budget year in words', { budgetYear: 'ensi vuosi' }, 'budgetYear'],
    ['a wrong council size', { declaredSize: '40' }, 'council.declaredSize'],
  ] as const)('%s is an error on its field and makes no plan', (_, patch, field) => {
    const check = checkForm({ ...validForm(), ...patch } as NewPlanForm, 'fi');
    expect(check.plan).toBeNull();
    expect(check.fields[field]?.some((m) => m.severity === 'error')).toBe(true);
  });
});

describe('the new-plan form', () => {
  async function openForm(language: 'fi' | 'en' = 'fi') {
    const rendered = renderPane({ marker: null }, language);
    await rendered.user.click(await screen.findByRole('button', { name: language === 'fi' ? 'Aloita uusi suunnitelma' : 'Start a new plan' }));
    await screen.findByRole('heading', { name: language === 'fi' ? 'Uusi suunnitelma' : 'New plan' });
    return rendered;
  }

  it('shows the core’s message in the Field of an invalid value, and creates nothing', async () => {
    const { user, live } = await openForm();
    await user.type(screen.getByRole('textbox', { name: /Organisaation nimi/ }), 'Uusi seutukunta');
    await user.type(screen.getByRole('textbox', { name: /Kunnan 1 nimi/ }), 'Halsua');
    const population = screen.getByRole('textbox', { name: /Kunnan 1 asukasluku/ });
    await user.type(population, '-3');
    await user.type(screen.getByRole('textbox', { name: /Valtuuston ilmoitettu koko/ }), '1');
    await user.click(screen.getByRole('button', { name: 'Luo suunnitelma' }));

    expect(population).toHaveAttribute('aria-invalid', 'true');
    const field = population.closest('.fui-Field') as HTMLElement;
    expect(within(field).getByText('Kunnan ”Halsua” asukasluku on -3; sen on oltava positiivinen.')).toBeInTheDocument();
    expect(population).toHaveAccessibleDescription(/-3/);
    expect(screen.getAllByRole('alert').some((alert) => alert.textContent?.includes('Suunnitelmaa ei luotu'))).toBe(true);
    expect(screen.queryByRole('region', { name: 'Valittu suunnitelma' })).not.toBeInTheDocument();
    expect(live.callsOf('generate')).toHaveLength(0);

    // Corrected, the message goes and the plan is made.
    await user.clear(population);
    await user.type(population, '985');
    expect(within(field).queryByText(/-3/)).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Luo suunnitelma' }));
    const facts = screen.getByRole('region', { name: 'Valittu suunnitelma' });
    expect(within(facts).getByText('Uusi seutukunta')).toBeInTheDocument();
  });

  it('a valid form creates the plan with municipalities added and removed by keyboard and buttons', async () => {
    const { user } = await openForm();
    await user.type(screen.getByRole('textbox', { name: /Organisaation nimi/ }), 'Keskipohjanmaan seutu');
    const budgetYear = screen.getByRole('textbox', { name: /Talousarviovuosi/ });
    await user.clear(budgetYear);
    await user.type(budgetYear, '2027');
    const count = screen.getByRole('textbox', { name: /Vuosia suunnitelmassa/ });
    await user.clear(count);
    await user.type(count, '4');
    expect(screen.getByText('Vuodet 2027–2030')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Lisää kunta' }));
    await user.click(screen.getByRole('button', { name: 'Lisää kunta' }));
    await user.click(screen.getByRole('button', { name: 'Poista kunta 3' }));
    await user.type(screen.getByRole('textbox', { name: /Kunnan 1 nimi/ }), 'Lestijärvi');
    await user.type(screen.getByRole('textbox', { name: /Kunnan 1 asukasluku/ }), '665');
    await user.type(screen.getByRole('textbox', { name: /Kunnan 2 nimi/ }), 'Halsua');
    await user.type(screen.getByRole('textbox', { name: /Kunnan 2 asukasluku/ }), '985');
    await user.type(screen.getByRole('textbox', { name: /Valtuuston ilmoitettu koko/ }), '2');
    await user.click(screen.getByRole('button', { name: 'Luo suunnitelma' }));

    const facts = screen.getByRole('region', { name: 'Valittu suunnitelma' });
    expect(within(facts).getByText('Keskipohjanmaan seutu')).toBeInTheDocument();
    expect(within(facts).getByText('2027–2030')).toBeInTheDocument();
    await user.click(screen.getByRole('tab', { name: 'Kuntaosuudet' }));
    expect(await screen.findByRole('rowheader', { name: 'Lestijärvi' })).toBeInTheDocument();
    expect(screen.getByRole('rowheader', { name: 'Halsua' })).toBeInTheDocument();
  });

  it('labels every control, in English too', async () => {
    await openForm('en');
    for (const name of [
      /Organisation name/,
      /Budget year/,
      /Years in the plan/,
      /Name of municipality 1/,
      /Population of municipality 1/,
      /Population date of municipality 1/,
      /Inhabitants per seat/,
      /Minimum seats per municipality/,
      /Declared council size/,
    ]) {
      expect(screen.getByRole('textbox', { name })).toBeInTheDocument();
    }
    expect(screen.getByRole('button', { name: 'Remove municipality 1' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Add a municipality' })).toBeInTheDocument();
  });
});
