import type { Schema, WalkParts } from '../fast-parse';

/**
 * Writes the fast path of `fast-parse.ts` as JavaScript source, one function per schema node,
 * so the engine sees straight code: each field's check called from its own place, primitive
 * checks inline, an object's output one literal (the closures of the fast path are shared by
 * every field, and their calls cannot be inlined). The same walk runs twice: ahead of time, by `scripts/gen-validators.ts`, which writes
 * the source into a module (no `eval`: the CSP forbids it), and when the app first validates,
 * where it collects the values the source refers to (`R[i]`: zod's own transforms, checks and
 * defaults, and fast-path closures for what the writer does not know) and checks that the
 * source it would write is the module's. Decisions and semantics are the fast path's, line by
 * line; `fast-parse.parity.test.ts` checks them against zod and the fast path.
 */

export interface Emitted {
  /** The functions' source and the entry functions' names, in the order of the schemas given. */
  code: string;
  entries: string[];
  /** Per feature schema given for columns: its id's, geometry's and properties' (from columns) functions, and the properties' keys. */
  columns: { entries: [string, string, string]; keys: string[] }[];
  /** The values the source names `R[i]`; `R[0]` is the fast path's FAIL. */
  refs: unknown[];
}

const str = (v: string) => JSON.stringify(v);
const isObjectCode = (v: string) => `(typeof ${v} === 'object' && ${v} !== null && !Array.isArray(${v}))`;

class Writer {
  private readonly names = new Map<Schema, string>();
  /** Functions by their body: schemas built alike (each kind builds its own) share one. */
  private readonly byBody = new Map<string, string>();
  /** Functions being written, and those of them called before their body was known (recursion). */
  private readonly writing = new Set<string>();
  private readonly calledEarly = new Set<string>();
  private readonly functions: string[] = [];
  readonly refs: unknown[];
  private readonly refIndex: Map<unknown, number>;
  private readonly closure: ReturnType<WalkParts['compiler']>;

  constructor(readonly parts: WalkParts) {
    this.refs = [parts.FAIL];
    this.refIndex = new Map([[parts.FAIL, 0]]);
    this.closure = parts.compiler();
  }

  ref(value: unknown): string {
    let i = this.refIndex.get(value);
    if (i === undefined) {
      i = this.refs.push(value) - 1;
      this.refIndex.set(value, i);
    }
    return `R[${i}]`;
  }

  /** The name of the function that validates `s` (written once per schema, and per body). */
  fn(s: Schema): string {
    const known = this.names.get(s);
    if (known) {
      if (this.writing.has(known)) this.calledEarly.add(known);
      return known;
    }
    const name = `f${this.names.size}`;
    this.names.set(s, name);
    this.writing.add(name);
    const base = baseOf(s, this);
    const lines =
      base === null
        ? [`return ${this.ref(this.closure(s))}(v);`]
        : [...base, ...checkLines(s, this), 'return r;'];
    const body = lines.join('\n  ');
    this.writing.delete(name);
    const twin = this.byBody.get(body);
    // A recursive schema was called by its name before its body was known: it keeps that name.
    if (twin && !this.calledEarly.has(name)) {
      this.names.set(s, twin);
      return twin;
    }
    this.byBody.set(body, name);
    this.functions.push(`function ${name}(v) {\n  ${body}\n}`);
    return name;
  }

  /**
   * The function that reads row `i` of an object schema's values from columns (`cN(C, i)`, `C[j]`
   * the j-th key's values), with the same decisions as `fn(s)` on the record: a server may send
   * the items as column pages (mocks/ogc-api/feature-columns.ts).
   */
  columnsFn(s: Schema): { name: string; keys: string[] } {
    const object = unwrapLazy(s);
    const keys = objectKeys(object);
    if (!keys) throw new Error('column pages need an object schema the writer reads');
    const name = `c${this.functions.length}`;
    const body = [...objectBody(object, keys, this, columnAccess), ...checkLines(object, this), 'return r;'];
    this.functions.push(`function ${name}(C, i) {\n  ${body.join('\n  ')}\n}`);
    return { name, keys };
  }

  source(): string {
    return this.functions.join('\n');
  }
}

/** The checks after the base value `r`, in zod's order (as `withChecks`). */
function checkLines(s: Schema, w: Writer): string[] {
  const checks = w.parts.checksOf(s);
  if (!checks.length) return [];
  return ['if (r === FAIL) return FAIL;', ...checks.flatMap((ch) => checkLine(ch, w))];
}

