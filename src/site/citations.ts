/**
 * What "Cite this page", the citation downloads and the reference-manager tags read from
 * the record: the CSL styles (registered once), each entry's citation item and the sources'
 * bibliography. The commit the build reads is src/site/history.ts's `commitOfBuild`.
 */
import mlaXml from '../citation-styles/modern-language-association.csl?raw';
import chicagoXml from '../citation-styles/chicago-notes-bibliography.csl?raw';
import os from 'node:os';
import {
  entryItem,
  formatStyle,
  registerStyles,
  STYLES,
  type StyleKey,
  sourceItem,
  writeItems,
  type CslItem,
  type PersonNames,
} from '../lib/cite/citations.ts';
import { DOWNLOADS, type DownloadFormat } from '../lib/cite/formats.ts';
import { formatPool, type FormatPool, type Formatted } from '../lib/cite/format-pool.ts';
import type { Collection } from '../lib/kinds.ts';
import { absoluteUrl, entryUrl, pageUrl } from '../lib/urls.ts';
import { plainEntryTitle } from '../lib/pages/shared.ts';
import { about } from './about.ts';
import { siteRecord, sortNameOf, type SiteRecord } from './site-record.ts';

registerStyles({ mla: mlaXml, chicago: chicagoXml });

/** Set by src/integrations/citation-workers.ts in a build: the worker's file. */
declare const __RECORD_CITE_WORKER__: string | undefined;

let pool: FormatPool | null | undefined;

/**
 * In a build on two or more cores: worker threads formatting "Cite this page" while this
 * thread renders pages (src/lib/cite/format-pool.ts), at most two (each holds citeproc and
 * the styles). The worker is TypeScript run by Node itself, which Node 22.18 and later do.
 * Otherwise (dev, one core, an older Node) none, and citations are formatted here.
 */
function citationPool(): FormatPool | undefined {
  if (pool === undefined) {
    const file = typeof __RECORD_CITE_WORKER__ === 'string' ? __RECORD_CITE_WORKER__ : undefined;
    const workers = Math.min(2, os.availableParallelism() - 1);
    pool =
      file && !import.meta.env.DEV && workers > 0 && process.features.typescript
        ? formatPool({ workerFile: file, styles: { mla: mlaXml, chicago: chicagoXml }, workers })
        : null;
  }
  return pool ?? undefined;
}

/** The item in the three styles, formatted on this thread. */
function formatHere(item: CslItem): Formatted {
  const styles = {} as Record<StyleKey, string>;
  for (const { key } of STYLES) styles[key] = formatStyle(item, key);
  return styles;
}

let warned = false;

/**
 * An entry's citation in the three styles, as HTML: on a worker when the build has them. If
 * the workers fail, here, with the same function (the same HTML), and the build says so once.
 */
export function entryCitations(item: CslItem): Promise<Formatted> {
  const workers = citationPool();
  if (!workers) return Promise.resolve(formatHere(item));
  return workers.format(item).catch((error: unknown) => {
    if (!warned) {
      warned = true;
      console.warn(`[citations] ${(error as Error).message}: formatting on the main thread instead (slower)`);
    }
    return formatHere(item);
  });
}

/** The names of people by id, for sources' authors. */
export function personNames(site: SiteRecord): PersonNames {
  return (id) => {
    const p = site.people.get(id);
    return p && { name: p.data.name, sortName: sortNameOf(p) };
  };
}

/** The file's last-commit date, as "Last updated" shows it. */
function entryUpdated(site: SiteRecord, collection: Collection, id: string): string | undefined {
  const entry = site[collection].get(id);
  const meta = entry?.rendered?.metadata as { updated?: unknown } | undefined;
  return typeof meta?.updated === 'string' ? meta.updated : undefined;
}

/** The citation item of an entry's page; `site` is the site's address (Astro.site). */
export async function entryCitationItem(collection: Collection, id: string, site: URL | undefined): Promise<CslItem> {
  const [record, description] = await Promise.all([siteRecord(), about()]);
  const title = plainEntryTitle(record, collection, id);
  if (title === undefined) throw new Error(`No entry ${collection}/${id} to cite`);
  return entryItem({
    collection,
    id,
    title,
    record: description.data.title,
    updated: entryUpdated(record, collection, id),
    url: absoluteUrl(entryUrl(import.meta.env.BASE_URL, collection, id), site),
  });
}

/**
 * Every entry of the record, for the per-entry download routes. These are the first routes a
 * build renders, so this is also where the citation workers get every entry page's item,
 * in the order the pages come: they format while the files and other pages are written.
 */
export async function citableEntries(): Promise<{ params: { collection: Collection; id: string } }[]> {
  const record = await siteRecord();
  const workers = citationPool();
  if (workers) {
    const site = import.meta.env.SITE ? new URL(import.meta.env.SITE) : undefined;
    const order = {
      events: record.chronological.map((e) => e.id),
      people: record.alphabetical.map((p) => p.id),
      sources: [...record.sources.keys()],
    };
    for (const collection of ['events', 'people', 'sources'] as const)
      for (const id of order[collection]) workers.prefetch([await entryCitationItem(collection, id, site)]);
  }
  return (['events', 'people', 'sources'] as const).flatMap((collection) =>
    [...record[collection].keys()].map((id) => ({ params: { collection, id } })),
  );
}

/** All the record's sources as citation items, by id. */
export async function sourcesBibliography(): Promise<CslItem[]> {
  const record = await siteRecord();
  const names = personNames(record);
  return [...record.sources.values()]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((s) => sourceItem(s.id, s.data, names));
}

/** A download: the items in one format, with its media type. */
export function downloadResponse(items: readonly CslItem[], format: DownloadFormat): Response {
  const download = DOWNLOADS.find((d) => d.format === format);
  return new Response(writeItems(items, format), { headers: { 'content-type': download?.type ?? 'text/plain' } });
}

/** The address of an entry's citation file, or of the sources' bibliography (`entry` undefined). */
export function downloadUrl(format: DownloadFormat, entry?: { collection: Collection; id: string }): string {
  const extension = DOWNLOADS.find((d) => d.format === format)?.extension ?? format;
  return pageUrl(
    import.meta.env.BASE_URL,
    entry ? `cite/${entry.collection}/${entry.id}.${extension}` : `data/sources.${extension}`,
  );
}
