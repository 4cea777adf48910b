import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { createTestApp, type GqlError, type TestApp } from '../helpers/test-app';
import { Fixtures } from '../helpers/fixtures';
import { CodeKind } from '../../api/src/modules/code-table/code-kind';

/**
 * Every filter field of every list, every field of every mutation input and every scalar argument,
 * found by introspection, gets hostile values. Each must be refused as input — a 4xx or a 200 with
 * errors, every error with a stable input code (never INTERNAL_SERVER_ERROR), both languages in
 * `extensions.message`, the field named, no stack trace — and nothing may be written.
 */

interface TypeRef {
  kind: string;
  name: string | null;
  ofType: TypeRef | null;
}
interface InputValue {
  name: string;
  type: TypeRef;
}
interface FullType {
  kind: string;
  name: string;
  fields: Array<{ name: string; args: InputValue[]; type: TypeRef }> | null;
  inputFields: InputValue[] | null;
  enumValues: Array<{ name: string }> | null;
}

const TYPE_REF = 'kind name ofType { kind name ofType { kind name ofType { kind name } } }';
const INTROSPECTION = `{ __schema { types { kind name
  fields { name args { name type { ${TYPE_REF} } } type { ${TYPE_REF} } }
  inputFields { name type { ${TYPE_REF} } }
  enumValues { name } } } }`;

const named = (t: TypeRef): TypeRef => (t.ofType ? named(t.ofType) : t);
const isList = (t: TypeRef): boolean => t.kind === 'LIST' || (!!t.ofType && isList(t.ofType));
const isRequired = (t: TypeRef) => t.kind === 'NON_NULL';
const printType = (t: TypeRef): string =>
  t.kind === 'NON_NULL' ? `${printType(t.ofType!)}!` : t.kind === 'LIST' ? `[${printType(t.ofType!)}]` : t.name!;

type Hostile = [label: string, value: unknown];
const NUL: Hostile = ['NUL byte', 'a\u0000b'];
const LONG: Hostile = ['10,000 characters', 'x'.repeat(10_000)];
const MALFORMED_ID: Hostile = ['malformed id', 'not-a-uuid'];
const HUGE: Hostile = ['1e12', 1e12];
const NEGATIVE_HUGE: Hostile = ['-1e12', -1e12];
const TWO_TO_40: Hostile = ['2^40', 2 ** 40];
const WRONG_ENUM: Hostile = ['wrong enum', 'NOT_A_VALUE'];
const BAD_DATE: Hostile = ['2026-02-30', '2026-02-30'];
const NOT_A_DATE: Hostile = ['not a date', 'next tuesday'];

const DATE_SCALARS = new Set(['DateOrDateTime', 'LocalDate', 'DateTimeISO']);

function hostileValues(type: TypeRef): Hostile[] {
  const t = named(type);
  if (t.kind === 'ENUM') return [WRONG_ENUM];
  switch (t.name) {
    case 'String':
      return [NUL, LONG];
    case 'ID':
      return [NUL, LONG, MALFORMED_ID, HUGE, TWO_TO_40];
    case 'Int':
    case 'Float':
      return [HUGE, NEGATIVE_HUGE, TWO_TO_40];
    default:
      return t.name && DATE_SCALARS.has(t.name) ? [NUL, LONG, BAD_DATE, NOT_A_DATE] : [];
  }
}

/**
 * Values that are not refused on purpose: the audit log's actor id is free text up to 64
 * characters ('system' or the id of a user or key), so any short text merely matches nothing.
 */
const ACCEPTED = new Set(['AuditEntryFilter.actorId:malformed id', 'AuditEntryFilter.actorId:1e12', 'AuditEntryFilter.actorId:2^40']);

const INPUT_CODES = ['BAD_USER_INPUT', 'GRAPHQL_VALIDATION_FAILED'];
/** Each sweep sends hundreds of requests: ~10-20 s here, more on a busy machine. */
const SWEEP_TIMEOUT = 240_000;
const CJK = /[\u4e00-\u9fff]/;

interface Response {
  status: number;
  body: { data?: unknown; errors?: GqlError[] };
}

