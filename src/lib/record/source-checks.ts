/**
 * Checks of a source's copies against the rest of the record and the reference date: an
 * archive capture or an access date after the reference date, an access before the
 * source was published, a `copyOf` naming no source. Called by checkIntegrity.
 */
import { parseArchiveAddress } from './archive-url.ts';
import { formatDate, isCertainlyBefore, toISO, type HistoricalDate } from '../time/dates.ts';
import type { Collection } from '../kinds.ts';
import type { Entry } from './entry.ts';
import type { Source } from '../../schemas/source.ts';

interface Checks {
  problem: (entry: Entry, path: readonly PropertyKey[], message: string) => void;
  future: (entry: Entry, path: readonly PropertyKey[], date: HistoricalDate | undefined) => void;
  resolve: (entry: Entry, path: readonly PropertyKey[], collection: Collection, id: string) => boolean;
  referenceDate: HistoricalDate;
}

export function sourceCopies(entry: Entry<'sources'>, source: Source, checks: Checks): void {
  const { problem, future, resolve, referenceDate } = checks;
  const at = entry as unknown as Entry;
  future(at, ['accessed'], source.accessed);
  if (source.accessed && source.published && isCertainlyBefore(source.accessed, source.published)) {
    problem(
      at,
      ['accessed'],
      `${toISO(source.accessed)} is before the source was published (${formatDate(source.published)}): check the dates`,
    );
  }
  if (source.archived) {
    const archive = parseArchiveAddress(source.archived);
    if (archive.ok && isCertainlyBefore(referenceDate, archive.value.captured)) {
      problem(
        at,
        ['archived'],
        `was captured on ${toISO(archive.value.captured)}, after the record's reference date (${toISO(referenceDate)}): check the address`,
      );
    }
  }
  if (source.copyOf !== undefined && !source.copyOf.includes(':')) {
    if (source.copyOf === entry.id) problem(at, ['copyOf'], 'names this source itself: give the original it copies');
    else resolve(at, ['copyOf'], 'sources', source.copyOf);
  }
}
