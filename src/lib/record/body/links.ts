/**
 * Link policy: where a body's links and link definitions may point. Another entry's
 * file (resolved to the entry, so pages can link it at its site URL), a fragment on the
 * same page, or a full http:, https: or mailto: address; any other scheme, a site path
 * or a path that names no entry is refused with a message that says what to write.
 */
import path from 'node:path';
import { clip } from '../../text/clip.ts';
import { ID_PATTERN } from '../ids.ts';
import { isCollection, type Collection } from '../../kinds.ts';

const SAFE_SCHEMES = new Set(['http', 'https', 'mailto']);

type UrlVerdict =
  | { kind: 'entry'; collection: Collection; id: string; fragment?: string }
  | { kind: 'ok' }
  | { kind: 'bad'; message: string };

/**
 * Classifies a link target. `file` is the entry's path relative to the record root
 * ("content/events/x.mdx"), against which relative links are resolved; `contentDir` is
 * the content folder, relative to the same root.
 */
/** ../<collection>/<id>.mdx, with an optional fragment. */
const ENTRY_LINK = /^\.\.\/([a-z]+)\/([a-z0-9-]+)\.mdx(?:#([^#]*))?$/;

export function classifyUrl(url: string, file: string, contentDir = 'content'): UrlVerdict {
  const shown = clip(url);
  // Browsers ignore control characters and whitespace inside a scheme ("java\tscript:").
  // eslint-disable-next-line no-control-regex
  const compact = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(compact)?.[1]?.toLowerCase();
  if (scheme !== undefined) {
    if (SAFE_SCHEMES.has(scheme)) return { kind: 'ok' };
    return {
      kind: 'bad',
      message: `the link "${shown}" uses the scheme "${scheme}:", which is not allowed: link with https:, http:, mailto: or a relative path to another entry like ../people/donald-trump.mdx`,
    };
  }
  if (compact.startsWith('//') || compact.startsWith('/\\') || compact.startsWith('\\')) {
    return { kind: 'bad', message: `the link "${shown}" has no scheme: write the full https:// address` };
  }
  if (compact.startsWith('/')) {
    return {
      kind: 'bad',
      message: `the link "${shown}" is a site path, which breaks when the site is served under a folder: link to the entry's file instead, like ../events/harris-concession-call.mdx`,
    };
  }
  if (compact === '' || compact.startsWith('#')) return { kind: 'ok' };
  // The common case, "../people/donald-trump.mdx" from an entry one folder below the
  // content folder, read without path arithmetic: the general path below gives the same.
  const direct = ENTRY_LINK.exec(compact);
  if (direct && path.posix.dirname(path.posix.dirname(file)) === contentDir) {
    const [, collection = '', id = '', fragment] = direct;
    if (isCollection(collection) && ID_PATTERN.test(id))
      return { kind: 'entry', collection, id, ...(fragment ? { fragment } : {}) };
  }
  const [pathPart = '', fragment] = compact.split('#', 2);
  let decoded: string;
  try {
    decoded = decodeURI(pathPart);
  } catch {
    return { kind: 'bad', message: `the link "${shown}" is not a valid address` };
  }
  const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), decoded));
  const relative = path.posix.relative(contentDir, target);
  const match = /^(?<collection>[^/]+)\/(?<id>[^/]+)\.mdx$/.exec(relative);
  const collection = match?.groups?.['collection'];
  const id = match?.groups?.['id'];
  if (!collection || !id || !isCollection(collection)) {
    return {
      kind: 'bad',
      message: `the link "${shown}" does not point to an entry: link to another entry's file, like ../people/donald-trump.mdx, or use a full https:// address`,
    };
  }
  if (!ID_PATTERN.test(id)) {
    return { kind: 'bad', message: `the link "${shown}" names "${clip(id)}", which is not a valid entry id` };
  }
  return { kind: 'entry', collection: collection as Collection, id, ...(fragment ? { fragment } : {}) };
}
