import { readFileSync } from 'fs';
import { join } from 'path';
import { Decimal } from 'decimal.js';
import { PlanSchema } from '../../src/model/plan.schema';
import type { Plan } from '../../src/model/plan';

// The reference example: the seed plan (Kaustisen seutukunta 2026) transcribed into the model.
const file = join(__dirname, '..', '..', 'examples', 'kaustinen-2026.plan.json');
const raw: unknown = JSON.parse(readFileSync(file, 'utf8'));

function load(): Plan {
  const result = PlanSchema.safeParse(raw);
  if (!result.success) throw new Error(JSON.stringify(result.error.issues, null, 2));
  return result.data;
}

const plan = load();

function section(id: string) {
  const found = plan.sections.find((s) => s.id === id);
  if (!found) throw new Error(`no section ${id}`);
  return found;
}

describe('examples/kaustinen-2026.plan.json', () => {
  it('parses with PlanSchema', () => {
    expect(PlanSchema.safeParse(raw).success).toBe(true);
  });

  it('has the sections of section IV in the seed order', () => {
    expect(plan.sections.map((s) => [s.id, s.kind, s.title])).toEqual([
      ['hallinto', 'team', 'Hallintopalvelut -tiimi'],
      ['kunta-digi', 'team', 'Kunta- ja digipalvelut -tiimi'],
      ['yrityspalvelut', 'team', 'Yrityspalvelut -tiimi'],
      ['aluekehitys', 'team', 'Aluekehityspalvelut -tiimi'],
      ['viestinta', 'crossCutting', 'Organisaatioviestintä ja aluemarkkinointi'],
      ['edunvalvonta', 'crossCutting', 'Edunvalvonta'],
    ]);
  });

  // Counted from the seed text: actions are its square bullets, sub-actions its "o" bullets,
  // metrics the line items of the Mittarit column. allActions counts both kinds of bullet.
  it.each`
    id                  | goals | actions | subActions | allActions | metrics
    ${'hallinto'}       | ${8}  | ${26}   | ${6}       | ${32}      | ${10}
    ${'kunta-digi'}     | ${11} | ${41}   | ${12}      | ${53}      | ${19}
    ${'yrityspalvelut'} | ${8}  | ${41}   | ${0}       | ${41}      | ${25}
    ${'aluekehitys'}    | ${8}  | ${24}   | ${0}       | ${24}      | ${22}
    ${'viestinta'}      | ${5}  | ${20}   | ${4}       | ${24}      | ${18}
    ${'edunvalvonta'}   | ${3}  | ${17}   | ${0}       | ${17}      | ${4}
  `('section $id has $goals goals, $allActions actions ($subActions sub-actions) and $metrics metrics', ({ id, goals, actions, subActions, allActions, metrics }) => {
    const s = section(id);
    const acts = s.goals.flatMap((g) => g.actions);
    const subs = acts.flatMap((a) => a.subActions ?? []);
    expect({
      goals: s.goals.length,
      actions: acts.length,
      subActions: subs.length,
      allActions: acts.length + subs.length,
      metrics: s.goals.flatMap((g) => g.metrics).length,
    }).toEqual({ goals, actions, subActions, allActions, metrics });
  });

  it('has every goal title in the seed order', () => {
    expect(plan.sections.flatMap((s) => s.goals.map((g) => g.title))).toEqual([
      'Hallintopalvelujen sujuva toiminta digityökaluja hyödyntäen',
      'Työn suunnittelu ja ennakointi',
      'Organisaation operatiivisen rakenteen kehittäminen',
      'Toiminnan siirtäminen soveltuvin osin uuteen yhtiöön',
      'Organisaation toimintakyvyn ylläpitäminen nykyisillä henkilöstövoimavaroilla',
      'Henkilöstön osaamisen ja hyvinvoinnin kehittäminen',
      'Tiimityön ylläpitäminen',
      'Hallintoprosessien kehittäminen ja toimintavarmuuden ylläpitäminen',
      'Työllisyyden palvelutarpeeseen vastaaminen',
      'Kuntayhteistyön kehittäminen ja uusien avausten löytäminen',
      'Viestinnän kehittäminen kuntiin',
      'Digitalisaation hyödyntäminen kuntien yhteistoiminnassa ja palveluissa',
      'Maakunnallisen digikompassin toteutuksen koordinointi',
      'Tietosuojatyön kehittäminen',
      'Yhteistyö hyvinvointialueen kanssa',
      'Huoltovarmuuden ja varautumisen kehittäminen kuntien yhteistoiminnassa',
      'Seudullisen kokonaiskuvan ylläpito työllisyyden tilanteesta, työllisyyden hoidon tarpeista ja osaavasta työvoimasta',
      'Kotoutumis- ja kansainvälistymispalvelujen kehittäminen',
      'Kuntien ilmastotyön edistäminen ja kehittäminen',
      'Yrityspalvelun perustehtävien laadukas ja tehokas toteutus',
      'Asiakaslähtöiset joustavat palvelut',
      'Yhteistyön tiivistäminen palveluekosysteemissä',
      'Yrityspalveluiden markkinointi ja viestintä',
      'Yrityspalvelujen asiakashallinnan laajempi käyttöönotto',
      'Yritysten keskinäisen yhteistyön aktivointi',
      'Työllisyyspalvelujen kehittäminen henkilöasiakkaille',
      'Rekrytointipalvelujen kehittäminen yrityksille ja työnantajille',
      'Toteutamme Elinvoimaohjelmaa 2022-2026. Pidämme hanketoiminnan painopisteet Elinvoimaohjelmaa toteuttavissa ja seudun elinvoimaa tukevissa hankkeissa.',
      'Parannamme hanketoiminnan laatua ja vaikuttavuutta',
      'Hyödynnämme EU -koheesiorahoitusta ja muita aluekehityksen rahoituksia Kaustisen seutukunnan alueella.',
      'Jatkamme maakunnallista yhteistyötä muiden kuntarahoittajien kanssa',
      'Vahvistamme osaamistamme aluekehittämisessä ja siitä viestimisessä elinvoimaohjelman tavoitteita tukien',
      'Kehitämme toiminnan vaikuttavuutta digitaalisilla palveluilla, joilla alueen resurssit tulevat paremmin/tehokkaammin/järkevämmin hyödynnetyiksi.',
      'Vahvistamme suoran EU-rahoituksen hankevalmistelua',
      'Parannetaan tki-toiminnan tulosten hyödyntämistä alueella',
      'Viestintästrategian laatiminen',
      'Viestinnän toimintamallien kehittäminen',
      'Tiedottamisen ja viestinnän tehostaminen järjestelmällisesti viestinnän vuosikellon mukaan parantamaan seudun tunnettuutta ja seutukuntaorganisaation toiminnan tunnettuutta',
      'Nettisivustojen ylläpitäminen ja edelleen kehittäminen ja nettisivuston markkinoinnin lisääminen',
      'Aluemarkkinoinnin tehostaminen',
      'EU -tukien (EAKR ja ESR) ja JTF-rahoituksen kohdentuminen seudulle',
      'Alueen infrastruktuuriin liittyvien hankkeiden edistäminen ja edunvalvonta',
      'Alueen toimintaympäristön kehittymiseen liittyvä edunvalvonta',
    ]);
  });

  it('has unique ids that follow the section/goal/action/metric pattern', () => {
    const ids: string[] = [];
    for (const s of plan.sections) {
      s.goals.forEach((g, gi) => {
        expect(g.id).toBe(`${s.id}-g${gi + 1}`);
        ids.push(g.id);
        g.actions.forEach((a, ai) => {
          expect(a.id).toBe(`${g.id}-a${ai + 1}`);
          ids.push(a.id);
          (a.subActions ?? []).forEach((sa, si) => {
            expect(sa.id).toBe(`${a.id}-${si + 1}`);
            ids.push(sa.id);
          });
        });
        g.metrics.forEach((m, mi) => {
          expect(m.id).toBe(`${g.id}-m${mi + 1}`);
          ids.push(m.id);
        });
      });
    }
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('marks metric kinds only where the seed does (Yrityspalvelut, first goal)', () => {
    const kinds = plan.sections.flatMap((s) => s.goals.flatMap((g) => g.metrics.filter((m) => m.kind).map((m) => [m.id, m.kind])));
    expect(kinds).toEqual([
      ['yrityspalvelut-g1-m1', 'output'],
      ['yrityspalvelut-g1-m2', 'outcome'],
      ['yrityspalvelut-g1-m3', 'outcome'],
      ['yrityspalvelut-g1-m4', 'outcome'],
      ['yrityspalvelut-g1-m5', 'outcome'],
      ['yrityspalvelut-g1-m6', 'outcome'],
    ]);
  });

  it('scopes the two employment goals to Halsua and Toholampi', () => {
    const scoped = plan.sections.flatMap((s) => s.goals.filter((g) => g.scope).map((g) => [g.id, g.scope]));
    const scope = { municipalities: ['halsua', 'toholampi'], text: '(Halsua ja Toholampi)' };
    expect(scoped).toEqual([
      ['yrityspalvelut-g7', scope],
      ['yrityspalvelut-g8', scope],
    ]);
  });

  it('has the budget figures the seed states', () => {
    const byYear = new Map(plan.budget.years.map((y) => [y.year, y]));
    expect(plan.budget.years.map((y) => [y.year, y.kind])).toEqual([
      [2024, 'TA'],
      [2025, 'TA'],
      [2026, 'TA'],
      [2027, 'TS'],
      [2028, 'TS'],
      [2029, 'TS'],
      [2030, 'TS'],
    ]);
    expect(byYear.get(2026)).toMatchObject({ total: '1853839', municipalFunding: '1003733', externalFunding: '850106' });
    expect(byYear.get(2025)?.total).toBe('2157119');
    expect(byYear.get(2025)?.municipalFunding).toBeUndefined();
    expect(byYear.get(2024)?.total).toBeUndefined();
    expect(plan.budget.lines ?? []).toEqual([]);
    const b2026 = byYear.get(2026);
    expect(new Decimal(b2026?.municipalFunding ?? 'NaN').plus(b2026?.externalFunding ?? 'NaN').equals(b2026?.total ?? 'NaN')).toBe(true);
  });

  it('has the staff and project figures the seed states', () => {
    expect(plan.staff).toEqual({ date: '2025-11-10', total: 20, permanent: 8, fixedTerm: 12 });
    expect(plan.projects).toMatchObject({
      ongoing: 15,
      portfolioValue: '2400000',
      portfolioValueApproximate: true,
      applicationsPending: 4,
      inPreparation: 1,
    });
    expect(plan.projects?.date).toBeUndefined();
  });

  it('has the five member municipalities with their 31.12.2024 populations', () => {
    expect(plan.municipalities.map((m) => [m.id, m.name, m.population, m.populationDate])).toEqual([
      ['halsua', 'Halsua', 985, '2024-12-31'],
      ['kaustinen', 'Kaustinen', 4118, '2024-12-31'],
      ['lestijarvi', 'Lestijärvi', 665, '2024-12-31'],
      ['toholampi', 'Toholampi', 2799, '2024-12-31'],
      ['veteli', 'Veteli', 2931, '2024-12-31'],
    ]);
    expect(plan.organisation.hostMunicipality).toBe('lestijarvi');
    expect(plan.council).toEqual({ seatsPerStartedInhabitants: 1000, minimumSeats: 2, declaredSize: 15 });
  });

  it('has illustrative pools that sum exactly to the municipal funding 1 003 733 €', () => {
    const sum = plan.contributions.pools.reduce((acc, p) => acc.plus(p.amount), new Decimal(0));
    expect(sum.equals('1003733')).toBe(true);
    expect(plan.contributions.pools.map((p) => p.id)).toEqual(['perustoiminta', 'yrityspalvelut', 'hallinto', 'tietosuoja', 'digi', 'tyollisyys']);
    expect(plan.contributions.previous).toBeUndefined();
  });

  it.each(['perustoiminta', 'yrityspalvelut', 'hallinto', 'tietosuoja', 'digi', 'tyollisyys'])('marks pool %s as illustrative in Finnish and English', (id) => {
    const pool = plan.contributions.pools.find((p) => p.id === id);
    expect(pool?.note).toMatchObject({ fi: expect.stringMatching(/havainnollistava/i), en: expect.stringMatching(/illustrative/i) });
  });

  it('speaks in its notes of the source document, in Finnish and English, never of a seed', () => {
    const notes: unknown[] = [];
    const walk = (value: unknown): void => {
      if (Array.isArray(value)) value.forEach(walk);
      else if (value !== null && typeof value === 'object')
        for (const [key, inner] of Object.entries(value)) {
          if (key === 'note') notes.push(inner);
          else walk(inner);
        }
    };
    walk(plan);
    expect(notes.length).toBeGreaterThan(10);
    for (const note of notes) {
      expect(note).toEqual({ fi: expect.stringMatching(/lähdeasiakirja/i), en: expect.stringMatching(/source document/) });
      expect(JSON.stringify(note)).not.toMatch(/seed|aineisto/i);
    }
  });

  it('quotes every narrative figure from the chapter text', () => {
    const prose = (plan.chapters ?? []).flatMap((c) => c.paragraphs).join(' ');
    expect(plan.narrativeFigures).toHaveLength(8);
    for (const f of plan.narrativeFigures ?? []) expect(prose).toContain(f.quote);
  });
});
