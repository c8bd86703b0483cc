/// <reference types="office-js" />
/**
 * The base of every fake proxy (FakeRange, FakeWorksheet, …), playing the
 * part of office.js's ClientObject: a path to an object in the workbook,
 * properties that can only be read after `load` + `sync`, and calls that only
 * queue actions.
 *
 * Internals live in a ProxyCore kept in a WeakMap, so the public classes show
 * only members the real API has (see test/excel/fake-host/type-pinning.test.ts).
 */
import { FakeOfficeError, fail } from './errors';
import type { QueuedAction, RequestQueue, Statement } from './request-queue';
import type { HostContext } from './host-context';

/** Per-class behaviour the core needs: how to read a property off the bound model object, and child objects for "a/b" load paths. */
export interface ProxyDescriptor<B> {
  readonly typeName: string;
  /** Properties `load()` with no argument loads. */
  readonly defaultProps: readonly string[];
  /** ExcelApi minor version per property, where above 1.1. */
  readonly propMinor?: Readonly<Record<string, number>>;
  readProperty(binding: B, name: string, core: ProxyCore<B>): unknown;
  /** Child object for a navigation property ("format", "fill", "protection", …). */
  navigation?(owner: FakeClientObject<B>, name: string): FakeClientObject<unknown> | undefined;
}

export interface CollectionDescriptor<B, M> {
  items(binding: B): M[];
  proxyFor(owner: FakeClientObject<B>, item: M): FakeClientObject<unknown>;
}

export interface ProxyOptions<B> {
  readonly context: FakeRequestContextLike;
  readonly path: string;
  readonly resolve: () => B | null;
  /**
   * Objects with identity (sheets, tables, names) bind once and keep
   * following the same object through renames, like Excel's object ids.
   * Ranges bind to a sheet and a fixed rectangle when instantiated.
   */
  readonly instantiate?: { readonly minor: number; readonly nullable: boolean };
  /** Bound up front (items of a loaded collection). */
  readonly bound?: B;
}

/** What a proxy needs from its request context (kept off the public context object). */
export interface FakeRequestContextLike {
  readonly queue: RequestQueue;
  readonly host: HostContext;
  /** The context object batches see, returned by `proxy.context`. */
  readonly publicContext: object;
}

const cores = new WeakMap<object, ProxyCore<unknown>>();

export function coreOf<B>(proxy: FakeClientObject<B>): ProxyCore<B> {
  const core = cores.get(proxy);
  if (!core) throw new Error('Not a fake Excel proxy.');
  return core as ProxyCore<B>;
}

/** Argument serialisation for statements; also office.js's check that an object argument belongs to this context. */
export function statementArg(context: FakeRequestContextLike, arg: unknown): unknown {
  if (arg instanceof FakeClientObject) {
    const core = coreOf(arg);
    if (core.context !== context) fail('InvalidRequestContext');
    return { objectPath: core.path };
  }
  return arg;
}

export type LoadSpec = string | string[] | { select?: string | string[]; expand?: string | string[]; top?: number; skip?: number } | Record<string, unknown> | undefined;

/** Splits any load() argument into plain property names and "child/rest" paths. */
export function parseLoadSpec(spec: LoadSpec): string[] {
  if (spec === undefined || spec === null) return [];
  if (typeof spec === 'string') return spec.split(',').map((s) => s.trim()).filter((s) => s.length > 0);
  if (Array.isArray(spec)) return spec.flatMap((s) => parseLoadSpec(s));
  const obj = spec as Record<string, unknown>;
  if (obj.select !== undefined || obj.expand !== undefined) {
    // LIMIT: top/skip paging of collections is ignored (every item is loaded).
    return [...parseLoadSpec(obj.select as LoadSpec), ...parseLoadSpec(obj.expand as LoadSpec)];
  }
  const out: string[] = [];
  for (const [key, value] of Object.entries(obj)) {
    if (key.startsWith('$')) continue;
    if (value === true) out.push(key);
    else if (value && typeof value === 'object') out.push(...parseLoadSpec(value as LoadSpec).map((p) => `${key}/${p}`));
  }
  return out;
}

export class ProxyCore<B> {
  readonly loaded = new Map<string, unknown>();
  isNull: boolean | undefined;
  private state: { kind: 'unresolved' } | { kind: 'bound'; value: B } | { kind: 'null' } = { kind: 'unresolved' };
  collection?: CollectionDescriptor<B, unknown>;

  constructor(
    readonly owner: FakeClientObject<B>,
    readonly context: FakeRequestContextLike,
    readonly path: string,
    readonly descriptor: ProxyDescriptor<B>,
    private readonly resolver: () => B | null,
  ) {}

