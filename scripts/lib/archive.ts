/**
 * Archived copies for sources: for each source with a `url` and no `archived`, find an
 * existing capture in the Wayback Machine (the availability API, no account), or, only
 * with Save Page Now keys, ask for a new capture and poll its job until it finishes; then
 * write `archived` (and `accessed` when given) into the source's frontmatter, changing no
 * other line. The services' addresses are options, so tests run against a local server.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { holdsPage, parseArchiveAddress } from '../../src/lib/record/archive-url.ts';
import { toISO, type HistoricalDate } from '../../src/lib/time/dates.ts';
import { splitFrontmatter } from '../../src/lib/record/fences.ts';

export interface ArchiveOptions {
  /** The availability API: GET <availability>?url=<page>. */
  availability: string;
  /** Save Page Now: POST <save>, then GET <save>/status/<job id>. */
  save: string;
  /** Save Page Now keys; without them no capture is requested. */
  keys?: { access: string; secret: string } | undefined;
  /** Written as `accessed` beside each new `archived`, when given. */
  accessed?: HistoricalDate | undefined;
  /** Between two polls of a capture job, and the longest wait for one. */
  pollMs: number;
  timeoutMs: number;
  fetch?: typeof fetch;
  log?: (line: string) => void;
  sleep?: (ms: number) => Promise<void>;
}

export const DEFAULTS = {
  availability: 'https://archive.org/wayback/available',
  save: 'https://web.archive.org/save',
  pollMs: 5_000,
  timeoutMs: 180_000,
} as const;

export interface SourceToArchive {
  id: string;
  /** Relative to the root: content/sources/<id>.mdx. */
  file: string;
  url: string;
}

export type Outcome =
  | { id: string; result: 'found' | 'saved'; archived: string }
  | { id: string; result: 'none' | 'failed'; reason: string };

const WAYBACK_TIMESTAMP = /^\d{14}$/;

/** A service's words, safe for a terminal or CI log: no control characters, no workflow commands, short. */
function printable(text: string): string {
  // eslint-disable-next-line no-control-regex
  const plain = text.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ').replace(/::|##\[/g, ': ');
  return plain.length > 200 ? `${plain.slice(0, 200)}…` : plain;
}

/** The closest existing capture of `url` with status 200, as an archive address for exactly `url`. */
async function lookupCapture(url: string, options: ArchiveOptions): Promise<string | undefined> {
  const fetcher = options.fetch ?? fetch;
  const response = await fetcher(`${options.availability}?url=${encodeURIComponent(url)}`, {
    headers: { Accept: 'application/json' },
  });
  if (!response.ok) throw new Error(`the availability API answered ${response.status}`);
  const body = (await response.json()) as {
    archived_snapshots?: { closest?: { available?: boolean; status?: string; timestamp?: string } };
  };
  const closest = body.archived_snapshots?.closest;
  if (!closest?.available || closest.status !== '200') return undefined;
  if (typeof closest.timestamp !== 'string' || !WAYBACK_TIMESTAMP.test(closest.timestamp)) return undefined;
  return waybackAddress(closest.timestamp, url);
}

function waybackAddress(timestamp: string, url: string): string {
  return `https://web.archive.org/web/${timestamp}/${url}`;
}

/** Asks Save Page Now for a capture and polls the job until it succeeds, fails or times out. */
async function requestCapture(
  url: string,
  options: ArchiveOptions & { keys: { access: string; secret: string } },
): Promise<{ ok: true; archived: string } | { ok: false; reason: string }> {
  const fetcher = options.fetch ?? fetch;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const headers = {
    Accept: 'application/json',
    Authorization: `LOW ${options.keys.access}:${options.keys.secret}`,
  };
  const started = await fetcher(options.save, {
    method: 'POST',
    headers: { ...headers, 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ url }).toString(),
  });
  if (!started.ok) return { ok: false, reason: `Save Page Now answered ${started.status}` };
  const job = (await started.json()) as { job_id?: unknown; message?: unknown };
  if (typeof job.job_id !== 'string' || !/^[\w-]{1,100}$/.test(job.job_id)) {
    return {
      ok: false,
      reason: `Save Page Now started no job${typeof job.message === 'string' ? `: ${printable(job.message)}` : ''}`,
    };
  }
  const attempts = Math.max(1, Math.ceil(options.timeoutMs / options.pollMs));
  for (let i = 0; i < attempts; i++) {
    await sleep(options.pollMs);
    const polled = await fetcher(`${options.save}/status/${job.job_id}`, { headers });
    if (!polled.ok) return { ok: false, reason: `the job's status answered ${polled.status}` };
    const status = (await polled.json()) as { status?: unknown; timestamp?: unknown; message?: unknown };
    if (status.status === 'success') {
      if (typeof status.timestamp !== 'string' || !WAYBACK_TIMESTAMP.test(status.timestamp))
        return { ok: false, reason: 'the job succeeded without a capture time' };
      return { ok: true, archived: waybackAddress(status.timestamp, url) };
    }
    if (status.status === 'error') {
      return {
        ok: false,
        reason: `the capture failed${typeof status.message === 'string' ? `: ${printable(status.message)}` : ''}`,
      };
    }
  }
  return {
    ok: false,
    reason: `the capture did not finish within ${attempts} polls (${Math.ceil(options.timeoutMs / 1000)} s)`,
  };
}

