/**
 * The tag pages: /tags/ lists the record's tags (content/record.mdx) with how many events
 * each has; /tags/<tag>/ lists a tag's events, oldest first. Built in one pass over the
 * events, not one pass per tag.
 */
import { pageUrl } from '../urls.ts';

export interface TagLink {
  tag: string;
  /** How the tag reads: "phone call". */
  label: string;
  href: string;
}

export interface TagPage<E> extends TagLink {
  /** What the tag covers, from content/record.mdx. */
  description: string;
  /** Its events, in the order given (chronological). */
  events: E[];
}

export function tagLabel(tag: string): string {
  return tag.replaceAll('-', ' ');
}

export function tagUrl(base: string, tag: string): string {
  return pageUrl(base, `tags/${tag}/`);
}

function tagLink(base: string, tag: string): TagLink {
  return { tag, label: tagLabel(tag), href: tagUrl(base, tag) };
}

/** One page per allowed tag, in the order content/record.mdx lists them (a tag no event uses has an empty list). */
export function tagPages<E extends { data: { tags: readonly string[] } }>(
  base: string,
  allowed: readonly { tag: string; description: string }[],
  chronological: readonly E[],
): TagPage<E>[] {
  const byTag = new Map<string, E[]>(allowed.map((t) => [t.tag, []]));
  for (const event of chronological) for (const tag of event.data.tags) byTag.get(tag)?.push(event);
  return allowed.map(({ tag, description }) => ({
    ...tagLink(base, tag),
    description,
    events: byTag.get(tag) ?? [],
  }));
}
