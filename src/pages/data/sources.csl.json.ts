import type { APIRoute } from 'astro';
import { downloadResponse, sourcesBibliography } from '../../site/citations.ts';

/** /data/sources.csl.json: every source of the record, documented on /data/. */
export const GET: APIRoute = async () => downloadResponse(await sourcesBibliography(), 'csl');
