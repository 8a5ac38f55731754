/**
 * The one file walk of the repository's build code, scripts and tests: every file below a folder,
 * as sorted paths relative to it with forward slashes, kept when `filter` says so. A missing folder
 * has no files.
 */
import fs from 'node:fs';
import path from 'node:path';

export function listFiles(dir: string, filter: (rel: string) => boolean = () => true): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, {withFileTypes: true, recursive: true})
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .filter(filter)
    .sort();
}
