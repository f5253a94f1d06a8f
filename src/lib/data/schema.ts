/** /data/record.schema.json: the JSON Schema of the export, generated from its zod schema. */
import { z } from 'astro/zod';
import { recordExport } from '../../schemas/export.ts';

export function exportJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(recordExport, { target: 'draft-2020-12', io: 'output' }) as Record<string, unknown>;
}
