/**
 * Markdown of a run, and its place in test/bench/README.md: one section per (size, caller) between
 * markers, so a run of one size replaces only that size's figures; an overview table of ratios is
 * rebuilt from every section present (each carries its figures as a JSON comment).
 */
import fs from 'node:fs';
import os from 'node:os';
import type { Equivalence } from './queries';

export interface SideFigures {
  rps: number;
  p50: number;
  p95: number;
}

export interface PairResult {
  key: string;
  label: string;
  equivalence: Equivalence;
  /** Absent when the load runs were skipped. */
  ours?: SideFigures;
  peer?: SideFigures;
  ratio?: number;
  spread?: [number, number];
  p95Ratio?: number;
  /** Process CPU ms per request over the whole compare run (/proc), each side. */
  cpuUnderLoad?: { ours: number; peer: number };
  rounds?: number;
  failures: string[];
  json?: string;
}

export interface CostSide {
  statements?: number;
  dbMs?: number;
  /** Planning time in PostgreSQL per request (pg_stat_statements.track_planning). */
  planMs?: number;
  cpuMs: number;
  latencyMs: number;
  top?: Array<{ query: string; perRequest: number; meanMs: number }>;
}

export interface CostResult {
  key: string;
  requests: number;
  ours: CostSide;
  peer: CostSide;
}

export interface Memory {
  rssMiB: number;
  peakMiB: number;
}

export interface SectionResult {
  target: number;
  orders: number;
  auth: 'admin' | 'partner';
  date: string;
  quick: boolean;
  settings: { rounds: number; duration: number; connections: number };
  machine: string;
  loadavg: string;
  versions: string;
  dVariables: string;
  pairs: PairResult[];
  memory?: { ours?: Memory; peer?: Memory };
  cost: CostResult[];
}

const n0 = (x: number | undefined) => (x === undefined || !Number.isFinite(x) ? '–' : x >= 100 ? x.toFixed(0) : x.toFixed(1));
const n2 = (x: number | undefined) => (x === undefined || !Number.isFinite(x) ? '–' : x.toFixed(2));
const ms = (x: number | undefined) => (x === undefined || !Number.isFinite(x) ? '–' : x >= 100 ? x.toFixed(0) : x.toFixed(1));

export function machineNote(): string {
  const cpu = os.cpus();
  return `${cpu.length} cores (${cpu[0]?.model.trim() ?? 'unknown CPU'}), ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB RAM, shared with other work`;
}

export const sizeLabel = (n: number) => (n >= 1e6 && n % 1e6 === 0 ? `${n / 1e6}M` : n >= 1e3 && n % 1e3 === 0 ? `${n / 1e3}k` : String(n));

export function sectionMarkdown(s: SectionResult): string {
  const who = s.auth === 'admin' ? 'administrator token (`Authorization: Bearer`)' : 'demo partner key (`X-Api-Key`, manufacturer scope)';
  const lines = [
    `### ${s.orders.toLocaleString('en-US')} orders · ${who}${s.quick ? ' · QUICK MODE, not for citing' : ''}`,
    '',
    `${s.date}; ${s.machine}; load average at start ${s.loadavg}; ${s.settings.rounds} abba rounds of ${s.settings.duration} s, ` +
      `${s.settings.connections} connections; ${s.versions}. Query d: ${s.dVariables}.`,
    '',
    '| query | API req/s | PostGraphile req/s | ratio (median) | per-round spread | API p50 / p95 ms | PostGraphile p50 / p95 ms | p95 ratio | CPU ms/req API / PG | same rows |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
  ];
  for (const p of s.pairs) {
    const failed = p.failures.length ? ` ⚠ RUN FAILED: ${p.failures[0].slice(0, 120)}` : '';
    lines.push(
      `| ${p.label} | ${n0(p.ours?.rps)} | ${n0(p.peer?.rps)} | **${n2(p.ratio)}×** | ${p.spread ? `${n2(p.spread[0])}–${n2(p.spread[1])}` : '–'} | ` +
        `${ms(p.ours?.p50)} / ${ms(p.ours?.p95)} | ${ms(p.peer?.p50)} / ${ms(p.peer?.p95)} | ${n2(p.p95Ratio)} | ` +
        `${ms(p.cpuUnderLoad?.ours)} / ${ms(p.cpuUnderLoad?.peer)} | ` +
        `${p.equivalence.ok ? '✓' : '✗'} ${p.equivalence.note}${failed} |`,
    );
  }
  lines.push(
    '',
    'CPU ms/req: user + system CPU of each server process over its whole compare run (/proc), divided by the requests it served.',
  );
  if (s.memory) {
    const m = (x?: Memory) => (x ? `${x.rssMiB.toFixed(0)} MiB (peak ${x.peakMiB.toFixed(0)} MiB)` : '–');
    lines.push('', `RSS after the runs: API ${m(s.memory.ours)}, PostGraphile ${m(s.memory.peer)}.`);
  }
  if (s.cost.length) {
    lines.push(
      '',
      `Per request, ${s.cost[0].requests} sequential requests each after the load runs: statements and their execution time from ` +
        '`pg_stat_statements` (BEGIN/COMMIT/SET included), process CPU from `/proc/<pid>/stat`, one request at a time.',
      '',
      '| query | statements API / PG | DB exec ms API / PG | DB planning ms API / PG | process CPU ms API / PG | latency ms API / PG |',
      '| --- | ---: | ---: | ---: | ---: | ---: |',
    );
    for (const c of s.cost) {
      lines.push(
        `| ${c.key} | ${n0(c.ours.statements)} / ${n0(c.peer.statements)} | ${ms(c.ours.dbMs)} / ${ms(c.peer.dbMs)} | ` +
          `${ms(c.ours.planMs)} / ${ms(c.peer.planMs)} | ` +
          `${ms(c.ours.cpuMs)} / ${ms(c.peer.cpuMs)} | ${ms(c.ours.latencyMs)} / ${ms(c.peer.latencyMs)} |`,
      );
    }
  }
  return lines.join('\n');
}

