/**
 * The query pairs of ../shared/bench/queries, with temporary copies where ours needs a change:
 * d gets the variables picked from the data, and `a+total` is a with `total` selected (against
 * PostGraphile's a-simple-count), so both the plain page and the page with a count are reported.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { FilterVariables } from './database';

export interface Pair {
  key: string;
  label: string;
  /** Request body files (JSON) for our API and for PostGraphile. */
  ours: string;
  peer: string;
}

export const PAIR_KEYS = ['a', 'a+total', 'b', 'c', 'd'] as const;

const LABELS: Record<string, string> = {
  a: 'a: 25 newest orders, scalars',
  'a+total': 'a + total, totalExact (PostGraphile totalCount)',
  b: 'b: 100 orders + customer, unit → product → brand, station',
  c: 'c: 50 orders + the above, technicians, timeline',
  d: 'd: one station, two states, 10 days, 25 rows + total',
};

function readBody(file: string): { query: string; variables?: Record<string, unknown> } {
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

function writeBody(file: string, body: object): string {
  fs.writeFileSync(file, JSON.stringify(body, null, 1) + '\n');
  return file;
}

export function buildPairs(kitDir: string, tmpDir: string, keys: string[], vars: FilterVariables): Pair[] {
  const q = (name: string) => path.join(kitDir, 'queries', name);
  fs.mkdirSync(tmpDir, { recursive: true });
  const pairs: Pair[] = [];
  for (const key of keys) {
    switch (key) {
      case 'a':
        pairs.push({ key, label: LABELS[key], ours: q('a-simple.product.json'), peer: q('a-simple.postgraphile.json') });
        break;
      case 'a+total': {
        const body = readBody(q('a-simple.product.json'));
        // totalExact too: beyond 50,000 rows our total is PostgreSQL's estimate, by design.
        const query = body.query.replace(/(serviceOrders\([^)]*\)\s*\{)\s*items/, '$1 total totalExact items');
        if (query === body.query) throw new Error('a-simple.product.json: cannot add total to its selection');
        const ours = writeBody(path.join(tmpDir, 'a-simple-total.product.json'), { ...body, query });
        pairs.push({ key, label: LABELS[key], ours, peer: q('a-simple-count.postgraphile.json') });
        break;
      }
      case 'b':
        pairs.push({ key, label: LABELS[key], ours: q('b-nested.product.json'), peer: q('b-nested.postgraphile.json') });
        break;
      case 'c':
        pairs.push({ key, label: LABELS[key], ours: q('c-deep.product.json'), peer: q('c-deep.postgraphile.json') });
        break;
      case 'd': {
        const variables = { st: vars.st, from: vars.from, to: vars.to };
        const ours = writeBody(path.join(tmpDir, 'd-filtered.product.json'), { ...readBody(q('d-filtered.product.json')), variables });
        const peer = writeBody(path.join(tmpDir, 'd-filtered.postgraphile.json'), { ...readBody(q('d-filtered.postgraphile.json')), variables });
        pairs.push({ key, label: LABELS[key], ours, peer });
        break;
      }
      default:
        throw new Error(`unknown query ${key} (known: ${PAIR_KEYS.join(', ')})`);
    }
  }
  return pairs;
}

export interface Endpoint {
  url: string;
  headers: Record<string, string>;
}

export async function post(endpoint: Endpoint, body: string): Promise<{ status: number; json: any; text: string }> {
  const r = await fetch(endpoint.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...endpoint.headers },
    body,
    signal: AbortSignal.timeout(60000),
  });
  const text = await r.text();
  let json: any;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: r.status, json, text };
}

export function bodyOf(file: string): string {
  return JSON.stringify(readBody(file));
}

/** Every `id` in the tree, depth first, in response order. */
function idsOf(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) for (const v of value) idsOf(v, out);
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === 'id' && typeof v === 'string') out.push(v);
      else idsOf(v, out);
    }
  }
  return out;
}

export interface Equivalence {
  /** Same top-level ids in the same order (and the same total where both count). */
  ok: boolean;
  /** Every id below the rows too (relations, technicians, timeline) in the same order. */
  nestedOk: boolean;
  rows: number;
  note: string;
  /** False when a side answered with an HTTP or GraphQL error. */
  answered?: boolean;
  /** Our API refused the caller (a partner key without a scope the query needs). */
  forbidden?: boolean;
}

/**
 * Our `serviceOrders { items total }` against PostGraphile's `serviceOrders { nodes totalCount }`:
 * the same rows in the same order, checked once per pair before the load runs.
 */
