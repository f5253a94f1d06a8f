/**
 * Turns zod issues into problems an editor can act on: the field, its line, and what
 * to write instead, instead of "Invalid input: expected string, received undefined".
 */
import type { z } from 'astro/zod';
import { describeInput } from '../../schemas/common.ts';
import { didYouMean } from './ids.ts';
import type { Collection } from '../kinds.ts';
import { formatPath } from './problems.ts';
import { fieldDescription, fieldNames, type AnySchema } from './schema-walk.ts';

function valueAt(data: unknown, path: readonly PropertyKey[]): { present: boolean; value: unknown } {
  let current: unknown = data;
  for (const key of path) {
    if (current === null || typeof current !== 'object' || !(key in (current as object)))
      return { present: false, value: undefined };
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

const COLLECTION_OF: Record<string, Collection> = { person: 'people', source: 'sources', event: 'events' };

/**
 * " (did you mean "joe-biden"?)" for an id written with capitals, accents, invisible
 * characters or look-alike letters: the closest existing id to what a reader would take it
 * for, or, without a list of ids, that reading itself.
 */
function didYouMeanId(value: string, what: string, known?: Record<Collection, ReadonlySet<string>>): string {
  const ids = known?.[COLLECTION_OF[what] ?? 'people'];
  return didYouMean(value, ids?.size ? ids : undefined);
}

/** One problem per issue, with a message written for the person editing the file. */
export function explainIssues(
  issues: readonly z.core.$ZodIssue[],
  schema: AnySchema,
  data: unknown,
  noun: string,
  known?: Record<Collection, ReadonlySet<string>>,
): IssueProblem[] {
  const out: IssueProblem[] = [];
  for (const issue of issues) {
    const path = [...issue.path];
    if (issue.code === 'unrecognized_keys') {
      const known = fieldNames(schema, path);
      for (const key of issue.keys) {
        const where = path.length ? formatPath(path) : `${/^[aeiou]/.test(noun) ? 'an' : 'a'} ${noun}`;
        out.push({
          path: [...path, key],
          atKey: true,
          field: formatPath([...path, key]),
          message: `is not a field of ${where}${didYouMean(key, known)}. The fields are: ${known.join(', ')}`,
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
    const idOf = /^must be the id of an? (person|source|event):/.exec(message)?.[1];
    if (idOf && typeof value === 'string') message += didYouMeanId(value, idOf, known);
    if (issue.code === 'invalid_type' && /^Invalid input/.test(message)) {
      message = `must be ${issue.expected === 'array' ? 'a list' : issue.expected === 'object' ? 'a group of fields' : `a ${issue.expected}`}, not ${describeInput(value)}`;
    }
    out.push({ path, atKey: false, field: formatPath(path), message });
  }
  return out;
}
