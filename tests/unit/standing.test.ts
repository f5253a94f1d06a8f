import { describe, expect, test } from 'vitest';
import { parseBody } from '../../src/lib/record/body/parse.ts';
import { renderBody } from '../../src/lib/record/body/render.ts';
import { numberReferences } from '../../src/lib/record/body/references.ts';
import {
  fillClaimSlots,
  WEAK_MARK_HTML,
  weakChain,
  weakRun,
  weakRuns,
  type StandingOf,
} from '../../src/lib/record/standing.ts';
import type { Standing } from '../../src/schemas/source.ts';

const standings: Record<string, Standing> = {
  book: 'book',
  wiki: 'encyclopedia',
  copy: 'copy',
  wire: 'wire',
  agg: 'aggregator',
};
const standingOf: StandingOf = (id) => standings[id];

describe('weakRun: a body claim', () => {
  test.each([
    [['wiki'], true],
    [['wiki', 'copy'], true],
    [['wiki', 'book'], false],
    [['wire'], false],
    [['unknown'], false],
    [[], false],
  ])('%j is weakly supported: %s', (sources, weak) => {
    expect(weakRun(sources, standingOf)).toBe(weak);
  });
});

describe('weakChain: a quotation read through sources', () => {
  test.each([
    [['book', 'copy'], true],
    [['agg', undefined], true],
    [['book', 'wire'], false],
    [['book', undefined], false],
  ])('%j is weakly supported: %s', (chain, weak) => {
    expect(weakChain(chain, standingOf)).toBe(weak);
  });
});

describe('the mark in a rendered body', () => {
  const render = (body: string) => {
    const parsed = parseBody(body, 'content/events/x.mdx', 0);
    const references = numberReferences(parsed.citations, []);
    const html = renderBody(parsed, { urlFor: () => '/', references });
    return fillClaimSlots(html, new Set(weakRuns(parsed.citations, standingOf).map((r) => r.run)));
  };

  test('follows a claim whose every source is weak, once, after its last mark', () => {
    const html = render('Born in 1942.<Cite source="wiki" /><Cite source="copy" /> Sworn in.<Cite source="wire" />');
    expect(html.split(WEAK_MARK_HTML)).toHaveLength(2);
    expect(html).toMatch(/\[2\]<\/a><\/sup><sup class="weak-support"/);
    expect(html).not.toContain('<!--');
  });

  test('is absent where one source of the claim is not weak', () => {
    const html = render('Born in 1942.<Cite source="wiki" /> <Cite source="book" />');
    expect(html).not.toContain('weak-support');
    expect(html).not.toContain('<!--');
  });

  test('cannot be forged by content: text that looks like the placeholder is escaped', () => {
    const html = render('Look: \\<!--claim-1--> here.<Cite source="wiki" />');
    expect(html.split(WEAK_MARK_HTML)).toHaveLength(2);
    expect(html).toContain('&#x3C;!--claim-1-->');
  });
});
