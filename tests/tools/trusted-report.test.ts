/**
 * The trusted report (scripts/trusted-report.ts) against hostile pull requests, in a
 * temporary git repository whose base commit holds the project's code and a small record.
 * One pull request changes src/layouts/Base.astro and a title; another changes the same
 * title and edits src/lib/changes/markdown.ts to report "no changes" under GitHub Actions
 * (security review F1, reproduction 2). The pull request's own report code is shown to lie;
 * the trusted report, run from this checkout's code, names the code change first and says
 * the same about the content whatever the pull request's code says.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SCRIPT = path.join(ROOT, 'scripts/trusted-report.ts');
const repo = mkdtempSync(path.join(tmpdir(), 'record-trusted-repo-'));
const env = { ...process.env, RECORD_REFERENCE_DATE: '2026-01-01', GIT_CONFIG_NOSYSTEM: '1', HOME: repo };
afterAll(() => rmSync(repo, { recursive: true, force: true }));

const git = (...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', ...args], {
    cwd: repo,
    env,
    encoding: 'utf8',
  });
const edit = (file: string, from: string, to: string) => {
  const at = path.join(repo, file);
  const text = readFileSync(at, 'utf8');
  if (!text.includes(from)) throw new Error(`test edit: "${from}" is not in ${file}`);
  writeFileSync(at, text.replace(from, to));
};
/** A branch off main with `change` committed. */
const branch = (name: string, change: () => void) => {
  git('checkout', '--quiet', '-b', name, 'main');
  change();
  git('add', '-A');
  git('commit', '--quiet', '-m', name);
  git('checkout', '--quiet', 'main');
};
const trusted = (pr: string, extraEnv: NodeJS.ProcessEnv = {}) => {
  const result = spawnSync(process.execPath, [SCRIPT, 'main', pr, '--repo', repo], {
    cwd: ROOT,
    env: { ...env, ...extraEnv },
    encoding: 'utf8',
  });
  expect(result.status, result.stderr).toBe(0);
  return result.stdout;
};
/** The report after the trusted header (from its own heading on). */
const reportPart = (out: string) => out.slice(out.indexOf('## What this change does to the record'));

const TITLE_FROM = 'title: Harris calls Trump to concede';
const TITLE_TO = 'title: Harris calls Trump a traitor';
const LIE_FROM = 'if (report.unchanged) return';
const LIE_TO =
  "if (report.unchanged || process.env['GITHUB_ACTIONS']) return '**no changes to the record**\\n';\n  if (report.unchanged) return";

beforeAll(() => {
  // The base: the project's code (to run the pull request's own copy of it) and a small record.
  for (const dir of ['src', 'scripts']) cpSync(path.join(ROOT, dir), path.join(repo, dir), { recursive: true });
  cpSync(path.join(ROOT, 'package.json'), path.join(repo, 'package.json'));
  cpSync(path.join(ROOT, 'tests/fixtures/changes/base/content'), path.join(repo, 'content'), { recursive: true });
  writeFileSync(path.join(repo, '.gitignore'), 'node_modules\n');
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(repo, 'node_modules'));
  git('init', '--quiet', '--initial-branch=main');
  git('add', '-A');
  git('commit', '--quiet', '-m', 'base');

  branch('pr-code', () => {
    edit('src/layouts/Base.astro', '</head>', '<script is:inline src="/reg.js"></script></head>');
    edit('content/events/harris-concession-call.mdx', TITLE_FROM, TITLE_TO);
  });
  branch('pr-lie', () => {
    edit('src/lib/changes/markdown.ts', LIE_FROM, LIE_TO);
    edit('content/events/harris-concession-call.mdx', TITLE_FROM, TITLE_TO);
  });
  branch('pr-content', () => edit('content/events/harris-concession-call.mdx', TITLE_FROM, TITLE_TO));
  git('checkout', '--quiet', '-b', 'pr-correction', 'main');
  edit('content/events/harris-concession-call.mdx', TITLE_FROM, TITLE_TO);
  git('add', '-A');
  git('commit', '--quiet', '-m', "Fix the call's title *now*\n\nCorrection: The title said <b>conceded</b> wrongly.");
  git('checkout', '--quiet', 'main');
  branch('pr-link', () => {
    symlinkSync('/etc/hostname', path.join(repo, 'content/people/zz-link.mdx'));
  });
});

describe('the trusted report (spawns git and node)', { timeout: 180_000 }, () => {
  test('names a change to Base.astro first, loudly, then reports the title change', () => {
    const out = trusted('pr-code');
    const lines = out.split('\n');
    expect(lines[0]).toBe('## ⚠️ This pull request changes code: review it as code');
    const code = lines.indexOf('- `src/layouts/Base.astro` (modified)');
    expect(code).toBeGreaterThan(0);
    expect(code).toBeLessThan(lines.findIndex((l) => l.startsWith('## What this change does')));
    expect(out).toContain('this pull request changes code: review it as code.**');
    expect(out).toContain('- title: Harris calls Trump to concede → Harris calls Trump a traitor');
    expect(out).not.toContain('content/events/harris-concession-call.mdx` (modified)');
  });

  test('a pull request that edits the report code cannot change what the trusted report says', () => {
    // The pull request's own code lies under GitHub Actions: its report says nothing changed.
    const checkout = mkdtempSync(path.join(tmpdir(), 'record-trusted-pr-'));
    try {
      git('worktree', 'add', '--quiet', checkout, 'pr-lie');
      symlinkSync(path.join(ROOT, 'node_modules'), path.join(checkout, 'node_modules'));
      const own = spawnSync(process.execPath, ['scripts/changes.ts', 'main'], {
        cwd: checkout,
        env: { ...env, GITHUB_ACTIONS: 'true' },
        encoding: 'utf8',
      });
      expect(own.status, own.stderr).toBe(0);
      expect(own.stdout).toContain('**no changes to the record**');
    } finally {
      git('worktree', 'remove', '--force', checkout);
      rmSync(checkout, { recursive: true, force: true });
    }
    // The trusted report names the edited report code, and reports the content exactly as
    // for the same content change made alone.
    const out = trusted('pr-lie', { GITHUB_ACTIONS: 'true' });
    expect(out.split('\n')[1]).toBe('## ⚠️ This pull request changes code: review it as code');
    expect(out).toContain('- `src/lib/changes/markdown.ts` (modified)');
    expect(out).toContain('- title: Harris calls Trump to concede → Harris calls Trump a traitor');
    const alone = trusted('pr-content');
    expect(alone.split('\n')[0]).toBe('**This pull request changes only content/.**');
    expect(reportPart(out).replace(/\n::[0-9a-f-]{36}::\n$/, '\n')).toBe(reportPart(alone));
  });

  test('lists the commit messages the site will publish, correction trailers included, as inert text', () => {
    const out = trusted('pr-correction');
    const header = out.slice(0, out.indexOf('## What this change does'));
    expect(header).toContain("What the site will publish from this pull request's commit messages");
    expect(header).toMatch(/- `[0-9a-f]{7,}` Fix the call's title \\\*now\\\*/);
    expect(header).toContain('  - Correction: The title said \\<b\\>conceded\\</b\\> wrongly.');
    expect(trusted('pr-code')).toContain("What the site will publish from this pull request's commit messages");
  });

  test('a link under content/ is not followed: it is listed as not read', () => {
    const out = trusted('pr-link');
    expect(out).toContain('**1 path under content/ is not a plain file (a link or a submodule) and was not read:**');
    expect(out).toContain('- `content/people/zz-link.mdx`');
    expect(out).toContain('**no changes to the record**');
  });
});
