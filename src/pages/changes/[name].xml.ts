import type { APIRoute, GetStaticPaths } from 'astro';
import { changesFeed, changesPage } from '../../lib/pages/history.ts';
import { atomResponse, feedPaths } from '../../site/history.ts';

/**
 * /changes/feed.xml: an Atom feed of the latest changes, one entry per commit, dated by
 * the commits (never the build's clock). Written only when the build has history.
 */
export const getStaticPaths = (async () => feedPaths()) satisfies GetStaticPaths;

export const GET: APIRoute = ({ site }) =>
  atomResponse('changes', site, (history, ctx, title, absolute) =>
    changesFeed(changesPage(history, ctx), ctx, title, absolute),
  );
