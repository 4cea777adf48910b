import type { Bilingual } from '../common/i18n';

/**
 * Chinese for the messages graphql-js, Apollo Server and graphql-armor write in English (syntax,
 * schema, scalar and HTTP refusals), so that every error carries both languages. The English text
 * stays the library's own; a message without a rule keeps its English behind a Chinese prefix.
 */
type Rule = [RegExp, (...groups: string[]) => string];

const INT_RANGE = '-2147483648 至 2147483647';

const SCALAR_RULES: Rule[] = [
  [/^Int cannot represent non 32-bit signed integer value: (.*)$/s, (v) => `${v} 超出整数范围（${INT_RANGE}）`],
  [/^Int cannot represent non-integer value: (.*)$/s, (v) => `${v} 不是整数`],
  [/^Float cannot represent non numeric value: (.*)$/s, (v) => `${v} 不是数字`],
  [/^String cannot represent a non string value: (.*)$/s, (v) => `${v} 不是字符串`],
  [/^ID cannot represent value: (.*)$/s, (v) => `${v} 不是有效的编号`],
  [/^ID cannot represent a non-string and non-integer value: (.*)$/s, (v) => `${v} 不是有效的编号`],
  [/^Boolean cannot represent a non boolean value: (.*)$/s, (v) => `${v} 不是布尔值（true/false）`],
  [/^Value "(.*)" does not exist in "(\w+)" enum\.?(.*)$/s, (v, e) => `「${v}」不是 ${e} 的取值`],
  [/^Enum "(\w+)" cannot represent non-enum value: (.*?)\.?( Did you mean.*)?$/s, (e, v) => `${v} 不是 ${e} 的取值`],
  [/^Enum "(\w+)" cannot represent non-string value: (.*?)\.?$/s, (e, v) => `${v} 不是 ${e} 的取值`],
  [/^DateTime cannot represent an invalid date-time-string (.*?)\.?$/s, (v) => `${v} 不是有效的时间（ISO 8601，如 2026-12-01T08:00:00+08:00）`],
  [/^DateTime cannot represent (?:an invalid|a non).*$/s, () => '不是有效的时间（ISO 8601，如 2026-12-01T08:00:00+08:00）'],
  [/^Value is not a valid LocalDate: (.*)$/s, (v) => `${v} 不是有效的日期（YYYY-MM-DD）`],
  [/^(?:Value is not|Can only|LocalDate cannot).*LocalDate.*$/s, () => '不是有效的日期（YYYY-MM-DD）'],
  [/^Value is not an object: (.*)$/s, (v) => `${v} 不是对象`],
  [/^Expected type "(\w+)"\. (.*)$/s, (t, reason) => `不是有效的 ${t}：${translateReason(reason)}`],
];

