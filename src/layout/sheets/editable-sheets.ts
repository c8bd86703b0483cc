import type { Plan } from '../../model/plan';
import type { DefinedNameLayout, SheetLayout } from '../workbook-layout';
import { actionsSheet } from './actions-sheet';
import { budgetSheet } from './budget-sheet';
import { goalsSheet } from './goals-sheet';
import { metadataSheet } from './metadata-sheet';
import { metricsSheet } from './metrics-sheet';
import { municipalitiesDefinedNames, municipalitiesSheet } from './municipalities-sheet';
import { sectionsSheet } from './sections-sheet';

export interface EditableSheets {
  /** Kunnat, Talousarvio, Tiimit, Tavoitteet, Toimenpiteet, Mittarit and the hidden metadata sheet, by role. */
  sheets: SheetLayout[];
  /** The council rule names the seats formula needs. */
  definedNames: DefinedNameLayout[];
}

/** Every sheet whose content is read back into the plan, except the contribution tables on Kuntaosuudet. */
export function editableSheets(plan: Plan): EditableSheets {
  const language = plan.language;
  return {
    sheets: [
      municipalitiesSheet(plan, language),
      budgetSheet(plan, language),
      sectionsSheet(plan, language),
      goalsSheet(plan, language),
      actionsSheet(plan, language),
      metricsSheet(plan, language),
      metadataSheet(plan),
    ],
    definedNames: municipalitiesDefinedNames(language),
  };
}
