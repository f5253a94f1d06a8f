/**
 * Formats citation items on worker threads (format-worker.ts) while the build's main thread
 * renders pages: at 10,000 events citeproc formats 37,500 citations, a third of the main
 * thread's time, which a second core can take. Each item's formatting is the same function
 * as on the main thread (`formatStyle`), so pages are the same byte for byte.
 *
 * Items can be queued ahead of the pages that show them (`prefetch`); a worker is kept
 * referenced only while it has work, so a finished build exits. A worker that fails fails
 * the citations it held, with its message, and gets no more; when none is left, every
 * citation asked for fails at once (the caller formats it itself: src/site/citations.ts).
 */
import { Worker } from 'node:worker_threads';
import type { CslItem, StyleKey } from './citations.ts';

export type Formatted = Readonly<Record<StyleKey, string>>;

export interface FormatPool {
  /** The item's three styles, formatted by a worker (once per distinct item). */
  format(item: CslItem): Promise<Formatted>;
  /** Queues items now, in the order pages will want them. */
  prefetch(items: Iterable<CslItem>): void;
  /** Stops the workers; formatted results stay available. */
  close(): Promise<void>;
}

interface Job {
  resolve: (styles: Formatted) => void;
  reject: (error: Error) => void;
}

export function formatPool(options: {
  workerFile: string;
  styles: { mla: string; chicago: string };
  workers: number;
}): FormatPool {
  const results = new Map<string, Promise<Formatted>>();
  const jobs = new Map<number, Job>();
  let next = 0;
  const workers = Array.from({ length: Math.max(1, options.workers) }, () => {
    const worker = new Worker(options.workerFile, { workerData: options.styles });
    const pending = new Set<number>();
    const slot: { worker: Worker; pending: Set<number>; failed?: Error } = { worker, pending };
    const failAll = (error: Error) => {
      slot.failed ??= error;
      for (const id of pending) {
        jobs.get(id)?.reject(slot.failed);
        jobs.delete(id);
      }
      pending.clear();
    };
    worker.on('message', (message: { id: number; styles?: Formatted; error?: string }) => {
      const job = jobs.get(message.id);
      jobs.delete(message.id);
      pending.delete(message.id);
      if (pending.size === 0) worker.unref();
      if (!job) return;
      if (message.styles) job.resolve(message.styles);
      else job.reject(new Error(`citation formatting failed: ${message.error ?? 'no answer'}`));
    });
    worker.on('error', (error) => failAll(new Error(`the citation worker failed: ${error.message}`)));
    worker.on('exit', (code) => failAll(new Error(`the citation worker stopped (exit code ${code})`)));
    worker.unref();
    return slot;
  });
  let turn = 0;
  const format = (item: CslItem): Promise<Formatted> => {
    // Keyed by the whole item: an item queued ahead that differs from the page's is formatted again.
    const key = JSON.stringify(item);
    let result = results.get(key);
    if (!result) {
      // A worker that has stopped answers nothing more: the next live one takes the item;
      // with none left, the item fails at once, never waits.
      let slot = workers[turn++ % workers.length]!;
      for (let tried = 1; slot.failed && tried < workers.length; tried++) slot = workers[turn++ % workers.length]!;
      if (slot.failed) return Promise.reject(slot.failed);
      const id = next++;
      result = new Promise<Formatted>((resolve, reject) => jobs.set(id, { resolve, reject }));
      slot.pending.add(id);
      slot.worker.ref();
      slot.worker.postMessage({ id, item });
      results.set(key, result);
      // A prefetched item's failure is reported to the page that awaits it, not left unhandled here.
      result.catch(() => undefined);
    }
    return result;
  };
  return {
    format,
    prefetch: (items) => {
      // A failure reaches the page that asks for the item; queueing it is not an error.
      for (const item of items) format(item).catch(() => undefined);
    },
    close: async () => {
      await Promise.all(workers.map(({ worker }) => worker.terminate()));
    },
  };
}
