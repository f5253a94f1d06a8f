/** Ordering people by name for the A–Z index. */

/** "Kamala Harris" → "Harris, Kamala"; a one-word name stays as it is. */
export function defaultSortName(name: string): string {
  const words = name.trim().split(/\s+/);
  if (words.length < 2) return name.trim();
  const last = words.pop() ?? '';
  return `${last}, ${words.join(' ')}`;
}

const collator = new Intl.Collator('en', { sensitivity: 'base', ignorePunctuation: true });

export function compareNames(a: string, b: string): number {
  return collator.compare(a, b);
}

/** The letter a sort name is filed under: "É" under "E", digits and symbols under "#". */
export function initialOf(sortName: string): string {
  const first = sortName
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .charAt(0)
    .toUpperCase();
  return /[A-Z]/.test(first) ? first : '#';
}

/** Groups items under their initial, in A–Z order, keeping the order within each group. */
export function groupByInitial<T>(
  items: readonly T[],
  sortNameOf: (item: T) => string,
): { initial: string; items: T[] }[] {
  const sorted = [...items].sort((a, b) => compareNames(sortNameOf(a), sortNameOf(b)));
  const groups = new Map<string, T[]>();
  for (const item of sorted) {
    const initial = initialOf(sortNameOf(item));
    const group = groups.get(initial);
    if (group) group.push(item);
    else groups.set(initial, [item]);
  }
  return [...groups]
    .map(([initial, list]) => ({ initial, items: list }))
    .sort((a, b) => (a.initial === '#' ? 1 : b.initial === '#' ? -1 : a.initial < b.initial ? -1 : 1));
}
