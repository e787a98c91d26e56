import { z } from './zod';

/**
 * A fast path for `schema.safeParse` that needs no `eval` (the CSP forbids it), derived from the
 * zod schema itself, so there is no second contract. At the first use the schema's definitions
 * (`_zod.def`) are walked into small closures that validate and normalise a value the way zod's
 * parse does: transforms, defaults and checks are zod's own functions, called directly; a
 * construct the walker does not know runs through zod's own `_zod.run` for that sub-value.
 * A closure answers `FAIL` as soon as anything is wrong; the record then goes to `safeParse`,
 * so every refused record is reported with zod's message. `fast-parse.parity.test.ts` checks on
 * generated records that an accepted record's output deep-equals zod's. Output is equal, not
 * identical: under a recursive schema zod may hand one output object for an input shared twice.
 */

export const FAIL: unique symbol = Symbol('fail');
type Fast = (value: unknown) => unknown;

interface Payload {
  value: unknown;
  issues: unknown[];
}
interface Internals {
  def: Record<string, unknown> & { type: string; checks?: Schema[] };
  traits: Set<string>;
  optin?: 'optional' | 'defaulted';
  optout?: 'optional';
  values?: Set<unknown>;
  propValues?: Record<string, Set<unknown>>;
  innerType?: Schema;
  run: (payload: Payload, ctx: object) => Payload | Promise<Payload>;
  check?: (payload: Payload) => unknown;
}
export interface Schema {
  _zod: Internals;
}

const CTX = { async: false };
const defOf = <T>(s: Schema) => s._zod.def as unknown as T;

/** Zod itself parses this sub-value (exactly what its parent would do). */
function delegate(s: Schema): Fast {
  return (value) => {
    const r = s._zod.run({ value, issues: [] }, CTX);
    return r instanceof Promise || r.issues.length ? FAIL : r.value;
  };
}

/** The schema's checks in zod's order; a string format (email, ISO date) is itself the first. */
function checksOf(s: Schema): Schema[] {
  const own = s._zod.def.checks ?? [];
  return s._zod.traits.has('$ZodCheck') ? [s, ...own] : own;
}

type Step = (value: unknown) => unknown; // the value (maybe replaced), or FAIL

/** The commonest checks, exactly as zod's check functions decide them, without a payload. */
function nativeStep(def: Record<string, unknown>): Step | null {
  const { check, value, inclusive, minimum } = def as {
    check: string;
    value: number;
    inclusive: boolean;
    minimum: number;
  };
  // A check with its own condition (`when`) is left to zod; min_length's default one is known.
  if (def.when !== undefined && def.when !== lengthCondition()) return null;
  switch (check) {
    case 'greater_than':
      return (v) => ((inclusive ? (v as number) >= value : (v as number) > value) ? v : FAIL);
    case 'less_than':
      return (v) => ((inclusive ? (v as number) <= value : (v as number) < value) ? v : FAIL);
    case 'number_format':
      return def.format === 'safeint' ? (v) => (Number.isSafeInteger(v) ? v : FAIL) : null;
    case 'overwrite':
      return def.tx as Step;
    case 'min_length':
      // Arrays count elements; a string of at least twice the floor in UTF-16 units has enough code points.
      return (v) => {
        if (Array.isArray(v)) return v.length >= minimum ? v : FAIL;
        if (typeof v === 'string' && (v.length >= 2 * minimum || v.length < minimum))
          return v.length >= minimum ? v : FAIL;
        return UNDECIDED;
      };
    default:
      return null;
  }
}

let defaultWhen: unknown;
/** zod's default `when` of length checks (non-nullish values with a length), read from a probe. */
const lengthCondition = () =>
  (defaultWhen ??= (z.string().min(1) as unknown as Schema)._zod.def.checks![0]!._zod.def.when);

const UNDECIDED: unique symbol = Symbol('undecided');

/** zod's own check function, on a payload of its own (a refinement may run any code). */
function zodStep(ch: Schema): Step {
  const when = ch._zod.def.when as ((p: Payload) => boolean) | undefined;
  const check = ch._zod.check!;
  return (value) => {
    const p: Payload = { value, issues: [] };
    if (when && !when(p)) return value;
    return check(p) instanceof Promise || p.issues.length > 0 ? FAIL : p.value;
  };
}

function stepOf(ch: Schema): Step {
  const native = nativeStep(ch._zod.def);
  const zod = zodStep(ch);
  if (!native) return zod;
  return (v) => {
    const r = native(v);
    return r === UNDECIDED ? zod(v) : r;
  };
}