function checkLine(ch: Schema, w: Writer): string[] {
  const def = ch._zod.def as Record<string, unknown>;
  const zod = () => [`r = ${w.ref(w.parts.zodStep(ch))}(r);`, 'if (r === FAIL) return FAIL;'];
  if (def.when !== undefined && def.when !== w.parts.lengthCondition()) return zod();
  const { check, value, inclusive, minimum } = def as {
    check: string;
    value: number;
    inclusive: boolean;
    minimum: number;
  };
  switch (check) {
    case 'greater_than':
      return [`if (!(r ${inclusive ? '>=' : '>'} ${constant(value, w)})) return FAIL;`];
    case 'less_than':
      return [`if (!(r ${inclusive ? '<=' : '<'} ${constant(value, w)})) return FAIL;`];
    case 'number_format':
      return def.format === 'safeint' ? ['if (!Number.isSafeInteger(r)) return FAIL;'] : zod();
    case 'overwrite':
      return [`r = ${w.ref(def.tx)}(r);`];
    case 'min_length': {
      const m = constant(minimum, w);
      return [
        `if (Array.isArray(r)) { if (r.length < ${m}) return FAIL; }`,
        `else if (typeof r === 'string' && (r.length >= 2 * ${m} || r.length < ${m})) { if (r.length < ${m}) return FAIL; }`,
        `else { r = ${w.ref(w.parts.zodStep(ch))}(r); if (r === FAIL) return FAIL; }`,
      ];
    }
    default:
      return zod();
  }
}

/** A finite number written into the source; anything else by reference. */
const constant = (value: unknown, w: Writer) =>
  typeof value === 'number' && Number.isFinite(value) && !Object.is(value, -0) ? String(value) : w.ref(value);

type Def = Record<string, unknown> & { type: string; innerType: Schema; in: Schema; out: Schema };

/** Lines that set `let r` to the value of `v` without the checks (or return FAIL), or null: the fast path's closure. */
function baseOf(s: Schema, w: Writer): string[] | null {
  const zod = s._zod;
  const def = zod.def as unknown as Def;
  if (def.coerce) return null;
  const typed = (test: string) => [`if (!(${test})) return FAIL;`, 'let r = v;'];
  switch (def.type) {
    case 'string':
      return typed(`typeof v === 'string'`);
    case 'number':
      return typed(`typeof v === 'number' && Number.isFinite(v)`);
    case 'boolean':
      return typed(`typeof v === 'boolean'`);
    case 'null':
      return typed('v === null');
    case 'literal':
    case 'enum':
      return typed(`${w.ref(zod.values)}.has(v)`);
    case 'object':
      return objectLines(s, w);
    case 'union':
      return unionLines(s, w);
    case 'array':
      return arrayLines(w.fn(def.element as Schema));
    case 'tuple':
      return tupleLines(s, w);
    case 'pipe':
      if (zod.traits.has('$ZodCodec')) return null;
      return [
        `const l = ${w.fn(def.in)}(v);`,
        'if (l === FAIL) return FAIL;',
        `let r = ${w.fn(def.out)}(l);`,
      ];
    case 'transform': {
      const fn = def.transform as (v: unknown, ctx?: unknown) => unknown;
      if (fn.length >= 2) return null;
      return [`let r = ${w.ref(fn)}(v);`, 'if (r instanceof Promise) return FAIL;'];
    }
    default:
      return wrapperLines(s, w);
  }
}

function wrapperLines(s: Schema, w: Writer): string[] | null {
  const zod = s._zod;
  const def = zod.def as unknown as Def;
  switch (def.type) {
    case 'optional':
      if (zod.traits.has('$ZodExactOptional') || def.innerType._zod.optin === 'defaulted') return null;
      return [`let r = v === undefined ? undefined : ${w.fn(def.innerType)}(v);`];
    case 'nullable':
      return [`let r = v === null ? null : ${w.fn(def.innerType)}(v);`];
    case 'default': {
      // Read from the definition each time, as zod does (it may hand out a fresh copy).
      const d = `${w.ref(def)}.defaultValue`;
      return [
        `let r = v === undefined ? undefined : ${w.fn(def.innerType)}(v);`,
        `if (r === undefined) r = ${d};`,
      ];
    }
    case 'lazy':
      return [`let r = ${w.fn(zod.innerType!)}(v);`];
    default:
      return null;
  }
}

/**
 * An array's items, checked in place: the input itself is the result until an item comes out
 * changed, and only then is it copied. Valid data (the common case) allocates nothing here, and a
 * site keeps the arrays `JSON.parse` made instead of a fresh copy of each (fewer young objects for
 * the garbage collector to move while 100,000 sites load).
 */
const itemLine = (fn: string, at: string) =>
  `{ const e = ${fn}(v[${at}]); if (e === FAIL) return FAIL; if (e !== v[${at}]) { if (r === v) r = v.slice(); r[${at}] = e; } }`;