export function statementsMarkdown(s: SectionResult): string {
  const out: string[] = [`### Statements per request, ${sizeLabel(s.target)}, ${s.auth}`, ''];
  for (const c of s.cost) {
    for (const [side, cs] of [['API', c.ours], ['PostGraphile', c.peer]] as const) {
      if (!cs.top?.length) continue;
      out.push(`${c.key}, ${side}: ${n0(cs.statements)} statements, ${ms(cs.dbMs)} ms executing and ${ms(cs.planMs)} ms planning in PostgreSQL per request`, '');
      out.push('| per request | mean ms | statement |', '| ---: | ---: | --- |');
      for (const t of cs.top) out.push(`| ${t.perRequest.toFixed(2)} | ${t.meanMs.toFixed(2)} | \`${t.query.replace(/\|/g, '\\|')}\` |`);
      out.push('');
    }
  }
  return out.join('\n');
}

const START = (id: string) => `<!-- bench:section ${id} -->`;
const END = (id: string) => `<!-- /bench:section ${id} -->`;
const OVERVIEW_START = '<!-- bench:overview -->';
const OVERVIEW_END = '<!-- /bench:overview -->';
const sectionId = (s: SectionResult) => `${s.target}-${s.auth}`;

interface Digest {
  target: number;
  orders: number;
  auth: string;
  date: string;
  quick: boolean;
  ratios: Record<string, number | null>;
  memory?: SectionResult['memory'];
}

function digestOf(s: SectionResult): Digest {
  return {
    target: s.target,
    orders: s.orders,
    auth: s.auth,
    date: s.date,
    quick: s.quick,
    ratios: Object.fromEntries(s.pairs.map((p) => [p.key, p.ratio !== undefined && !p.failures.length ? Number(p.ratio.toFixed(3)) : null])),
    memory: s.memory,
  };
}

function overview(digests: Digest[]): string {
  if (!digests.length) return '_No results yet: run `npm run bench`._';
  digests.sort((a, b) => (a.auth === b.auth ? a.target - b.target : a.auth < b.auth ? -1 : 1));
  const keys = [...new Set(digests.flatMap((d) => Object.keys(d.ratios)))];
  const head = digests.map((d) => `${sizeLabel(d.target)}, ${d.auth}${d.quick ? ' (quick)' : ''}`);
  const rows = [
    `| API / PostGraphile req/s | ${head.join(' | ')} |`,
    `| --- | ${head.map(() => '---:').join(' | ')} |`,
    ...keys.map((k) => `| ${k} | ${digests.map((d) => (d.ratios[k] == null ? '–' : `${d.ratios[k]!.toFixed(2)}×`)).join(' | ')} |`),
    `| API RSS after the runs | ${digests.map((d) => (d.memory?.ours ? `${d.memory.ours.rssMiB.toFixed(0)} MiB` : '–')).join(' | ')} |`,
    `| PostGraphile RSS | ${digests.map((d) => (d.memory?.peer ? `${d.memory.peer.rssMiB.toFixed(0)} MiB` : '–')).join(' | ')} |`,
    `| date | ${digests.map((d) => d.date.slice(0, 10)).join(' | ')} |`,
  ];
  return rows.join('\n');
}

/** Replaces (or adds) this run's sections in the README and rebuilds the overview. */
export function updateReadme(file: string, sections: SectionResult[]): void {
  let text = fs.readFileSync(file, 'utf8');
  if (!text.includes(OVERVIEW_START)) throw new Error(`${file} has no ${OVERVIEW_START} marker`);
  for (const s of sections) {
    const id = sectionId(s);
    const block = `${START(id)}\n<!-- bench:data ${JSON.stringify(digestOf(s))} -->\n${sectionMarkdown(s)}\n${END(id)}`;
    const a = text.indexOf(START(id));
    const b = text.indexOf(END(id));
    if (a >= 0 && b > a) text = text.slice(0, a) + block + text.slice(b + END(id).length);
    else {
      // New sections go after the overview block, in size order.
      const after = text.indexOf(OVERVIEW_END) + OVERVIEW_END.length;
      const ids = [...text.matchAll(/<!-- \/bench:section (\d+)-(\w+) -->/g)];
      const later = ids.find((m) => Number(m[1]) > s.target || (Number(m[1]) === s.target && m[2] > s.auth));
      const at = later ? text.indexOf(START(`${later[1]}-${later[2]}`)) : (ids.length ? text.indexOf(ids[ids.length - 1][0]) + ids[ids.length - 1][0].length : after);
      text = `${text.slice(0, at)}\n\n${block}\n${text.slice(at)}`;
    }
  }
  const digests = [...text.matchAll(/<!-- bench:data (.*?) -->/g)].map((m) => JSON.parse(m[1]) as Digest);
  const a = text.indexOf(OVERVIEW_START);
  const b = text.indexOf(OVERVIEW_END);
  text = `${text.slice(0, a)}${OVERVIEW_START}\n${overview(digests)}\n${text.slice(b)}`;
  fs.writeFileSync(file, text.replace(/\n{3,}/g, '\n\n'));
}
