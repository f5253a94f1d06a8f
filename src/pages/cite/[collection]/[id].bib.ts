import type { APIRoute, GetStaticPaths } from 'astro';
import { citableEntries, downloadResponse, entryCitationItem } from '../../../site/citations.ts';
import type { Collection } from '../../../lib/kinds.ts';

/** /cite/<collection>/<id>.bib: the entry page's citation, linked from its "Cite this page". */
export const getStaticPaths = (() => citableEntries()) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) =>
  downloadResponse([await entryCitationItem(params['collection'] as Collection, params['id'] ?? '', site)], 'bibtex');
