/// <reference types="office-js" />
/**
 * Defined names (ExcelApi 1.4 for add).
 *
 * `names.add(name, reference)`: a Range, or a string starting with "=", is a
 * reference/formula; a string without "=" is stored as text — its formula is
 * the string constant (="text") and its value the text (FACTS).
 *
 * ASSUMPTIONS: a duplicate name fails with ItemAlreadyExists; a name equal to
 * a table's fails with InvalidArgument; a name whose formula is neither a
 * plain reference nor a constant has type "Error" and value UNCALCULATED
 * (the fake does not calculate).
 */
import { qualifiedA1 } from './a1-address';
import { FakeClientObject, FakeLoadableObject, FakeClientResult, FakeRequestContextLike, ProxyDescriptor, callForResult, coreOf, notFound } from './client-object';
import { fail } from './errors';
import { FakeRange } from './fake-range';
import type { RangeBinding } from './range-binding';
import { describeFormula, rangeOfName } from './name-reference';
import { NameModel, SheetModel, WorkbookModel, isValidDefinedName } from './workbook-model';

export interface NameScope {
  readonly model: WorkbookModel;
  readonly sheet: SheetModel | null;
}

interface NameBinding {
  readonly model: WorkbookModel;
  readonly item: NameModel;
}

function absolute(address: string): string {
  return address.replace(/(^|[!:])([A-Z]+)(\d+)/g, '$1$$$2$$$3');
}

const nameDescriptor: ProxyDescriptor<NameBinding> = {
  typeName: 'NamedItem',
  defaultProps: ['name', 'formula', 'value', 'type', 'comment', 'visible', 'scope'],
  propMinor: { formula: 7, comment: 4, scope: 4 },
  readProperty({ item }, name) {
    switch (name) {
      case 'name':
        return item.name;
      case 'formula':
        return item.formula;
      case 'value':
        return describeFormula(item.formula).value;
      case 'type':
        return describeFormula(item.formula).type;
      case 'comment':
        return item.comment;
      case 'visible':
        return item.visible;
      case 'scope':
        return item.scopeSheetId === null ? 'Workbook' : 'Worksheet';
    }
    return undefined;
  },
};

export class FakeNamedItem extends FakeLoadableObject<NameBinding> {
  constructor(context: FakeRequestContextLike, path: string, resolve: () => NameBinding | null, instantiate?: { minor: number; nullable: boolean }, bound?: NameBinding) {
    super(context, path, nameDescriptor, { resolve, ...(instantiate ? { instantiate } : {}), ...(bound ? { bound } : {}) });
  }
  get name(): string {
    return coreOf(this).get('name');
  }
  get formula(): string {
    return coreOf(this).get('formula');
  }
  set formula(formula: string) {
    coreOf(this).set('formula', formula, ({ item }) => (item.formula = toFormula(formula)));
  }
  get value(): unknown {
    return coreOf(this).get('value');
  }
  get type(): Excel.NamedItemType | string {
    return coreOf(this).get('type');
  }
  get comment(): string {
    return coreOf(this).get('comment');
  }
  get visible(): boolean {
    return coreOf(this).get('visible');
  }
  get scope(): Excel.NamedItemScope | 'Worksheet' | 'Workbook' {
    return coreOf(this).get('scope');
  }
  getRange(): FakeRange {
    const core = coreOf(this);
    return new FakeRange(
      core.context,
      `${core.path}.getRange()`,
      () => {
        const { model, item } = core.binding();
        return rangeOfName(model, item) ?? fail('InvalidArgument', 'The name does not refer to a range.', 'NamedItem.getRange');
      },
      { minor: 1, nullable: false },
    );
  }
  delete(): void {
    coreOf(this).call('delete', [], 4, ({ model, item }) => {
      model.names = model.names.filter((n) => n !== item);
    });
  }
}

function toFormula(reference: string): string {
  if (reference.startsWith('=')) return reference;
  return `="${reference.replace(/"/g, '""')}"`;
}

export class FakeNamedItemCollection extends FakeLoadableObject<NameScope> {
  constructor(context: FakeRequestContextLike, path: string, resolve: () => NameScope) {
    super(context, path, { typeName: 'NamedItemCollection', defaultProps: [], readProperty: () => undefined }, { resolve });
    coreOf(this).collection = {
      items: (scope) => namesIn(scope).map((item) => ({ model: scope.model, item })),
      proxyFor: (owner, b) => new FakeNamedItem(coreOf(owner).context, `${coreOf(owner).path}.getItem("${(b as NameBinding).item.name}")`, () => b as NameBinding, undefined, b as NameBinding),
    };
  }
  get items(): FakeNamedItem[] {
    return coreOf(this).get('items');
  }
  add(name: string, reference: Excel.Range | string, comment?: string): FakeNamedItem {
    const core = coreOf(this);
    let created: NameBinding | null = null;
    core.call('add', [name, reference, comment ?? null], 4, (scope) => {
      const { model } = scope;
      if (!isValidDefinedName(name)) fail('InvalidArgument', `The name '${name}' is not valid.`, 'NamedItemCollection.add');
      const scopeId = scope.sheet ? scope.sheet.id : null;
      if (model.findName(name, scopeId)) fail('ItemAlreadyExists', undefined, 'NamedItemCollection.add');
      if (model.findTable(name)) fail('InvalidArgument', 'The name is already used by a table.', 'NamedItemCollection.add');
      let formula: string;
      if (reference instanceof FakeClientObject) {
        const { sheet, rect } = coreOf(reference as FakeClientObject<RangeBinding>).binding();
        formula = `=${absolute(qualifiedA1(sheet.name, rect))}`;
      } else if (typeof reference === 'string') formula = toFormula(reference);
      else fail('InvalidArgument', undefined, 'NamedItemCollection.add');
      const item: NameModel = { name, formula, comment: comment ?? '', visible: true, scopeSheetId: scopeId };
      model.names.push(item);
      created = { model, item };
    });
    return new FakeNamedItem(core.context, `${core.path}.add(${JSON.stringify(name)})`, () => created);
  }
  getItem(name: string): FakeNamedItem {
    const core = coreOf(this);
    return new FakeNamedItem(core.context, `${core.path}.getItem(${JSON.stringify(name)})`, () => findIn(core.binding(), name) ?? notFound('NamedItem', name), { minor: 1, nullable: false });
  }
  getItemOrNullObject(name: string): FakeNamedItem {
    const core = coreOf(this);
    return new FakeNamedItem(core.context, `${core.path}.getItemOrNullObject(${JSON.stringify(name)})`, () => findIn(core.binding(), name) ?? null, { minor: 4, nullable: true });
  }
  getCount(): FakeClientResult<number> {
    return callForResult(this, 'getCount', [], 4, (scope) => namesIn(scope).length);
  }
}

function namesIn(scope: NameScope): NameModel[] {
  const id = scope.sheet ? scope.sheet.id : null;
  return scope.model.names.filter((n) => n.scopeSheetId === id);
}

function findIn(scope: NameScope, name: string): NameBinding | undefined {
  const item = namesIn(scope).find((n) => n.name.toLowerCase() === name.toLowerCase());
  return item ? { model: scope.model, item } : undefined;
}
