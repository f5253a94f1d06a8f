/**
 * Atom feeds (RFC 4287) of the record's changes and corrections. Every text is content
 * (commit subjects, trailer text, titles) and is escaped for XML; characters XML 1.0 cannot
 * carry at all (control characters, and the bidirectional overrides content may not hold either) are written as U+FFFD, so a hostile commit message
 * cannot make the feed unreadable (the set the content check refuses, src/lib/text/characters.ts). Ids are `urn:uuid:` names derived from stable strings
 * (a commit hash, a path), so they do not depend on the site's address and two builds of
 * one commit write the same feed.
 */
import { createHash } from 'node:crypto';
import { FORBIDDEN } from '../text/characters.ts';

export interface AtomEntry {
  /** A stable name, made into the entry's urn:uuid id. */
  key: string;
  title: string;
  /** ISO 8601 instant. */
  updated: string;
  /** The page the entry is about (absolute, or relative to the feed). */
  link: string;
  /** Plain text, shown by feed readers as the entry's summary. */
  summary: string;
}

export interface AtomFeed {
  /** A stable name, made into the feed's urn:uuid id. */
  key: string;
  title: string;
  /** Who the feed is by: the record's name. */
  author: string;
  subtitle: string;
  /** The feed's own address and the page it follows (absolute, or relative to the feed). */
  self: string;
  alternate: string;
  /** ISO 8601 instant: the newest entry's, never the build's clock. */
  updated: string;
  entries: readonly AtomEntry[];
}

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
/** Text for an XML element or attribute value. */
export function escapeXml(text: string): string {
  return text.replace(FORBIDDEN, '\uFFFD').replace(/[&<>"]/g, (c) => XML_ESCAPES[c] ?? c);
}

/** A name-based UUID (RFC 9562 version 5, SHA-1) of `name`, as a URN. */
export function urnUuid(name: string): string {
  const bytes = createHash('sha1').update(`the-record:${name}`).digest().subarray(0, 16);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x50;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export function atomXml(feed: AtomFeed): string {
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `<id>${urnUuid(feed.key)}</id>`,
    `<title>${escapeXml(feed.title)}</title>`,
    `<subtitle>${escapeXml(feed.subtitle)}</subtitle>`,
    `<link rel="self" type="application/atom+xml" href="${escapeXml(feed.self)}"/>`,
    `<link rel="alternate" type="text/html" href="${escapeXml(feed.alternate)}"/>`,
    `<updated>${escapeXml(feed.updated)}</updated>`,
    `<author><name>${escapeXml(feed.author)}</name></author>`,
  ];
  for (const entry of feed.entries) {
    lines.push(
      '<entry>',
      `<id>${urnUuid(entry.key)}</id>`,
      `<title>${escapeXml(entry.title)}</title>`,
      `<updated>${escapeXml(entry.updated)}</updated>`,
      `<link rel="alternate" type="text/html" href="${escapeXml(entry.link)}"/>`,
      `<summary>${escapeXml(entry.summary)}</summary>`,
      '</entry>',
    );
  }
  lines.push('</feed>', '');
  return lines.join('\n');
}
