import type { Finding } from '../../model/finding';
import { localise } from '../../model/messages/catalogue';
import type { Plan } from '../../model/plan';
import { findingAt } from './finding-at';
import { finnishDate } from './object-names';
import type { RuleDefinition, RuleGroup } from './rule';
import { staffDescriptions, staffMessages } from './staff.messages';

export const STAFF_TOTAL: RuleDefinition = {
  id: 'staff.total',
  severity: 'error',
  description: staffDescriptions['staff.total'],
};

function check(plan: Plan): Finding[] {
  const staff = plan.staff;
  if (!staff) return [];
  const sum = staff.permanent + staff.fixedTerm;
  if (staff.total === sum) return [];
  const message = localise(staffMessages, 'total', {
    date: staff.date,
    dateFi: finnishDate(staff.date),
    total: staff.total,
    permanent: staff.permanent,
    fixedTerm: staff.fixedTerm,
    sum,
  });
  return [findingAt(STAFF_TOTAL, message, ['staff', 'total'])];
}

export const staffRules: RuleGroup = { rules: [STAFF_TOTAL], check };
