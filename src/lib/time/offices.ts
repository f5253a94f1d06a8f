/**
 * Office on the day: what a person was at an event's time, computed from their roles
 * with dates, never typed per event. Only what the dates make certain is said.
 *
 * A role's `from` and `to` may be times (the race call at 05:34, the swearing-in at noon)
 * and an event may be placed in a part of its day ("afternoon"), so on a handover day the
 * office held at the event's time is known when both are. When the event cannot be placed
 * against a change within its span (a day-precision event on the day a timed role began),
 * both states are given, newest first ("President-elect; former President"), so that an
 * office the record knows was superseded that day is never shown alone. When a role's own
 * boundary is no more precise than the event (both "20 January 2025", or a role ending in
 * "2025"), nothing is said.
 */
import { bounds, type HistoricalDate } from './dates.ts';
import type { Role } from '../../schemas/person.ts';

function label(role: Role): string {
  return role.short ?? role.title;
}

interface Span {
  start: number;
  end: number;
}

/** A time is an instant (its minute's start); any coarser date is the interval it can mean. */
function span(d: HistoricalDate, zone: number): Span {
  const b = bounds(d, zone);
  return d.precision === 'minute' ? { start: b.start, end: b.start } : b;
}

type Known = 'yes' | 'no' | 'unknown';

/** Whether instant `t` is past a boundary: certainly, certainly not, or inside its imprecision. */
function past(boundary: Span, exact: boolean, t: number): Known {
  if (exact ? t >= boundary.start : t > boundary.end) return 'yes';
  if (t < boundary.start) return 'no';
  return 'unknown';
}

interface Bounded {
  role: Role;
  from?: Span | undefined;
  to?: Span | undefined;
  fromExact: boolean;
  toExact: boolean;
}

/** What the person was at instant `t`: their offices, "former …", "" for nothing, undefined when unknown. */
function stateAt(roles: readonly Bounded[], t: number): string | undefined {
  const held: string[] = [];
  let latestEnded: Bounded | undefined;
  for (const r of roles) {
    const begun = r.from ? past(r.from, r.fromExact, t) : 'yes';
    const ended = r.to ? past(r.to, r.toExact, t) : 'no';
    if (begun === 'unknown' || (begun === 'yes' && ended === 'unknown')) return undefined;
    if (begun === 'yes' && ended === 'no') held.push(label(r.role));
    if (ended === 'yes' && r.to && (!latestEnded?.to || r.to.end > latestEnded.to.end)) latestEnded = r;
  }
  if (held.length) return held.join(', ');
  return latestEnded ? `former ${label(latestEnded.role)}` : '';
}

/** The zone a date without a time is read in: the event's own, else that of the roles' times. */
function zoneFor(roles: readonly Role[], date: HistoricalDate): number {
  if (date.offset !== undefined) return date.offset;
  for (const r of roles) {
    const timed = [r.from, r.to].find((d) => d?.offset !== undefined);
    if (timed?.offset !== undefined) return timed.offset;
  }
  return 0;
}

/**
 * "Vice President", "President-elect", "former President", or both states of a change
 * within the event's span, newest first; undefined when the roles say nothing certain.
 */
export function officeOn(roles: readonly Role[], date: HistoricalDate, end?: HistoricalDate): string | undefined {
  const zone = zoneFor(roles, date);
  const bounded: Bounded[] = roles.map((role) => ({
    role,
    from: role.from && span(role.from, zone),
    to: role.to && span(role.to, zone),
    fromExact: role.from?.precision === 'minute',
    toExact: role.to?.precision === 'minute',
  }));
  const first = span(date, zone);
  const event: Span = { start: first.start, end: end ? span(end, zone).end : first.end };
  // The state can change only at a role's boundary: look just before and just after each
  // one that falls inside the event, and at the event's two ends.
  const instants = [event.start];
  for (const r of bounded) {
    for (const [b, exact] of [
      [r.from, r.fromExact],
      [r.to, r.toExact],
    ] as const) {
      if (!b || b.start <= event.start || b.start > event.end) continue;
      instants.push(b.start - 1);
      const after = exact ? b.start : b.end + 1;
      if (after <= event.end) instants.push(after);
    }
  }
  instants.push(event.end);
  instants.sort((a, b) => a - b);
  const states: string[] = [];
  for (const t of instants) {
    const state = stateAt(bounded, t);
    if (state === undefined) return undefined;
    if (states.at(-1) !== state) states.push(state);
  }
  // A span with a stretch of no office at all cannot be summed up by the offices in it.
  if (states.includes('')) return undefined;
  return states.reverse().join('; ') || undefined;
}
