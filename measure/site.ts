/** Where the site and its build are, and a file walk: shared by the tests, the bench and the scripts. */
import fs from 'node:fs';
import path from 'node:path';

export const siteDir = path.resolve(__dirname, '..');
export const buildDir = path.join(siteDir, 'build');

/** Fail early, with the fix, when a build-output or browser test runs without a build. */
export function requireBuild(): string {
  if (!fs.existsSync(path.join(buildDir, 'index.html'))) {
    throw new Error(`No site in ${buildDir}: run "npm run build" first (npm test does this for you).`);
  }
  return buildDir;
}

/** All files under a folder, as paths relative to it. */
export function listFiles(dir: string, filter: (rel: string) => boolean = () => true): string[] {
  const out: string[] = [];
  const visit = (current: string) => {
    for (const entry of fs.readdirSync(current, {withFileTypes: true})) {
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) visit(full);
      else {
        const rel = path.relative(dir, full).split(path.sep).join('/');
        if (filter(rel)) out.push(rel);
      }
    }
  };
  visit(dir);
  return out.sort();
}

export function readBuild(rel: string): string {
  return fs.readFileSync(path.join(buildDir, rel), 'utf8');
}
