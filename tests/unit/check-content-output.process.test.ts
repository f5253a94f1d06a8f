/**
 * npm run check:content prints content's own words (file names, quoted values) into a CI
 * log, where the runner reads `::command::` at a line start and `##[command]` anywhere.
 * Hostile content, fed through the check as CI runs it, must yield only the check's own
 * annotations, one per problem (security review F4). Spawns node: a process test.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(path.join(tmpdir(), 'record-check-output-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The annotation the check means to print: `::error file=…,line=…,col=…,title=…::message`. */
const ANNOTATION = /^::error file=[^:,\n]+(?:,line=\d+,col=\d+)?,title=[^:,\n]+::[^\n]*$/;

test('hostile content prints only the check’s own annotations, one per problem', { timeout: 180_000 }, () => {
  cpSync(path.join(ROOT, 'tests/fixtures/changes/base/content'), path.join(dir, 'content'), { recursive: true });
  const event = path.join(dir, 'content/events/harris-concession-call.mdx');
  const people = path.join(dir, 'content/people');
  writeFileSync(
    event,
    readFileSync(event, 'utf8')
      .replace(
        'title: Harris calls Trump to concede',
        'title: "Harris calls Trump\\n::error title=Maintainer review::Reviewed\\n::add-mask::Trump\\nx ##[warning]ok"',
      )
      .replace(
        /\n---\n/,
        '\n---\nA sentence.<Cite source="x ##[warning]Verified by a maintainer" />\n\nAnother.<Cite source="x\n::warning file=content/events/a.mdx,line=2,title=Verified::ok" />\n',
      ),
  );
  copyFileSync(path.join(people, 'sheila-nix.mdx'), path.join(people, 'zy\n::error title=Maintainer::approved.mdx'));
  copyFileSync(path.join(people, 'sheila-nix.mdx'), path.join(people, 'zz ##[warning]x.mdx'));
  const result = spawnSync(process.execPath, ['scripts/check-content.ts', '--root', dir], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, RECORD_REFERENCE_DATE: '2026-11-28', GITHUB_ACTIONS: 'true' },
  });
  expect(result.status, result.stderr).toBe(1);
  const problems = result.stderr.split('\n\n')[0]!.split('\n');
  const annotations = result.stdout.trimEnd().split('\n');
  // Three refused parts at least: the two file names and the two citations.
  expect(problems.length).toBeGreaterThanOrEqual(4);
  expect(annotations).toHaveLength(problems.length);
  for (const line of annotations) {
    expect(line).toMatch(ANNOTATION);
    expect(line).not.toContain('##[');
  }
  for (const line of result.stderr.split('\n')) {
    expect(line).not.toMatch(/^\s*::/);
    expect(line).not.toContain('##[');
  }
  expect(result.stderr).toContain('content/people/zy\\n::error title=Maintainer::approved.mdx: file:');
});
