/**
 * Claims that rest only on weak sources (an encyclopedia, an aggregator, a copy, an
 * unestablished web page: `weak` in STANDINGS), found once over the record. The content
 * check lists them as warnings, the loader marks the body's claims, the page models mark
 * quotations and versions: one rule for all three.
 *
 * - A quotation or a version of an account passes through a chain of sources (`source`,
 *   then the `via` it was read in): it is weakly supported when any link of it is weak.
 * - A claim in a body is a run of citation marks side by side (`[1][2]` after a
 *   sentence): it is weakly supported when every source of the run is weak.
 */
import type { Entry, RecordContent } from './entry.ts';
import type { Problem } from './problems.ts';
import { STANDINGS, type Standing } from '../../schemas/source.ts';

/** The standing of a source, or undefined for an unknown id (reported elsewhere). */
export type StandingOf = (sourceId: string) => Standing | undefined;

function isWeak(standing: Standing | undefined): boolean {
  return standing !== undefined && STANDINGS[standing].weak;
}

/** A quotation's or version's chain: weak when any source it passes through is weak. */
export function weakChain(sources: readonly (string | undefined)[], standingOf: StandingOf): boolean {
  return weakSources(sources, standingOf).length > 0;
}

/** The weak sources of a quotation's or version's chain (its source, then what it is quoted via). */
function weakSources(sources: readonly (string | undefined)[], standingOf: StandingOf): string[] {
  return sources.filter((id): id is string => id !== undefined && isWeak(standingOf(id)));
}

/** A body claim's run of citations: weak when every source in it is weak. */
export function weakRun(sources: readonly string[], standingOf: StandingOf): boolean {
  return sources.length > 0 && sources.every((id) => isWeak(standingOf(id)));
}

/** What the mark says on hover and to screen readers. */
const WEAK_NOTE = 'Better source needed: this rests only on an encyclopedia, an aggregator, a copy or a web page';

/** The run numbers of an entry's body claims that are weakly supported, with their sources. */
export function weakRuns(
  citations: readonly { source: string; run: number; line: number; column: number }[],
  standingOf: StandingOf,
): { run: number; sources: string[]; line: number; column: number }[] {
  const runs = new Map<number, { run: number; sources: string[]; line: number; column: number }>();
  for (const c of citations) {
    const run = runs.get(c.run);
    if (run) run.sources.push(c.source);
    else runs.set(c.run, { run: c.run, sources: [c.source], line: c.line, column: c.column });
  }
  return [...runs.values()].filter((r) => weakRun(r.sources, standingOf));
}

export function recordStandings(record: RecordContent): StandingOf {
  return (id) => record.sources.get(id)?.data.standing;
}

const described = (ids: readonly string[], standingOf: StandingOf) =>
  ids.map((id) => `"${id}" (${STANDINGS[standingOf(id) ?? 'web'].label})`).join(', ');

/** Every weakly supported quotation, version and body claim, as warnings for the content check. */
export function standingWarnings(record: RecordContent): Problem[] {
  const standingOf = recordStandings(record);
  const warnings: Problem[] = [];
  const warn = (entry: Entry, path: readonly PropertyKey[], field: string, message: string) => {
    const { line, column } = entry.locate(path);
    warnings.push({ file: entry.file, line, column, field, message, severity: 'warning' });
  };
  const entries: Entry[] = [...record.people.values(), ...record.events.values(), ...record.sources.values()];
  if (record.about) entries.push(record.about);
  for (const entry of entries) {
    for (const run of weakRuns(entry.citations, standingOf)) {
      warnings.push({
        file: entry.file,
        line: run.line,
        column: run.column,
        field: 'body',
        message: `this claim rests only on ${described(run.sources, standingOf)}: cite a better source beside it`,
        severity: 'warning',
      });
    }
  }
  for (const entry of record.events.values()) {
    for (const [i, quote] of entry.data.quotes.entries()) {
      const weak = weakSources([quote.source, quote.via?.source], standingOf);
      if (!weak.length) continue;
      warn(
        entry,
        ['quotes', i, 'source'],
        `quotes[${i}]`,
        `the quotation rests on ${described(weak, standingOf)}: find it in the original or a better source`,
      );
    }
    for (const [i, account] of entry.data.accounts.entries()) {
      for (const [j, version] of account.versions.entries()) {
        const weak = weakSources([version.source, version.via?.source], standingOf);
        if (!weak.length) continue;
        warn(
          entry,
          ['accounts', i, 'versions', j, 'source'],
          `accounts[${i}].versions[${j}]`,
          `this version rests on ${described(weak, standingOf)}: find it in the original or a better source`,
        );
      }
    }
  }
  return warnings;
}

/** The placeholder the body renderer leaves after each run of citation marks. */
export function claimSlot(run: number): string {
  return `claim-${run}`;
}

/** The mark shown after a weakly supported claim: works without JavaScript, explained in words. */
// A word joiner first, as in the citation marks: the note never starts a line away from its claim.
export const WEAK_MARK_HTML = `<sup class="weak-support" title="${WEAK_NOTE}.">\u2060[better source needed]</sup>`;

/**
 * Fills the renderer's placeholders: the mark after weakly supported claims, nothing
 * elsewhere. Content cannot write HTML comments (raw HTML is refused, text is escaped), so
 * every `<!--claim-N-->` is one the renderer left.
 */
export function fillClaimSlots(html: string, weak: ReadonlySet<number>): string {
  return html.replace(/<!--claim-(\d+)-->/g, (_, n: string) => (weak.has(Number(n)) ? WEAK_MARK_HTML : ''));
}
