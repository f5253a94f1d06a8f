/** The record as the export reads it (src/lib/data/export.ts), from the collections: built once per build. */
import { bodyMeta } from '../lib/record/body-meta.ts';
import { exportRecord, type ExportEntry } from '../lib/data/export.ts';
import { exportTables, type Table } from '../lib/data/tables.ts';
import type { RecordExport } from '../schemas/export.ts';
import { entryUrl, pageUrl } from '../lib/urls.ts';
import { about } from './about.ts';
import { siteRecord } from './site-record.ts';
import { perReading } from '../loaders/dev-state.ts';

function exportEntry<D>(entry: {
  id: string;
  data: D;
  rendered?: { html?: string; metadata?: Record<string, unknown> } | undefined;
}): ExportEntry<D> {
  const meta = bodyMeta(entry);
  return {
    id: entry.id,
    data: entry.data,
    html: entry.rendered?.html ?? '',
    text: meta.text ?? '',
    citations: meta.citations,
  };
}

/** The whole export, with full addresses when the site has one (SITE_URL): once per reading. */
export const siteExport: () => Promise<RecordExport> = perReading(async () => {
  const [record, description] = await Promise.all([siteRecord(), about()]);
  const base = import.meta.env.BASE_URL;
  const site: string | undefined = import.meta.env.SITE || undefined;
  return exportRecord({
    about: description.data,
    siteUrl: site ? new URL(base, site).href : undefined,
    pathFor: (collection, id) => entryUrl(base, collection, id),
    pagePath: (path) => pageUrl(base, path),
    people: [...record.people.values()].map((e) => exportEntry(e)),
    events: record.chronological.map((e) => exportEntry(e)),
    sources: [...record.sources.values()].map((e) => exportEntry(e)),
  });
});

/** The CSV tables of the export (src/lib/data/tables.ts): once per reading. */
export const siteTables: () => Promise<Table[]> = perReading(async () => exportTables(await siteExport()));
