/**
 * What /data/ says about each file's fields, read from the schemas that make the files
 * (src/schemas/export.ts for record.json, the tables' fields for the CSV), so the page
 * cannot drift from the data.
 */
import { z } from 'astro/zod';
import { recordExport } from '../../schemas/export.ts';
import type { Table } from './tables.ts';

export interface FieldDoc {
  name: string;
  description: string;
}

export interface SectionDoc {
  /** "people[]", "format", "people.csv". */
  name: string;
  description: string;
  fields: FieldDoc[];
}

/** The object a field holds, through arrays and null: its fields are listed under it. */
function objectOf(schema: z.ZodType): z.ZodObject | undefined {
  if (schema instanceof z.ZodObject) return schema;
  if (schema instanceof z.ZodArray) return objectOf(schema.element as z.ZodType);
  if (schema instanceof z.ZodNullable) return objectOf(schema.unwrap() as z.ZodType);
  return undefined;
}

/** The top-level parts of record.json, each with its fields. */
export function exportSections(): SectionDoc[] {
  return Object.entries(recordExport.shape).map(([name, schema]) => {
    const object = objectOf(schema as z.ZodType);
    return {
      name: schema instanceof z.ZodArray ? `${name}[]` : name,
      description: schema.description ?? '',
      fields: Object.entries(object?.shape ?? {}).map(([field, s]) => ({
        name: field,
        description: (s as z.ZodType).description ?? '',
      })),
    };
  });
}

export function tableSections(tables: readonly Table[]): SectionDoc[] {
  return tables.map((t) => ({
    name: `${t.name}.csv`,
    description: `${t.description} Key: ${t.primaryKey.join(' + ')}.${
      t.foreignKeys.length
        ? ` Links: ${t.foreignKeys.map((k) => `${k.fields.join(' + ')} → ${k.table}.csv`).join(', ')}.`
        : ''
    }`,
    fields: t.fields.map((f) => ({ name: f.name, description: `(${f.type}) ${f.description}` })),
  }));
}
