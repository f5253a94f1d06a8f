/**
 * Integrations for the benchmark only, each wrapping Astro's prerenderer.
 *
 * `renderTiming(R)` (`--render-repeat R`) renders each page R times, keeping the fastest
 * time per page (render and reading the body), then prints, per kind of page, the median
 * and 90th percentile of those times. The fastest of several renders is what the page
 * costs on a quiet machine; a build's wall time on this shared machine varies by a fifth
 * from run to run, too much to compare two versions of a page by. Timed renders run one
 * at a time, whatever build.concurrency is, so no render's time includes another page's.
 *
 * `renderShares()` (every bench build without `--render-repeat`) renders each page once,
 * as the build would, and shares the rendering phase's time out among kinds of page:
 * each stretch of time between two starts or ends of a render is split equally among the
 * pages being rendered then, so the shares add up to the time some page was in flight,
 * and a kind's share is what the build would save without those pages (Astro's own work
 * between renders, writing files, falls to no kind).
 */
import type { AstroIntegration } from 'astro';

/** Responses that carry no body, which a Response cannot be built with one. */
const NULL_BODY = new Set([101, 204, 205, 304]);

/** events, people, sources or timeline for an entry or year page (under any base path), else other. */
function kindOf(pathname: string): string {
  const m = /\/(events|people|sources|timeline)\/[^/]+\/$/.exec(pathname);
  return m?.[1] ?? 'other';
}

/**
 * The kind of any page or file the build writes, for the shares: entry pages by
 * collection, entry history pages, citation downloads, and the rest by first folder.
 */
function shareKindOf(pathname: string): string {
  const entry = /\/(events|people|sources)\/[^/]+\/(history\/)?$/.exec(pathname);
  if (entry) return entry[2] ? 'history' : (entry[1] as string);
  if (/\/cite\/(events|people|sources)\/[^/]+$/.test(pathname)) return 'cite files';
  const first = /^\/([^/]+)\//.exec(pathname)?.[1];
  return first === 'timeline' || first === 'tags' || first === 'data' ? first : 'other';
}

function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
}

export function renderTiming(repeat: number): AstroIntegration {
  const times = new Map<string, number[]>();
  /** The previous timed render; each waits for it, so they never overlap. */
  let queue: Promise<unknown> = Promise.resolve();
  return {
    name: 'bench-render-timing',
    hooks: {
      'astro:build:start': ({ setPrerenderer }) => {
        setPrerenderer((inner) => {
          const timedRender = async (request: Request, options: Parameters<typeof inner.render>[1]) => {
            let best = Infinity;
            let last: Awaited<ReturnType<typeof inner.render>> | undefined;
            for (let i = 0; i < repeat; i++) {
              const started = performance.now();
              const result = await inner.render(request.clone(), options);
              const response = result instanceof Response ? result : result.response;
              const hasBody = response.body !== null && !NULL_BODY.has(response.status);
              const body = hasBody ? await response.arrayBuffer() : null;
              best = Math.min(best, performance.now() - started);
              // The same status, headers and body (or none) as the response Astro would have had.
              const fresh = new Response(body, {
                status: response.status,
                statusText: response.statusText,
                headers: response.headers,
              });
              last = result instanceof Response ? fresh : { ...result, response: fresh };
            }
            const kind = kindOf(new URL(request.url).pathname);
            const list = times.get(kind);
            if (list) list.push(best);
            else times.set(kind, [best]);
            return last!;
          };
          return {
            ...inner,
            name: `${inner.name}+timing`,
            render(request, options) {
              const timed = queue.then(() => timedRender(request, options));
              queue = timed.catch(() => {});
              return timed;
            },
          };
        });
      },
      'astro:build:done': ({ logger }) => {
        for (const [kind, list] of [...times].sort()) {
          const sorted = [...list].sort((a, b) => a - b);
          const total = sorted.reduce((a, b) => a + b, 0);
          logger.info(
            `render ${kind}: ${sorted.length} pages, median ${quantile(sorted, 0.5).toFixed(3)} ms, p90 ${quantile(sorted, 0.9).toFixed(3)} ms, sum ${(total / 1000).toFixed(2)} s (fastest of ${repeat})`,
          );
        }
      },
    },
  };
}

export function renderShares(): AstroIntegration {
  /** Time in flight per kind, and pages per kind. */
  const shares = new Map<string, { ms: number; pages: number }>();
  /** Each page's share so far is `clock` at its end less `clock` at its start. */
  let clock = 0;
  let inFlight = 0;
  let last = 0;
  const advance = () => {
    const now = performance.now();
    if (inFlight > 0) clock += (now - last) / inFlight;
    last = now;
  };
  return {
    name: 'bench-render-shares',
    hooks: {
      'astro:build:start': ({ setPrerenderer }) => {
        setPrerenderer((inner) => ({
          ...inner,
          name: `${inner.name}+shares`,
          async render(request, options) {
            advance();
            inFlight++;
            const start = clock;
            let done = false;
            const finish = () => {
              if (done) return;
              done = true;
              advance();
              inFlight--;
              const kind = shareKindOf(new URL(request.url).pathname);
              const share = shares.get(kind) ?? { ms: 0, pages: 0 };
              share.ms += clock - start;
              share.pages++;
              shares.set(kind, share);
            };
            let result: Awaited<ReturnType<typeof inner.render>>;
            try {
              result = await inner.render(request, options);
            } catch (error) {
              finish();
              throw error;
            }
            const response = result instanceof Response ? result : result.response;
            if (response.body === null || NULL_BODY.has(response.status)) {
              finish();
              return result;
            }
            // The page is rendered as Astro reads its body: the share ends when the body
            // has been read, passed through without a copy of the whole.
            const body = response.body.pipeThrough(
              new TransformStream<Uint8Array, Uint8Array>({
                flush: finish,
              }),
            );
            const passed = new Response(body, {
              status: response.status,
              statusText: response.statusText,
              headers: response.headers,
            });
            return result instanceof Response ? passed : { ...result, response: passed };
          },
        }));
      },
      'astro:build:done': ({ logger }) => {
        for (const [kind, { ms, pages }] of [...shares].sort((a, b) => b[1].ms - a[1].ms))
          logger.info(
            `share ${kind}: ${pages} pages, ${(ms / 1000).toFixed(2)} s, ${(ms / pages).toFixed(3)} ms a page`,
          );
      },
    },
  };
}
