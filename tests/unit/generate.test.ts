import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { isCertainlyBefore } from '../../src/lib/time/dates.ts';
import { isValidIsbn } from '../../src/lib/text/isbn.ts';
import { loadRecord } from '../../src/lib/record/read-record.ts';
import { generateRecord, writeRecord } from '../../scripts/lib/synthetic/index.ts';

const REFERENCE_DATE = { precision: 'day', year: 2026, month: 11, day: 28, approximate: false } as const;

const temp = mkdtempSync(path.join(tmpdir(), 'record-generate-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** Words a reader sees in a body, counted independently of the generator's own count. */
function visibleWords(file: string): number {
  const body = file.replace(/^---\n[\s\S]*?\n---\n/, '');
  return body
    .replace(/<Cite\b[^>]*\/>/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^#+\s/gm, '')
    .split(/\s+/)
    .filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

describe('generateRecord', () => {
  test('a different seed gives a different record', () => {
    const a = generateRecord({ events: 60, people: 20, seed: 1 });
    const b = generateRecord({ events: 60, people: 20, seed: 2 });
    const again = generateRecord({ events: 60, people: 20, seed: 1 });
    expect(again.files).toEqual(a.files);
    expect(b.files.map((f) => f.content)).not.toEqual(a.files.map((f) => f.content));
    expect(a.counts).toEqual({ events: 60, people: 20, sources: 20 });
  });

  test('passes every content check, with the right counts', { timeout: 60_000 }, async () => {
    const out = path.join(temp, 'checked');
    writeRecord(out, generateRecord({ events: 60, people: 20, seed: 3 }));
    const { problems, record, files } = await loadRecord({ root: out, referenceDate: REFERENCE_DATE });
    expect(problems).toEqual([]);
    expect(files).toHaveLength(101);
    expect(record.events.size).toBe(60);
    expect(record.people.size).toBe(20);
    expect(record.sources.size).toBe(20);
    expect(record.about?.data.title).toBe('Synthetic record (60 events)');

    for (const event of record.events.values()) {
      const { participants, sources, quotes, accounts, tags } = event.data;
      expect(participants.length).toBeGreaterThanOrEqual(2);
      expect(participants.length).toBeLessThanOrEqual(5);
      expect(sources.length).toBeGreaterThanOrEqual(1);
      expect(sources.length).toBeLessThanOrEqual(3);
      expect(sources.every((s) => s.locator)).toBe(true);
      expect(quotes.length).toBeLessThanOrEqual(3);
      expect(tags.length).toBeLessThanOrEqual(3);
      const people = new Set(participants.map((p) => p.person));
      const cited = new Set(sources.map((s) => s.source));
      for (const quote of quotes) {
        expect(quote.speakers.every((s) => people.has(s))).toBe(true);
        if (quote.addressee) expect(people.has(quote.addressee)).toBe(true);
        expect(cited.has(quote.source)).toBe(true);
      }
      for (const account of accounts) expect(account.versions.length).toBeGreaterThanOrEqual(2);
      // Bodies: 2–3 sections, links to every participant, 1–3 citations of the event's sources.
      expect(event.headings.length).toBeGreaterThanOrEqual(2);
      expect(event.headings.length).toBeLessThanOrEqual(3);
      expect(event.headings.every((h) => h.depth === 2)).toBe(true);
      expect(new Set(event.links.filter((l) => l.collection === 'people').map((l) => l.id))).toEqual(people);
      expect(event.citations.length).toBeGreaterThanOrEqual(1);
      expect(event.citations.length).toBeLessThanOrEqual(3);
      expect(event.citations.every((c) => cited.has(c.source))).toBe(true);
      // Links to other events go only to earlier ones.
      for (const link of event.links.filter((l) => l.collection === 'events')) {
        const other = record.events.get(link.id)?.data;
        expect(other, link.id).toBeDefined();
        if (other)
          expect(isCertainlyBefore(other.end ?? other.date, event.data.date), `${event.id} → ${link.id}`).toBe(true);
      }
    }
    const withEventLinks = [...record.events.values()].filter((e) => e.links.some((l) => l.collection === 'events'));
    expect(withEventLinks.length).toBeGreaterThan(50);

    for (const source of record.sources.values()) {
      if (source.data.kind === 'book') expect(isValidIsbn(source.data.isbn ?? '')).toBe(true);
    }
    const precisions = new Set([...record.events.values()].map((e) => e.data.date.precision));
    expect(precisions.has('day')).toBe(true);
  });

  test('bodies have realistic lengths', () => {
    const { files } = generateRecord({ events: 300, people: 60, seed: 11 });
    for (const file of files) {
      const words = visibleWords(file.content);
      if (file.path.startsWith('events/')) {
        expect(words, file.path).toBeGreaterThanOrEqual(250);
        expect(words, file.path).toBeLessThanOrEqual(400);
      } else if (file.path.startsWith('people/')) {
        expect(words, file.path).toBeGreaterThanOrEqual(80);
        expect(words, file.path).toBeLessThanOrEqual(150);
      } else if (file.path.startsWith('sources/')) {
        expect(words, file.path).toBeGreaterThanOrEqual(40);
        expect(words, file.path).toBeLessThanOrEqual(80);
      }
    }
  });
});
