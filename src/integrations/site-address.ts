/**
 * Without SITE_URL the build uses no invented domain: what needs a full address is left
 * out. This says so, once per build, with how to set it.
 */
import type { AstroIntegration } from 'astro';

export const NO_SITE_MESSAGE =
  'SITE_URL is not set: left out canonical links, og:url, JSON-LD urls, the sitemap, the RSS feed and full addresses in /data/ (site paths instead). Set SITE_URL=https://your.domain (and BASE_PATH=/folder/ if served under one) to include them.';

export function siteAddress(): AstroIntegration {
  return {
    name: 'record:site-address',
    hooks: {
      'astro:build:start': ({ logger }) => {
        if (!process.env['SITE_URL']) logger.warn(NO_SITE_MESSAGE);
      },
    },
  };
}
