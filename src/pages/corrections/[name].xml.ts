import type { APIRoute, GetStaticPaths } from 'astro';
import { correctionsFeed, correctionsPage } from '../../lib/pages/history.ts';
import { atomResponse, feedPaths } from '../../site/history.ts';

/**
 * /corrections/feed.xml: an Atom feed of every correction, one entry per `Correction:` trailer, dated by
 * the commits (never the build's clock). Written only when the build has history.
 */
export const getStaticPaths = (async () => feedPaths()) satisfies GetStaticPaths;

export const GET: APIRoute = ({ site }) =>
  atomResponse('corrections', site, (history, ctx, title, absolute) =>
    correctionsFeed(correctionsPage(history, ctx), history, ctx, title, absolute),
  );
