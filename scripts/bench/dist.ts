/** Sizes of a built site: everything, HTML pages, entry pages (raw and gzipped), Pagefind. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export interface DistStats {
  /** Bytes of every file under dist/ (apparent sizes). */
  bytes: number;
  files: number;
  htmlPages: number;
  /** people/<id>/, events/<id>/ and sources/<id>/ pages. */
  entryPages: number;
  entryHtmlMedianBytes: number;
  /** gzip at zlib's default level (6), as a static host would serve it. */
  entryHtmlMedianGzipBytes: number;
  /** Bytes under dist/pagefind/; 0 when there is no index. */
  pagefindBytes: number;
  pagefindFiles: number;
}

const ENTRY_PAGE = /^(people|events|sources)\/[^/]+\/index\.html$/;

function median(values: number[]): number {
  if (!values.length) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2
    ? (sorted[mid] as number)
    : Math.round(((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2);
}

export function distStats(dist: string): DistStats {
  const stats: DistStats = {
    bytes: 0,
    files: 0,
    htmlPages: 0,
    entryPages: 0,
    entryHtmlMedianBytes: 0,
    entryHtmlMedianGzipBytes: 0,
    pagefindBytes: 0,
    pagefindFiles: 0,
  };
  const raw: number[] = [];
  const gzipped: number[] = [];
  for (const entry of readdirSync(dist, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    const rel = path.relative(dist, full).split(path.sep).join('/');
    const size = statSync(full).size;
    stats.bytes += size;
    stats.files++;
    if (rel.startsWith('pagefind/')) {
      stats.pagefindBytes += size;
      stats.pagefindFiles++;
    }
    if (!rel.endsWith('.html')) continue;
    stats.htmlPages++;
    if (!ENTRY_PAGE.test(rel)) continue;
    raw.push(size);
    gzipped.push(gzipSync(readFileSync(full)).length);
  }
  stats.entryPages = raw.length;
  stats.entryHtmlMedianBytes = median(raw);
  stats.entryHtmlMedianGzipBytes = median(gzipped);
  return stats;
}
