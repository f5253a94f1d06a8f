import type { APIRoute } from 'astro';
import { downloadResponse, sourcesBibliography } from '../../site/citations.ts';

/** /data/sources.bib: every source of the record, documented on /data/. */
export const GET: APIRoute = async () => downloadResponse(await sourcesBibliography(), 'bibtex');
