/**
 * /admin/: starts Decap CMS with the configuration generated from the schemas (embedded
 * in the page) and the record's own file format (src/lib/editor/record-format.ts). Without a
 * GitHub repository configured, the editor starts only when the local server
 * (`npx decap-server`) answers on this computer; otherwise the page's notice says how to
 * configure it.
 */
import { readEntry, Remembered, writeEntry, type FormatRules } from '../lib/editor/record-format.ts';

interface Setup {
  script: string;
  format: string;
  rules: FormatRules;
  phrases: Record<string, string>;
  config: Record<string, unknown> | null;
  local: { url: string; config: Record<string, unknown> };
}

interface Decap {
  registerCustomFormat(
    name: string,
    extension: string,
    format: { fromFile(raw: string): unknown; toFile(data: Record<string, unknown>, order?: string[]): string },
  ): void;
  getLocale(name: string): Phrases | undefined;
  registerLocale(name: string, phrases: Phrases): void;
  init(options: { config: Record<string, unknown> }): void;
}

interface Phrases {
  [key: string]: string | Phrases;
}

declare global {
  interface Window {
    CMS_MANUAL_INIT?: boolean;
    CMS?: Decap;
  }
}

const setup = JSON.parse(document.getElementById('cms-setup')?.textContent ?? 'null') as Setup | null;

/** Whether the local server (decap-server) answers on this computer. */
async function localServer(url: string): Promise<boolean> {
  if (!['localhost', '127.0.0.1'].includes(location.hostname)) return false;
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ action: 'info' }),
    });
    return response.ok;
  } catch {
    return false;
  }
}

/** A group of phrases inside another, or undefined. */
function group(phrases: Phrases | undefined, key: string): Phrases | undefined {
  const value = phrases?.[key];
  return typeof value === 'object' ? value : undefined;
}

function load(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`could not load ${src}`));
    document.head.append(script);
  });
}

async function start(s: Setup): Promise<void> {
  const config = s.config ?? ((await localServer(s.local.url)) ? s.local.config : null);
  if (!config) return;
  document.getElementById('admin-notice')?.setAttribute('hidden', '');
  window.CMS_MANUAL_INIT = true;
  await load(s.script);
  const cms = window.CMS;
  if (!cms) throw new Error('the editor script did not start');
  const remembered = new Remembered();
  cms.registerCustomFormat(s.format, 'mdx', {
    fromFile: (raw) => readEntry(raw, s.rules, remembered),
    toFile: (data, order) => writeEntry(data, s.rules, remembered, order),
  });
  // The record's messages for an empty field and a wrong pattern, in place of the editor's
  // English ones (registerLocale replaces a language's phrases whole: the rest are copied).
  const english = structuredClone(cms.getLocale('en'));
  const widget = group(group(group(english, 'editor'), 'editorControlPane'), 'widget');
  if (!english || !widget) throw new Error('the editor has no English phrases to replace');
  Object.assign(widget, s.phrases);
  cms.registerLocale('en', english);
  cms.init({ config });
}

if (setup) void start(setup);