/** The checks every hostile request must pass; returns what is wrong (empty when all is well). */
function refusalProblems(res: Response, field: string, opts: { codes?: string[]; mustName?: boolean } = {}): string[] {
  const codes = opts.codes ?? INPUT_CODES;
  const problems: string[] = [];
  if (res.status >= 500) problems.push(`HTTP ${res.status}`);
  const errors = res.body.errors ?? [];
  if (!errors.length) problems.push('accepted (no error)');
  if (JSON.stringify(res.body).includes('stacktrace')) problems.push('a stack trace in the response');
  for (const e of errors) {
    const code = e.extensions?.code;
    if (!codes.includes(code)) problems.push(`code ${code}: ${e.message.slice(0, 160)}`);
    const m = e.extensions?.message;
    if (!m || typeof m.zh !== 'string' || typeof m.en !== 'string' || !CJK.test(m.zh) || !m.en) {
      problems.push(`not bilingual: ${JSON.stringify(m ?? e.message).slice(0, 160)}`);
    }
  }
  if (opts.mustName && errors.length) {
    const said = JSON.stringify(errors.map((e) => [e.extensions?.fields, e.extensions?.message?.en, e.message]));
    if (!said.includes(field)) problems.push(`does not name ${field}: ${said.slice(0, 200)}`);
  }
  return problems;
}

