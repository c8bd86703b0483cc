import { documentRules } from '../../../src/engine/validate/document.rules';
import { at, type RuleCases } from './structure-fixtures';

export const documentCases: RuleCases = {
  group: documentRules,
  triggers: [
    {
      name: 'the seed’s “xx” for a council meeting not yet held',
      change: (p) => void (at(p.document.meetings, 1).section = 'xx'),
      rule: 'document.section-pending',
      severity: 'warning',
      path: '$.document.meetings[1].section',
      names: ['Kaustisen seutukunnan seutuvaltuusto', 'xx', { fi: '11.12.2025', en: '2025-12-11' }],
    },
    {
      name: 'an empty section',
      change: (p) => void (at(p.document.meetings, 0).section = ''),
      rule: 'document.section-pending',
      severity: 'warning',
      path: '$.document.meetings[0].section',
      names: ['Kaustisen seutukunnan johtoryhmä', { fi: '27.11.2025', en: '2025-11-27' }],
    },
    {
      name: 'a section with a placeholder next to a number',
      change: (p) => void (at(p.document.meetings, 0).section = '65?'),
      rule: 'document.section-pending',
      severity: 'warning',
      path: '$.document.meetings[0].section',
      names: ['65?'],
    },
  ],
  nearMisses: [
    { name: 'a section written with “§”', change: (p) => void (at(p.document.meetings, 1).section = '§ 70'), rule: 'document.section-pending' },
    { name: 'a section with spaces around it', change: (p) => void (at(p.document.meetings, 1).section = ' 70 '), rule: 'document.section-pending' },
    { name: 'no meetings', change: (p) => void (p.document.meetings = []), rule: 'document.section-pending' },
  ],
};