function arrayLines(element: string): string[] {
  return [
    'if (!Array.isArray(v)) return FAIL;',
    'let r = v;',
    `for (let i = 0; i < v.length; i++) ${itemLine(element, 'i')}`,
  ];
}

function tupleLines(s: Schema, w: Writer): string[] | null {
  const def = s._zod.def as unknown as { items: Schema[]; rest?: Schema | null };
  if (def.items.some((i) => i._zod.optin !== undefined || i._zod.optout !== undefined)) return null;
  const items = def.items.map((i) => w.fn(i));
  const rest = def.rest ? w.fn(def.rest) : null;
  const n = items.length;
  return [
    `if (!Array.isArray(v) || v.length ${rest ? '<' : '!=='} ${n}) return FAIL;`,
    'let r = v;',
    ...items.map((f, i) => itemLine(f, String(i))),
    ...(rest ? [`for (let i = ${n}; i < v.length; i++) ${itemLine(rest, 'i')}`] : []),
  ];
}

function unionLines(s: Schema, w: Writer): string[] | null {
  const def = s._zod.def as unknown as {
    options: Schema[];
    inclusive?: boolean;
    discriminator?: string;
    unionFallback?: boolean;
  };
  if (def.discriminator !== undefined) return discriminatedLines(def as Required<typeof def>, w);
  if (def.inclusive === false) return null;
  const tries = def.options.map((o) => w.fn(o));
  return ['let r = FAIL;', ...tries.map((f) => `if (r === FAIL) r = ${f}(v);`)];
}

function discriminatedLines(
  def: { options: Schema[]; discriminator: string; unionFallback?: boolean },
  w: Writer,
): string[] | null {
  if (def.unionFallback) return null;
  const cases: string[] = [];
  const tags = new Set<unknown>();
  for (const option of def.options) {
    const values = option._zod.propValues?.[def.discriminator];
    if (!values) return null;
    for (const tag of values) {
      if (typeof tag !== 'string' || tags.has(tag)) return null;
      tags.add(tag);
      cases.push(`case ${str(tag)}: r = ${w.fn(option)}(v); break;`);
    }
  }
  return [
    `if (!${isObjectCode('v')}) return FAIL;`,
    'let r = FAIL;',
    `switch (v[${str(def.discriminator)}]) { ${cases.join(' ')} }`,
    'if (r === undefined || r === null) r = FAIL;',
  ];
}

interface FieldFlags {
  optin: 'optional' | 'defaulted' | undefined;
  optionalOut: boolean;
}

/** zod's object parse as `objectOf` in fast-parse.ts: unknown keys stripped, the shape's order. */
function objectLines(s: Schema, w: Writer): string[] | null {
  const keys = objectKeys(s);
  if (!keys) return null;
  const slots = w.ref(new Map(keys.map((k, i) => [k, i])));
  return [
    `if (!${isObjectCode('v')}) return FAIL;`,
    // One for-in pass reads the values whatever the input's shape; reads by name would slow down
    // as soon as a server leaves out some properties of some records (many input shapes).
    `const x = new Array(${keys.length});`,
    `for (const k in v) { const i = ${slots}.get(k); if (i !== undefined) x[i] = v[k]; }`,
    ...objectBody(s, keys, w, rowAccess),
  ];
}

/** The keys an object schema reads, in its shape's order, or null: the fast path's closure reads it. */
function objectKeys(s: Schema): string[] | null {
  const def = s._zod.def;
  if (def.type !== 'object') return null;
  const shape = def.shape as Record<string, Schema>;
  if (def.catchall || Object.getOwnPropertySymbols(shape).length) return null;
  if (Object.keys(shape).some((k) => /^\d+$/.test(k))) return null;
  return Object.keys(shape).filter((key) => key !== '__proto__');
}

/** The fields' lines and the output literal, reading each field's value as `access` says. */
function objectBody(s: Schema, keys: string[], w: Writer, access: FieldAccess): string[] {
  const shape = s._zod.def.shape as Record<string, Schema>;
  const fields = keys.map((key, i) => {
    const el = shape[key]!._zod;
    return fieldLines(
      key,
      i,
      w.fn(shape[key]!),
      { optin: el.optin, optionalOut: el.optout === 'optional' },
      access,
    );
  });
  const omits = fields.some((f) => f.omits);
  return [
    ...(omits ? ['const omitted = [];'] : []),
    ...fields.flatMap((f) => f.lines),
    `let r = { ${keys.map((k, i) => `${str(k)}: r${i}`).join(', ')} };`,
    ...(omits ? ['for (const k of omitted) delete r[k];'] : []),
  ];
}

/** How a field's value is read and whether its key is there: from a record, or from columns. */
interface FieldAccess {
  read: (x: string, i: number, k: string) => string;
  present: (x: string, k: string) => string;
}

