/// <reference types="office-js" />
/**
 * Rules attached to a range: data validation (ExcelApi 1.8) and conditional
 * formats (ExcelApi 1.6; only the "custom" type is modelled).
 *
 * ASSUMPTION: setting a validation rule replaces validations lying wholly
 * inside the range; ones that only partly overlap are kept (Excel would split
 * them). `clear()` removes every validation that overlaps the range.
 */
import { CellRect, qualifiedA1, rectEquals, rectsOverlap } from './a1-address';
import { FakeClientObject, FakeLoadableObject, FakeClientResult, FakeRequestContextLike, ProxyDescriptor, callForResult, coreOf } from './client-object';
import { normaliseColor } from './colors';
import { fail } from './errors';
import { RangeBinding, assertNotProtected } from './range-binding';
import type { ConditionalFormatModel, DataValidationModel } from './workbook-model';

const ruleKinds = ['list', 'wholeNumber', 'decimal', 'date', 'time', 'textLength', 'custom'];

function inside(inner: CellRect, outer: CellRect): boolean {
  return inner.row >= outer.row && inner.column >= outer.column && inner.row + inner.rowCount <= outer.row + outer.rowCount && inner.column + inner.columnCount <= outer.column + outer.columnCount;
}

/** A list source given as a Range object is stored as its absolute address formula. */
function plainRule(rule: unknown, location: string): unknown {
  if (!rule || typeof rule !== 'object') fail('InvalidArgument', undefined, location);
  const keys = Object.keys(rule as object).filter((k) => (rule as Record<string, unknown>)[k] !== undefined);
  if (keys.length !== 1 || !ruleKinds.includes(keys[0] ?? '')) fail('InvalidArgument', undefined, location);
  const list = (rule as { list?: { inCellDropDown?: boolean; source?: unknown } }).list;
  if (list) {
    const source = list.source;
    if (source instanceof FakeClientObject) {
      const { sheet, rect } = coreOf(source as FakeClientObject<RangeBinding>).binding();
      const abs = qualifiedA1(sheet.name, rect).replace(/([A-Z]+)(\d+)/g, '$$$1$$$2');
      return { list: { inCellDropDown: list.inCellDropDown ?? true, source: `=${abs}` } };
    }
    if (typeof source !== 'string' || source === '') fail('InvalidArgument', undefined, location);
    return { list: { inCellDropDown: list.inCellDropDown ?? true, source } };
  }
  return JSON.parse(JSON.stringify(rule)) as unknown;
}

function validationsFor(b: RangeBinding): DataValidationModel[] {
  return b.sheet.dataValidations.filter((v) => rectEquals(v.rect, b.rect));
}

const validationDescriptor: ProxyDescriptor<RangeBinding> = {
  typeName: 'DataValidation',
  defaultProps: ['rule', 'errorAlert', 'type', 'valid'],
  propMinor: { rule: 8, errorAlert: 8, type: 8, valid: 8 },
  readProperty(b, name) {
    const found = validationsFor(b)[0];
    switch (name) {
      case 'rule':
        return found?.rule ?? {};
      case 'errorAlert':
        return found?.errorAlert ?? { showAlert: true, style: 'Stop', title: '', message: '' };
      case 'type': {
        const rule = found?.rule as Record<string, unknown> | null | undefined;
        return rule ? (Object.keys(rule)[0] ?? 'None') : 'None';
      }
      case 'valid':
        return true;
    }
    return undefined;
  },
};

export class FakeDataValidation extends FakeLoadableObject<RangeBinding> {
  constructor(context: FakeRequestContextLike, path: string, resolve: () => RangeBinding) {
    super(context, path, validationDescriptor, { resolve });
  }
  get rule(): Excel.DataValidationRule {
    return coreOf(this).get('rule');
  }
  set rule(rule: Excel.DataValidationRule) {
    // The Range in a list source is captured now, so the statement can name it.
    const core = coreOf(this);
    core.set('rule', rule, (b) => {
      assertNotProtected(b.sheet, 'DataValidation.rule');
      const stored = plainRule(rule, 'DataValidation.rule');
      b.sheet.dataValidations = b.sheet.dataValidations.filter((v) => !inside(v.rect, b.rect));
      b.sheet.dataValidations.push({ rect: b.rect, rule: stored });
    });
  }
  get errorAlert(): Excel.DataValidationErrorAlert {
    return coreOf(this).get('errorAlert');
  }
  set errorAlert(alert: Excel.DataValidationErrorAlert) {
    coreOf(this).set('errorAlert', alert, (b) => {
      assertNotProtected(b.sheet, 'DataValidation.errorAlert');
      if (!alert || typeof alert !== 'object') fail('InvalidArgument', undefined, 'DataValidation.errorAlert');
      const existing = validationsFor(b)[0];
      const plain = JSON.parse(JSON.stringify(alert)) as unknown;
      if (existing) existing.errorAlert = plain;
      else b.sheet.dataValidations.push({ rect: b.rect, rule: null, errorAlert: plain });
    });
  }
  get type(): Excel.DataValidationType | string {
    return coreOf(this).get('type');
  }
  get valid(): boolean {
    return coreOf(this).get('valid');
  }
  clear(): void {
    coreOf(this).call('clear', [], 8, (b) => {
      assertNotProtected(b.sheet, 'DataValidation.clear');
      b.sheet.dataValidations = b.sheet.dataValidations.filter((v) => !rectsOverlap(v.rect, b.rect));
    });
  }
}

