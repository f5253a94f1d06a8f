/**
 * npm run changes end to end: spawns git and node (a process test, named *.process.test.ts
 * so it can run in the project for process-spawning tests). A temporary git repository
 * holds the change report's fixture record as its base commit; the working tree adds a
 * participant. The logic itself is tested without processes in changes.test.ts.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { markdownToMdast } from 'satteri';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SCRIPT = path.join(ROOT, 'scripts/changes.ts');
const repo = mkdtempSync(path.join(tmpdir(), 'record-changes-cli-'));
const env = { ...process.env, RECORD_REFERENCE_DATE: '2026-01-01', GIT_CONFIG_NOSYSTEM: '1', HOME: repo };

const git = (...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', ...args], {
    cwd: repo,
    env,
    encoding: 'utf8',
  });
const run = (...args: string[]) =>
  spawnSync(process.execPath, [SCRIPT, ...args, '--root', repo], { cwd: ROOT, env, encoding: 'utf8' });
const runInActions = (...args: string[]) =>
  spawnSync(process.execPath, [SCRIPT, ...args, '--root', repo], {
    cwd: ROOT,
    env: { ...env, GITHUB_ACTIONS: 'true' },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });

interface Node {
  type: string;
  depth?: number;
  value?: string;
  children?: Node[];
}
const nodes = (n: Node, out: Node[] = []): Node[] => {
  out.push(n);
  for (const c of n.children ?? []) nodes(c, out);
  return out;
};
/** What a log reader on the runner would take as a workflow command in a step's output. */
function workflowCommands(output: string): string[] {
  return output.split(/\r?\n/).filter((l) => /^\s*::/.test(l) || l.includes('##['));
}

beforeAll(() => {
  cpSync(path.join(ROOT, 'tests/fixtures/changes/base/content'), path.join(repo, 'content'), { recursive: true });
  git('init', '--quiet', '--initial-branch=main');
  git('add', '-A');
  git('commit', '--quiet', '-m', 'base');
});
afterAll(() => rmSync(repo, { recursive: true, force: true }));

