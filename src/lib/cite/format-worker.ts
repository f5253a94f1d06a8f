/**
 * A worker thread that formats citation items in the three styles (`formatStyle`), for the
 * build's pool (format-pool.ts): the same function as on the main thread, so the same HTML,
 * while the main thread renders pages. Started with the MLA and Chicago CSL files' XML as its
 * workerData; answers each { id, item } with { id, styles } or { id, error }.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { formatStyle, registerStyles, STYLES, type CslItem, type StyleKey } from './citations.ts';

if (!parentPort) throw new Error('format-worker.ts runs as a worker thread (format-pool.ts)');
const port = parentPort;
registerStyles(workerData as { mla: string; chicago: string });

port.on('message', ({ id, item }: { id: number; item: CslItem }) => {
  try {
    const styles = {} as Record<StyleKey, string>;
    for (const { key } of STYLES) styles[key] = formatStyle(item, key);
    port.postMessage({ id, styles });
  } catch (error) {
    port.postMessage({ id, error: (error as Error).message });
  }
});
