/**
 * Archived copies of a source's page: reading a Wayback Machine or archive.today address,
 * the page it holds and when it was captured, and whether that page is the source's `url`.
 * Only addresses that name the page they hold are accepted: archive.today's short form
 * (archive.ph/AbCdE) cannot be checked against `url`.
 */
import { daysInMonth, type HistoricalDate } from '../time/dates.ts';

export interface ArchiveAddress {
  service: 'wayback' | 'archive.today';
  /** The page the capture holds, as the archive address writes it. */
  original: string;
  /** When the capture was made, to the day (UTC). */
  captured: HistoricalDate;
  /** yyyy-mm-ddThh:mm:ssZ, for Robust Links' data-versiondate. */
  capturedAt: string;
}

export type ArchiveParse = { ok: true; value: ArchiveAddress } | { ok: false; message: string };

const ARCHIVE_TODAY_HOSTS = new Set([
  'archive.today',
  'archive.ph',
  'archive.is',
  'archive.li',
  'archive.vn',
  'archive.fo',
  'archive.md',
]);

/** web.archive.org/web/20241106123456/… (with an optional mode such as id_ after the digits). */
const WAYBACK_PATH = /^\/web\/(\d{14})(?:[a-z]{2}_)?\/(.+)$/s;
/** archive.ph/20241106123456/… or archive.ph/2024.11.06-123456/… */
const ARCHIVE_TODAY_PATH = /^\/(\d{14}|\d{4}\.\d{2}\.\d{2}-\d{6})\/(.+)$/s;

export const ARCHIVE_FORMS =
  "https://web.archive.org/web/<14-digit timestamp>/<the source's url> or https://archive.ph/<timestamp>/<the source's url>";

/** Reads an archive address; the message says what to write instead. */
export function parseArchiveAddress(address: string): ArchiveParse {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return { ok: false, message: `must be a full archive address: ${ARCHIVE_FORMS}` };
  }
  if (url.protocol !== 'https:') return { ok: false, message: `must be an https:// address: ${ARCHIVE_FORMS}` };
  // The path and query as written: the original's own query string is part of what the capture holds.
  const rest = address.replace(/^[a-z]+:\/\/[^/?#]*/i, '');
  const host = url.hostname.toLowerCase();
  let match: RegExpExecArray | null;
  let service: ArchiveAddress['service'];
  if (host === 'web.archive.org') {
    service = 'wayback';
    match = WAYBACK_PATH.exec(rest);
  } else if (ARCHIVE_TODAY_HOSTS.has(host)) {
    service = 'archive.today';
    match = ARCHIVE_TODAY_PATH.exec(rest);
  } else {
    return {
      ok: false,
      message: `must be a Wayback Machine (web.archive.org) or archive.today (archive.ph) address, not one at ${host}`,
    };
  }
  if (!match) {
    return {
      ok: false,
      message: `must name the capture's time and page, like ${ARCHIVE_FORMS}${service === 'archive.today' ? ' (the "long link" on the capture\'s page; a short link such as archive.ph/AbCdE does not say which page it holds)' : ''}`,
    };
  }
  const digits = (match[1] ?? '').replace(/\D/g, '');
  const captured = timestamp(digits);
  if (!captured)
    return { ok: false, message: `holds the capture time "${match[1]}", which is not a real date and time` };
  return { ok: true, value: { service, original: match[2] ?? '', captured: captured.date, capturedAt: captured.iso } };
}

function timestamp(digits: string): { date: HistoricalDate; iso: string } | undefined {
  const n = (from: number, to: number) => Number(digits.slice(from, to));
  const [year, month, day, hour, minute, second] = [n(0, 4), n(4, 6), n(6, 8), n(8, 10), n(10, 12), n(12, 14)];
  if (year < 1990 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  const pad = (v: number) => String(v).padStart(2, '0');
  return {
    date: { precision: 'day', year, month, day, approximate: false },
    iso: `${year}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}:${pad(second)}Z`,
  };
}

/**
 * A page address reduced to what tells two addresses of one page apart: http and https,
 * "www.", a default port, a trailing slash, a fragment and percent-encoding of characters
 * that need none (%2C for a comma) do not. Undefined when it is not an http(s) address.
 */
export function pageKey(address: string): string | undefined {
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(address) ? address : `http://${address}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  const host = url.hostname.toLowerCase().replace(/^www\./, '');
  const path = decodeSafely(url.pathname).replace(/\/+$/, '') || '';
  const query = decodeSafely(url.search);
  return `${host}${path}${query}`;
}

function decodeSafely(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** Whether the capture holds the page at `url`. */
export function holdsPage(archive: ArchiveAddress, url: string): boolean {
  const held = pageKey(archive.original);
  return held !== undefined && held === pageKey(url);
}