function withChecks(base: Fast, checks: Schema[]): Fast {
  const steps = checks.map(stepOf);
  return (value) => {
    let out = base(value);
    for (let i = 0; i < steps.length && out !== FAIL; i++) out = steps[i]!(out);
    return out;
  };
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

interface Field {
  key: string;
  run: Fast;
  optin: Internals['optin'];
  optionalOut: boolean;
}

/** zod's object parse with `handlePropertyResult`: unknown keys are stripped. */
function objectOf(s: Schema, compile: (s: Schema) => Fast): Fast | null {
  const def = s._zod.def;
  const shape = def.shape as Record<string, Schema>;
  if (def.catchall || Object.getOwnPropertySymbols(shape).length) return null;
  // An integer-like key would move to the front of the output; zod's order is the shape's.
  if (Object.keys(shape).some((k) => /^\d+$/.test(k))) return null;
  const fields: Field[] = Object.keys(shape)
    .filter((key) => key !== '__proto__')
    .map((key) => {
      const el = shape[key]!._zod;
      return { key, run: compile(shape[key]!), optin: el.optin, optionalOut: el.optout === 'optional' };
    });
  // Every key of the shape, in its order: cloning this gives each output one fast object shape.
  const template = JSON.parse(JSON.stringify(Object.fromEntries(fields.map((f) => [f.key, null])))) as object;
  const slot = new Map(fields.map((f, i) => [f.key, i]));
  return (input) => {
    if (!isObject(input)) return FAIL;
    // One for-in pass reads the input's keys far faster than a lookup by name per field.
    const values = new Array<unknown>(fields.length);
    for (const k in input) {
      const i = slot.get(k);
      if (i !== undefined) values[i] = input[k];
    }
    const out: Record<string, unknown> = { ...template };
    for (let i = 0; i < fields.length; i++) {
      const f = fields[i]!;
      let value = values[i];
      // Not seen by for-in: absent, or inherited, or not enumerable (zod reads those too).
      const present = value !== undefined || f.key in input;
      if (value === undefined && present) value = input[f.key];
      const r = !present && f.optionalOut && f.optin === 'optional' ? FAIL : f.run(value);
      if (r === FAIL) {
        if (f.optin !== undefined && f.optionalOut && !present) {
          delete out[f.key]; // zod leaves an absent optional key out
          continue;
        }
        return FAIL;
      }
      if (!present && f.optin === undefined) return FAIL;
      if (r !== undefined || present || (f.optin === 'defaulted' && !f.optionalOut)) out[f.key] = r;
      else delete out[f.key];
    }
    return out;
  };
}

function unionOf(s: Schema, compile: (s: Schema) => Fast): Fast | null {
  const def = defOf<{ options: Schema[]; inclusive?: boolean; discriminator?: string }>(s);
  if (def.discriminator !== undefined) return discriminatedOf(s, compile);
  if (def.inclusive === false) return null; // z.xor
  const options = def.options.map(compile);
  return (value) => {
    for (const option of options) {
      const r = option(value);
      if (r !== FAIL) return r;
    }
    return FAIL;
  };
}

function discriminatedOf(s: Schema, compile: (s: Schema) => Fast): Fast | null {
  const def = defOf<{ options: Schema[]; discriminator: string; unionFallback?: boolean }>(s);
  if (def.unionFallback) return null;
  const byTag = new Map<unknown, Fast>();
  for (const option of def.options) {
    const tags = option._zod.propValues?.[def.discriminator];
    if (!tags) return null;
    const run = compile(option);
    for (const tag of tags) {
      if (tag === undefined || byTag.has(tag)) return null;
      byTag.set(tag, run);
    }
  }
  return (value) => (isObject(value) ? (byTag.get(value[def.discriminator])?.(value) ?? FAIL) : FAIL);
}

function arrayOf(element: Fast): Fast {
  return (input) => {
    if (!Array.isArray(input)) return FAIL;
    const out = new Array<unknown>(input.length);
    for (let i = 0; i < input.length; i++) {
      const r = element(input[i]);
      if (r === FAIL) return FAIL;
      out[i] = r;
    }
    return out;
  };
}

/** A tuple without optional items (zod's own code handles the others). */
function tupleOf(s: Schema, compile: (s: Schema) => Fast): Fast | null {
  const def = defOf<{ items: Schema[]; rest?: Schema | null }>(s);
  if (def.items.some((i) => i._zod.optin !== undefined || i._zod.optout !== undefined)) return null;
  const items = def.items.map(compile);
  const rest = def.rest ? compile(def.rest) : null;
  return (input) => {
    if (!Array.isArray(input) || (!rest && input.length !== items.length)) return FAIL;
    const out = new Array<unknown>(Math.max(input.length, items.length));
    for (let i = 0; i < out.length; i++) {
      const r = i < items.length ? items[i]!(input[i]) : rest!(input[i]);
      if (r === FAIL) return FAIL;
      out[i] = r;
    }
    return out;
  };
}

function transformOf(s: Schema): Fast | null {
  const fn = s._zod.def.transform as (v: unknown, ctx?: unknown) => unknown;
  // A transform that reads its context may add issues: leave it to zod.
  if (fn.length >= 2) return null;
  return (value) => {
    const out = fn(value);
    return out instanceof Promise ? FAIL : out;
  };
}

/** The closure for one schema without its checks, or null when zod must parse it. */
function typeOf(s: Schema, compile: (s: Schema) => Fast): Fast | null {
  const zod = s._zod;
  const def = zod.def as Internals['def'] & { coerce?: boolean; innerType: Schema; in: Schema; out: Schema };
  const inner = () => compile(def.innerType);
  if (def.coerce) return null;
  switch (def.type) {
    case 'string':
      return (v) => (typeof v === 'string' ? v : FAIL);
    case 'number':
      return (v) => (typeof v === 'number' && Number.isFinite(v) ? v : FAIL);
    case 'boolean':
      return (v) => (typeof v === 'boolean' ? v : FAIL);
    case 'null':
      return (v) => (v === null ? v : FAIL);
    case 'literal':
    case 'enum': {
      const values = zod.values!;
      return (v) => (values.has(v) ? v : FAIL);
    }
    case 'object':
      return objectOf(s, compile);
    case 'union':
      return unionOf(s, compile);
    case 'array':
      return arrayOf(compile(def.element as Schema));
    case 'tuple':
      return tupleOf(s, compile);
    case 'pipe': {
      if (zod.traits.has('$ZodCodec')) return null;
      const [left, right] = [compile(def.in), compile(def.out)];
      return (v) => {
        const l = left(v);
        return l === FAIL ? FAIL : right(l);
      };
    }
    case 'transform':
      return transformOf(s);
    case 'optional': {
      if (zod.traits.has('$ZodExactOptional') || def.innerType._zod.optin === 'defaulted') return null;
      const run = inner();
      return (v) => (v === undefined ? undefined : run(v));
    }
    case 'nullable': {
      const run = inner();
      return (v) => (v === null ? null : run(v));
    }
    case 'default': {
      const run = inner();
      return (v) => {
        if (v === undefined) return def.defaultValue;
        const r = run(v);
        return r === undefined ? def.defaultValue : r;
      };
    }
    case 'lazy': {
      let run: Fast | undefined; // resolved on the first value: lazy schemas may be recursive
      return (v) => (run ??= compile(zod.innerType!))(v);
    }
    default:
      return null;
  }
}

function compiler(): (s: Schema) => Fast {
  const done = new Map<Schema, Fast>();
  const compile = (s: Schema): Fast => {
    let fast = done.get(s);
    if (fast) return fast;
    const base = typeOf(s, compile);
    const checks = checksOf(s);
    fast = !base ? delegate(s) : checks.length ? withChecks(base, checks) : base;
    done.set(s, fast);
    return fast;
  };
  return compile;
}

/**
 * `schema.safeParse`, with the fast path first: the same result for every input, the fast path
 * answering the valid ones. Compiled on the first call (the contract's schemas are lazy).
 */
export function fastSafeParse<S extends z.ZodType>(
  schema: S,
): (raw: unknown) => z.ZodSafeParseResult<z.output<S>> {
  let fast: Fast | undefined;
  return (raw) => {
    fast ??= compiler()(schema as unknown as Schema);
    let data: unknown = FAIL;
    try {
      data = fast(raw);
    } catch {
      // zod reports (or throws) it below
    }
    return data === FAIL ? schema.safeParse(raw) : { success: true, data: data as z.output<S> };
  };
}

/** The fast path alone: the normalised value, or undefined when zod has to decide. For tests. */
export function fastPathOnly(schema: z.ZodType): (raw: unknown) => { data: unknown } | undefined {
  const fast = compiler()(schema as unknown as Schema);
  return (raw) => {
    const data = fast(raw);
    return data === FAIL ? undefined : { data };
  };
}

/**
 * The pieces of the walk that `compiled-parse/emit.ts` shares, handed to it as values: the
 * generated validators' chunk then imports nothing at run time, and the start-up chunks stay as
 * they were (an import would have split zod and this file into a chunk of their own).
 */
export const walkParts = { FAIL, checksOf, compiler, lengthCondition, zodStep };
export type WalkParts = typeof walkParts;
