/**
 * workbook.settings (ExcelApi 1.4): key/value pairs saved with the workbook.
 * Values go through JSON, as Excel stores them, so only JSON-able values
 * survive; ASSUMPTION: anything JSON cannot represent fails with InvalidArgument.
 */
import { FakeLoadableObject, FakeClientResult, FakeRequestContextLike, callForResult, coreOf, notFound } from './client-object';
import { fail } from './errors';
import type { WorkbookModel } from './workbook-model';

interface SettingBinding {
  readonly model: WorkbookModel;
  readonly key: string;
}

function jsonCopy(value: unknown, location: string): unknown {
  const text = JSON.stringify(value);
  if (text === undefined) fail('InvalidArgument', undefined, location);
  return JSON.parse(text) as unknown;
}

export class FakeSetting extends FakeLoadableObject<SettingBinding> {
  constructor(context: FakeRequestContextLike, path: string, resolve: () => SettingBinding | null, instantiate?: { minor: number; nullable: boolean }, bound?: SettingBinding) {
    super(
      context,
      path,
      {
        typeName: 'Setting',
        defaultProps: ['key', 'value'],
        propMinor: { key: 4, value: 4 },
        readProperty: ({ model, key }, name) => (name === 'key' ? key : name === 'value' ? model.settings.get(key) : undefined),
      },
      { resolve, ...(instantiate ? { instantiate } : {}), ...(bound ? { bound } : {}) },
    );
  }
  get key(): string {
    return coreOf(this).get('key');
  }
  get value(): unknown {
    return coreOf(this).get('value');
  }
  set value(value: unknown) {
    coreOf(this).set('value', value, ({ model, key }) => model.settings.set(key, jsonCopy(value, 'Setting.value')));
  }
  delete(): void {
    coreOf(this).call('delete', [], 4, ({ model, key }) => {
      model.settings.delete(key);
    });
  }
}

export class FakeSettingCollection extends FakeLoadableObject<WorkbookModel> {
  constructor(context: FakeRequestContextLike, path: string, resolve: () => WorkbookModel) {
    super(context, path, { typeName: 'SettingCollection', defaultProps: [], readProperty: () => undefined }, { resolve });
    coreOf(this).collection = {
      items: (model) => [...model.settings.keys()].map((key) => ({ model, key })),
      proxyFor: (owner, b) => new FakeSetting(coreOf(owner).context, `${coreOf(owner).path}.getItem(${JSON.stringify((b as SettingBinding).key)})`, () => b as SettingBinding, undefined, b as SettingBinding),
    };
  }
  get items(): FakeSetting[] {
    return coreOf(this).get('items');
  }
  /** Adds or replaces. */
  add(key: string, value: string | number | boolean | Date | unknown[] | object): FakeSetting {
    const core = coreOf(this);
    core.call('add', [key, value], 4, (model) => {
      if (typeof key !== 'string' || key === '') fail('InvalidArgument', undefined, 'SettingCollection.add');
      model.settings.set(key, jsonCopy(value, 'SettingCollection.add'));
    });
    return new FakeSetting(core.context, `${core.path}.getItem(${JSON.stringify(key)})`, () => ({ model: core.binding(), key }));
  }
  getItem(key: string): FakeSetting {
    const core = coreOf(this);
    return new FakeSetting(
      core.context,
      `${core.path}.getItem(${JSON.stringify(key)})`,
      () => {
        const model = core.binding();
        return model.settings.has(key) ? { model, key } : notFound('Setting', key);
      },
      { minor: 4, nullable: false },
    );
  }
  getItemOrNullObject(key: string): FakeSetting {
    const core = coreOf(this);
    return new FakeSetting(
      core.context,
      `${core.path}.getItemOrNullObject(${JSON.stringify(key)})`,
      () => {
        const model = core.binding();
        return model.settings.has(key) ? { model, key } : null;
      },
      { minor: 4, nullable: true },
    );
  }
  getCount(): FakeClientResult<number> {
    return callForResult(this, 'getCount', [], 4, (model) => model.settings.size);
  }
}
