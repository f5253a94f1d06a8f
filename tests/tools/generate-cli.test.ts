/**
 * scripts/generate.ts as a command: it runs in its own process, so these tests live in the
 * tools project, away from the in-process unit tests of the generator (tests/unit/generate.test.ts).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SCRIPT = path.join(ROOT, 'scripts/generate.ts');

const temp = mkdtempSync(path.join(tmpdir(), 'record-generate-cli-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

function generate(out: string, ...args: string[]) {
  return spawnSync(process.execPath, [SCRIPT, '--events', '60', '--people', '20', '--out', out, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });
}

/** Every file under `dir`, relative path → bytes, in sorted order. */
function snapshot(dir: string): Map<string, Buffer> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => path.relative(dir, path.join(d.parentPath, d.name)))
    .sort();
  return new Map(files.map((f) => [f, readFileSync(path.join(dir, f))]));
}

describe('scripts/generate.ts', () => {
  const first = path.join(temp, 'first');
  const second = path.join(temp, 'second');

  test('the same arguments give byte-identical files', { timeout: 60_000 }, () => {
    const a = generate(first, '--seed', '7');
    expect(a.stderr).toBe('');
    expect(a.status).toBe(0);
    expect(a.stdout).toMatch(/^generated 60 events, 20 people, 20 sources: 101 files, \d+ bytes in \d+ ms into /);
    const b = generate(second, '--seed', '7');
    expect(b.status).toBe(0);
    const one = snapshot(path.join(first, 'content'));
    const two = snapshot(path.join(second, 'content'));
    expect(one.size).toBe(101);
    expect([...two.keys()]).toEqual([...one.keys()]);
    for (const [file, bytes] of one) expect(two.get(file)?.equals(bytes), file).toBe(true);
  });

  test('refuses a non-empty content folder unless --force, which empties it first', { timeout: 60_000 }, () => {
    const out = path.join(temp, 'forced');
    expect(generate(out).status).toBe(0);
    const stray = path.join(out, 'content/people/stray.mdx');
    writeFileSync(stray, 'not generated');
    const refused = generate(out);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/is not empty: pass --force/);
    expect(readFileSync(stray, 'utf8')).toBe('not generated');
    const forced = generate(out, '--force');
    expect(forced.status).toBe(0);
    expect(readdirSync(path.join(out, 'content/people'))).not.toContain('stray.mdx');
  });

  test('bad arguments are refused with the usage', () => {
    const missing = spawnSync(process.execPath, [SCRIPT, '--events', '5'], { cwd: ROOT, encoding: 'utf8' });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/--people is required\nusage: /);
    const negative = spawnSync(process.execPath, [SCRIPT, '--events', '-3', '--people', '4', '--out', temp], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(negative.status).toBe(2);
  });
});
