/**
 * What "Cite this page", the citation downloads and the reference-manager tags read from
 * the record: the CSL styles (registered once), each entry's citation item and the sources'
 * bibliography. The commit the build reads is src/site/history.ts's `commitOfBuild`.
 */
import mlaXml from '../citation-styles/modern-language-association.csl?raw';
import chicagoXml from '../citation-styles/chicago-notes-bibliography.csl?raw';
import {
  entryItem,
  registerStyles,
  sourceItem,
  writeItems,
  type CslItem,
  type PersonNames,
} from '../lib/cite/citations.ts';
import { DOWNLOADS, type DownloadFormat } from '../lib/cite/formats.ts';
import type { Collection } from '../lib/kinds.ts';
import { absoluteUrl, entryUrl, pageUrl } from '../lib/urls.ts';
import { plainEntryTitle } from '../lib/pages/shared.ts';
import { about } from './about.ts';
import { siteRecord, sortNameOf, type SiteRecord } from './site-record.ts';

registerStyles({ mla: mlaXml, chicago: chicagoXml });

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

/** Every entry of the record, for the per-entry download routes. */
export async function citableEntries(): Promise<{ params: { collection: Collection; id: string } }[]> {
  const record = await siteRecord();
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
