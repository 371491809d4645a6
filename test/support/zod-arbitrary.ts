import fc from 'fast-check';
import type { z } from 'zod';

/**
 * Derives a fast-check arbitrary from a zod schema: values of roughly the right
 * shape (so that many pass validation and reach the handler) mixed with
 * anything at all (so that validation itself is exercised). Values are drawn
 * from small pools on purpose: ids 1–40 hit real rows, strings include real
 * dates, locales, Tahitian names, empty and very long text.
 */
const STRINGS = [
  '',
  ' ',
  'fr',
  'en',
  '2026-11-27',
  '2026-02-30',
  'Vai Ora',
  'Tāmaʻa Teriʻi',
  '=cmd|calc',
  '<script>alert(1)</script>',
  '../../etc/passwd',
  'x'.repeat(5000),
  'image/png',
];

interface ZodDef {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  entries?: Record<string, string | number>;
  values?: unknown[];
  options?: z.ZodType[];
  in?: z.ZodType;
  left?: z.ZodType;
  right?: z.ZodType;
}

function defOf(schema: z.ZodType): ZodDef {
  return (schema as unknown as { _zod: { def: ZodDef } })._zod.def;
}

export function arbitraryFor(schema: z.ZodType, depth = 0): fc.Arbitrary<unknown> {
  return fc.oneof({ weight: 9, arbitrary: shaped(schema, depth) }, { weight: 1, arbitrary: fc.anything() });
}

function shaped(schema: z.ZodType, depth: number): fc.Arbitrary<unknown> {
  const def = defOf(schema);
  const inner = (s: z.ZodType | undefined) => (s ? arbitraryFor(s, depth + 1) : fc.anything());
  switch (def.type) {
    case 'object': {
      const entries = Object.entries(def.shape ?? {}).map(([key, value]) => [key, inner(value)] as const);
      const record = fc.record(Object.fromEntries(entries), { requiredKeys: [] });
      // Sometimes an extra key, which strict schemas must refuse.
      return fc.oneof(
        { weight: 8, arbitrary: record },
        { weight: 1, arbitrary: record.map((r) => ({ ...r, __proto_pollution__: true })) },
      );
    }
    case 'string':
      return fc.oneof(
        fc.constantFrom(...STRINGS),
        fc.string({ maxLength: 40 }),
        fc.string({ unit: 'grapheme', maxLength: 20 }),
      );
    case 'number':
      return fc.oneof(
        fc.integer({ min: -2, max: 40 }),
        fc.double({ noDefaultInfinity: false }),
        fc.constantFrom(0, 1, 20, 100, 300_000, Number.NaN, -1),
      );
    case 'int':
      return fc.integer({ min: -2, max: 40 });
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'undefined':
      return fc.constant(undefined);
    case 'enum':
      return fc.constantFrom(...Object.values(def.entries ?? { x: 'x' }), 'not-a-member');
    case 'literal':
      return fc.constantFrom(...(def.values ?? [null]));
    case 'array':
      return depth > 3 ? fc.constant([]) : fc.array(inner(def.element), { maxLength: 4 });
    case 'nullable':
      return fc.oneof(fc.constant(null), inner(def.innerType));
    case 'optional':
    case 'default':
    case 'readonly':
    case 'catch':
      return fc.oneof(fc.constant(undefined), inner(def.innerType));
    case 'union':
    case 'discriminatedUnion':
      return fc.oneof(...(def.options ?? []).map((o) => inner(o)));
    case 'pipe':
      return inner(def.in);
    case 'intersection':
      return fc
        .tuple(inner(def.left), inner(def.right))
        .map(([a, b]) => (typeof a === 'object' && typeof b === 'object' && a && b ? { ...a, ...b } : a));
    default:
      return fc.anything();
  }
}