const RULES: Rule[] = [
  // graphql-armor's limits (some reported as syntax errors)
  [/^(?:Syntax Error: )?Query depth limit of (\d+) exceeded, found (\d+)\.$/, (n, found) => `查询嵌套太深：上限 ${n} 层，实际 ${found} 层`],
  [/^(?:Syntax Error: )?Aliases limit of (\d+) exceeded, found (\d+)\.$/, (n, found) => `别名太多：上限 ${n} 个，实际 ${found} 个`],
  [/^(?:Syntax Error: )?Directives limit of (\d+) exceeded, found (\d+)\.$/, (n, found) => `指令太多：上限 ${n} 个，实际 ${found} 个`],
  [/^(?:Syntax Error: )?Token limit of (\d+) exceeded\.$/, (n) => `查询太长：超过 ${n} 个词法单元`],
  [/^Syntax Error: Document contains more th[ae]n (\d+) tokens\. Parsing aborted\.$/, (n) => `查询太长：超过 ${n} 个词法单元`],
  [/^Syntax Error: (.*)$/s, (detail) => `查询语法错误：${detail}`],
  [/^Cannot query field "(\w+)" on type "(\w+)"\.?.*$/s, (f, t) => `类型 ${t} 没有字段 ${f}`],
  [/^Unknown argument "(\w+)" on field "([\w.]+)"\.?.*$/s, (a, f) => `字段 ${f} 没有参数 ${a}`],
  [/^Unknown type "(\w+)"\.?.*$/s, (t) => `没有类型 ${t}`],
  [/^Field "([\w.]+)" argument "(\w+)" of type "(.+)" is required, but it was not provided\.$/, (f, a, t) => `字段 ${f} 缺少必填参数 ${a}（${t}）`],
  [/^Field "([\w.]+)" of required type "(.+)" was not provided\.$/, (f, t) => `缺少必填字段 ${f}（${t}）`],
  [/^Field "(\w+)" is not defined by type "(\w+)"\.?.*$/s, (f, t) => `${t} 没有字段 ${f}`],
  [/^Field "(\w+)" must not have a selection since type "(.+)" has no subfields\.$/, (f) => `字段 ${f} 不能有子选择`],
  [/^Field "(\w+)" of type "(.+)" must have a selection of subfields\..*$/s, (f) => `字段 ${f} 需要选择子字段`],
  [/^Expected value of type "(.+?)", found (.*?)(?:; (.*))?\.?$/s, (t, v, reason) => (reason ? `${v} 不是有效的 ${t}：${translateReason(reason)}` : `${v} 不是有效的 ${t}`)],
  [/^Expected value of type "(.+?)", found (.*)$/s, (t, v) => `${v} 不是有效的 ${t}`],
  [/^Variable "\$(\w+)" of required type "(.+)" was not provided\.$/, (v, t) => `缺少变量 $${v}（${t}）`],
  [/^Variable "\$(\w+)" of non-null type "(.+)" must not be null\.$/, (v, t) => `变量 $${v}（${t}）不能为 null`],
  [/^Variable "\$(\w+)" got invalid value (.*?) at "([^"]+)"; (.*)$/s, (_v, value, at, reason) => `${at} 的值 ${value} 无效：${translateReason(reason)}`],
  [/^Variable "\$(\w+)" got invalid value (.*?); (.*)$/s, (v, value, reason) => `变量 $${v} 的值 ${value} 无效：${translateReason(reason)}`],
  [/^Variable "\$(\w+)" is never used.*$/s, (v) => `变量 $${v} 未被使用`],
  [/^Variable "\$(\w+)" is not defined.*$/s, (v) => `变量 $${v} 未定义`],
  [/^Variable "\$(\w+)" of type "(.+)" used in position expecting type "(.+)"\.$/, (v, t, want) => `变量 $${v} 的类型 ${t} 与所需的 ${want} 不符`],
  [/^Variable "\$(\w+)" cannot be non-input type "(.+)"\.$/, (v, t) => `变量 $${v} 不能是输出类型 ${t}`],
  [/^Maximum introspection depth exceeded$/, () => '自省查询嵌套太深'],
  [/^There can be only one (.*)$/s, (what) => `重复定义：${what}`],
  [/^Unknown fragment "(\w+)"\.$/, (f) => `没有片段 ${f}`],
  [/^Fragment "(\w+)" is never used\.$/, (f) => `片段 ${f} 未被使用`],
  [/^Cannot spread fragment "(\w+)" within itself.*$/s, (f) => `片段 ${f} 不能引用自身`],
  [/^Unknown directive "@(\w+)"\.$/, (d) => `没有指令 @${d}`],
  [/^The directive "@(\w+)" can only be used once at this location\.$/, (d) => `指令 @${d} 在此只能使用一次`],
  [/^Must provide operation name if query contains multiple operations\.$/, () => '查询包含多个操作时必须指定 operationName'],
  [/^Unknown operation named "(.*)"\.$/, (op) => `没有名为 ${op} 的操作`],
  [/^Must provide an operation\.$/, () => '请求中没有操作'],
  [/^This anonymous operation must be the only defined operation\.$/, () => '匿名操作必须是唯一的操作'],
  [/^Schema is not configured to execute (\w+) operation\.$/, (op) => `不支持 ${op} 操作`],
  [/^GraphQL operations must contain a non-empty `query` or a `persistedQuery` extension\.$/, () => '请求必须包含非空的 query'],
  [/^POST body missing, invalid Content-Type, or JSON object has no keys\.$/, () => '请求体为空或 Content-Type 无效：请以 application/json 发送 { "query": … }'],
  [/^Operation batching disabled\.$/, () => '不支持批量请求：每个 HTTP 请求只能包含一个操作'],
  [/^This operation has been blocked as a potential Cross-Site Request Forgery \(CSRF\)\..*$/s, () => '请求被 CSRF 防护拒绝：请以 Content-Type: application/json 发送，或加上请求头 apollo-require-preflight: true'],
  [/^Apollo Server supports only GET\/POST requests\.$/, () => '只支持 GET 和 POST 请求'],
  [/^GET requests may not have a content-type header other than application\/json\.$/, () => 'GET 请求的 Content-Type 只能是 application/json'],
  [/^GraphQL queries must be strings\.$/, () => 'query 必须是字符串'],
  [/^`(\w+)` in a POST body (?:must|should) be .*$/s, (what) => `请求体中的 ${what} 格式不正确`],
  [/^PersistedQueryNotSupported$/, () => '不支持持久化查询'],
  [/^PersistedQueryNotFound$/, () => '找不到持久化查询'],
  [/^provided sha does not match query$/, () => '持久化查询的 sha256Hash 与 query 不符'],
  [/^Unsupported persisted query version$/, () => '不支持的持久化查询版本'],
];

function apply(rules: Rule[], message: string): string | undefined {
  for (const [pattern, zh] of rules) {
    const m = pattern.exec(message);
    if (m) return zh(...m.slice(1).map((g) => g ?? ''));
  }
  return undefined;
}

function translateReason(reason: string): string {
  return apply(SCALAR_RULES, reason.trim()) ?? apply(RULES, reason.trim()) ?? reason;
}

/** Both languages of a graphql-js/Apollo/armor message. */
export function translateGraphQLMessage(message: string): Bilingual {
  const zh = apply(RULES, message) ?? apply(SCALAR_RULES, message) ?? `请求无效：${message}`;
  return { zh, en: message };
}

/** `Variable "$filter" got invalid value … at "filter.ids[0]"` -> `filter.ids[0]`, the field a caller fixes. */
export function fieldOfVariableError(message: string): string | undefined {
  const m = /^Variable "\$(\w+)" (?:got invalid value .*? at "([^"]+)";|got invalid value|of required type|of non-null type)/s.exec(message);
  return m ? (m[2] ?? m[1]) : undefined;
}