interface CfBinding {
  readonly range: RangeBinding;
  readonly cf: ConditionalFormatModel;
}

const cfCollectionDescriptor: ProxyDescriptor<RangeBinding> = {
  typeName: 'ConditionalFormatCollection',
  defaultProps: [],
  readProperty: () => undefined,
};

export class FakeConditionalFormatCollection extends FakeLoadableObject<RangeBinding> {
  constructor(context: FakeRequestContextLike, path: string, resolve: () => RangeBinding) {
    super(context, path, cfCollectionDescriptor, { resolve });
    coreOf(this).collection = {
      items: (b) => b.sheet.conditionalFormats.filter((cf) => rectsOverlap(cf.rect, b.rect)),
      proxyFor: (owner, cf) => new FakeConditionalFormat(coreOf(owner).context, `${coreOf(owner).path}.getItem("${(cf as ConditionalFormatModel).id}")`, () => null, { range: coreOf(owner).binding() as RangeBinding, cf: cf as ConditionalFormatModel }),
    };
  }

  get items(): FakeConditionalFormat[] {
    return coreOf(this).get('items');
  }

  add(type: Excel.ConditionalFormatType | 'Custom' | 'DataBar' | 'ColorScale' | 'IconSet' | 'TopBottom' | 'PresetCriteria' | 'ContainsText' | 'CellValue'): FakeConditionalFormat {
    if (String(type) !== 'Custom') throw new Error(`Fake Excel host: conditional format type ${String(type)} is not implemented (only Custom).`);
    const core = coreOf(this);
    let created: CfBinding | null = null;
    core.call('add', [type], 6, (range) => {
      assertNotProtected(range.sheet, 'ConditionalFormatCollection.add');
      const cf: ConditionalFormatModel = { id: core.host.model.newId(), rect: range.rect, type: 'Custom', formula: null, fillColor: null, fontBold: null, fontColor: null };
      range.sheet.conditionalFormats.push(cf);
      created = { range, cf };
    });
    return new FakeConditionalFormat(core.context, `${core.path}.add("${String(type)}")`, () => created);
  }

  getCount(): FakeClientResult<number> {
    return callForResult(this, 'getCount', [], 6, (b) => b.sheet.conditionalFormats.filter((cf) => rectsOverlap(cf.rect, b.rect)).length);
  }

  clearAll(): void {
    coreOf(this).call('clearAll', [], 6, (b) => {
      assertNotProtected(b.sheet, 'ConditionalFormatCollection.clearAll');
      b.sheet.conditionalFormats = b.sheet.conditionalFormats.filter((cf) => !rectsOverlap(cf.rect, b.rect));
    });
  }
}

const cfDescriptor: ProxyDescriptor<CfBinding> = {
  typeName: 'ConditionalFormat',
  defaultProps: ['type', 'priority', 'stopIfTrue'],
  propMinor: { type: 6, priority: 6, stopIfTrue: 6 },
  readProperty: ({ range, cf }, name) => (name === 'type' ? cf.type : name === 'priority' ? range.sheet.conditionalFormats.indexOf(cf) : name === 'stopIfTrue' ? false : undefined),
  navigation: (owner, name) => (name === 'custom' ? (owner as FakeConditionalFormat).custom : undefined),
};

