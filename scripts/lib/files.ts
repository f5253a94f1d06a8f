/** Walking a folder (a built site) for the measuring scripts and tests. */
import { readdirSync } from 'node:fs';
import path from 'node:path';

/** Every file under `dir`, relative, with forward slashes, in a stable order. */
export function listFiles(dir: string, sub = ''): string[] {
  return readdirSync(path.join(dir, sub), { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((d) => {
      const rel = sub ? `${sub}/${d.name}` : d.name;
      return d.isDirectory() ? listFiles(dir, rel) : [rel];
    });
}
