/**
 * Every problem of a file in one run: a file with field or body problems still has its
 * references checked, except those in fields that failed their own type.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { formatProblem } from '../../src/lib/record/problems.ts';
import { loadRecord } from '../../src/lib/record/read-record.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const REFERENCE_DATE = { precision: 'day', year: 2026, month: 11, day: 28, approximate: false } as const;
const temp: string[] = [];
afterAll(() => temp.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

async function problemsWith(file: string, text: string): Promise<string[]> {
  const root = mkdtempSync(path.join(tmpdir(), 'record-problems-'));
  temp.push(root);
  cpSync(path.join(ROOT, 'content'), path.join(root, 'content'), { recursive: true });
  writeFileSync(path.join(root, file), text);
  const { problems } = await loadRecord({ root, referenceDate: REFERENCE_DATE });
  return problems.map(formatProblem);
}

const EVENT = 'content/events/test-event.mdx';

test.each([
  [
    'a field problem, a body problem and unknown ids, together',
    `---
title: A test
summary: A test.
date: 2024-02-30
participants:
  - person: donald-trunp
    role: guest
sources:
  - source: uncharted
  - source: no-such-source
---
Text <script>x</script> and [a link](../people/kamala-hariss.mdx).<Cite source="unchartd" />
`,
    [
      'content/events/test-event.mdx:4:7: date: "2024-02-30" does not exist: February 2024 has 29 days.',
      'content/events/test-event.mdx:6:13: participants[0].person: no person "donald-trunp" (did you mean "donald-trump"?)',
      'content/events/test-event.mdx:10:13: sources[1].source: no source "no-such-source"',
      'content/events/test-event.mdx:12:6: body: <script> is not allowed',
      'content/events/test-event.mdx:12:29: body: links to people/kamala-hariss.mdx, but no person "kamala-hariss" (did you mean "kamala-harris"?)',
      'content/events/test-event.mdx:12:67: body: <Cite>: no source "unchartd" (did you mean "uncharted"?)',
    ],
  ],
  [
    'a quote missing its attribution, with an unknown speaker and a misspelt addressee',
    `---
title: A test
summary: A test.
date: 2024-11-06
sources:
  - source: uncharted
quotes:
  - text: Hello
    speaker: [donald-trump, nobody-here]
    addressee: kamala-hariss
    source: uncharted
---
Text.
`,
    [
      'content/events/test-event.mdx:8:5: quotes[0].attribution: must be one of',
      'content/events/test-event.mdx:9:29: quotes[0].speaker[1]: no person "nobody-here"',
      'content/events/test-event.mdx:10:16: quotes[0].addressee: no person "kamala-hariss" (did you mean "kamala-harris"?)',
    ],
  ],
])('reports %s', async (_, text, expected) => {
  const problems = await problemsWith(EVENT, text);
  for (const line of expected)
    expect(
      problems.some((p) => p.startsWith(line)),
      `${line}\n${problems.join('\n')}`,
    ).toBe(true);
  expect(problems.filter((p) => p.startsWith(EVENT))).toHaveLength(expected.length);
});

test('skips a reference in a field that failed its own type', async () => {
  const problems = await problemsWith(
    EVENT,
    `---
title: A test
summary: A test.
date: 2024-11-06
participants:
  - person: Not An Id
    role: guest
sources:
  - source: uncharted
---
Text.
`,
  );
  expect(problems.filter((p) => p.startsWith(EVENT))).toHaveLength(1);
  expect(problems[0]).toMatch(/participants\[0\]\.person: must be the id of a person/);
});
