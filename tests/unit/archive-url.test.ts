import { describe, expect, test } from 'vitest';
import { holdsPage, pageKey, parseArchiveAddress } from '../../src/lib/record/archive-url.ts';

describe('parseArchiveAddress', () => {
  test.each([
    [
      'https://web.archive.org/web/20250708123456/https://www.thedailybeast.com/a/',
      'wayback',
      'https://www.thedailybeast.com/a/',
      '2025-07-08T12:34:56Z',
    ],
    [
      'https://web.archive.org/web/20241106000000id_/http://example.org/x?id=1',
      'wayback',
      'http://example.org/x?id=1',
      '2024-11-06T00:00:00Z',
    ],
    [
      'https://archive.ph/2024.11.06-101500/https://example.org/x',
      'archive.today',
      'https://example.org/x',
      '2024-11-06T10:15:00Z',
    ],
    [
      'https://archive.today/20241106101500/https://example.org/x',
      'archive.today',
      'https://example.org/x',
      '2024-11-06T10:15:00Z',
    ],
  ])('reads %s', (address, service, original, capturedAt) => {
    const parsed = parseArchiveAddress(address);
    expect(parsed).toMatchObject({ ok: true, value: { service, original, capturedAt } });
  });

  test.each([
    ['https://archive.ph/AbCdE', /short link/],
    ['https://example.org/web/20250708123456/https://example.org/', /not one at example\.org/],
    ['http://web.archive.org/web/20250708123456/https://example.org/', /https/],
    ['https://web.archive.org/web/2025/https://example.org/', /must name the capture's time and page/],
    ['https://web.archive.org/web/20250230123456/https://example.org/', /not a real date/],
    ['https://web.archive.org/web/20250708253456/https://example.org/', /not a real date/],
    ['not an address', /must be a full archive address/],
  ])('refuses %s', (address, message) => {
    const parsed = parseArchiveAddress(address);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toMatch(message);
  });
});

describe('pageKey and holdsPage', () => {
  test.each([
    ['https://www.swissinfo.ch/eng/a%2C-b/1', 'http://swissinfo.ch/eng/a,-b/1/'],
    ['https://Example.org/x/', 'example.org/x'],
    ['https://example.org/x#part', 'https://example.org/x'],
  ])('%s and %s are one page', (a, b) => {
    expect(pageKey(a)).toBe(pageKey(b));
  });

  test.each([
    ['https://example.org/x', 'https://example.org/y'],
    ['https://example.org/x?id=1', 'https://example.org/x?id=2'],
    ['https://example.org/x', 'https://example.com/x'],
  ])('%s and %s are different pages', (a, b) => {
    expect(pageKey(a)).not.toBe(pageKey(b));
  });

  test('a capture holds the page it names, not another', () => {
    const parsed = parseArchiveAddress('https://web.archive.org/web/20250708123456/example.org/x');
    if (!parsed.ok) throw new Error(parsed.message);
    expect(holdsPage(parsed.value, 'https://www.example.org/x')).toBe(true);
    expect(holdsPage(parsed.value, 'https://example.org/y')).toBe(false);
  });
});