export class FakeConditionalFormat extends FakeLoadableObject<CfBinding> {
  constructor(context: FakeRequestContextLike, path: string, resolve: () => CfBinding | null, bound?: CfBinding) {
    super(context, path, cfDescriptor, bound ? { resolve, bound } : { resolve });
  }
  get type(): Excel.ConditionalFormatType | string {
    return coreOf(this).get('type');
  }
  get custom(): FakeCustomConditionalFormat {
    const core = coreOf(this);
    return new FakeCustomConditionalFormat(core.context, `${core.path}.custom`, () => core.binding());
  }
  delete(): void {
    coreOf(this).call('delete', [], 6, ({ range, cf }) => {
      assertNotProtected(range.sheet, 'ConditionalFormat.delete');
      range.sheet.conditionalFormats = range.sheet.conditionalFormats.filter((x) => x !== cf);
    });
  }
}

const emptyDescriptor = (typeName: string): ProxyDescriptor<CfBinding> => ({ typeName, defaultProps: [], readProperty: () => undefined });

export class FakeCustomConditionalFormat extends FakeLoadableObject<CfBinding> {
  constructor(context: FakeRequestContextLike, path: string, resolve: () => CfBinding) {
    super(context, path, emptyDescriptor('CustomConditionalFormat'), { resolve });
  }
  get rule(): FakeConditionalFormatRule {
    const core = coreOf(this);
    return new FakeConditionalFormatRule(core.context, `${core.path}.rule`, () => core.binding());
  }
  get format(): FakeConditionalRangeFormat {
    const core = coreOf(this);
    return new FakeConditionalRangeFormat(core.context, `${core.path}.format`, () => core.binding());
  }
}

export class FakeConditionalFormatRule extends FakeLoadableObject<CfBinding> {
  constructor(context: FakeRequestContextLike, path: string, resolve: () => CfBinding) {
    super(context, path, { typeName: 'ConditionalFormatRule', defaultProps: ['formula'], propMinor: { formula: 6 }, readProperty: ({ cf }, name) => (name === 'formula' ? cf.formula : undefined) }, { resolve });
  }
  get formula(): string {
    return coreOf(this).get('formula');
  }
  set formula(formula: string) {
    coreOf(this).set('formula', formula, ({ cf }) => {
      if (typeof formula !== 'string' || !formula.startsWith('=')) fail('InvalidArgument', undefined, 'ConditionalFormatRule.formula');
      cf.formula = formula;
    });
  }
}

export class FakeConditionalRangeFormat extends FakeLoadableObject<CfBinding> {
  constructor(context: FakeRequestContextLike, path: string, resolve: () => CfBinding) {
    super(context, path, emptyDescriptor('ConditionalRangeFormat'), { resolve });
  }
  get fill(): FakeConditionalRangeFill {
    const core = coreOf(this);
    return new FakeConditionalRangeFill(core.context, `${core.path}.fill`, () => core.binding());
  }
  get font(): FakeConditionalRangeFont {
    const core = coreOf(this);
    return new FakeConditionalRangeFont(core.context, `${core.path}.font`, () => core.binding());
  }
}

export class FakeConditionalRangeFill extends FakeLoadableObject<CfBinding> {
  constructor(context: FakeRequestContextLike, path: string, resolve: () => CfBinding) {
    super(context, path, { typeName: 'ConditionalRangeFill', defaultProps: ['color'], propMinor: { color: 6 }, readProperty: ({ cf }, name) => (name === 'color' ? cf.fillColor : undefined) }, { resolve });
  }
  get color(): string {
    return coreOf(this).get('color');
  }
  set color(color: string) {
    coreOf(this).set('color', color, ({ cf }) => (cf.fillColor = normaliseColor(color, 'ConditionalRangeFill.color')));
  }
}

export class FakeConditionalRangeFont extends FakeLoadableObject<CfBinding> {
  constructor(context: FakeRequestContextLike, path: string, resolve: () => CfBinding) {
    super(
      context,
      path,
      { typeName: 'ConditionalRangeFont', defaultProps: ['bold', 'color'], propMinor: { bold: 6, color: 6 }, readProperty: ({ cf }, name) => (name === 'bold' ? cf.fontBold : name === 'color' ? cf.fontColor : undefined) },
      { resolve },
    );
  }
  get bold(): boolean {
    return coreOf(this).get('bold');
  }
  set bold(bold: boolean) {
    coreOf(this).set('bold', bold, ({ cf }) => (cf.fontBold = Boolean(bold)));
  }
  get color(): string {
    return coreOf(this).get('color');
  }
  set color(color: string) {
    coreOf(this).set('color', color, ({ cf }) => (cf.fontColor = normaliseColor(color, 'ConditionalRangeFont.color')));
  }
}
