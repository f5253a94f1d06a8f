/** The change report as Markdown: for the terminal, and for a pull request's job summary. */
import type { ChangeReport, EntryNote } from './report.ts';

/** Backslash-escapes what Markdown would read as markup or HTML in names and sentences. */
function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>|#~]/g, (c) => `\\${c}`);
}

const entry = (e: EntryNote) => `${escapeMarkdown(e.title)} (\`${e.file}\`)`;
const list = (lines: readonly string[]) => lines.map((l) => `- ${escapeMarkdown(l)}`);

export function renderMarkdown(report: ChangeReport, heading = 'What this change does to the record'): string {
  const out: string[] = [`## ${heading}`, '', `**${report.summary}**`];
  if (report.unchanged) return `${out.join('\n')}\n`;
  const section = (title: string, lines: readonly string[]) => {
    if (lines.length) out.push('', `### ${title}`, '', ...lines);
  };
  section('Problems', [
    ...report.problems.map((p) => `- ${escapeMarkdown(p)}`),
    ...report.unreadable.map(
      (f) => `- \`${f}\` cannot be read (see the problems above); this report treats it as unchanged`,
    ),
    ...(report.resolved
      ? [`- ${report.resolved} problem${report.resolved === 1 ? '' : 's'} of the base resolved`]
      : []),
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
    report.renamed.map((e) => `- ${entry(e)}, was \`${e.from}\``),
  );
  if (report.changed.length) {
    out.push('', '### Changed');
    for (const c of report.changed) {
      out.push('', `#### ${entry(c)}`, '', ...list(c.lines));
      if (c.body?.rewritten)
        out.push(`- body: rewritten (${c.body.rewritten.before} words → ${c.body.rewritten.after} words)`);
      else if (c.body) {
        const hunks = c.body.hunks.map((h) => h.replace(/`{3,}/g, '``'));
        if (c.body.more) hunks.push(`… and ${c.body.more} more change${c.body.more === 1 ? '' : 's'}`);
        out.push('- body:', '', '```text', ...hunks, '```');
      }
    }
  }
  if (report.pages.length) {
    out.push('', '### Pages affected');
    for (const p of report.pages) {
      out.push(
        '',
        `- \`${p.path}\` ${escapeMarkdown(p.title)}${p.edited ? ' (edited entry)' : ''}`,
        ...p.lines.map((l) => `  - ${escapeMarkdown(l)}`),
      );
    }
  }
  if (report.siteWide.length) out.push('', ...report.siteWide.map((l) => `- Also: ${l}`));
  section('Ages and offices shown', list(report.agesAndOffices));
  section('Timeline marks that move', list(report.timeline));
  section('Claims left without a source', list(report.unsourced));
  section('Sources no longer cited', list(report.uncited));
  return `${out.join('\n')}\n`;
}
