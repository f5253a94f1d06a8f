/**
 * Runs one build as a child process and measures it from outside: wall time, CPU time of
 * the child and all its descendants, and peak resident memory of the whole process tree.
 * The build's output goes to a log file, each line stamped with the seconds since start.
 */
import { execFileSync, spawn } from 'node:child_process';
import { createWriteStream, readdirSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { stripVTControlCharacters } from 'node:util';

export interface LogLine {
  /** Milliseconds since the build was started. */
  ms: number;
  text: string;
}

export interface BuildRun {
  ok: boolean;
  exitCode: number | null;
  signal: string | null;
  /** Spawn to the build process's exit. */
  wallMs: number;
  /**
   * User + system CPU of the build and all its descendants: the growth of this process's
   * cutime + cstime (/proc/self/stat) across the build, which holds the build and every
   * descendant reaped along the way, plus the own CPU time (/proc/<pid>/stat) of
   * descendants the build left behind unreaped (Astro exits without waiting for the
   * Pagefind and esbuild service processes it stopped; their time never reaches cutime).
   */
  cpuMs: number;
  /** Of which, descendants left unreaped. */
  cpuUnreapedMs: number;
  /** Cross-check: the sum of every tree process's own CPU as last sampled. */
  cpuSampledMs: number;
  /**
   * CPU the rest of the machine used meanwhile (/proc/stat busy time, less the build's and
   * the bench's own): anything well above zero means the timings are noisy.
   */
  otherCpuMs: number;
  /** Largest sum of VmRSS over the build's process tree, sampled every `sampleMs`. */
  peakRssBytes: number;
  /** Most processes seen in the tree at once (the build, Pagefind's binary, esbuild…). */
  peakProcesses: number;
  /** Processes seen in the tree: pid, command, own CPU, own peak VmRSS, whether left unreaped. */
  processes: { pid: number; command: string; cpuMs: number; peakRssBytes: number; unreaped: boolean }[];
  /** How long descendants kept running after the build exited (waited for, up to a limit). */
  lingerMs: number;
  samples: number;
  lines: LogLine[];
  logFile: string;
}

function getconf(name: string, fallback: number): number {
  try {
    const value = Number(execFileSync('getconf', [name], { encoding: 'utf8' }).trim());
    return Number.isFinite(value) && value > 0 ? value : fallback;
  } catch {
    return fallback;
  }
}

const TICKS_PER_SECOND = getconf('CLK_TCK', 100);
const PAGE_SIZE = getconf('PAGESIZE', 4096);

interface Stat {
  command: string;
  state: string;
  ppid: number;
  /** utime + stime, in clock ticks. */
  ticks: number;
  /** cutime + cstime, in clock ticks. */
  childTicks: number;
  rssBytes: number;
}

function readStat(pid: number | 'self'): Stat | undefined {
  let stat: string;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return undefined; // gone between listing and reading
  }
  const close = stat.lastIndexOf(')');
  // Fields after the command name, so field n of proc(5) (1-based) is at n - 3.
  const f = stat.slice(close + 2).split(' ');
  const n = (field: number) => Number(f[field - 3]);
  return {
    command: stat.slice(stat.indexOf('(') + 1, close),
    state: f[0] ?? '?',
    ppid: n(4),
    ticks: n(14) + n(15),
    childTicks: n(16) + n(17),
    rssBytes: n(24) * PAGE_SIZE,
  };
}

const ticksToMs = (ticks: number) => (ticks * 1000) / TICKS_PER_SECOND;

/** CPU time the whole machine has spent busy (user, nice, system, irq, softirq) since boot. */
function machineBusyMs(): number {
  const fields = (readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '').trim().split(/\s+/).slice(1).map(Number);
  const [user = 0, nice = 0, system = 0, , , irq = 0, softirq = 0] = fields;
  return ticksToMs(user + nice + system + irq + softirq);
}

function childrenCpuMs(): number {
  const self = readStat('self');
  if (!self) throw new Error('cannot read /proc/self/stat: the bench needs Linux /proc');
  return ticksToMs(self.childTicks);
}

/**
 * Follows a process and all its descendants through /proc: any process whose parent is
 * followed is followed too, so descendants stay followed after their parent exits.
 */
class ProcessTree {
  readonly seen = new Map<number, Stat>();
  /** Largest VmRSS seen per process. */
  readonly peakRss = new Map<number, number>();
  /** Followed processes still present in /proc (running or zombie). */
  readonly present = new Set<number>();
  peakRssBytes = 0;
  peakProcesses = 0;
  samples = 0;

  readonly root: number;

  constructor(root: number) {
    this.root = root;
    this.present.add(root);
  }

