/**
 * Office on the day: what a person was on an event's date, computed from their roles
 * with dates, never typed per event. Only what the dates make certain is said: on a day
 * a role began or ended, at day precision, the role is neither claimed nor denied.
 */
import { bounds, type HistoricalDate } from './dates.ts';
import type { Role } from '../schemas/person.ts';

function label(role: Role): string {
  return role.short ?? role.title;
}

/** Roles certainly held throughout the date. */
export function rolesOn(roles: readonly Role[], date: HistoricalDate): Role[] {
  const on = bounds(date);
  return roles.filter((r) => {
    const began = !r.from || bounds(r.from).end < on.start;
    const continues = !r.to || on.end < bounds(r.to).start;
    return began && continues;
  });
}

/**
 * "Vice President", "President-elect", "former President"; undefined when the roles say
 * nothing certain about the date.
 */
export function officeOn(roles: readonly Role[], date: HistoricalDate): string | undefined {
  const current = rolesOn(roles, date);
  if (current.length) return current.map(label).join(', ');
  const on = bounds(date);
  let latest: Role | undefined;
  for (const r of roles) {
    if (!r.to || bounds(r.to).end >= on.start) continue;
    if (!latest || bounds(r.to).end > bounds(latest.to as HistoricalDate).end) latest = r;
  }
  return latest ? `former ${label(latest)}` : undefined;
}