describe('hostile input: every filter, input and argument refuses bad values with a 4xx-style input error', () => {
  let t: TestApp;
  let types: Map<string, FullType>;
  let post: (body: object) => Promise<Response>;
  /** Real records, so that an unvalidated hostile value would reach the database (and show). */
  const ids: Record<string, string> = {};
  let seq = 0;

  /** A fingerprint of every table: any write shows as a change. */
  async function fingerprint(): Promise<Record<string, string>> {
    const tables = Object.values(t.orm.getMetadata().getAll())
      .filter((m) => !m.abstract && !m.embeddable && m.tableName)
      .map((m) => m.tableName);
    const out: Record<string, string> = {};
    for (const table of [...new Set(tables)].sort()) {
      const [row] = await t.em().getConnection().execute(
        `select count(*)::text || ':' || coalesce(md5(string_agg(x::text, '|' order by x::text)), '') as f from "${table}" x`,
      );
      out[table] = row.f;
    }
    return out;
  }

  function changed(before: Record<string, string>, after: Record<string, string>): string[] {
    return Object.keys(after).filter((k) => before[k] !== after[k]);
  }

  beforeAll(async () => {
    t = await createTestApp();
    const http = request(t.app.app);
    post = async (body) => {
      const res = await http
        .post('/graphql')
        .set('content-type', 'application/json')
        .set('authorization', `Bearer ${t.admin.token}`)
        .send(body);
      return { status: res.status, body: res.body };
    };
    const res = await t.ok<{ __schema: { types: FullType[] } }>(INTROSPECTION, {}, t.admin);
    types = new Map(res.__schema.types.map((ty) => [ty.name, ty]));

    const f = new Fixtures(t.em());
    const region = await f.region();
    const manufacturer = await f.manufacturer();
    const brand = await f.brand({ manufacturer });
    const category = await f.category();
    const product = await f.product({ brand, category });
    const customer = await f.customer({ region });
    const unit = await f.unit({ product, owner: customer });
    const station = await f.station({ region });
    const technician = await f.technician({ station });
    const warehouse = await f.warehouse({ station });
    const part = await f.part();
    const group = await f.codeGroup(CodeKind.FAULT_SYMPTOM);
    const code = await f.code(CodeKind.FAULT_SYMPTOM, { group });
    Object.assign(ids, {
      Region: region.id,
      Manufacturer: manufacturer.id,
      Brand: brand.id,
      ProductCategory: category.id,
      Product: product.id,
      Customer: customer.id,
      ProductUnit: unit.id,
      ServiceStation: station.id,
      Technician: technician.id,
      Warehouse: warehouse.id,
      Part: part.id,
      CodeGroup: group.id,
      Code: code.id,
      User: t.admin.user.id,
    });
  });
  afterAll(() => t?.close());

  /** Ids a valid input refers to, by field name. */
  const ID_FIELDS: Record<string, string> = {
    regionId: 'Region',
    manufacturerId: 'Manufacturer',
    brandId: 'Brand',
    categoryId: 'ProductCategory',
    productId: 'Product',
    customerId: 'Customer',
    ownerId: 'Customer',
    userId: 'Customer',
    productUnitId: 'ProductUnit',
    stationId: 'ServiceStation',
    defaultTechnicianId: 'Technician',
    groupId: 'CodeGroup',
    symptomCodeId: 'Code',
    partId: 'Part',
  };

  /** A value that passes validation for a required field, so that only the hostile field is wrong. */
  function validValue(name: string, type: TypeRef): unknown {
    const t0 = named(type);
    const one = (): unknown => {
      if (t0.kind === 'ENUM') return types.get(t0.name!)!.enumValues![0].name;
      if (t0.kind === 'INPUT_OBJECT') return validInput(t0.name!);
      switch (t0.name) {
        case 'ID':
          return ids[ID_FIELDS[name]] ?? randomUUID();
        case 'String':
          if (name === 'username') return `hostile${++seq}`;
          if (name === 'password' || name.endsWith('Password')) return 'long-enough-123';
          if (name === 'mobile') return '13912345678';
          if (name === 'scopes') return 'product:read';
          return `H${++seq}`;
        case 'Int':
        case 'Float':
          return name === 'score' ? 5 : 1;
        case 'Boolean':
          return false;
        case 'LocalDate':
        case 'DateOrDateTime':
          return '2026-01-10';
        case 'DateTimeISO':
          return '2026-01-10T08:00:00+08:00';
        default:
          return {};
      }
    };
    return isList(type) ? [one()] : one();
  }

  /** Optional fields a valid record still needs (a business rule, not the schema, requires them). */
  const ALSO_NEEDED: Record<string, Record<string, unknown>> = {
    CustomerCreateInput: { mobile: '13912345678' },
    // The reports' filters: a real month where one is required (a made-up text is refused on its own).
    MonthlyReportFilter: { from: '2026-10' },
    SettlementFilter: { month: '2026-10' },
    CommissionFilter: { month: '2026-10' },
    LeaderboardFilter: { month: '2026-10' },
    FaultParetoFilter: { from: '2026-10' },
    PartsConsumptionFilter: { from: '2026-10' },
    StockTurnoverFilter: { from: '2026-10' },
    SatisfactionFilter: { from: '2026-10' },
    SlaBreachFilter: { from: '2026-10' },
  };

  function validInput(typeName: string): Record<string, unknown> {
    const input: Record<string, unknown> = { ...ALSO_NEEDED[typeName] };
    for (const f of types.get(typeName)!.inputFields ?? []) {
      if (isRequired(f.type)) input[f.name] = validValue(f.name, f.type);
    }
    return { ...input, ...ALSO_NEEDED[typeName] };
  }

  /** An input object as a GraphQL literal (enum values bare). */
  function literalOf(typeName: string, value: Record<string, unknown>): string {
    const fields = new Map((types.get(typeName)!.inputFields ?? []).map((f) => [f.name, f]));
    return Object.entries(value)
      .map(([k, v]) => `${k}: ${named(fields.get(k)!.type).kind === 'ENUM' ? String(v) : JSON.stringify(v)}`)
      .join(', ');
  }

  it('finds lists, inputs and arguments to attack (the walk is not empty)', () => {
    const query = types.get('Query')!.fields!;
    expect(query.filter((q) => q.args.some((a) => a.name === 'filter')).length).toBeGreaterThanOrEqual(18);
    expect(types.get('Mutation')!.fields!.filter((m) => m.args.some((a) => a.name === 'input')).length).toBeGreaterThanOrEqual(30);
  });

  it('the checks can fail: an INTERNAL error, a silent acceptance or an English-only message are caught', () => {
    const internal = { status: 200, body: { errors: [{ message: 'x', extensions: { code: 'INTERNAL_SERVER_ERROR', message: { zh: '服务器内部错误', en: 'Internal' } } }] } };
    expect(refusalProblems(internal, 'q')).toEqual([expect.stringContaining('INTERNAL_SERVER_ERROR')]);
    expect(refusalProblems({ status: 200, body: { data: {} } }, 'q')).toEqual(['accepted (no error)']);
    const english = { status: 400, body: { errors: [{ message: 'Bad', extensions: { code: 'BAD_USER_INPUT', message: { zh: 'Bad', en: 'Bad' } } }] } };
    expect(refusalProblems(english, 'q')).toEqual([expect.stringContaining('not bilingual')]);
    const stack = { status: 400, body: { errors: [{ message: '错', extensions: { code: 'BAD_USER_INPUT', message: { zh: '错', en: 'x' }, stacktrace: ['at'] } }] } };
    expect(refusalProblems(stack as never, 'q')).toEqual(['a stack trace in the response']);
    expect(refusalProblems({ status: 500, body: { errors: [] } }, 'q')).toEqual(['HTTP 500', 'accepted (no error)']);
  });

  it('every filter field of every list refuses hostile values, in variables and in the query text', async () => {
    const problems: string[] = [];
    let cases = 0;
    const lists = types.get('Query')!.fields!.filter((q) => q.args.some((a) => a.name === 'filter'));
    for (const list of lists) {
      const filterType = named(list.args.find((a) => a.name === 'filter')!.type).name!;
      // A report (no pages) takes its filter whole: the other fields valid, the answer any field.
      const report = !list.args.some((a) => a.name === 'perPage');
      const base = report ? validInput(filterType) : {};
      const page = report ? '' : ', perPage: 1';
      const answer = report ? '{ __typename }' : '{ total }';
      for (const field of types.get(filterType)!.inputFields!) {
        for (const [label, raw] of hostileValues(field.type)) {
          const value = isList(field.type) ? [raw] : raw;
          const key = `${filterType}.${field.name}:${label}`;
          const viaVariables = await post({
            query: `query Hostile($filter: ${filterType}${report ? '!' : ''}) { ${list.name}(filter: $filter${page}) ${answer} }`,
            variables: { filter: { ...base, [field.name]: value } },
          });
          const literal = named(field.type).kind === 'ENUM' ? String(raw) : JSON.stringify(raw);
          const others = Object.keys(base).filter((k) => k !== field.name);
          const rest = others.length ? `${literalOf(filterType, Object.fromEntries(others.map((k) => [k, base[k]])))}, ` : '';
          const inText = await post({
            query: `{ ${list.name}(filter: { ${rest}${field.name}: ${isList(field.type) ? `[${literal}]` : literal} }${page}) ${answer} }`,
          });
          cases += 2;
          if (ACCEPTED.has(key)) {
            for (const res of [viaVariables, inText]) {
              if (res.status >= 500 || res.body.errors?.length) problems.push(`${key}: expected to be accepted, got ${JSON.stringify(res.body).slice(0, 200)}`);
            }
            continue;
          }
          for (const p of refusalProblems(viaVariables, field.name, { mustName: true })) problems.push(`${list.name} ${key} (variables): ${p}`);
          for (const p of refusalProblems(inText, field.name)) problems.push(`${list.name} ${key} (literal): ${p}`);
        }
      }
    }
    expect(problems).toEqual([]);
    expect(cases).toBeGreaterThan(600);
  }, SWEEP_TIMEOUT);

  it('every field of every mutation input refuses hostile values, and nothing is written', async () => {
    const problems: string[] = [];
    let cases = 0;
    const mutations = types.get('Mutation')!.fields!.filter((m) => m.args.some((a) => a.name === 'input'));
    for (const mutation of mutations) {
      const inputArg = mutation.args.find((a) => a.name === 'input')!;
      const inputType = named(inputArg.type).name!;
      const idArg = mutation.args.find((a) => a.name === 'id');
      // update<X>(id) gets a real record, so that an unvalidated value would be written.
      const entity = mutation.name.replace(/^(update|create)/, '');
      const id = ids[entity] ?? randomUUID();
      const returns = named(mutation.type);
      const selection = returns.kind === 'OBJECT' ? '{ __typename }' : '';
      const vars = [`$input: ${printType(inputArg.type)}`, ...(idArg ? ['$id: ID!'] : [])].join(', ');
      const args = ['input: $input', ...(idArg ? ['id: $id'] : [])].join(', ');
      const before = await fingerprint();
      for (const field of types.get(inputType)!.inputFields!) {
        for (const [label, raw] of hostileValues(field.type)) {
          const input = { ...validInput(inputType), [field.name]: isList(field.type) ? [raw] : raw };
          const res = await post({ query: `mutation Hostile(${vars}) { ${mutation.name}(${args}) ${selection} }`, variables: { input, id } });
          cases++;
          for (const p of refusalProblems(res, field.name, { mustName: true })) problems.push(`${mutation.name} ${inputType}.${field.name}:${label}: ${p}`);
        }
      }
      const written = changed(before, await fingerprint());
      if (written.length) problems.push(`${mutation.name}: hostile input wrote to ${written.join(', ')}`);
    }
    expect(problems).toEqual([]);
    expect(cases).toBeGreaterThan(800);
  }, SWEEP_TIMEOUT);

  it('every scalar argument of every query and mutation refuses hostile values, and nothing is written', async () => {
    const problems: string[] = [];
    let cases = 0;
    const before = await fingerprint();
    for (const root of ['Query', 'Mutation'] as const) {
      for (const field of types.get(root)!.fields!) {
        if (field.name.startsWith('__')) continue;
        const scalarArgs = field.args.filter((a) => hostileValues(a.type).length && named(a.type).kind !== 'INPUT_OBJECT');
        if (!scalarArgs.length) continue;
        const returns = named(field.type);
        const objectType = types.get(returns.name!);
        const selection = objectType?.fields ? `{ ${objectType.fields.some((f) => f.name === 'total') ? 'total' : '__typename'} }` : '';
        for (const arg of scalarArgs) {
          for (const [label, raw] of hostileValues(arg.type)) {
            const variables: Record<string, unknown> = {};
            const defs: string[] = [];
            const uses: string[] = [];
            for (const a of field.args) {
              if (a.name !== arg.name && !isRequired(a.type)) continue;
              defs.push(`$${a.name}: ${printType(a.type)}`);
              uses.push(`${a.name}: $${a.name}`);
              // Ids of other arguments are random: a refused value must not be mistaken for a missing record.
              variables[a.name] = a.name === arg.name ? (isList(a.type) ? [raw] : raw) : named(a.type).name === 'ID' ? randomUUID() : validValue(a.name, a.type);
            }
            const op = root === 'Query' ? 'query' : 'mutation';
            const res = await post({ query: `${op} Hostile(${defs.join(', ')}) { ${field.name}(${uses.join(', ')}) ${selection} }`, variables });
            cases++;
            // A record's own malformed id is "no such record" (NOT_FOUND), as for any unknown id.
            const codes = arg.name === 'id' ? [...INPUT_CODES, 'NOT_FOUND'] : INPUT_CODES;
            for (const p of refusalProblems(res, arg.name, { codes, mustName: arg.name !== 'id' })) problems.push(`${root}.${field.name}(${arg.name}):${label}: ${p}`);
          }
        }
      }
    }
    const written = changed(before, await fingerprint());
    if (written.length) problems.push(`hostile arguments wrote to ${written.join(', ')}`);
    expect(problems).toEqual([]);
    expect(cases).toBeGreaterThan(300);
  }, SWEEP_TIMEOUT);

  it('the valid inputs the sweep starts from are accepted (each refusal above is the hostile field’s)', async () => {
    const problems: string[] = [];
    for (const name of ['createRegion', 'createManufacturer', 'createBrand', 'createProductCategory', 'createProduct', 'createCustomer', 'createProductUnit', 'createServiceStation', 'createTechnician', 'createWarehouse', 'createPart', 'createCodeGroup', 'createCode', 'createFeeRule', 'createUser']) {
      const mutation = types.get('Mutation')!.fields!.find((m) => m.name === name)!;
      const inputType = named(mutation.args.find((a) => a.name === 'input')!.type).name!;
      const res = await post({ query: `mutation($input: ${inputType}!) { ${name}(input: $input) { id } }`, variables: { input: validInput(inputType) } });
      if (res.body.errors?.length) problems.push(`${name}: ${JSON.stringify(res.body.errors[0]).slice(0, 300)}`);
    }
    expect(problems).toEqual([]);
  });
});