  sample(): void {
    const stats = new Map<number, Stat>();
    for (const name of readdirSync('/proc')) {
      if (!/^\d+$/.test(name)) continue;
      const stat = readStat(Number(name));
      if (stat) stats.set(Number(name), stat);
    }
    const followed = new Set<number>();
    // Parents may be listed after their children: repeat until nothing new joins.
    for (let grew = true; grew;) {
      grew = false;
      for (const [pid, stat] of stats) {
        if (followed.has(pid) || !(this.present.has(pid) || followed.has(stat.ppid))) continue;
        followed.add(pid);
        grew = true;
      }
    }
    let rss = 0;
    for (const pid of followed) {
      const stat = stats.get(pid) as Stat;
      this.seen.set(pid, stat);
      this.peakRss.set(pid, Math.max(this.peakRss.get(pid) ?? 0, stat.rssBytes));
      rss += stat.rssBytes;
    }
    this.present.clear();
    for (const pid of followed) this.present.add(pid);
    if (followed.size) this.samples++;
    this.peakRssBytes = Math.max(this.peakRssBytes, rss);
    this.peakProcesses = Math.max(this.peakProcesses, followed.size);
  }

  /** Followed processes other than the root that are still running (not zombies). */
  running(): number[] {
    return [...this.present].filter((pid) => pid !== this.root && this.seen.get(pid)?.state !== 'Z');
  }

  /**
   * Processes whose last known parent is outside the tree: reparented, so never reaped by
   * it. (One that is reparented and reaped between two samples goes unnoticed: pid 1 here
   * reaps lazily, so the final sample at the build's exit still sees such zombies.)
   */
  unreaped(): number[] {
    return [...this.seen.keys()].filter(
      (pid) => pid !== this.root && !this.seen.has((this.seen.get(pid) as Stat).ppid),
    );
  }
}

export interface BuildOptions {
  command: string;
  args: string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
  logFile: string;
  sampleMs?: number;
  /** Called with the child's pid once it is running (to stop it on Ctrl-C). */
  onSpawn?: (pid: number | undefined) => void;
}

/** Runs the build to completion; never rejects for a failing build (see `ok`). */
export function runBuild(options: BuildOptions): Promise<BuildRun> {
  const sampleMs = options.sampleMs ?? 50;
  const lingerLimitMs = 60_000;
  const log = createWriteStream(options.logFile);
  log.write(`$ cd ${options.cwd} && ${options.command} ${options.args.join(' ')}\n`);
  const lines: LogLine[] = [];
  const cpuBefore = childrenCpuMs();
  const machineBefore = machineBusyMs();
  const selfBefore = process.cpuUsage();
  const started = performance.now();
  const child = spawn(options.command, options.args, {
    cwd: options.cwd,
    env: options.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const root = child.pid;
  options.onSpawn?.(root);

  const processes = root === undefined ? undefined : new ProcessTree(root);
  const timer = setInterval(() => processes?.sample(), sampleMs);

  const collect = (stream: NodeJS.ReadableStream, tag: string) => {
    let rest = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      const ms = performance.now() - started;
      const parts = (rest + chunk).split('\n');
      rest = parts.pop() ?? '';
      for (const part of parts) {
        const text = stripVTControlCharacters(part).replace(/\r$/, '');
        lines.push({ ms, text });
        log.write(`+${(ms / 1000).toFixed(3).padStart(8)}s ${tag}${text}\n`);
      }
    });
    stream.on('end', () => {
      if (!rest) return;
      const ms = performance.now() - started;
      lines.push({ ms, text: stripVTControlCharacters(rest) });
      log.write(`+${(ms / 1000).toFixed(3).padStart(8)}s ${tag}${stripVTControlCharacters(rest)}\n`);
    });
  };
  collect(child.stdout, '');
  collect(child.stderr, '[stderr] ');

  return new Promise((resolve) => {
    let spawnError: Error | undefined;
    child.on('error', (error) => (spawnError = error));
    child.on('close', async (exitCode, signal) => {
      const wallMs = performance.now() - started;
      const cpuReapedMs = childrenCpuMs() - cpuBefore;
      const machineMs = machineBusyMs() - machineBefore;
      const self = process.cpuUsage(selfBefore);
      const selfMs = (self.user + self.system) / 1000;
      // Descendants still running after the build exited are part of it: wait for them.
      processes?.sample();
      const lingerStart = performance.now();
      while (processes?.running().length && performance.now() - lingerStart < lingerLimitMs) {
        await new Promise((wake) => setTimeout(wake, sampleMs));
        processes.sample();
      }
      const lingerMs = performance.now() - lingerStart;
      clearInterval(timer);
      const unreaped = new Set(processes?.unreaped() ?? []);
      const list = [...(processes?.seen ?? new Map<number, Stat>())].map(([pid, stat]) => ({
        pid,
        command: stat.command,
        cpuMs: ticksToMs(stat.ticks),
        peakRssBytes: processes?.peakRss.get(pid) ?? 0,
        unreaped: unreaped.has(pid),
      }));
      const cpuUnreapedMs = list.filter((p) => p.unreaped).reduce((sum, p) => sum + p.cpuMs, 0);
      if (spawnError) lines.push({ ms: wallMs, text: `could not start: ${spawnError.message}` });
      log.write(`# exit ${exitCode ?? signal} after ${(wallMs / 1000).toFixed(3)} s\n`);
      for (const p of list)
        log.write(
          `# process ${p.pid} ${p.command}: ${Math.round(p.cpuMs)} ms CPU, peak RSS ${(p.peakRssBytes / 1e6).toFixed(1)} MB${p.unreaped ? ', left unreaped' : ''}\n`,
        );
      log.end(() =>
        resolve({
          ok: exitCode === 0 && !spawnError,
          exitCode,
          signal,
          wallMs,
          cpuMs: cpuReapedMs + cpuUnreapedMs,
          cpuUnreapedMs,
          cpuSampledMs: list.reduce((sum, p) => sum + p.cpuMs, 0),
          otherCpuMs: Math.max(0, machineMs - selfMs - cpuReapedMs - cpuUnreapedMs),
          peakRssBytes: processes?.peakRssBytes ?? 0,
          peakProcesses: processes?.peakProcesses ?? 0,
          processes: list,
          lingerMs,
          samples: processes?.samples ?? 0,
          lines,
          logFile: options.logFile,
        }),
      );
    });
  });
}

