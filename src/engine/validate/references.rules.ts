import type { Finding } from '../../model/finding';
import { localise, type MessageParams } from '../../model/messages/catalogue';
import type { Plan } from '../../model/plan';
import { findingAt } from './finding-at';
import { shortTitle, titleOrId } from './object-names';
import { referencesDescriptions, referencesMessages, type ReferencesMessageKey } from './references.messages';
import type { RuleDefinition, RuleGroup } from './rule';

export const REF_DANGLING: RuleDefinition = {
  id: 'ref.dangling',
  severity: 'error',
  description: referencesDescriptions['ref.dangling'],
};

export const MUNICIPALITY_UNKNOWN: RuleDefinition = {
  id: 'municipality.unknown',
  severity: 'error',
  description: referencesDescriptions['municipality.unknown'],
};

function danglingSections(plan: Plan): Finding[] {
  const sectionIds = new Set(plan.sections.map((s) => s.id));
  return (plan.budget.lines ?? []).flatMap((line, l) =>
    line.sectionId === undefined || sectionIds.has(line.sectionId)
      ? []
      : [
          findingAt(
            REF_DANGLING,
            localise(referencesMessages, 'budgetLineSection', { line: titleOrId(line.name, line.id), sectionId: line.sectionId }),
            ['budget', 'lines', l, 'sectionId'],
          ),
        ],
  );
}

interface MunicipalityReference {
  id: string;
  segments: Array<string | number>;
  message: ReferencesMessageKey;
  params: MessageParams;
}

function municipalityReferences(plan: Plan): MunicipalityReference[] {
  const references: MunicipalityReference[] = [
    {
      id: plan.organisation.hostMunicipality,
      segments: ['organisation', 'hostMunicipality'],
      message: 'hostMunicipality',
      params: { organisation: shortTitle(plan.organisation.name) },
    },
  ];
  plan.sections.forEach((section, s) => {
    section.goals.forEach((goal, g) => {
      const goalName = titleOrId(goal.title, goal.id);
      (goal.scope?.municipalities ?? []).forEach((id, i) => {
        references.push({
          id,
          segments: ['sections', s, 'goals', g, 'scope', 'municipalities', i],
          message: 'goalScope',
          params: { goal: goalName },
        });
      });
    });
  });
  plan.contributions.pools.forEach((pool, p) => {
    const poolPath = ['contributions', 'pools', p];
    const params = { pool: titleOrId(pool.name, pool.id) };
    (pool.municipalities ?? []).forEach((id, i) => {
      references.push({ id, segments: [...poolPath, 'municipalities', i], message: 'poolMunicipality', params });
    });
    if (pool.key.kind === 'weights') {
      pool.key.weights.forEach((w, i) => {
        references.push({
          id: w.municipality,
          segments: [...poolPath, 'key', 'weights', i, 'municipality'],
          message: 'poolWeight',
          params,
        });
      });
    } else if (pool.key.kind === 'fixed') {
      pool.key.amounts.forEach((a, i) => {
        references.push({
          id: a.municipality,
          segments: [...poolPath, 'key', 'amounts', i, 'municipality'],
          message: 'poolFixedAmount',
          params,
        });
      });
    }
  });
  const previous = plan.contributions.previous;
  previous?.amounts.forEach((a, i) => {
    references.push({
      id: a.municipality,
      segments: ['contributions', 'previous', 'amounts', i, 'municipality'],
      message: 'previousContribution',
      params: { year: previous.year },
    });
  });
  return references;
}

function unknownMunicipalities(plan: Plan): Finding[] {
  const memberIds = new Set(plan.municipalities.map((m) => m.id));
  return municipalityReferences(plan)
    .filter((reference) => !memberIds.has(reference.id))
    .map((reference) =>
      findingAt(
        MUNICIPALITY_UNKNOWN,
        localise(referencesMessages, reference.message, { ...reference.params, id: reference.id }),
        reference.segments,
      ),
    );
}

export const referencesRules: RuleGroup = {
  rules: [REF_DANGLING, MUNICIPALITY_UNKNOWN],
  check: (plan) => [...danglingSections(plan), ...unknownMunicipalities(plan)],
};
