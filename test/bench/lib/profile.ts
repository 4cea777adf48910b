/**
 * Summary of a V8 CPU profile (`node --cpu-prof`) over a time window: self time per function and
 * per package, and inclusive time (share of samples with the package / function on the stack).
 * Percentages are of busy time: all samples in the window except `(idle)`.
 */
import fs from 'node:fs';
import path from 'node:path';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}

interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

export interface Row {
  name: string;
  ms: number;
  pct: number;
}

/**
 * What a sample was doing, judged from its whole stack (first rule that matches). Heuristic: async
 * continuations start a fresh stack (`runMicrotasks` → the function that awaited), so the rules
 * also recognise the libraries' own frames (a MikroORM `findOne` in a read request is the
 * authentication's user or key lookup; the list reads through raw SQL, never through `find`).
 * Names of our functions (authenticate, readRows, countRows …) follow api/src: rename them there
 * and they land in "other".
 */
const ACTIVITIES: Array<[string, (leaf: string, stack: string) => boolean]> = [
  ['GC', (l) => l.startsWith('(garbage collector)')],
  ['V8 (program: compiler, ICs)', (l) => l.startsWith('(program)')],
  ['auth: jwt.verify → crypto.createPublicKey(string) throws, then createSecretKey', (_l, s) => s.includes('createPublicKey') && (s.includes('jsonwebtoken') || s.includes('authenticate '))],
  ['auth: jwt.verify (rest)', (_l, s) => s.includes('jsonwebtoken') || s.includes('/jws/')],
  [
    'auth: user / key row via MikroORM em.findOne (query builder, entity, identity map)',
    (_l, s) => /(^|\n)(authenticate|findTokenUser|findApiKey) /.test(s) || /findOne @mikro-orm|AbstractSqlDriver|EntityFactory|EntityLoader|UnitOfWork|EntityComparator|ObjectHydrator/.test(s),
  ],
  ['Apollo per-field plugin hook (a willResolveField → schemaInstrumentation wraps every field)', (l, s) => /schemaInstrumentation|willResolveField/.test(l) || (l.startsWith('now ') && s.includes('willResolveField'))],
  ['our Apollo plugins (graphql/plugins.ts: usage counter, argument limits, query cost)', (_l, s) => /graphql\/(plugins|argument-limits|query-cost)\.ts/.test(s)],
  ['list: count / estimate', (_l, s) => /(^|\n)countRows /.test(s)],
  ['list: SQL through MikroORM QueryBuilder + knex', (_l, s) => /(^|\n)(readRows|listPage|list) /.test(s) && /mikro-orm|knex\//.test(s)],
  ['list: decode rows', (_l, s) => /(^|\n)decode /.test(s)],
  ['list: parseResolveInfo', (_l, s) => /(^|\n)(readRows|listPage|list|selectionOf|isSelected) /.test(s) && s.includes('graphql-parse-resolve-info')],
  ['list: plan, SQL text, policies (api/src)', (_l, s) => /(^|\n)(readRows|listPage|list|planNode|rowJson) /.test(s)],
  ['pg: parse results (JSON.parse of the json column)', (l, s) => s.includes('pg-protocol') || s.includes('pg/lib/result.js') || l.startsWith('parseRow')],
  ['DB call plumbing (MikroORM execute + formatQuery, knex runner, tarn pool, pg send incl. socket write)', (_l, s) => /pg\/lib|knex\/|mikro-orm|tarn\//.test(s)],
  ['Apollo: JSON.stringify of the response', (_l, s) => s.includes('prettyJSONStringify')],
  ['fields: scalar serialize (graphql-scalars)', (l) => l.includes('graphql-scalars')],
  ['fields: relation resolvers, access checks (api/src)', (l) => /api\/src\/(graphql\/relations|modules\/auth\/permissions|common\/access|graphql\/auth-checker|graphql\/schema)/.test(l)],
  ['fields: type-graphql resolver wrappers', (l) => l.includes('type-graphql')],
  ['fields: graphql-js execution', (_l, s) => s.includes('graphql/execution') || s.includes('type-graphql')],
  ['Apollo: parse, validate, armor rules', (_l, s) => /graphql\/(language|validation)|graphql-armor/.test(s)],
  ['Apollo: request pipeline (rest)', (_l, s) => s.includes('@apollo/server')],
  ['HTTP: express res.send ETag (sha1 of the body)', (_l, s) => s.includes('etag')],
  ['HTTP: socket writes', (l, s) => /^(writev|writeBuffer)/.test(l) || s.includes('writeGeneric')],
  ['HTTP: express res.send (Buffer, headers)', (_l, s) => /(^|\n)send express/.test(s)],
  ['HTTP: request in (http parser, router, JSON body)', (_l, s) => /body-parser|raw-body|parserOn|router\/|express/.test(s)],
  ['AsyncLocalStorage, promise hooks', (_l, s) => /RequestContext|async_hooks/.test(s)],
  ['sockets, streams (node)', (_l, s) => /stream|node:net|Socket/.test(s)],
];

export interface ProfileSummary {
  file: string;
  windowMs: number;
  busyMs: number;
  idleMs: number;
  /** Whether the window could be applied (else the whole profile is summarised). */
  windowed: boolean;
  /** The load window, µs of the profile's clock, for further analysis of the .cpuprofile. */
  window?: { startUs: number; endUs: number };
  selfByFunction: Row[];
  selfByPackage: Row[];
  inclusiveByPackage: Row[];
  inclusiveByFunction: Row[];
  /** Heuristic breakdown of busy time by activity (see ACTIVITIES). */
  byActivity: Row[];
}

const SPECIAL = new Set(['(idle)', '(program)', '(garbage collector)', '(root)']);

/** `mikro-orm/core`, `graphql`, `api/src/graphql/read`, `node core`, `(garbage collector)` … */
export function packageOf(frame: CallFrame, root: string): string {
  if (SPECIAL.has(frame.functionName) && !frame.url) return frame.functionName;
  const url = frame.url.replace(/^file:\/\//, '');
  if (!url) return 'native (V8 builtins, C++)';
  if (url.startsWith('node:')) return 'node core';
  const nm = url.lastIndexOf('/node_modules/');
  if (nm >= 0) {
    const parts = url.slice(nm + 14).split('/');
    return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
  }
  const rel = path.relative(root, url);
  if (!rel.startsWith('..')) {
    const dirs = rel.split('/').slice(0, -1);
    return dirs.slice(0, dirs[0] === 'api' ? 4 : 2).join('/') || rel;
  }
  return url;
}

function functionLabel(frame: CallFrame, root: string): string {
  const name = frame.functionName || '(anonymous)';
  if (!frame.url) return name;
  let where = frame.url.replace(/^file:\/\//, '');
  const nm = where.lastIndexOf('/node_modules/');
  if (nm >= 0) where = where.slice(nm + 14);
  else if (!where.startsWith('node:')) where = path.relative(root, where);
  return `${name} ${where}:${frame.lineNumber + 1}`;
}

function top(map: Map<string, number>, busy: number, n: number): Row[] {
  return [...map.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([name, us]) => ({ name, ms: us / 1000, pct: busy ? (100 * us) / busy : 0 }));
}

/** `window` in microseconds of the monotonic clock (process.hrtime), which V8's profile timestamps also use. */
export function summariseProfile(file: string, root: string, window?: { startUs: number; endUs: number }, n = 25): ProfileSummary {
  const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map<number, ProfileNode>();
  const parent = new Map<number, number>();
  for (const node of profile.nodes) byId.set(node.id, node);
  for (const node of profile.nodes) for (const c of node.children ?? []) parent.set(c, node.id);

  let windowed = false;
  let from = -Infinity;
  let to = Infinity;
  if (window && window.startUs >= profile.startTime && window.endUs <= profile.endTime + 1e6) {
    windowed = true;
    from = window.startUs;
    to = window.endUs;
  }

  const selfFn = new Map<string, number>();
  const selfPkg = new Map<string, number>();
  const inclPkg = new Map<string, number>();
  const inclFn = new Map<string, number>();
  const activity = new Map<string, number>();
  const stackCache = new Map<number, { pkgs: string[]; fns: string[]; activity: string }>();
  const stackOf = (id: number) => {
    let cached = stackCache.get(id);
    if (cached) return cached;
    const pkgs = new Set<string>();
    const fns = new Set<string>();
    const frames: string[] = [];
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const frame = byId.get(cur)!.callFrame;
      if (frame.functionName === '(root)') continue;
      pkgs.add(packageOf(frame, root));
      const label = functionLabel(frame, root);
      fns.add(label);
      frames.push(label);
    }
    const leaf = frames[0] ?? '';
    const stack = frames.join('\n');
    const act = ACTIVITIES.find(([, test]) => test(leaf, stack))?.[0] ?? 'other';
    cached = { pkgs: [...pkgs], fns: [...fns], activity: act };
    stackCache.set(id, cached);
    return cached;
  };

  let t = profile.startTime;
  let busy = 0;
  let idle = 0;
  let first = Infinity;
  let last = -Infinity;
  for (let i = 0; i < profile.samples.length; i++) {
    t += profile.timeDeltas[i];
    // A sample's duration is the gap to the next one.
    const dt = i + 1 < profile.timeDeltas.length ? profile.timeDeltas[i + 1] : 0;
    if (t < from || t > to || dt <= 0) continue;
    first = Math.min(first, t);
    last = Math.max(last, t);
    const node = byId.get(profile.samples[i])!;
    const frame = node.callFrame;
    if (frame.functionName === '(idle)') {
      idle += dt;
      continue;
    }
    busy += dt;
    const fn = functionLabel(frame, root);
    selfFn.set(fn, (selfFn.get(fn) ?? 0) + dt);
    const pkg = packageOf(frame, root);
    selfPkg.set(pkg, (selfPkg.get(pkg) ?? 0) + dt);
    const stack = stackOf(node.id);
    for (const p of stack.pkgs) inclPkg.set(p, (inclPkg.get(p) ?? 0) + dt);
    for (const f of stack.fns) inclFn.set(f, (inclFn.get(f) ?? 0) + dt);
    activity.set(stack.activity, (activity.get(stack.activity) ?? 0) + dt);
  }
  return {
    file,
    windowMs: Number.isFinite(first) ? (last - first) / 1000 : 0,
    busyMs: busy / 1000,
    idleMs: idle / 1000,
    windowed,
    window,
    byActivity: top(activity, busy, ACTIVITIES.length + 1),
    selfByFunction: top(selfFn, busy, n),
    selfByPackage: top(selfPkg, busy, n),
    // Node's event loop and V8 builtins sit under nearly every stack: left out of the inclusive view.
    inclusiveByPackage: top(inclPkg, busy, n + 2).filter((r) => !['node core', 'native (V8 builtins, C++)'].includes(r.name)),
    // Frames on nearly every stack (the event loop, Express) say nothing: leave them out.
    inclusiveByFunction: top(inclFn, busy, n * 3)
      .filter((r) => r.pct < 97)
      .slice(0, n),
  };
}

export function profileMarkdown(title: string, s: ProfileSummary, requests: number): string {
  const perReq = requests ? (s.busyMs / requests).toFixed(1) : 'n/a';
  const table = (head: string, rows: Row[]) =>
    [`| ${head} | ms | % of busy |`, '| --- | ---: | ---: |', ...rows.map((r) => `| \`${r.name.replace(/\|/g, '\\|')}\` | ${r.ms.toFixed(0)} | ${r.pct.toFixed(1)} |`)].join('\n');
  return [
    `### ${title}`,
    '',
    `${requests} requests; busy ${s.busyMs.toFixed(0)} ms of ${s.windowMs.toFixed(0)} ms (${perReq} ms of API CPU per request)` +
      `${s.windowed ? '' : ' — whole profile, the load window could not be applied'}; profile ${s.file}`,
    '',
    '#### Busy time by activity (heuristic, from the whole stack of each sample)',
    '',
    table('activity', s.byActivity),
    '',
    '#### Self time by package',
    '',
    table('package', s.selfByPackage.slice(0, 15)),
    '',
    '#### Inclusive time by package (share of samples with it on the stack)',
    '',
    table('package', s.inclusiveByPackage.slice(0, 15)),
    '',
    '#### Self time by function',
    '',
    table('function', s.selfByFunction),
    '',
    '#### Inclusive time by function',
    '',
    table('function', s.inclusiveByFunction),
    '',
  ].join('\n');
}