export interface Phases {
  /** Spawn to "Syncing content": Node, Astro and config start-up. */
  startupMs?: number;
  /** "Syncing content" to "Synced content": the content loaders. */
  contentSyncMs?: number;
  /** "Synced content" to "Building static entrypoints": types, build info. */
  setupMs?: number;
  /** "Building static entrypoints" to "generating static routes": Vite bundling. */
  bundleMs?: number;
  /** "generating static routes" to its "✓ Completed": rendering every page. */
  renderMs?: number;
  /** From the record-search line: Pagefind's own figure. */
  pagefindMs?: number;
  pagefindPages?: number;
  /** Last line of output to exit. */
  exitMs?: number;
  /** From the render-timing lines (--render-repeat): per kind of page, the median of each page's fastest render. */
  renderMedianMs?: Record<string, number>;
  /** From the render-shares lines (every build without --render-repeat): per kind of page, its share of rendering time and its pages. */
  renderShares?: Record<string, { ms: number; pages: number }>;
}

/** Where the build spent its time, from the stamped lines of its log. */
export function phases(lines: readonly LogLine[], wallMs: number): Phases {
  const at = (pattern: RegExp, from = 0) => {
    const i = lines.findIndex((line, k) => k >= from && pattern.test(line.text));
    return i < 0 ? undefined : { i, ms: (lines[i] as LogLine).ms };
  };
  const out: Phases = {};
  const syncStart = at(/\[content\] Syncing content/);
  const syncEnd = at(/\[content\] Synced content/);
  const bundle = at(/Building static entrypoints/);
  const render = at(/generating static routes/);
  const rendered = render ? at(/✓ Completed in/, render.i + 1) : undefined;
  if (syncStart) out.startupMs = syncStart.ms;
  if (syncStart && syncEnd) out.contentSyncMs = syncEnd.ms - syncStart.ms;
  if (syncEnd && bundle) out.setupMs = bundle.ms - syncEnd.ms;
  if (bundle && render) out.bundleMs = render.ms - bundle.ms;
  if (render && rendered) out.renderMs = rendered.ms - render.ms;
  for (const line of lines) {
    const m = /\[record-search\] indexed (\d+) pages in (\d+) ms/.exec(line.text);
    if (m) {
      out.pagefindPages = Number(m[1]);
      out.pagefindMs = Number(m[2]);
    }
  }
  for (const line of lines) {
    const m = /\[bench-render-timing\] render (\w+): \d+ pages, median ([\d.]+) ms/.exec(line.text);
    if (m) out.renderMedianMs = { ...out.renderMedianMs, [m[1] as string]: Number(m[2]) };
  }
  for (const line of lines) {
    const m = /\[bench-render-shares\] share (.+): (\d+) pages, ([\d.]+) s,/.exec(line.text);
    if (m)
      out.renderShares = { ...out.renderShares, [m[1] as string]: { ms: Number(m[3]) * 1000, pages: Number(m[2]) } };
  }
  const last = lines[lines.length - 1];
  if (last) out.exitMs = wallMs - last.ms;
  return out;
}
