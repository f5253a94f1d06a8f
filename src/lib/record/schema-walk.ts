/**
 * Reading the schemas themselves: which fields an object has, what each means, whether
 * it is required. Used by error messages ("did you mean…", "is required: …") and by the
 * test that keeps CONTRIBUTING.md's field reference in step with the schemas.
 */
import type { z } from 'astro/zod';

export type AnySchema = z.core.$ZodType;

interface Def {
  type: string;
  innerType?: AnySchema;
  in?: AnySchema;
  shape?: Record<string, AnySchema>;
  element?: AnySchema;
  options?: AnySchema[];
  schema?: AnySchema;
}

const def = (schema: AnySchema): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;
const description = (schema: AnySchema): string | undefined => (schema as { description?: string }).description;

/** Peels optional/default/pipe wrappers, keeping the first description met on the way. */
function unwrap(schema: AnySchema): { schema: AnySchema; description?: string } {
  let current = schema;
  let found = description(current);
  for (let i = 0; i < 20; i++) {
    const d = def(current);
    const next = d.innerType ?? (d.type === 'pipe' ? d.in : undefined);
    if (!next) break;
    current = next;
    found ??= description(current);
  }
  return found === undefined ? { schema: current } : { schema: current, description: found };
}

function objectShape(schema: AnySchema): Record<string, AnySchema> | undefined {
  const { schema: inner } = unwrap(schema);
  const d = def(inner);
  if (d.shape) return d.shape;
  if (d.type === 'union' && d.options) {
    const merged: Record<string, AnySchema> = {};
    for (const option of d.options) Object.assign(merged, objectShape(option) ?? {});
    return Object.keys(merged).length ? merged : undefined;
  }
  return undefined;
}

/** The schema of a field by path, or undefined where the path leaves the schema. */
function fieldSchema(root: AnySchema, path: readonly PropertyKey[]): AnySchema | undefined {
  let current: AnySchema | undefined = root;
  for (const key of path) {
    if (!current) return undefined;
    if (typeof key === 'number') {
      const { schema: inner } = unwrap(current);
      const d = def(inner);
      if (d.element) current = d.element;
      else if (d.type === 'union' && d.options)
        current = d.options.map((o) => def(unwrap(o).schema).element).find(Boolean);
      else return undefined;
    } else {
      current = objectShape(current)?.[String(key)];
    }
  }
  return current;
}

export function fieldDescription(root: AnySchema, path: readonly PropertyKey[]): string | undefined {
  const schema = fieldSchema(root, path);
  return schema ? unwrap(schema).description : undefined;
}

export function fieldNames(root: AnySchema, path: readonly PropertyKey[]): string[] {
  const schema = path.length ? fieldSchema(root, path) : root;
  return schema ? Object.keys(objectShape(schema) ?? {}) : [];
}

export interface FieldDoc {
  /** "participants[].person" */
  path: string;
  required: boolean;
  description: string;
}

const OPTIONAL = new Set(['optional', 'default', 'prefault', 'nullable']);

/** Every field of an object schema, depth first, lists of objects expanded with "[]". */
export function listFields(root: AnySchema, prefix = ''): FieldDoc[] {
  const shape = objectShape(root) ?? {};
  const out: FieldDoc[] = [];
  for (const [key, schema] of Object.entries(shape)) {
    const path = `${prefix}${key}`;
    const { schema: inner, description: about = '' } = unwrap(schema);
    out.push({ path, required: !OPTIONAL.has(def(schema).type), description: about });
    const d = def(inner);
    if (d.element && objectShape(d.element)) out.push(...listFields(d.element, `${path}[].`));
    else if (objectShape(inner)) out.push(...listFields(inner, `${path}.`));
  }
  return out;
}
