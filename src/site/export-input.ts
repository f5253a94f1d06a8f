/** The record as the export reads it (src/lib/export.ts), from the collections: built once per build. */
import { bodyMeta } from '../lib/body-meta.ts';
import { exportRecord, type ExportEntry } from '../lib/export.ts';
import type { RecordExport } from '../schemas/export.ts';
import { entryUrl, pageUrl } from '../lib/urls.ts';
import { about } from './about.ts';
import { siteRecord } from './site-record.ts';

function exportEntry<D>(entry: {
  id: string;
  data: D;
  rendered?: { html?: string; metadata?: Record<string, unknown> } | undefined;
}): ExportEntry<D> {
  return { id: entry.id, data: entry.data, html: entry.rendered?.html ?? '', citations: bodyMeta(entry).citations };
}

let cached: Promise<RecordExport> | undefined;

/** The whole export; `site` is Astro's (undefined without SITE_URL). */
export function siteExport(site: URL | undefined): Promise<RecordExport> {
  const make = async () => {
    const [record, description] = await Promise.all([siteRecord(), about()]);
    const base = import.meta.env.BASE_URL;
    return exportRecord({
      about: description.data,
      siteUrl: site ? new URL(base, site).href : undefined,
      pathFor: (collection, id) => entryUrl(base, collection, id),
      pagePath: (path) => pageUrl(base, path),
      people: [...record.people.values()].map((e) => exportEntry(e)),
      events: record.chronological.map((e) => exportEntry(e)),
      sources: [...record.sources.values()].map((e) => exportEntry(e)),
    });
  };
  if (import.meta.env.DEV) return make();
  cached ??= make();
  return cached;
}