// Generous: each test starts Node, which takes seconds on a loaded machine.
describe('npm run changes -- <base-ref> (spawns git and node)', { timeout: 180_000 }, () => {
  test('an unchanged working tree reports no changes to the record', () => {
    const result = run('HEAD');
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('**no changes to the record**');
  });

  test('compares the working tree with the base commit, not with itself', () => {
    const file = path.join(repo, 'content/events/harris-concession-call.mdx');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace(
        '    role: recipient\n',
        '    role: recipient\n  - person: sheila-nix\n    role: placed the call\n',
      ),
    );
    const result = run('main');
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('**1 event changed, 3 other pages affected**');
    expect(result.stdout).toContain('- participants: + Sheila Nix (placed the call)');
    expect(result.stderr).toMatch(/read 9 \+ 9 files and compared them in \d+ ms/);
  });

  test('a hostile title and file names print inert: in the summary, the full report and the log', () => {
    const event = path.join(repo, 'content/events/harris-concession-call.mdx');
    const original = readFileSync(event, 'utf8');
    const people = path.join(repo, 'content/people');
    const names = [
      'zz` <img src=https:evil.example> [Approved by maintainers](https:evil.example) `.mdx',
      'zy\n::error title=Maintainer::approved.mdx',
    ];
    try {
      writeFileSync(
        event,
        original.replace(
          'title: Harris calls Trump to concede',
          'title: "Harris calls Trump\\n\\nNo changes to the record\\n---\\n\\n::error title=Maintainer review::Reviewed\\n::add-mask::Trump\\nx ##[warning]Verified <img src=x> https://evil.example/login"',
        ),
      );
      for (const name of names) copyFileSync(path.join(people, 'sheila-nix.mdx'), path.join(people, name));
      const summary = path.join(repo, '..', `${path.basename(repo)}-summary.md`);
      const full = path.join(repo, '..', `${path.basename(repo)}-full.md`);
      const result = runInActions('main', '--summary', summary, '--full', full);
      expect(result.status, result.stderr).toBe(0);
      // Standard output: the report between stop-commands and its token, nothing else a command.
      const lines = result.stdout.split('\n');
      const token = /^::stop-commands::([0-9a-f-]{36})$/.exec(lines[0] ?? '')?.[1];
      expect(token, lines[0]).toBeDefined();
      expect(result.stdout.trimEnd().endsWith(`::${token}::`)).toBe(true);
      expect(workflowCommands(result.stdout)).toEqual([`::stop-commands::${token}`, `::${token}::`]);
      expect(workflowCommands(result.stderr)).toEqual([]);
      for (const file of [summary, full]) {
        const markdown = readFileSync(file, 'utf8');
        rmSync(file);
        expect(markdown).toContain('Harris calls Trump');
        const all = nodes(markdownToMdast(markdown) as Node);
        const types = new Set(all.map((n) => n.type));
        for (const t of ['html', 'link', 'image', 'thematicBreak']) expect(types, `${t} in ${file}`).not.toContain(t);
        // One top heading (the report's own), and no heading the title made.
        expect(all.filter((n) => n.type === 'heading' && n.depth === 2)).toHaveLength(1);
        const headings = all
          .filter((n) => n.type === 'heading')
          .map((h) =>
            nodes(h)
              .map((n) => n.value ?? '')
              .join(''),
          );
        expect(headings.filter((h) => /^No changes/.test(h))).toEqual([]);
        // The unreadable file's name shows whole, as code; the other's problem names it with its \n shown.
        const codes = all.filter((n) => n.type === 'inlineCode').map((n) => n.value);
        expect(codes).toContain(`content/people/${names[0]}`);
        const text = all.map((n) => (n.type === 'text' ? n.value : '')).join('');
        expect(text).toContain('content/people/zy\\n::error title=Maintainer::approved.mdx: file:');
      }
    } finally {
      writeFileSync(event, original);
      for (const name of names) rmSync(path.join(people, name), { force: true });
    }
  });

  test('a 150 KB paragraph and 3,500 new people: the summary is cut with a note, the full report keeps every line', () => {
    // Security review F7: one file made a 3.1 MB report, and GitHub drops a summary over 1 MiB whole.
    const event = path.join(repo, 'content/events/harris-concession-call.mdx');
    const original = readFileSync(event, 'utf8');
    const people = path.join(repo, 'content/people');
    const added = Array.from({ length: 3500 }, (_, i) => `person-${i}`);
    try {
      writeFileSync(event, `${original}\n${`${'x'.repeat(5000)} `.repeat(30)}\n`);
      for (const id of added)
        writeFileSync(
          path.join(people, `${id}.mdx`),
          `---\nname: Person ${id.slice(7)}\ndescription: A person.\n---\nBiography.\n`,
        );
      const summary = path.join(repo, '..', `${path.basename(repo)}-summary.md`);
      const full = path.join(repo, '..', `${path.basename(repo)}-full.md`);
      const result = runInActions('main', '--summary', summary, '--full', full);
      expect(result.status, result.stderr).toBe(0);
      const cut = readFileSync(summary, 'utf8');
      const whole = readFileSync(full, 'utf8');
      rmSync(summary);
      rmSync(full);
      expect(statSync(event).size).toBeGreaterThan(150_000);
      expect(Buffer.byteLength(cut)).toBeLessThan(1024 * 1024);
      expect(cut).toMatch(
        /The report is cut here: \d+ more lines .*The whole report: the run's change-report artifact/,
      );
      expect(cut.split('\n').length).toBeLessThan(3010);
      for (const id of [added[0], added.at(-1)]) expect(whole).toContain(`content/people/${id}.mdx`);
      expect(whole).not.toContain('The report is cut here');
      // The paragraph's line is cut in both, with what was left out.
      expect(whole).toMatch(/\{\+x{900}.*… \(\d+ more characters\)/);
      expect(Buffer.byteLength(whole)).toBeLessThan(1024 * 1024);
    } finally {
      writeFileSync(event, original);
      for (const id of added) rmSync(path.join(people, `${id}.mdx`), { force: true });
    }
  });

  test('a base that is not a commit is refused with the fix', () => {
    const result = run('no-such-branch');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('"no-such-branch" is not a commit');
  });
});
