import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { bodyMeta } from '../lib/body-meta.ts';
import { formatRange } from '../lib/dates.ts';
import { entryUrl } from '../lib/urls.ts';
import { about } from '../site/about.ts';
import { siteRecord } from '../site/record.ts';

/**
 * /rss.xml: the record's events, latest event first. An item's date is when its file
 * last changed in git (so readers see additions and corrections), never the build's
 * clock; it is left out where git cannot say.
 */
export const GET: APIRoute = async ({ site }) => {
  const [{ chronological }, description] = await Promise.all([siteRecord(), about()]);
  return rss({
    title: description.data.title,
    description: description.data.description,
    site: new URL(import.meta.env.BASE_URL, site).href,
    items: [...chronological].reverse().map((event) => {
      const updated = bodyMeta(event).updated;
      return {
        title: event.data.title,
        link: entryUrl(import.meta.env.BASE_URL, 'events', event.id),
        description: `${formatRange(event.data.date, event.data.end)}: ${event.data.summary}`,
        categories: event.data.tags,
        ...(updated ? { pubDate: new Date(`${updated}T00:00:00Z`) } : {}),
      };
    }),
  });
};
