import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { bounds, formatRange } from '../lib/time/dates.ts';
import { plainText } from '../lib/text/work-titles.ts';
import { additionDates } from '../lib/git/history.ts';
import { entryUrl } from '../lib/urls.ts';
import { about } from '../site/about.ts';
import { siteHistory } from '../site/history.ts';
import { siteRecord } from '../site/site-record.ts';

/**
 * /rss.xml: the record's events, latest event first. An item's date is when its file
 * entered the record (its first commit), so a reader's feed shows what is new; where git
 * cannot say (a shallow clone, a file not yet committed) it is the event's own date.
 * Never the build's clock, so two builds of one commit give the same feed byte for byte.
 *
 * RSS needs full addresses: without SITE_URL there is no feed (a route with no paths),
 * rather than one pointing at an invented domain.
 */
export const getStaticPaths = (() =>
  import.meta.env.SITE ? [{ params: { feed: 'rss' } }] : []) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ site }) => {
  const [{ chronological }, description] = await Promise.all([siteRecord(), about()]);
  const added = additionDates(siteHistory());
  return rss({
    title: description.data.title,
    description: description.data.description,
    site: new URL(import.meta.env.BASE_URL, site).href,
    items: [...chronological].reverse().map((event) => {
      const entered = event.filePath ? added?.get(event.filePath) : undefined;
      return {
        title: plainText(event.data.title),
        link: entryUrl(import.meta.env.BASE_URL, 'events', event.id),
        description: `${formatRange(event.data.date, event.data.end)}: ${plainText(event.data.summary)}`,
        categories: event.data.tags,
        pubDate: entered ? new Date(entered) : new Date(bounds(event.data.date).start),
      };
    }),
  });
};
