/**
 * Prints the security headers of the last build (build/_headers) as nginx `add_header` lines,
 * ready to paste into the server block of deploy/nginx.conf. Usage: npm run headers:nginx
 */
import fs from 'node:fs';
import path from 'node:path';
import {parseHeadersFile, toNginx} from '../config/security';

const file = path.resolve('build', '_headers');
if (!fs.existsSync(file)) {
  console.error('build/_headers not found: run "npm run build" first.');
  process.exit(1);
}
console.log(toNginx(parseHeadersFile(fs.readFileSync(file, 'utf8'))));