const rowAccess: FieldAccess = {
  // Not seen by for-in: absent, or inherited, or not enumerable (zod reads those too).
  read: (x, i, k) => `const ${x} = x[${i}] !== undefined ? x[${i}] : v[${k}];`,
  present: (x, k) => `(${x} !== undefined || ${k} in v)`,
};

/** Row `i` of column pages: `C[j]` holds the j-th key's values; `undefined` where a record had no such key. */
const columnAccess: FieldAccess = {
  read: (x, i) => `const ${x} = C[${i}][i];`,
  present: (x) => `(${x} !== undefined)`,
};

/**
 * One field: its value into `name`, or FAIL returned, or its key left out (`omitted`). Whether
 * the key is present (`in`, slow on an absent key) is asked only where the answer matters.
 */
function fieldLines(
  key: string,
  i: number,
  run: string,
  { optin, optionalOut }: FieldFlags,
  access: FieldAccess,
) {
  const k = str(key);
  const name = `r${i}`;
  const x = `${name}v`;
  const read = access.read(x, i, k);
  const present = access.present(x, k);
  if (optin === undefined)
    return {
      omits: false,
      lines: [read, `const ${name} = ${run}(${x});`, `if (${name} === FAIL || !${present}) return FAIL;`],
    };
  if (optin === 'defaulted' && !optionalOut)
    return {
      omits: false,
      lines: [read, `const ${name} = ${run}(${x});`, `if (${name} === FAIL) return FAIL;`],
    };
  const skipAbsent = optionalOut && optin === 'optional';
  return {
    omits: true,
    lines: [
      read,
      `const ${name} = ${skipAbsent ? `!${present} ? FAIL : ` : ''}${run}(${x});`,
      optionalOut
        ? `if (${name} === FAIL) { if (${present}) return FAIL; omitted.push(${k}); }`
        : `if (${name} === FAIL) return FAIL;`,
      `else if (${name} === undefined && !${present}) omitted.push(${k});`,
    ],
  };
}

const unwrapLazy = (s: Schema): Schema => (s._zod.def.type === 'lazy' ? unwrapLazy(s._zod.innerType!) : s);

/** A feature schema's id, geometry and properties (columns) functions. */
function featureColumns(feature: Schema, w: Writer): Emitted['columns'][number] {
  const shape = unwrapLazy(feature)._zod.def.shape as Record<string, Schema> | undefined;
  if (!shape?.id || !shape.geometry || !shape.properties) throw new Error('not a feature schema');
  const { name, keys } = w.columnsFn(shape.properties);
  return { entries: [w.fn(shape.id), w.fn(shape.geometry), name], keys };
}

/**
 * Writes the validators of `schemas` (and of the column pages of `columnSchemas`, feature
 * schemas): their source, entry names and the values it refers to.
 */
export function emitValidators(
  schemas: readonly Schema[],
  parts: WalkParts,
  columnSchemas: readonly Schema[] = [],
): Emitted {
  const w = new Writer(parts);
  const entries = schemas.map((s) => w.fn(s));
  const columns = columnSchemas.map((s) => featureColumns(s, w));
  return { code: w.source(), entries, columns, refs: w.refs };
}

/** A short fingerprint of the source and its references: the module is used only where it matches. */
export function signatureOf({ code, entries, columns, refs }: Emitted): string {
  const columnText = columns.map((c) => `${c.entries.join(',')}:${c.keys.join(',')}`).join(';');
  const text = `${code}\n${entries.join(',')}\n${columnText}\n${refs.length}`;
  let h = 0;
  for (let i = 0; i < text.length; i++) h = (Math.imul(h, 31) + text.charCodeAt(i)) | 0;
  return `${text.length}-${(h >>> 0).toString(36)}`;
}

/** The module `scripts/gen-validators.ts` writes. */
export function moduleSource(emitted: Emitted, generator: string): string {
  return [
    `// Written by ${generator} from the contract's schemas (src/contract/compiled-parse/emit.ts).`,
    '// Do not edit: run `npm run contract:gen` after changing a schema. A stale copy is never used:',
    '// the app checks its signature and otherwise validates through src/contract/fast-parse.ts.',
    '/* eslint-disable */',
    '// @ts-nocheck',
    `export const SIGNATURE = ${str(signatureOf(emitted))};`,
    '',
    'export function create(R: readonly unknown[]): ((...args: never[]) => unknown)[] {',
    '  const FAIL = R[0];',
    emitted.code,
    `  return [${[...emitted.entries, ...emitted.columns.flatMap((c) => c.entries)].join(', ')}];`,
    '}',
    '',
  ].join('\n');
}
