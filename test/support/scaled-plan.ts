import { councilSeats } from '../../src/engine/seats';
import type { AllocationKey, Municipality, Plan, Pool, Section } from '../../src/model/plan';

/**
 * Synthetic plans for scale tests and `npm run bench`, made from a real plan
 * (the example): deterministic, so two runs and two machines measure the
 * same plans. They validate without errors.
 */

/**
 * A plan `times` as large as the one given: its sections (with their goals,
 * actions, sub-actions and metrics) repeated, each repetition with fresh ids
 * ("-r2", "-r3", …) and numbered titles, so that it still validates without
 * errors. The first repetition is the original.
 */
export function scaledPlan(plan: Plan, times = 10): Plan {
  const copies: Section[] = [];
  for (let n = 1; n <= times; n++) {
    const tag = (id: string): string => (n === 1 ? id : `${id}-r${n}`);
    const title = (text: string): string => (n === 1 ? text : `${text} (${n})`);
    for (const section of plan.sections) {
      copies.push({
        ...section,
        id: tag(section.id),
        title: title(section.title),
        goals: section.goals.map((goal) => ({
          ...goal,
          id: tag(goal.id),
          actions: goal.actions.map((action) => ({
            ...action,
            id: tag(action.id),
            ...(action.subActions ? { subActions: action.subActions.map((sub) => ({ ...sub, id: tag(sub.id) })) } : {}),
          })),
          metrics: goal.metrics.map((metric) => ({ ...metric, id: tag(metric.id) })),
        })),
      });
    }
  }
  return { ...plan, sections: copies };
}

export interface WidePlanOptions {
  municipalities: number;
  pools: number;
  /** The seed of the pseudo-random populations, weights and amounts. */
  seed: number;
}

const SYNTHETIC_NOTE =
  'Synteettinen suorituskykytestiä varten: kunnat, väkiluvut ja jako-osuudet ovat keksittyjä. / Synthetic, for benchmarks: municipalities, populations and shares are made up.';

/**
 * The plan with many member municipalities (Finland has 308: the plan's own
 * and made-up ones) and many cost
 * pools, the pools taking turns at every key kind (population, equal,
 * weights, fixed), some shared by only part of the members. The pools add
 * up to the budget year's municipal funding and the declared council size is
 * the one the council rule gives, so the plan has no errors.
 */
export function widePlan(plan: Plan, options: WidePlanOptions): Plan {
  const random = seededRandom(options.seed);
  const integer = (min: number, max: number): number => min + Math.floor(random() * (max - min + 1));
  // The plan's own members stay (goals name them in their scopes); made-up ones fill up to the count.
  const made: Municipality[] = Array.from({ length: Math.max(0, options.municipalities - plan.municipalities.length) }, (_, i) => ({
    id: `kunta-${String(i + 1).padStart(3, '0')}`,
    name: `Kunta ${String(i + 1).padStart(3, '0')}`,
    // Log-uniform between 700 and 60 000 inhabitants, roughly Finland's spread outside the cities.
    population: Math.round(700 * Math.pow(60_000 / 700, random())),
    populationDate: '2024-12-31',
    note: SYNTHETIC_NOTE,
  }));
  const municipalities = [...plan.municipalities, ...made];
  const ids = municipalities.map((m) => m.id);
  const year = plan.budget.years.find((y) => y.year === plan.budgetYear);
  const funding = BigInt(year?.municipalFunding ?? '1000000');
  // Whole euros per pool; the last takes the remainder so that the pools add up to the funding exactly.
  const amounts: bigint[] = [];
  let left = funding;
  for (let p = 0; p < options.pools; p++) {
    const amount = p === options.pools - 1 ? left : (funding / BigInt(options.pools) / 2n) + BigInt(integer(0, 10_000));
    amounts.push(amount);
    left -= amount;
  }
  const kinds: Array<AllocationKey['kind']> = ['population', 'equal', 'weights', 'fixed'];
  const pools: Pool[] = amounts.map((amount, p) => {
    const kind = kinds[p % kinds.length]!;
    // Every third pool is shared by a run of the members only.
    const members = p % 3 === 2 ? ids.slice(integer(0, ids.length / 2), ids.length - integer(0, ids.length / 4)) : ids;
    const key = poolKey(kind, members, amount, integer);
    return {
      id: `pooli-${p + 1}`,
      name: `Kustannuspooli ${p + 1}`,
      amount: amount.toString(),
      key,
      ...(members === ids ? {} : { municipalities: members }),
      rounding: kind === 'fixed' || p % 2 === 1 ? 'euro' : 'cent',
      note: SYNTHETIC_NOTE,
    };
  });
  const declaredSize = municipalities.reduce((n, m) => n + councilSeats(m.population, plan.council), 0);
  return {
    ...plan,
    municipalities,
    council: { ...plan.council, declaredSize },
    contributions: { pools, note: SYNTHETIC_NOTE },
  };
}

function poolKey(kind: AllocationKey['kind'], members: readonly string[], amount: bigint, integer: (min: number, max: number) => number): AllocationKey {
  switch (kind) {
    case 'population':
      return { kind: 'population' };
    case 'equal':
      return { kind: 'equal' };
    case 'weights':
      return { kind: 'weights', weights: members.map((municipality) => ({ municipality, weight: `${integer(1, 40) / 4}` })) };
    case 'fixed': {
      // Whole euros that add up to the pool: an even split with the remainder on the first members.
      const each = amount / BigInt(members.length);
      const extra = Number(amount - each * BigInt(members.length));
      return { kind: 'fixed', amounts: members.map((municipality, i) => ({ municipality, amount: (each + (i < extra ? 1n : 0n)).toString() })) };
    }
  }
}

/** mulberry32: a small, fast, seeded generator, good enough to spread synthetic figures. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The plans `npm run bench` measures, by name. */
export const BENCH_SIZES = ['1x', '10x', '100x', '308m'] as const;
export type BenchSize = (typeof BENCH_SIZES)[number];

export function benchPlan(example: Plan, size: BenchSize): Plan {
  switch (size) {
    case '1x':
      return example;
    case '10x':
      return scaledPlan(example, 10);
    case '100x':
      return scaledPlan(example, 100);
    case '308m':
      return widePlan(example, { municipalities: 308, pools: 50, seed: 2026 });
  }
}