  get host(): HostContext {
    return this.context.host;
  }

  /** The model object this proxy stands for, at apply time. Null objects fail with ItemNotFound (ASSUMPTION: Excel rejects actions on a null object rather than ignoring them). */
  binding(): B {
    const value = this.bindingOrNull();
    if (value === null) fail('ItemNotFound', undefined, this.descriptor.typeName);
    return value;
  }

  bindingOrNull(): B | null {
    if (this.state.kind === 'bound') {
      this.checkAlive(this.state.value);
      return this.state.value;
    }
    if (this.state.kind === 'null') return null;
    const value = this.resolver();
    this.state = value === null ? { kind: 'null' } : { kind: 'bound', value };
    return value;
  }

  bindNow(value: B): void {
    this.state = { kind: 'bound', value };
    this.isNull = false;
  }

  /** A bound sheet (or a range/table on it) that was deleted since is gone. */
  private checkAlive(value: B): void {
    const sheet = (value as { deleted?: boolean; sheet?: { deleted?: boolean } } | null) ?? undefined;
    if (sheet && (sheet.deleted === true || sheet.sheet?.deleted === true)) fail('InvalidObjectPath', undefined, this.path);
  }

  enqueue(statement: Omit<Statement, 'path'>, minor: number, apply: QueuedAction['apply']): void {
    this.context.queue.enqueue({ statement: { path: this.path, ...statement }, minor, apply });
  }

