/**
 * A small HTML builder for the lists a page repeats many times (events, quotations).
 * Astro components cost a render pass each; at 10,000 events the lists on person and
 * source pages are built this way, as one escaped string. Every interpolated value is
 * escaped unless it is itself an `Html` value made here.
 */

export class Html {
  readonly value: string;
  constructor(value: string) {
    this.value = value;
  }
  toString(): string {
    return this.value;
  }
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

const SPECIAL = /[&<>"']/;

export function escapeHtml(text: string): string {
  // Most values have nothing to escape: testing first is cheaper than a replace that changes nothing.
  return SPECIAL.test(text) ? text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c) : text;
}

type Value = Html | string | number | false | null | undefined | readonly Value[];

function render(value: Value): string {
  if (value === false || value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  if (value instanceof Html) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeHtml(String(value));
}

/** html`<a href="${url}">${title}</a>`: values escaped, nested html`` kept, arrays joined. */
export function html(strings: TemplateStringsArray, ...values: Value[]): Html {
  let out = strings[0] ?? '';
  for (let i = 0; i < values.length; i++) out += render(values[i]) + (strings[i + 1] ?? '');
  return new Html(out);
}
