/**
 * The change report as Markdown: for the terminal, and for a pull request's job summary.
 * Every name, title, sentence and file name comes from content and is hostile: each goes
 * through inert-text.ts for where it lands (inline text, a code span, a line of a code block).
 */
import { clipNoted, markdownCode, markdownCodeLine, markdownText } from '../text/inert-text.ts';
import type { ChangeReport, EntryNote } from './report.ts';

/** A title or name longer than this is cut in the report (the pull request's diff has it whole). */
const MAX_VALUE = 300;
/** A report line longer than this is cut: lines carry two values and a few words. */
const MAX_LINE = 1000;

export interface RenderOptions {
  /**
   * Stop before the report passes this many bytes (UTF-8), with a note saying how much was
   * left out. GitHub drops a job summary over 1 MiB whole, so the summary passes less.
   */
  maxBytes?: number;
  /** Stop after this many lines too, with the same note: a summary is read, not searched. */
  maxLines?: number;
  /** Where the whole report is, for the note at a cut: "the run's change-report artifact". */
  fullReport?: string;
}

const text = (s: string) => markdownText(clipNoted(s, MAX_LINE));
const name = (s: string) => markdownText(clipNoted(s, MAX_VALUE));
const entry = (e: EntryNote) => `${name(e.title)} (${markdownCode(clipNoted(e.file, MAX_VALUE))})`;
const list = (lines: readonly string[]) => lines.map((l) => `- ${text(l)}`);
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function renderMarkdown(
  report: ChangeReport,
  heading = 'What this change does to the record',
  options: RenderOptions = {},
): string {
  const out: string[] = [`## ${markdownText(heading)}`, '', `**${markdownText(report.summary)}**`];
  if (report.unchanged) return `${out.join('\n')}\n`;
  const section = (title: string, lines: readonly string[]) => {
    if (lines.length) out.push('', `### ${title}`, '', ...lines);
  };
  section('Problems', [
    ...report.problems.map((p) => `- ${text(p)}`),
    ...report.unreadable.map(
      (f) =>
        `- ${markdownCode(clipNoted(f, MAX_VALUE))} cannot be read (see the problems above); this report treats it as unchanged`,
    ),
    ...(report.resolved ? [`- ${plural(report.resolved, 'problem')} of the base resolved`] : []),
  ]);
  section(
    'Added',
    report.added.map((e) => `- ${entry(e)}`),
  );
  section(
    'Removed',
    report.removed.map((e) => `- ${entry(e)}`),
  );
  section(
    'Renamed (same content, new id)',
    report.renamed.map((e) => `- ${entry(e)}, was ${markdownCode(clipNoted(e.from, MAX_VALUE))}`),
  );
  if (report.changed.length) {
    out.push('', '### Changed');
    for (const c of report.changed) {
      out.push('', `#### ${entry(c)}`, '', ...list(c.lines));
      if (c.body?.rewritten)
        out.push(`- body: rewritten (${c.body.rewritten.before} words → ${c.body.rewritten.after} words)`);
      else if (c.body) {
        const block = (hunks: readonly string[]) => [
          '```text',
          ...hunks.map((h) => markdownCodeLine(clipNoted(h, MAX_LINE))),
          '```',
        ];
        out.push('- body:', '', ...block(c.body.hunks));
        // Hunks that add only cited text, past the first few: folded, never left out.
        if (c.body.folded.length)
          out.push(
            '',
            '<details>',
            `<summary>${plural(c.body.folded.length, 'more change')} to the body (each adds no uncited text)</summary>`,
            '',
            ...block(c.body.folded),
            '',
            '</details>',
          );
      }
    }
  }
  if (report.pages.length) {
    out.push('', '### Pages affected');
    for (const p of report.pages) {
      out.push(
        '',
        `- ${markdownCode(clipNoted(p.path, MAX_VALUE))} ${name(p.title)}${p.edited ? ' (edited entry)' : ''}`,
        ...p.lines.map((l) => `  - ${text(l)}`),
      );
    }
  }
  if (report.siteWide.length) out.push('', ...report.siteWide.map((l) => `- Also: ${text(l)}`));
  section('Ages and offices shown', list(report.agesAndOffices));
  section('Timeline marks that move', list(report.timeline));
  section('Claims left without a source', list(report.unsourced));
  section('Sources no longer cited', list(report.uncited));
  return capped(out, options);
}

/** The lines joined, cut before `maxBytes` or `maxLines` with a note (outside any open code block or details). */
function capped(
  lines: readonly string[],
  { maxBytes = Infinity, maxLines = Infinity, fullReport }: RenderOptions,
): string {
  const whole = `${lines.join('\n')}\n`;
  if (lines.length <= maxLines && Buffer.byteLength(whole) <= maxBytes) return whole;
  const NOTE_ROOM = 1024;
  const kept: string[] = [];
  let bytes = 0;
  let fence = false;
  let details = false;
  for (const line of lines) {
    const size = Buffer.byteLength(line) + 1;
    if (bytes + size > maxBytes - NOTE_ROOM || kept.length >= maxLines) break;
    kept.push(line);
    bytes += size;
    if (line === '```text') fence = true;
    else if (line === '```') fence = false;
    else if (line === '<details>') details = true;
    else if (line === '</details>') details = false;
  }
  const left = lines.length - kept.length;
  if (fence) kept.push('```');
  if (details) kept.push('', '</details>');
  kept.push(
    '',
    `**The report is cut here: ${plural(left, 'more line')} (${Buffer.byteLength(whole) - bytes} bytes) left out to keep the summary short and within its size limit.** ` +
      `The whole report: ${fullReport ?? 'run `npm run changes` locally'}.`,
  );
  return `${kept.join('\n')}\n`;
}
