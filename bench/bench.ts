/**
 * `npm run bench`: the plans of issue 10 (1×, 10×, 100× the example, and 308
 * municipalities with 50 pools), each step measured in-process after a
 * warm-up, rounds interleaved (every step of every size once per round),
 * medians reported; the command line as processes with their peak memory;
 * the office-js writer on the fake host (syncs, largest request); the task
 * pane's production bundle. Writes a table to the terminal and
 * bench/results.json; on the repository itself also docs/benchmarks.md.
 *
 *   --rounds N      in-process rounds (default 5)
 *   --cli-rounds N  rounds of the command-line processes (default 3)
 *   --sizes a,b     a subset of 1x,10x,100x,308m
 *   --only a,b      a subset of engine,layout,write,raw,read,cli,fake-host,bundle
 *   --root DIR      measure another checkout (e.g. a worktree of an older commit)
 *   --out FILE      where the results go (default bench/results.json)
 *   --no-build      use the root's dist/ and dist/addin as they are
 *   --doc-only      only write docs/benchmarks.md again from bench/results.json
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { BENCH_SIZES, benchPlan, type BenchSize } from '../test/support/scaled-plan';
import { writeBenchmarksDoc } from './benchmarks-doc';
import { writeRawExcelJs } from './raw-exceljs';
import { growthExponent, median } from './statistics';

export interface Run {
  case: string;
  size: string;
  metric: string;
  value: number;
  unit: string;
}
export interface Machine {
  cpu: string;
  cores: number;
  memoryGB: number;
  node: string;
  platform: string;
  loadAverage: number[];
  date: string;
  commit: string;
}
export interface Results {
  machine: Machine;
  runs: Run[];
}

const IN_PROCESS = ['engine', 'layout', 'write', 'raw', 'read'] as const;
type InProcessStep = (typeof IN_PROCESS)[number];
const ALL_CASES = [...IN_PROCESS, 'cli', 'fake-host', 'bundle'] as const;

interface Options {
  rounds: number;
  cliRounds: number;
  sizes: BenchSize[];
  only: Set<string>;
  root: string;
  out: string;
  build: boolean;
}

const HERE = resolve(__dirname, '..');

function options(argv: readonly string[]): Options {
  const value = (name: string): string | undefined => {
    const at = argv.indexOf(`--${name}`);
    return at >= 0 ? argv[at + 1] : undefined;
  };
  const list = (name: string, all: readonly string[]): string[] => {
    const given = value(name);
    if (given === undefined) return [...all];
    const items = given.split(',');
    const unknown = items.filter((i) => !all.includes(i));
    if (unknown.length > 0) throw new Error(`--${name}: unknown ${unknown.join(', ')} (one of ${all.join(', ')})`);
    return items;
  };
  return {
    rounds: Number(value('rounds') ?? 5),
    cliRounds: Number(value('cli-rounds') ?? 3),
    sizes: list('sizes', BENCH_SIZES) as BenchSize[],
    only: new Set(list('only', ALL_CASES)),
    root: resolve(value('root') ?? HERE),
    out: resolve(value('out') ?? RESULTS),
    build: !argv.includes('--no-build'),
  };
}

/** A module of the checkout measured, by its path under src: the types are this tree's, the code the root's. */
function sourceModule<T>(root: string, path: string): T {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the checkout is chosen at run time
  return require(join(root, 'src', path)) as T;
}

function modules(root: string) {
  const load = <T>(path: string): T => sourceModule<T>(root, path);
  return {
    parse: load<typeof import('../src/model/parse-plan')>('model/parse-plan'),
    validate: load<typeof import('../src/engine/validate')>('engine/validate'),
    contributions: load<typeof import('../src/engine/contributions')>('engine/contributions'),
    layout: load<typeof import('../src/layout/lay-out-workbook')>('layout/lay-out-workbook'),
    write: load<typeof import('../src/xlsx/write-workbook')>('xlsx/write-workbook'),
    read: load<typeof import('../src/xlsx/read-workbook')>('xlsx/read-workbook'),
    readPlan: load<typeof import('../src/layout/read/read-plan')>('layout/read/read-plan'),
    open: load<typeof import('../src/app/open-plan-file')>('app/open-plan-file'),
  };
}
type Modules = ReturnType<typeof modules>;

