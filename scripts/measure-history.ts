/**
 * node scripts/measure-history.ts [--events 10000] [--people 2000] [--commits 1000]
 *   [--files-per-commit 3] [--runs 5] [--dir DIR]
 *
 * How long the build's history step takes: the one `git log` pass over content/ and its
 * grouping into per-file histories (src/lib/git/history.ts), which "Last updated", every
 * entry's history page, /changes/, /corrections/ and the feeds read. It generates a record
 * (scripts/generate.ts), commits it in a scratch repository, then makes `--commits` more
 * commits, each changing `--files-per-commit` entries picked by a seeded generator, every
 * tenth with a `Correction:` trailer (written with git fast-import, so setting up takes
 * seconds, not the minutes 1,000 `git commit` runs would). Then it times readGitHistory
 * `--runs` times and prints each run, the median, and the git process's share.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { LOG_ARGS, readGitHistory } from '../src/lib/git/history.ts';

const { values } = parseArgs({
  options: {
    events: { type: 'string', default: '10000' },
    people: { type: 'string' },
    commits: { type: 'string', default: '1000' },
    'files-per-commit': { type: 'string', default: '3' },
    runs: { type: 'string', default: '5' },
    dir: { type: 'string' },
  },
});

function count(name: string, value: string | undefined, min: number): number {
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < min) throw new Error(`--${name} must be a whole number, at least ${min}`);
  return n;
}
const events = count('events', values.events, 1);
const people = count('people', values.people ?? String(Math.max(1, Math.round(events / 5))), 1);
const commits = count('commits', values.commits, 1);
const perCommit = count('files-per-commit', values['files-per-commit'], 1);
const runs = count('runs', values.runs, 1);

const dir = values.dir ? path.resolve(values.dir) : mkdtempSync(path.join(tmpdir(), 'record-history-bench-'));
const ENV = {
  ...process.env,
  GIT_AUTHOR_NAME: 'Bench',
  GIT_AUTHOR_EMAIL: 'bench@example.org',
  GIT_COMMITTER_NAME: 'Bench',
  GIT_COMMITTER_EMAIL: 'bench@example.org',
};
const git = (args: string[], input?: string) =>
  execFileSync('git', args, { cwd: dir, env: ENV, input, encoding: 'utf8', maxBuffer: 1024 * 1024 * 1024 });

/** mulberry32: a small seeded generator, so every run picks the same files. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function listContent(): string[] {
  const files: string[] = ['content/record.mdx'];
  for (const folder of ['people', 'events', 'sources']) {
    for (const name of readdirSync(path.join(dir, 'content', folder)).sort())
      if (name.endsWith('.mdx')) files.push(`content/${folder}/${name}`);
  }
  return files;
}

/** fast-import's `data` command: the exact byte length, then the bytes. */
const data = (text: string) => `data ${Buffer.byteLength(text)}\n${text}`;

try {
  let started = performance.now();
  const generated = spawnSync(
    process.execPath,
    [
      path.join(import.meta.dirname, 'generate.ts'),
      '--events',
      String(events),
      '--people',
      String(people),
      '--out',
      dir,
      '--force',
    ],
    { stdio: 'inherit' },
  );
  if (generated.status !== 0) throw new Error('scripts/generate.ts failed');
  console.log(
    `generated ${events} events and ${people} people in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );

  started = performance.now();
  git(['init', '-q', '-b', 'main']);
  const files = listContent();
  const text = new Map(files.map((f) => [f, readFileSync(path.join(dir, f), 'utf8')]));
  const base = Date.UTC(2025, 0, 1) / 1000;
  const stream: string[] = [];
  stream.push('commit refs/heads/main', 'mark :1', `committer Bench <bench@example.org> ${base} +0000`);
  stream.push(data('Add the generated record'));
  for (const f of files) stream.push(`M 100644 inline ${f}`, data(text.get(f) ?? ''));
  const pick = random(20251207);
  let corrections = 0;
  for (let c = 1; c <= commits; c++) {
    const correction = c % 10 === 0;
    if (correction) corrections++;
    const message = correction
      ? `Edit ${c}\n\nCorrection: Commit ${c} puts right what an earlier version said.\n`
      : `Edit ${c}\n`;
    stream.push(
      'commit refs/heads/main',
      `mark :${c + 1}`,
      `committer Bench <bench@example.org> ${base + c * 3600} +0000`,
    );
    stream.push(data(message), `from :${c}`);
    for (let k = 0; k < perCommit; k++) {
      const file = files[Math.floor(pick() * files.length)] ?? '';
      const next = `${text.get(file) ?? ''}\nEdit ${c}.\n`;
      text.set(file, next);
      stream.push(`M 100644 inline ${file}`, data(next));
    }
  }
  stream.push('');
  git(['fast-import', '--quiet'], stream.join('\n'));
  git(['reset', '-q', '--hard', 'main']);
  console.log(
    `committed ${files.length} files, then ${commits} commits of ${perCommit} files each (${corrections} corrections), in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );

  // Wall time on a busy machine mostly measures the other processes: CPU time is printed
  // beside it, this process's (parsing and grouping) and git's (children, from /proc).
  const TICKS = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  const childCpu = () => {
    // Fields 16 and 17 of /proc/self/stat: CPU time of waited-for children, user and system.
    const fields = readFileSync('/proc/self/stat', 'utf8')
      .replace(/^.*\) /s, '')
      .split(' ');
    return ((Number(fields[13]) + Number(fields[14])) / TICKS) * 1000;
  };
  const ownCpu = () => {
    const { user, system } = process.cpuUsage();
    return (user + system) / 1000;
  };
  const rows: { wall: number; gitWall: number; gitCpu: number; ownCpu: number }[] = [];
  let summary = '';
  for (let r = 0; r < runs; r++) {
    // The git pass alone, as readGitHistory runs it, for its share of the step.
    let t = performance.now();
    const log = git([...LOG_ARGS, '--', 'content']);
    const gitWall = performance.now() - t;
    const [children, own] = [childCpu(), ownCpu()];
    t = performance.now();
    const history = readGitHistory(dir);
    const row = { wall: performance.now() - t, gitWall, gitCpu: childCpu() - children, ownCpu: ownCpu() - own };
    rows.push(row);
    if (!history.available) throw new Error(`no history: ${history.reason}`);
    const total = [...history.files.values()].reduce((n, list) => n + list.length, 0);
    const corrected = history.commits.filter((c) => c.corrections.length).length;
    summary = `${history.commits.length} commits, ${history.files.size} files, ${total} history rows, ${corrected} corrections; git log printed ${(Buffer.byteLength(log) / 1e6).toFixed(1)} MB`;
    console.log(
      `run ${r + 1}: history step ${row.wall.toFixed(0)} ms wall (git CPU ${row.gitCpu.toFixed(0)} ms, parsing and grouping CPU ${row.ownCpu.toFixed(0)} ms); git log alone ${gitWall.toFixed(0)} ms wall`,
    );
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)] ?? 0;
  console.log(summary);
  console.log(
    `median of ${runs}: history step ${median(rows.map((r) => r.wall)).toFixed(0)} ms wall; CPU: git ${median(rows.map((r) => r.gitCpu)).toFixed(0)} ms, parsing and grouping ${median(rows.map((r) => r.ownCpu)).toFixed(0)} ms`,
  );
} finally {
  if (!values.dir) rmSync(dir, { recursive: true, force: true });
}
