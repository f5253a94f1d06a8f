/**
 * Turns zod issues into problems an editor can act on: the field, its line, and what
 * to write instead, instead of "Invalid input: expected string, received undefined".
 */
import type { z } from 'astro/zod';
import { describeInput } from '../schemas/common.ts';
import { closestId } from './ids.ts';
import { formatPath } from './problems.ts';

type AnySchema = z.core.$ZodType;

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
export function fieldSchema(root: AnySchema, path: readonly PropertyKey[]): AnySchema | undefined {
  let current: AnySchema | undefined = root;
  for (const key of path) {
    if (!current) return undefined;
    if (typeof key === 'number') {
      const { schema: inner } = unwrap(current);
      const d = def(inner);
      if (d.element) current = d.element;
      else if (d.type === 'union' && d.options) current = d.options.map((o) => def(unwrap(o).schema).element).find(Boolean);
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

function valueAt(data: unknown, path: readonly PropertyKey[]): { present: boolean; value: unknown } {
  let current: unknown = data;
  for (const key of path) {
    if (current === null || typeof current !== 'object' || !(key in (current as object))) return { present: false, value: undefined };
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return { present: true, value: current };
}

export interface IssueProblem {
  path: PropertyKey[];
  /** Point at the key rather than the value (unknown fields). */
  atKey: boolean;
  field: string;
  message: string;
}

/** One problem per issue, with a message written for the person editing the file. */
export function explainIssues(issues: readonly z.core.$ZodIssue[], schema: AnySchema, data: unknown, noun: string): IssueProblem[] {
  const out: IssueProblem[] = [];
  for (const issue of issues) {
    const path = [...issue.path];
    if (issue.code === 'unrecognized_keys') {
      const known = fieldNames(schema, path);
      for (const key of issue.keys) {
        const suggestion = closestId(key, known);
        const where = path.length ? formatPath(path) : `${/^[aeiou]/.test(noun) ? 'an' : 'a'} ${noun}`;
        out.push({
          path: [...path, key],
          atKey: true,
          field: formatPath([...path, key]),
          message: `is not a field of ${where}${suggestion ? `: did you mean "${suggestion}"?` : '.'} The fields are: ${known.join(', ')}`,
        });
      }
      continue;
    }
    const { present, value } = valueAt(data, path);
    if (!present && issue.code === 'invalid_type') {
      const about = fieldDescription(schema, path);
      out.push({ path, atKey: false, field: formatPath(path), message: `is required${about ? `: ${about}` : ''}` });
      continue;
    }
    let message = issue.message;
    if (issue.code === 'invalid_type' && /^Invalid input/.test(message)) {
      message = `must be ${issue.expected === 'array' ? 'a list' : issue.expected === 'object' ? 'a group of fields' : `a ${issue.expected}`}, not ${describeInput(value)}`;
    }
    out.push({ path, atKey: false, field: formatPath(path), message });
  }
  return out;
}