function sh(command: string, args: readonly string[], cwd: string): void {
  const run = spawnSync(command, args, { cwd, stdio: ['ignore', 'ignore', 'inherit'] });
  if (run.status !== 0) throw new Error(`${command} ${args.join(' ')} failed in ${cwd} (exit ${run.status})`);
}

function machine(root: string): Machine {
  const git = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' });
  const dirty = spawnSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: root, encoding: 'utf8' });
  return {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryGB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    loadAverage: loadavg().map((l) => Math.round(l * 100) / 100),
    date: new Date().toISOString(),
    commit: `${git.stdout.trim()}${dirty.stdout.trim() ? ' (with uncommitted changes)' : ''}`,
  };
}

function gc(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/** One plan's inputs and outputs, made once so that each step is timed on its own. */
interface Prepared {
  text: string;
  plan: import('../src/model/plan').Plan;
  findings: import('../src/model/finding').Finding[];
  layout: import('../src/layout/workbook-layout').WorkbookLayout;
  laidOut: import('../src/layout/lay-out-workbook').LaidOutWorkbook;
  xlsx: Buffer;
}

/** With `workbook` false (only the engine and the command line measured) the layout and the file are left out: they take long. */
async function prepare(m: Modules, example: import('../src/model/plan').Plan, size: BenchSize, workbook: boolean): Promise<Prepared> {
  const plan = benchPlan(example, size);
  const text = JSON.stringify(plan, null, 2);
  const findings = m.validate.validatePlan(plan);
  const errors = findings.filter((f) => f.severity === 'error');
  if (errors.length > 0) throw new Error(`the ${size} plan has errors: ${errors.slice(0, 3).map((f) => f.message.en).join('; ')}`);
  if (!workbook) return { text, plan, findings, layout: null as never, laidOut: null as never, xlsx: Buffer.alloc(0) };
  const laidOut = m.layout.layOutWorkbook(plan, findings);
  const xlsx = await m.write.writeWorkbook(laidOut.layout);
  return { text, plan, findings, layout: laidOut.layout, laidOut, xlsx };
}

async function step(m: Modules, name: InProcessStep, p: Prepared): Promise<void> {
  switch (name) {
    case 'engine': {
      const parsed = m.parse.parsePlanText(p.text);
      if (!parsed.ok) throw new Error('the plan does not parse');
      m.validate.validatePlan(parsed.plan);
      m.contributions.municipalContributions(parsed.plan);
      return;
    }
    case 'layout':
      m.layout.layOutWorkbook(p.plan, p.findings);
      return;
    case 'write':
      await m.write.writeWorkbook(p.layout);
      return;
    case 'raw':
      await writeRawExcelJs(p.layout);
      return;
    case 'read': {
      const read = await m.read.readWorkbook(p.xlsx);
      if (!read.ok) throw new Error(`the workbook does not read: ${read.reason}`);
      if (m.readPlan.readPlan(read.grid).plan === null) throw new Error('no plan read back');
      return;
    }
  }
}

interface ProcessRun {
  ms: number;
  cpuMs: number;
  rssMB: number;
}

function runProcess(root: string, args: readonly string[], scratch: string): ProcessRun {
  const rssFile = join(scratch, 'rss');
  rmSync(rssFile, { force: true });
  const started = performance.now();
  const run = spawnSync(process.execPath, ['-r', join(HERE, 'bench', 'max-rss.js'), ...args], {
    cwd: root,
    env: { ...process.env, BENCH_RSS_FILE: rssFile },
    encoding: 'utf8',
  });
  const ms = performance.now() - started;
  if (run.status !== 0 && run.status !== 1) throw new Error(`node ${args.join(' ')}: exit ${run.status}\n${run.stderr}`);
  const usage = existsSync(rssFile) ? (JSON.parse(readFileSync(rssFile, 'utf8')) as { maxRSS: number; cpu: number }) : { maxRSS: NaN, cpu: NaN };
  return { ms, cpuMs: usage.cpu / 1000, rssMB: usage.maxRSS / 1024 };
}

async function fakeHostWrite(root: string, laidOut: Prepared['laidOut']): Promise<Run[]> {
  const { FakeExcelHost } = sourceModule<typeof import('../src/excel/fake-host')>(root, 'excel/fake-host');
  const { createLiveWorkbook } = sourceModule<typeof import('../src/excel/create-live-workbook')>(root, 'excel/create-live-workbook');
  const now = new Date('2026-12-04T12:00:00Z');
  const host = new FakeExcelHost({ today: () => now });
  const live = createLiveWorkbook({
    run: (batch) => host.run(batch),
    isSetSupported: (name, version) => host.isSetSupported(name, version),
    now: () => now,
    retry: { attempts: 1, delay: () => 0, sleep: () => Promise.resolve() },
  });
  const started = performance.now();
  const report = await live.generate(laidOut);
  const ms = performance.now() - started;
  const read = host.requests.reduce((a, r) => a + r.responseBytes, 0);
  const MB4 = 4 * 1024 * 1024;
  // The bound write-layout.ts states: 5 + ⌈read / 4 MB⌉ + ⌈W / 3 MB⌉, W the bytes written as the adapter estimates them.
  const bound = 5 + Math.ceil(read / MB4) + Math.ceil(report.writtenBytes / (3 * 1024 * 1024));
  const largest = Math.max(...host.requests.map((r) => r.requestBytes));
  return [
    { case: 'fake-host', size: '', metric: 'syncs', value: report.syncs, unit: 'syncs' },
    { case: 'fake-host', size: '', metric: 'sync-bound', value: bound, unit: 'syncs' },
    { case: 'fake-host', size: '', metric: 'largest-request', value: Math.round((largest / 1024 / 1024) * 100) / 100, unit: 'MB' },
    { case: 'fake-host', size: '', metric: 'time', value: Math.round(ms), unit: 'ms' },
  ];
}

function bundle(root: string, build: boolean): Run[] {
  if (build) sh(process.execPath, [join(root, 'node_modules', 'webpack-cli', 'bin', 'cli.js'), '--mode', 'production'], root);
  const dir = join(root, 'dist', 'addin');
  const files = readdirSync(dir).filter((f) => f.endsWith('.js') && statSync(join(dir, f)).isFile());
  const kb = (names: string[]): number => Math.round(names.reduce((n, f) => n + gzipSync(readFileSync(join(dir, f))).length, 0) / 102.4) / 10;
  // webpack.config.js splits node_modules into the vendors chunk; everything else is the pane's own code (its entry and lazy chunks).
  const vendors = files.filter((f) => f.startsWith('vendors'));
  const own = files.filter((f) => !f.startsWith('vendors'));
  return [
    { case: 'bundle', size: '', metric: 'taskpane-gzip', value: kb(own), unit: 'KB' },
    { case: 'bundle', size: '', metric: 'vendors-gzip', value: kb(vendors), unit: 'KB' },
    { case: 'bundle', size: '', metric: 'total-gzip', value: kb(files), unit: 'KB' },
  ];
}

const DOC = join(HERE, 'docs', 'benchmarks.md');
const RESULTS = join(HERE, 'bench', 'results.json');
const BEFORE = join(HERE, 'bench', 'before.json');

async function main(): Promise<void> {
  if (process.argv.includes('--doc-only')) {
    writeBenchmarksDoc(DOC, JSON.parse(readFileSync(RESULTS, 'utf8')) as Results, BEFORE);
    process.stderr.write(`wrote ${DOC}\n`);
    return;
  }
  const o = options(process.argv.slice(2));
  const log = (text: string): void => void process.stderr.write(`${text}\n`);
  const m = modules(o.root);
  const opened = m.open.openPlanFile(readFileSync(join(o.root, 'examples', 'kaustinen-2026.plan.json'), 'utf8'));
  if (!opened.ok) throw new Error('the example plan does not open');
  const scratch = join(tmpdir(), `plansheets-bench-${process.pid}`);
  mkdirSync(scratch, { recursive: true });
  const runs: Run[] = [];
  const cli = o.only.has('cli');
  if (cli && o.build) {
    log('building the command line (npm run build)…');
    sh('npm', ['run', 'build', '--silent'], o.root);
  }

  log(`preparing ${o.sizes.join(', ')}…`);
  const prepared = new Map<BenchSize, Prepared>();
  for (const size of o.sizes) {
    const p = await prepare(m, opened.plan, size, ['layout', 'write', 'raw', 'read', 'fake-host'].some((c) => o.only.has(c)));
    prepared.set(size, p);
    writeFileSync(join(scratch, `${size}.plan.json`), p.text);
    const goals = p.plan.sections.reduce((n, s) => n + s.goals.length, 0);
    runs.push({ case: 'plan', size, metric: 'goals', value: goals, unit: 'goals' });
    runs.push({ case: 'plan', size, metric: 'municipalities', value: p.plan.municipalities.length, unit: 'municipalities' });
    runs.push({ case: 'plan', size, metric: 'pools', value: p.plan.contributions.pools.length, unit: 'pools' });
    runs.push({ case: 'plan', size, metric: 'errors', value: p.findings.filter((f) => f.severity === 'error').length, unit: 'findings' });
    if (p.xlsx.length > 0) runs.push({ case: 'plan', size, metric: 'xlsx', value: Math.round(p.xlsx.length / 1024), unit: 'KB' });
  }

  const steps = IN_PROCESS.filter((s) => o.only.has(s));
  const samples = new Map<string, number[]>();
  const sample = (key: string, value: number): void => void samples.set(key, [...(samples.get(key) ?? []), value]);
  log('warming up…');
  for (const name of steps) for (const size of o.sizes) await step(m, name, prepared.get(size)!);

  const cliArgs = (size: BenchSize): Array<[string, string[]]> => [
    ['cli-build', [join(o.root, 'bin', 'plansheets.js'), 'build', join(scratch, `${size}.plan.json`), '-o', join(scratch, `${size}.xlsx`)]],
    ['cli-validate', [join(o.root, 'bin', 'plansheets.js'), 'validate', join(scratch, `${size}.plan.json`)]],
  ];
  const rounds = Math.max(o.rounds, cli ? o.cliRounds : 0);
  for (let round = 1; round <= rounds; round++) {
    log(`round ${round} of ${rounds}…`);
    if (cli && round <= o.cliRounds) {
      for (const [name, args] of [['cli-node', ['-e', '0']], ['cli-help', [join(o.root, 'bin', 'plansheets.js'), '--help']]] as const) {
        const run = runProcess(o.root, args, scratch);
        sample(`${name}|`, run.ms);
        sample(`${name}-cpu|`, run.cpuMs);
      }
    }
    for (const size of o.sizes) {
      const p = prepared.get(size)!;
      if (round <= o.rounds) {
        for (const name of steps) {
          gc();
          const cpu = process.cpuUsage();
          const started = performance.now();
          await step(m, name, p);
          sample(`${name}|${size}`, performance.now() - started);
          const used = process.cpuUsage(cpu);
          sample(`${name}-cpu|${size}`, (used.user + used.system) / 1000);
        }
      }
      if (cli && round <= o.cliRounds) {
        for (const [name, args] of cliArgs(size)) {
          const run = runProcess(o.root, args, scratch);
          sample(`${name}|${size}`, run.ms);
          sample(`${name}-cpu|${size}`, run.cpuMs);
          sample(`${name}-rss|${size}`, run.rssMB);
        }
      }
    }
  }
  // Wall time (median), CPU time of the process (median; less disturbed by other work on the machine), peak RSS (largest).
  const kinds = [
    { suffix: '-rss', metric: 'peak-rss', unit: 'MB', of: (values: number[]) => Math.max(...values) },
    { suffix: '-cpu', metric: 'cpu-median', unit: 'ms', of: median },
    { suffix: '', metric: 'median', unit: 'ms', of: median },
  ];
  for (const [key, values] of samples) {
    const [name, size] = key.split('|') as [string, string];
    const kind = kinds.find((k) => name.endsWith(k.suffix))!;
    runs.push({ case: name.slice(0, name.length - kind.suffix.length), size, metric: kind.metric, value: Math.round(kind.of(values)), unit: kind.unit });
  }
  const medianOf = (name: string, size: string, metric = 'median'): number | undefined =>
    runs.find((r) => r.case === name && r.size === size && r.metric === metric)?.value;
  for (const metric of ['median', 'cpu-median']) {
    const suffix = metric === 'median' ? '' : '-cpu';
    for (const name of [...steps, 'cli-build']) {
      const small = medianOf(name, '10x', metric);
      const large = medianOf(name, '100x', metric);
      if (small && large) {
        runs.push({ case: name, size: '10x→100x', metric: `growth-exponent${suffix}`, value: Math.round(growthExponent(small, large, 10) * 100) / 100, unit: '' });
      }
    }
    for (const size of o.sizes) {
      const write = medianOf('write', size, metric);
      const raw = medianOf('raw', size, metric);
      if (write && raw) runs.push({ case: 'write/raw', size, metric: `ratio${suffix}`, value: Math.round((write / raw) * 100) / 100, unit: '×' });
      const total = ['layout', 'write', 'read'].map((s) => medianOf(s, size, metric));
      if (total.every((t) => t !== undefined)) runs.push({ case: 'layout+write+read', size, metric, value: total.reduce((a, b) => a! + b!, 0)!, unit: 'ms' });
    }
  }

  if (o.only.has('fake-host')) {
    for (const size of o.sizes) {
      log(`the office-js writer on the fake host, ${size}…`);
      gc();
      runs.push(...(await fakeHostWrite(o.root, prepared.get(size)!.laidOut)).map((r) => ({ ...r, size })));
    }
  }
  if (o.only.has('bundle')) {
    log(o.build ? 'building the task pane (webpack --mode production)…' : 'measuring dist/addin…');
    runs.push(...bundle(o.root, o.build));
  }
  rmSync(scratch, { recursive: true, force: true });

  const results: Results = { machine: machine(o.root), runs };
  writeFileSync(o.out, `${JSON.stringify(results, null, 2)}\n`);
  process.stdout.write(terminalTable(runs));
  log(`wrote ${o.out}`);
  if (o.root === HERE && o.out === RESULTS) {
    writeBenchmarksDoc(DOC, results, BEFORE);
    log(`wrote ${DOC}`);
  }
}

function terminalTable(runs: readonly Run[]): string {
  const rows = runs.filter((r) => r.case !== 'plan').map((r) => [r.case, r.size, r.metric, `${r.value}`, r.unit]);
  const widths = [0, 1, 2, 3, 4].map((i) => Math.max(...rows.map((r) => r[i]!.length), 4));
  const line = (cells: string[]): string => cells.map((c, i) => (i === 3 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ');
  return `${[line(['case', 'size', 'metric', 'value', 'unit']), ...rows.map(line)].join('\n')}\n`;
}

main().catch((error: unknown) => {
  process.stderr.write(`bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
