/**
 * Stable ids: adding a quotation before the others on the concession call's page renames
 * no id and no anchor on any page, and every link to a part of another page (a quotation,
 * an account, a cited sentence) lands on an element of that page.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { astroBuild, PROJECT } from '../../scripts/lib/astro-build.ts';
import { htmlFiles } from '../support/dist.ts';

const dir = inject('siteDir');
// The copy of the record below is built outside git, so it has no history: the pages made
// from the git log (recent changes, corrections, each entry's history) are left out of the
// comparison, and so is the editor, whose page holds no anchors of the record's.
const FROM_GIT = /(^|\/)(history|changes|corrections)\/index\.html$|^admin\//;
const files = htmlFiles(dir).filter((f) => !FROM_GIT.test(f));
const EVENT = 'content/events/harris-concession-call.mdx';
/** The id the added quotation takes: its speaker and first words (src/lib/record/anchors.ts). */
const ADDED = 'quote-kamala-harris-a-quotation-added-before-the';

const root = mkdtempSync(path.join(tmpdir(), 'record-ids-'));
const out = mkdtempSync(path.join(tmpdir(), 'record-ids-out-'));
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
  rmSync(out, { recursive: true, force: true });
});

/** Every id on a page and every link to a fragment, as "id X" and "href Y". */
function anchorsOf(html: string): string[] {
  const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => `id ${m[1] ?? ''}`);
  const hrefs = [...html.matchAll(/\shref="([^"#]*#[^"]+)"/g)].map((m) => `href ${m[1] ?? ''}`);
  return [...ids, ...hrefs].sort();
}

/** The first words of text after each quotation's, account's and cited sentence's id: what it is on. */
function targetsOf(html: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of html.matchAll(/\sid="((?:quote|account|claim)-[a-z0-9-]+)"/g)) {
    const after = html.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 600);
    out.set(
      m[1] ?? '',
      after
        .replace(/<[^>]*>/g, '')
        .replace(/\s+/g, ' ')
        .trim()
        .slice(0, 50),
    );
  }
  return out;
}

beforeAll(() => {
  cpSync(path.join(PROJECT, 'content'), path.join(root, 'content'), { recursive: true });
  const file = path.join(root, EVENT);
  const text = readFileSync(file, 'utf8');
  const added = text.replace(
    /^quotes:\n/m,
    'quotes:\n  - text: A quotation added before the others\n    speaker: kamala-harris\n    source: daily-beast-2025-07-08\n    attribution: reported\n',
  );
  expect(added).not.toBe(text);
  writeFileSync(file, added);
  const { status, output } = astroBuild(out, root);
  expect(status, output).toBe(0);
}, 600_000);

describe('adding a quotation before the others', () => {
  test('puts the new quotation on the page under its own id', () => {
    const html = readFileSync(path.join(out, 'events/harris-concession-call/index.html'), 'utf8');
    expect(html).toContain(`<figure class="quote" id="${ADDED}"`);
    expect(html).toContain(`href="#${ADDED}"`);
  });

  test.each(files)('%s: changes no other id or anchor, and each stays on the same words', (file) => {
    const before = readFileSync(path.join(dir, file), 'utf8');
    // The added quotation's own figure, with the mark that cites its source, is new; so is any link to it.
    const after = readFileSync(path.join(out, file), 'utf8').replace(
      new RegExp(`<figure class="quote" id="${ADDED}"[^]*?</figure>`),
      '',
    );
    const isNew = (a: string) => a.includes(ADDED);
    expect(anchorsOf(after).filter((a) => !isNew(a))).toEqual(anchorsOf(before));
    expect([...targetsOf(after)].filter(([id]) => !isNew(id))).toEqual([...targetsOf(before)]);
  });
});

test('every link to a part of an entry page lands on an element of that page', () => {
  const idsOf = new Map<string, Set<string>>();
  const ids = (url: string) => {
    let set = idsOf.get(url);
    if (!set) {
      const html = readFileSync(path.join(dir, url, 'index.html'), 'utf8');
      set = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1] ?? ''));
      idsOf.set(url, set);
    }
    return set;
  };
  const broken: string[] = [];
  let links = 0;
  for (const file of files) {
    const html = readFileSync(path.join(dir, file), 'utf8');
    for (const m of html.matchAll(
      /\shref="\/((?:events|people|sources)\/[a-z0-9-]+\/)#((?:quote|account|claim)-[^"]+)"/g,
    )) {
      links++;
      if (!ids(m[1] ?? '').has(m[2] ?? '')) broken.push(`${file}: /${m[1]}#${m[2]}`);
    }
  }
  expect(broken).toEqual([]);
  // The shipped record has quotations, accounts and cited sentences linked from other pages.
  expect(links).toBeGreaterThan(50);
});