  get<T>(name: string): T {
    if (this.loaded.has(name)) return this.loaded.get(name) as T;
    // office.js returns undefined for properties of a null object instead of throwing.
    if (this.isNull === true) return undefined as T;
    throw new FakeOfficeError(
      'PropertyNotLoaded',
      `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
      `${this.descriptor.typeName}.${name}`,
    );
  }

  minorOf(name: string): number {
    return this.descriptor.propMinor?.[name] ?? 1;
  }

  /** Queues a property write; the new value is readable at once, as in office.js. */
  set(name: string, value: unknown, apply: (binding: B) => void): void {
    this.enqueue({ set: name, value }, this.minorOf(name), () => apply(this.binding()));
    this.loaded.set(name, value);
  }

  call(method: string, args: readonly unknown[], minor: number, apply: (binding: B) => ActionResultLike): void {
    const serialised = args.map((a) => statementArg(this.context, a));
    this.enqueue({ call: method, args: serialised }, minor, () => apply(this.binding()) ?? undefined);
  }

  /** Reads the given scalar properties off the bound object (at apply time). */
  readProperties(binding: B, names: readonly string[]): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const name of names) {
      if (!this.descriptor.defaultProps.includes(name)) {
        fail('InvalidArgument', `The property '${name}' is not valid for ${this.descriptor.typeName}.`, `${this.descriptor.typeName}.load`);
      }
      if (this.minorOf(name) > this.host.maxMinor()) fail('ApiNotFound', undefined, `${this.descriptor.typeName}.${name}`);
      out[name] = this.descriptor.readProperty(binding, name, this);
    }
    return out;
  }

  load(spec: LoadSpec): void {
    const paths = parseLoadSpec(spec);
    if (this.collection) return this.loadCollection(paths);
    const scalars: string[] = [];
    const children = new Map<string, string[]>();
    for (const path of paths.length === 0 ? [...this.descriptor.defaultProps] : paths) {
      const slash = path.indexOf('/');
      if (slash < 0) {
        if (this.descriptor.navigation?.(this.owner, path)) children.set(path, [...(children.get(path) ?? [])]);
        else scalars.push(path);
      } else {
        const head = path.slice(0, slash);
        children.set(head, [...(children.get(head) ?? []), path.slice(slash + 1)]);
      }
    }
    for (const [head, rest] of children) {
      const child = this.descriptor.navigation?.(this.owner, head);
      if (child) coreOf(child).load(rest.length === 0 ? undefined : rest);
      // Like every other mistake, an unknown path surfaces at sync.
      else this.enqueue({ load: [head] }, 1, () => fail('InvalidArgument', `The property '${head}' is not valid for ${this.descriptor.typeName}.`, `${this.descriptor.typeName}.load`));
    }
    if (scalars.length === 0 && children.size > 0) return;
    const minor = Math.max(1, ...scalars.map((s) => this.minorOf(s)));
    this.enqueue({ load: scalars }, minor, () => {
      const binding = this.bindingOrNull();
      if (binding === null) return { response: { isNull: true }, deliver: () => (this.isNull = true) };
      const values = this.readProperties(binding, scalars);
      return {
        response: values,
        deliver: () => {
          for (const [k, v] of Object.entries(values)) this.loaded.set(k, v);
          this.isNull = false;
        },
      };
    });
  }

  private loadCollection(paths: string[]): void {
    const collection = this.collection;
    if (!collection) return;
    const itemProps = paths.map((p) => (p === 'items' ? '' : p.startsWith('items/') ? p.slice(6) : p)).filter((p) => p !== '');
    const nested = itemProps.find((p) => p.includes('/'));
    if (nested !== undefined) throw new Error(`Fake Excel host: loading "${nested}" under collection items is not implemented; load it on the item instead.`);
    this.enqueue({ load: paths.length ? paths : ['items'] }, 1, () => {
      const binding = this.binding();
      const proxies = collection.items(binding).map((item) => collection.proxyFor(this.owner, item));
      const rows = proxies.map((proxy) => {
        const core = coreOf(proxy);
        const props = itemProps.length ? itemProps : [...core.descriptor.defaultProps];
        return { core, values: core.readProperties(core.bindingOrNull() as never, props) };
      });
      return {
        response: rows.map((r) => r.values),
        deliver: () => {
          for (const row of rows) {
            for (const [k, v] of Object.entries(row.values)) row.core.loaded.set(k, v);
            row.core.isNull = false;
          }
          this.loaded.set('items', proxies);
          this.isNull = false;
        },
      };
    });
  }
}

type ActionResultLike = { response?: unknown; deliver?: () => void } | void;

export abstract class FakeClientObject<B> {
  /** Type-only: lets coreOf(this) infer the binding type. Not a runtime field. */
  declare protected readonly __binding?: B;

  constructor(context: FakeRequestContextLike, path: string, descriptor: ProxyDescriptor<B>, options: Omit<ProxyOptions<B>, 'context' | 'path'>) {
    const core = new ProxyCore<B>(this, context, path, descriptor, options.resolve);
    cores.set(this, core as ProxyCore<unknown>);
    if (options.bound !== undefined) core.bindNow(options.bound);
    const instantiate = options.instantiate;
    if (instantiate) {
      // Like office.js's Instantiate action: a missing item fails the sync even if the object is never used.
      core.enqueue({ instantiate: true }, instantiate.minor, () => {
        const value = instantiate.nullable ? core.bindingOrNull() : core.binding();
        return { deliver: () => (core.isNull = value === null) };
      });
    }
  }

  /** The request context this object belongs to. */
  get context(): Excel.RequestContext {
    return coreOf(this).context.publicContext as Excel.RequestContext;
  }

  /** Known only after a sync; reading it earlier throws PropertyNotLoaded, as office.js does. */
  get isNullObject(): boolean {
    const core = coreOf(this);
    if (core.isNull === undefined) {
      throw new FakeOfficeError('PropertyNotLoaded', "The property 'isNullObject' is not available until the object has been synced.", `${core.descriptor.typeName}.isNullObject`);
    }
    return core.isNull;
  }

  /** Plain data of what has been loaded, like office.js's toJSON. */
  toJSON(): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const [k, v] of coreOf(this).loaded) {
      if (Array.isArray(v) && v.every((x) => x instanceof FakeClientObject)) out[k] = v.map((x: FakeClientObject<unknown>) => x.toJSON());
      else out[k] = v;
    }
    return out;
  }
}

/** Objects with a load method — all but a few (WorksheetFreezePanes has none in the real API). */
export abstract class FakeLoadableObject<B> extends FakeClientObject<B> {
  load(propertyNames?: LoadSpec): this {
    coreOf(this).load(propertyNames);
    return this;
  }
}

/** Throws the ItemNotFound office.js reports for a missing named item. */
export function notFound(typeName: string, key: string): never {
  fail('ItemNotFound', `The requested resource doesn't exist. (${typeName} '${key}')`, `${typeName}.getItem`);
}

/** office.js's ClientResult: a value known only after the sync that computes it. */
export class FakeClientResult<T> {
  private known = false;
  private result: T | undefined;

  get value(): T {
    if (!this.known) {
      throw new FakeOfficeError('PropertyNotLoaded', "The value is not available until context.sync() has completed.", 'ClientResult.value');
    }
    return this.result as T;
  }

  /** @internal Set by the sync that computed it. */
  settle(value: T): void {
    this.known = true;
    this.result = value;
  }
}

/** Queues a call whose answer arrives as a ClientResult after the sync. */
export function callForResult<B, T>(proxy: FakeClientObject<B>, method: string, args: readonly unknown[], minor: number, compute: (binding: B) => T): FakeClientResult<T> {
  const result = new FakeClientResult<T>();
  coreOf(proxy).call(method, args, minor, (binding) => {
    const value = compute(binding);
    return { response: value, deliver: () => result.settle(value) };
  });
  return result;
}
