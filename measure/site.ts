/** Where the site and its build are, and the file walk: shared by the tests, the bench and the scripts. */
import fs from 'node:fs';
import path from 'node:path';

export {listFiles} from '../src/utils/files';

export const siteDir = path.resolve(__dirname, '..');
export const buildDir = path.join(siteDir, 'build');

/** Fail early, with the fix, when a build-output or browser test runs without a build. */
export function requireBuild(): string {
  if (!fs.existsSync(path.join(buildDir, 'index.html'))) {
    throw new Error(`No site in ${buildDir}: run "npm run build" first (npm test does this for you).`);
  }
  return buildDir;
}

export function readBuild(rel: string): string {
  return fs.readFileSync(path.join(buildDir, rel), 'utf8');
}
