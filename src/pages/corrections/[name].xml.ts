import type { APIRoute, GetStaticPaths } from 'astro';
import { atomXml } from '../../lib/atom.ts';
import { absoluteUrl } from '../../lib/urls.ts';
import { correctionsFeed, correctionsPage } from '../../lib/pages/history.ts';
import { about } from '../../site/about.ts';
import { historyContext, siteHistory } from '../../site/history.ts';

/**
 * /corrections/feed.xml: an Atom feed of every correction, one entry per `Correction:` trailer, dated by
 * the commits (never the build's clock). Written only when the build has history.
 */
export const getStaticPaths = (async () => {
  const history = siteHistory();
  return history.available && history.commits.length > 0 ? [{ params: { name: 'feed' } }] : [];
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ site }) => {
  const [ctx, record] = await Promise.all([historyContext(), about()]);
  const absolute = (path: string) => absoluteUrl(path, site) ?? path;
  const history = siteHistory();
  const feed = correctionsFeed(correctionsPage(history, ctx), history, ctx, record.data.title, absolute);
  if (!feed) throw new Error('the corrections feed is written only when the build has history');
  return new Response(atomXml(feed), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
