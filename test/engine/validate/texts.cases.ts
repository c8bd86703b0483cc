import { EXCEL_CELL_TEXT_LIMIT, textsRules } from '../../../src/engine/validate/texts.rules';
import { at, type RuleCases } from './structure-fixtures';

/** A text of exactly `length` characters that begins with `start`. */
function textOfLength(start: string, length: number): string {
  return start + 'x'.repeat(length - start.length);
}

export const textsCases: RuleCases = {
  group: textsRules,
  triggers: [
    {
      name: 'organisation name',
      change: (p) => {
        p.organisation.name = '';
      },
      rule: 'text.empty',
      severity: 'error',
      path: '$.organisation.name',
      names: [{ fi: 'Organisaation nimi', en: 'name of the organisation' }],
    },
    {
      name: 'legal basis of only whitespace',
      change: (p) => {
        p.organisation.legalBasis = ' \n\t ';
      },
      rule: 'text.empty',
      severity: 'error',
      path: '$.organisation.legalBasis',
      names: ['Kaustisen seutukunta'],
    },
    {
      name: 'municipality name',
      change: (p) => {
        at(p.municipalities, 1).name = ' ';
      },
      rule: 'text.empty',
      severity: 'error',
      path: '$.municipalities[1].name',
      names: ['kaustinen'],
    },
    {
      name: 'document title',
      change: (p) => {
        p.document.title = '';
      },
      rule: 'text.empty',
      severity: 'error',
      path: '$.document.title',
      names: [{ fi: 'Asiakirjan otsikko', en: 'title of the document' }],
    },
    {
      name: 'meeting body',
      change: (p) => {
        at(p.document.meetings, 1).body = '';
      },
      rule: 'text.empty',
      severity: 'error',
      path: '$.document.meetings[1].body',
      names: [{ fi: '11.12.2025', en: '2025-12-11' }, '§ 70'],
    },
    {
      name: 'basic task title',
      change: (p) => {
        at(p.basicTasks, 1).title = '';
      },
      rule: 'text.empty',
      severity: 'error',
      path: '$.basicTasks[1].title',
      names: [{ fi: 'Perustehtävän 2', en: 'basic task 2' }],
    },
    {
      name: 'basic task item',
      change: (p) => {
        at(p.basicTasks, 0).items[1] = '  ';
      },
      rule: 'text.empty',
      severity: 'error',
      path: '$.basicTasks[0].items[1]',
      names: ['Aluekehittäminen', { fi: '2. kohta', en: '2nd item' }],
    },
    {
      name: 'section title',
      change: (p) => {
        at(p.sections, 1).title = '';
      },
      rule: 'text.empty',
      severity: 'error',
      path: '$.sections[1].title',
      names: ['viestinta'],
    },
    {
      name: 'goal title',
      change: (p) => {
        at(at(p.sections, 0).goals, 1).title = '';
      },
      rule: 'text.empty',
      severity: 'error',
      path: '$.sections[0].goals[1].title',
      names: ['Hallinto ja talous', { fi: '2. tavoitteen', en: '2nd goal' }],
    },
    {
      name: 'action text',
      change: (p) => {
        at(at(at(p.sections, 0).goals, 0).actions, 1).text = '';
      },
      rule: 'text.empty',
      severity: 'error',
      path: '$.sections[0].goals[0].actions[1].text',
      names: ['Talous on tasapainossa', { fi: '2. toimenpiteen', en: '2nd action' }],
    },
    {
      name: 'sub-action text',
      change: (p) => {
        at(at(at(at(p.sections, 0).goals, 0).actions, 0).subActions, 1).text = '';
      },
      rule: 'text.empty',
      severity: 'error',
      path: '$.sections[0].goals[0].actions[0].subActions[1].text',
      names: ['Talous on tasapainossa', { fi: '1. toimenpiteen 2. alakohdan', en: '2nd sub-action of the 1st action' }],
    },
    {
      name: 'metric text',
      change: (p) => {
        at(at(at(p.sections, 1).goals, 0).metrics, 0).text = '\u00a0';
      },
      rule: 'text.empty',
      severity: 'error',
      path: '$.sections[1].goals[0].metrics[0].text',
      names: ['Seutu tunnetaan', { fi: '1. mittarin', en: '1st metric' }],
    },
    {
      name: 'pool name',
      change: (p) => {
        at(p.contributions.pools, 1).name = '';
      },
      rule: 'text.empty',
      severity: 'error',
      path: '$.contributions.pools[1].name',
      names: ['p-2'],
    },
    {
      name: 'budget line name',
      change: (p) => {
        at(p.budget.lines, 1).name = '';
      },
      rule: 'text.empty',
      severity: 'error',
      path: '$.budget.lines[1].name',
      names: ['bl-2'],
    },
    {
      name: 'a chapter paragraph one character over the limit',
      change: (p) => {
        at(p.chapters, 0).paragraphs[0] = textOfLength('Pitkä luku', EXCEL_CELL_TEXT_LIMIT + 1);
      },
      rule: 'text.too-long',
      severity: 'error',
      path: '$.chapters[0].paragraphs[0]',
      names: ['Pitkä luku', '$.chapters[0].paragraphs[0]', '32768'],
    },
    {
      name: 'a goal note (an optional field found by the generic walk)',
      change: (p) => {
        at(at(p.sections, 0).goals, 1).note = textOfLength('Huomautus', 40000);
      },
      rule: 'text.too-long',
      severity: 'error',
      path: '$.sections[0].goals[1].note',
      names: ['Huomautus', '40000'],
    },
    {
      name: 'a narrative quote',
      change: (p) => {
        at(p.narrativeFigures, 0).quote = textOfLength('Lainaus', 33000);
      },
      rule: 'text.too-long',
      severity: 'error',
      path: '$.narrativeFigures[0].quote',
      names: ['Lainaus', '33000'],
    },
    {
      name: 'an action text starting with =',
      change: (p) => {
        at(at(at(p.sections, 0).goals, 0).actions, 1).text = '=SUMMA(A1:A3)';
      },
      rule: 'text.formula-like',
      severity: 'info',
      path: '$.sections[0].goals[0].actions[1].text',
      names: ['=SUMMA(A1:A3)', '$.sections[0].goals[0].actions[1].text'],
    },
    {
      name: 'a basic task item written as a dash bullet',
      change: (p) => {
        at(p.basicTasks, 0).items[1] = '- Verkostoyhteistyö';
      },
      rule: 'text.formula-like',
      severity: 'info',
      path: '$.basicTasks[0].items[1]',
      names: ['- Verkostoyhteistyö', { fi: 'merkillä ”-”', en: 'begins with “-”' }],
    },
    {
      name: 'a goal note starting with +',
      change: (p) => {
        at(at(p.sections, 1).goals, 0).note = '+ lisäksi somekampanja';
      },
      rule: 'text.formula-like',
      severity: 'info',
      path: '$.sections[1].goals[0].note',
      names: ['+ lisäksi somekampanja'],
    },
    {
      name: 'a chapter paragraph starting with @',
      change: (p) => {
        at(p.chapters, 0).paragraphs[0] = '@kaustisenseutu somessa';
      },
      rule: 'text.formula-like',
      severity: 'info',
      path: '$.chapters[0].paragraphs[0]',
      names: ['@kaustisenseutu somessa'],
    },
    {
      name: 'a metric unit starting with -',
      change: (p) => {
        at(at(at(p.sections, 1).goals, 0).metrics, 0).unit = '-%';
      },
      rule: 'text.formula-like',
      severity: 'info',
      path: '$.sections[1].goals[0].metrics[0].unit',
      names: ['-%'],
    },
  ],
  nearMisses: [
    { name: 'an organisation name of one character', change: (p) => void (p.organisation.name = 'K'), rule: 'text.empty' },
    { name: 'an empty optional note', change: (p) => void (at(at(p.sections, 0).goals, 0).note = ''), rule: 'text.empty' },
    { name: 'an empty optional metric unit', change: (p) => void (at(at(at(p.sections, 0).goals, 0).metrics, 0).unit = ''), rule: 'text.empty' },
    { name: 'a basic task with no items', change: (p) => void (at(p.basicTasks, 1).items = []), rule: 'text.empty' },
    {
      name: 'a paragraph of exactly 32 767 characters',
      change: (p) => void (at(p.chapters, 0).paragraphs[0] = textOfLength('Pitkä luku', EXCEL_CELL_TEXT_LIMIT)),
      rule: 'text.too-long',
    },
    {
      name: 'leading whitespace before =',
      change: (p) => void (at(at(at(p.sections, 0).goals, 0).actions, 1).text = ' =SUMMA(A1:A3)'),
      rule: 'text.formula-like',
    },
    {
      name: 'an = inside the text',
      change: (p) => void (at(at(at(p.sections, 0).goals, 0).actions, 1).text = 'Tulos = tuotot - kulut'),
      rule: 'text.formula-like',
    },
    {
      name: 'a negative money amount',
      change: (p) => void (at(p.budget.years, 0).total = '-1000.50'),
      rule: 'text.formula-like',
    },
    {
      name: 'a negative metric target',
      change: (p) => void (at(at(at(p.sections, 0).goals, 0).metrics, 0).values = [{ year: 2026, target: '-14' }]),
      rule: 'text.formula-like',
    },
    {
      name: 'an id reference that happens to begin with -',
      change: (p) => void (at(p.budget.lines, 0).sectionId = '-hallinto'),
      rule: 'text.formula-like',
    },
  ],
};
