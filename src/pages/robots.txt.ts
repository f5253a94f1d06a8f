import type { APIRoute } from 'astro';
import { absoluteUrl, pageUrl } from '../lib/urls.ts';

/** /robots.txt: everything may be crawled; the sitemap's address only when the site has one (SITE_URL). */
export const GET: APIRoute = ({ site }) => {
  const sitemap = absoluteUrl(pageUrl(import.meta.env.BASE_URL, 'sitemap-index.xml'), site);
  return new Response(`User-agent: *\nAllow: /\n${sitemap ? `\nSitemap: ${sitemap}\n` : ''}`, {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
};