export async function checkEquivalence(pair: Pair, ours: Endpoint, peer: Endpoint, scoped: boolean): Promise<Equivalence> {
  const [a, b] = await Promise.all([post(ours, bodyOf(pair.ours)), post(peer, bodyOf(pair.peer))]);
  for (const [side, r] of [['API', a], ['PostGraphile', b]] as const) {
    if (r.status !== 200 || !r.json?.data || r.json.errors) {
      const forbidden = side === 'API' && r.json?.errors?.some((e: { extensions?: { code?: string } }) => e.extensions?.code === 'FORBIDDEN');
      return { ok: false, nestedOk: false, rows: 0, answered: false, forbidden, note: `${side} answered ${r.status}: ${r.text.slice(0, 300)}` };
    }
  }
  const mine = a.json.data.serviceOrders;
  const theirs = b.json.data.serviceOrders;
  const myIds: string[] = (mine.items ?? []).map((o: { id: string }) => o.id);
  const theirIds: string[] = (theirs.nodes ?? []).map((o: { id: string }) => o.id);
  const problems: string[] = [];
  if (myIds.length === 0) problems.push('the API returned no rows');
  if (myIds.length !== theirIds.length) problems.push(`${myIds.length} rows against ${theirIds.length}`);
  const firstDiff = myIds.findIndex((id, i) => id !== theirIds[i]);
  if (firstDiff >= 0) problems.push(`row ${firstDiff + 1} differs (${myIds[firstDiff]} vs ${theirIds[firstDiff] ?? 'none'})`);
  let estimate = '';
  if ('total' in mine && 'totalCount' in theirs && Number(mine.total) !== Number(theirs.totalCount)) {
    const off = (100 * (Number(mine.total) - Number(theirs.totalCount))) / Number(theirs.totalCount);
    // An estimate (totalExact false) is what the API promises beyond its exact-count cap: reported, not a failure.
    if (mine.totalExact === false) estimate = `, total ${mine.total} estimated (exact ${theirs.totalCount}, ${off >= 0 ? '+' : ''}${off.toFixed(2)} %)`;
    else problems.push(`total ${mine.total} vs totalCount ${theirs.totalCount}`);
  }
  const myNested = idsOf(mine.items);
  const theirNested = idsOf(theirs.nodes);
  const nestedDiff = myNested.findIndex((id, i) => id !== theirNested[i]);
  const nestedOk = myNested.length === theirNested.length && nestedDiff < 0;
  if (scoped) {
    // A partner key sees its manufacturer's orders only: different rows by design.
    const shared = myIds.filter((id) => theirIds.includes(id)).length;
    return { ok: true, nestedOk, rows: myIds.length, note: `partner scope: ${myIds.length} rows (${shared} among PostGraphile's ${theirIds.length})` };
  }
  const totals = estimate || ('total' in mine ? `, total ${mine.total}${mine.totalExact === false ? ' (estimated)' : ''}` : '');
  const note = problems.length
    ? problems.join('; ')
    : `${myIds.length} rows, same ids in the same order${totals}${nestedOk ? `; all ${myNested.length} nested ids match` : `; nested ids differ at #${nestedDiff + 1} of ${myNested.length}/${theirNested.length}`}`;
  return { ok: problems.length === 0, nestedOk, rows: myIds.length, note };
}

function typeName(t: { kind: string; name: string | null; ofType?: unknown }): string {
  if (t.kind === 'NON_NULL') return `${typeName(t.ofType as typeof t)}!`;
  if (t.kind === 'LIST') return `[${typeName(t.ofType as typeof t)}]`;
  return t.name!;
}

/**
 * The kit's queries declare their variables' types (d: `$from: DateTimeISO`). When our schema types
 * a filter field differently, the copy sent to our API declares the schema's type instead (the
 * values and everything else stay); the change is reported. Variables used as
 * `serviceOrders(filter: { field: $var })` are matched to the filter's input fields by introspection.
 */
export async function adaptVariableTypes(pair: Pair, endpoint: Endpoint, tmpDir: string): Promise<string | undefined> {
  const body = readBody(pair.ours);
  const defs = /^\s*query\s+\w*\s*\(([^)]*)\)/.exec(body.query);
  if (!defs) return undefined;
  const intro = await post(
    endpoint,
    JSON.stringify({
      query: `{ __type(name: "Query") { fields { name args { name type { kind name ofType { kind name ofType { kind name } } } } } } }`,
    }),
  );
  const field = intro.json?.data?.__type?.fields?.find((f: { name: string }) => f.name === 'serviceOrders');
  const filterArg = field?.args?.find((a: { name: string }) => a.name === 'filter');
  if (!filterArg) return undefined;
  let inputName = filterArg.type;
  while (inputName.ofType) inputName = inputName.ofType;
  const input = await post(
    endpoint,
    JSON.stringify({ query: `query($n: String!) { __type(name: $n) { inputFields { name type { kind name ofType { kind name ofType { kind name } } } } } }`, variables: { n: inputName.name } }),
  );
  const fields = new Map<string, string>(
    (input.json?.data?.__type?.inputFields ?? []).map((f: { name: string; type: { kind: string; name: string | null } }) => [f.name, typeName(f.type)]),
  );
  const changes: string[] = [];
  let query = body.query;
  for (const m of body.query.matchAll(/(\w+)\s*:\s*\$(\w+)/g)) {
    const [, fieldName, variable] = m;
    const want = fields.get(fieldName);
    const declared = new RegExp(`\\$${variable}\\s*:\\s*([\\w!\\[\\]]+)`).exec(defs[1])?.[1];
    if (!want || !declared || declared === want) continue;
    query = query.replace(new RegExp(`(\\$${variable}\\s*:\\s*)[\\w!\\[\\]]+`), `$1${want}`);
    changes.push(`$${variable}: ${declared} → ${want} (${fieldName})`);
  }
  if (!changes.length) return undefined;
  const file = path.join(tmpDir, path.basename(pair.ours).replace(/\.json$/, '.adapted.json'));
  writeBody(file, { ...body, query });
  pair.ours = file;
  return `variable types adapted to our schema: ${changes.join(', ')}`;
}
