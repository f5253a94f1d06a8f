/**
 * Layout of a person's relationship view: the person at the centre, the people they
 * shared events with around them, each line as thick as the number of shared events.
 * Computed at build time, drawn as SVG, deterministic.
 */
import { compareNames } from './names.ts';

export interface Neighbour {
  id: string;
  name: string;
  href: string;
  /** Shared events. */
  weight: number;
}

export interface NetworkNode extends Neighbour {
  x: number;
  y: number;
  /** Line width, 1 to 6, by weight. */
  stroke: number;
  labelX: number;
  labelY: number;
  anchor: 'start' | 'middle' | 'end';
}

export interface NetworkLayout {
  width: number;
  height: number;
  cx: number;
  cy: number;
  nodes: NetworkNode[];
}

/**
 * Neighbours go round the circle heaviest first, starting at the top, so the strongest
 * ties are where the eye starts. Labels sit outside the circle, anchored away from it.
 */
export function layoutNetwork(neighbours: readonly Neighbour[], size = 480, max = 16): NetworkLayout {
  const shown = [...neighbours].sort((a, b) => b.weight - a.weight || compareNames(a.name, b.name)).slice(0, max);
  const cx = size / 2;
  const cy = size / 2;
  // Room outside the circle for a label of about 16 characters.
  const radius = size / 2 - 115;
  const heaviest = Math.max(1, ...shown.map((n) => n.weight));
  const nodes = shown.map((n, i) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / Math.max(shown.length, 1);
    const x = cx + radius * Math.cos(angle);
    const y = cy + radius * Math.sin(angle);
    const cos = Math.cos(angle);
    const anchor: NetworkNode['anchor'] = Math.abs(cos) < 0.3 ? 'middle' : cos > 0 ? 'start' : 'end';
    const labelX = x + (anchor === 'middle' ? 0 : cos > 0 ? 10 : -10);
    const labelY = y + (anchor === 'middle' ? (Math.sin(angle) > 0 ? 20 : -12) : 4);
    return { ...n, x: round(x), y: round(y), stroke: round(1 + (5 * (n.weight - 1)) / Math.max(1, heaviest - 1)), labelX: round(labelX), labelY: round(labelY), anchor };
  });
  return { width: size, height: size, cx, cy, nodes };
}

const round = (n: number) => Math.round(n * 10) / 10;