/**
 * The file's text with `archived` (and `accessed`, when given) set: new lines go after the
 * `url:` line; an existing `accessed:` line is replaced; nothing else changes.
 */
export function withArchiveFields(text: string, archived: string, accessed?: HistoricalDate): string {
  const split = splitFrontmatter(text);
  if ('error' in split) throw new Error(split.error);
  const lines = text.split('\n');
  const end = lines.findIndex((line, i) => i > 0 && line.trimEnd() === '---');
  const urlLine = lines.findIndex((line, i) => i > 0 && i < end && /^url:/.test(line));
  if (end < 0 || urlLine < 0) throw new Error('no `url:` line in the frontmatter');
  if (lines.some((line, i) => i < end && /^archived:/.test(line))) throw new Error('it already has `archived`');
  const added = [`archived: ${archived}`];
  if (accessed) {
    const existing = lines.findIndex((line, i) => i > 0 && i < end && /^accessed:/.test(line));
    if (existing >= 0) lines.splice(existing, 1);
    added.push(`accessed: ${toISO(accessed)}`);
  }
  const at = lines.findIndex((line, i) => i > 0 && /^url:/.test(line));
  lines.splice(at + 1, 0, ...added);
  return lines.join('\n');
}

/** Archives every source given; returns what happened to each, in order. */
export async function archiveSources(
  root: string,
  sources: readonly SourceToArchive[],
  options: ArchiveOptions,
): Promise<Outcome[]> {
  const log = options.log ?? (() => {});
  const outcomes: Outcome[] = [];
  for (const source of sources) {
    let archived: string | undefined;
    let result: 'found' | 'saved' = 'found';
    try {
      archived = await lookupCapture(source.url, options);
      if (!archived && options.keys) {
        const saved = await requestCapture(source.url, { ...options, keys: options.keys });
        if (!saved.ok) {
          outcomes.push({ id: source.id, result: 'failed', reason: saved.reason });
          log(`${source.file}: no capture: ${saved.reason}`);
          continue;
        }
        archived = saved.archived;
        result = 'saved';
      }
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      outcomes.push({ id: source.id, result: 'failed', reason });
      log(`${source.file}: ${reason}`);
      continue;
    }
    if (!archived) {
      const reason = options.keys
        ? 'no capture'
        : 'no capture yet (set ARCHIVE_ACCESS_KEY and ARCHIVE_SECRET_KEY to request one)';
      outcomes.push({ id: source.id, result: 'none', reason });
      log(`${source.file}: ${reason}`);
      continue;
    }
    // The address is written only if the record's own check would accept it.
    const parsed = parseArchiveAddress(archived);
    if (!parsed.ok || !holdsPage(parsed.value, source.url)) {
      const reason = `the archive gave an unusable address: ${printable(archived)}`;
      outcomes.push({ id: source.id, result: 'failed', reason });
      log(`${source.file}: ${reason}`);
      continue;
    }
    const file = path.join(root, source.file);
    await writeFile(file, withArchiveFields(await readFile(file, 'utf8'), archived, options.accessed));
    outcomes.push({ id: source.id, result, archived });
    log(`${source.file}: ${result === 'found' ? 'existing capture' : 'new capture'} ${archived}`);
  }
  return outcomes;
}
