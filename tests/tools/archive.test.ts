/**
 * `npm run archive` against a stand-in for the Wayback Machine on 127.0.0.1: existing
 * captures are found, a missing one is requested from Save Page Now only with keys and its
 * job polled to the end, failures are reported, and only the archive lines change.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { archiveSources, withArchiveFields, type ArchiveOptions } from '../../scripts/lib/archive.ts';
import { PROJECT } from '../../scripts/lib/astro-build.ts';
import { materialize } from '../support/fixtures.ts';

const CAPTURED = 'https://example.org/captured';
const UNCAPTURED = 'https://example.org/uncaptured';
const REFUSED = 'https://example.org/refused';
const SLOW = 'https://example.org/slow';

interface Seen {
  method: string;
  path: string;
  authorization?: string | undefined;
  body: string;
}
let seen: Seen[] = [];
let server: Server;
let base = '';
/** Polls of each job so far: a job answers "pending" once, then its outcome. */
const polls = new Map<string, number>();

async function bodyOf(request: IncomingMessage): Promise<string> {
  let body = '';
  for await (const chunk of request) body += String(chunk);
  return body;
}

beforeAll(async () => {
  server = createServer((request, response) => {
    void (async () => {
      const url = new URL(request.url ?? '/', 'http://127.0.0.1');
      const body = await bodyOf(request);
      seen.push({
        method: request.method ?? '',
        path: url.pathname,
        authorization: request.headers.authorization,
        body,
      });
      const json = (status: number, data: unknown) => {
        response.writeHead(status, { 'Content-Type': 'application/json' });
        response.end(JSON.stringify(data));
      };
      if (url.pathname === '/wayback/available') {
        const page = url.searchParams.get('url');
        if (page === CAPTURED)
          return json(200, {
            archived_snapshots: {
              closest: {
                available: true,
                status: '200',
                timestamp: '20250708101500',
                url: `http://web.archive.org/web/20250708101500/${CAPTURED}`,
              },
            },
          });
        return json(200, { archived_snapshots: {} });
      }
      if (url.pathname === '/save' && request.method === 'POST') {
        if (request.headers.authorization !== 'LOW key:secret') return json(401, { message: 'bad keys' });
        const page = new URLSearchParams(body).get('url');
        return json(200, {
          url: page,
          job_id: page === REFUSED ? 'job-refused' : page === SLOW ? 'job-slow' : 'job-ok',
        });
      }
      const status = /^\/save\/status\/([\w-]+)$/.exec(url.pathname);
      if (status) {
        const job = status[1] ?? '';
        const n = (polls.get(job) ?? 0) + 1;
        polls.set(job, n);
        if (n === 1 || job === 'job-slow') return json(200, { status: 'pending', job_id: job });
        if (job === 'job-refused')
          return json(200, { status: 'error', message: 'Live page is not available: 404\u001b[31m::error::x' });
        return json(200, { status: 'success', timestamp: '20261128093000', original_url: UNCAPTURED });
      }
      return json(404, {});
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  seen = [];
  polls.clear();
});

const temp: string[] = [];
afterAll(() => temp.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const SOURCE = (url: string) => `---
kind: article
standing: press
title: A report
publisher: Example
url: ${url}
description: A report.
---
A report.
`;

function record(): string {
  const root = materialize();
  temp.push(root);
  writeFileSync(path.join(root, 'content/sources/captured.mdx'), SOURCE(CAPTURED));
  writeFileSync(path.join(root, 'content/sources/uncaptured.mdx'), SOURCE(UNCAPTURED));
  writeFileSync(path.join(root, 'content/sources/refused.mdx'), SOURCE(REFUSED));
  return root;
}

const options = (extra: Partial<ArchiveOptions> = {}): ArchiveOptions => ({
  availability: `${base}/wayback/available`,
  save: `${base}/save`,
  pollMs: 1,
  timeoutMs: 1_000,
  ...extra,
});
const sources = (...ids: string[]) =>
  ids.map((id) => ({
    id,
    file: `content/sources/${id}.mdx`,
    url: { captured: CAPTURED, uncaptured: UNCAPTURED, refused: REFUSED, slow: SLOW }[id] ?? '',
  }));

describe('archiveSources', () => {
  test('writes an existing capture found by the availability API, and only that line', async () => {
    const root = record();
    const before = readFileSync(path.join(root, 'content/sources/captured.mdx'), 'utf8');
    const outcomes = await archiveSources(root, sources('captured'), options());
    const archived = `https://web.archive.org/web/20250708101500/${CAPTURED}`;
    expect(outcomes).toEqual([{ id: 'captured', result: 'found', archived }]);
    expect(readFileSync(path.join(root, 'content/sources/captured.mdx'), 'utf8')).toBe(
      before.replace(`url: ${CAPTURED}\n`, `url: ${CAPTURED}\narchived: ${archived}\n`),
    );
  });

  test('without keys, a page with no capture is left alone and Save Page Now is never called', async () => {
    const root = record();
    const before = readFileSync(path.join(root, 'content/sources/uncaptured.mdx'), 'utf8');
    const outcomes = await archiveSources(root, sources('uncaptured'), options());
    expect(outcomes).toEqual([
      { id: 'uncaptured', result: 'none', reason: expect.stringMatching(/ARCHIVE_ACCESS_KEY/) },
    ]);
    expect(seen.map((s) => s.path)).toEqual(['/wayback/available']);
    expect(readFileSync(path.join(root, 'content/sources/uncaptured.mdx'), 'utf8')).toBe(before);
  });

  test('with keys, a page with no capture is saved: the job is polled until it succeeds', async () => {
    const root = record();
    const outcomes = await archiveSources(
      root,
      sources('uncaptured'),
      options({
        keys: { access: 'key', secret: 'secret' },
        accessed: { precision: 'day', year: 2026, month: 11, day: 28, approximate: false },
      }),
    );
    const archived = `https://web.archive.org/web/20261128093000/${UNCAPTURED}`;
    expect(outcomes).toEqual([{ id: 'uncaptured', result: 'saved', archived }]);
    expect(seen.map((s) => `${s.method} ${s.path}`)).toEqual([
      'GET /wayback/available',
      'POST /save',
      'GET /save/status/job-ok',
      'GET /save/status/job-ok',
    ]);
    expect(seen[1]?.body).toBe(`url=${encodeURIComponent(UNCAPTURED)}`);
    expect(seen.slice(1).every((s) => s.authorization === 'LOW key:secret')).toBe(true);
    expect(readFileSync(path.join(root, 'content/sources/uncaptured.mdx'), 'utf8')).toContain(
      `url: ${UNCAPTURED}\narchived: ${archived}\naccessed: 2026-11-28\ndescription:`,
    );
  });

  test("a failed capture is reported with the service's words made safe for a log, and the file is untouched", async () => {
    const root = record();
    const before = readFileSync(path.join(root, 'content/sources/refused.mdx'), 'utf8');
    const lines: string[] = [];
    const outcomes = await archiveSources(
      root,
      sources('refused'),
      options({ keys: { access: 'key', secret: 'secret' }, log: (l) => lines.push(l) }),
    );
    expect(outcomes).toEqual([
      { id: 'refused', result: 'failed', reason: 'the capture failed: Live page is not available: 404 [31m: error: x' },
    ]);
    expect(lines.join('\n')).not.toContain('\u001b');
    expect(lines.join('\n')).not.toContain('::');
    expect(readFileSync(path.join(root, 'content/sources/refused.mdx'), 'utf8')).toBe(before);
  });

  test('a job that never finishes is given up after the time limit', async () => {
    const root = record();
    const outcomes = await archiveSources(
      root,
      sources('slow'),
      options({ keys: { access: 'key', secret: 'secret' }, pollMs: 1, timeoutMs: 5 }),
    );
    expect(outcomes).toEqual([
      { id: 'slow', result: 'failed', reason: 'the capture did not finish within 5 polls (1 s)' },
    ]);
    expect(seen.filter((s) => s.path === '/save/status/job-slow')).toHaveLength(5);
  });
});

test('withArchiveFields replaces an existing accessed line and refuses a second archived', () => {
  const text = '---\nkind: article\nurl: https://example.org/a\naccessed: 2025-01-01\n---\nBody.\n';
  const day = { precision: 'day', year: 2025, month: 7, day: 8, approximate: false } as const;
  expect(withArchiveFields(text, 'https://web.archive.org/web/20250708000000/https://example.org/a', day)).toBe(
    '---\nkind: article\nurl: https://example.org/a\narchived: https://web.archive.org/web/20250708000000/https://example.org/a\naccessed: 2025-07-08\n---\nBody.\n',
  );
  expect(() => withArchiveFields('---\nurl: https://example.org/a\narchived: x\n---\n', 'y')).toThrow(/already/);
});

test('npm run archive without keys looks captures up, writes the one found, and the record still passes its check', () => {
  const root = record();
  const env = {
    ...process.env,
    ARCHIVE_AVAILABILITY_URL: `${base}/wayback/available`,
    ARCHIVE_SAVE_URL: `${base}/save`,
    ARCHIVE_ACCESS_KEY: '',
    ARCHIVE_SECRET_KEY: '',
    RECORD_REFERENCE_DATE: '2026-11-28',
  };
  // The stand-in runs in this process: the script must be spawned asynchronously for it to answer.
  return new Promise<void>((resolve, reject) => {
    import('node:child_process')
      .then(({ execFile }) => {
        execFile(process.execPath, ['scripts/archive.ts', '--root', root], { cwd: PROJECT, env }, (error, stdout) => {
          try {
            expect(error).toBeNull();
            expect(stdout).toContain(
              `content/sources/captured.mdx: existing capture https://web.archive.org/web/20250708101500/${CAPTURED}`,
            );
            expect(stdout).toContain(
              '3 sources without an archived copy: 1 existing captures found, 0 new captures, 2 without a capture, 0 failed',
            );
            expect(seen.some((s) => s.path.startsWith('/save'))).toBe(false);
            const check = spawnSync(process.execPath, ['scripts/check-content.ts', '--root', root], {
              cwd: PROJECT,
              encoding: 'utf8',
              env,
            });
            expect(check.stderr).toBe('');
            expect(check.status).toBe(0);
            resolve();
          } catch (failure) {
            reject(failure instanceof Error ? failure : new Error(String(failure)));
          }
        });
      })
      .catch(reject);
  });
});
