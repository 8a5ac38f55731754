/**
 * Docusaurus plugin: after the build, hash every inline script in the HTML and write build/_headers
 * with the Content-Security-Policy and other security headers (see config/security.ts), one file for
 * every language of the site.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import {listFiles} from '../../utils/files';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {securityHeaders, toHeadersFile} from '../../../config/security';

/** SHA-256 CSP sources ("sha256-...") of the executable inline scripts in an HTML document. */
export function inlineScriptHashes(html: string): string[] {
  const hashes: string[] = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attributes = match[1] ?? '';
    const body = match[2] ?? '';
    if (/\bsrc\s*=/.test(attributes) || body.length === 0) continue;
    const type = /\btype\s*=\s*["']?([^"'\s>]+)/i.exec(attributes)?.[1];
    if (type && !/^(text|application)\/(javascript|ecmascript)$|^module$/i.test(type)) continue; // JSON-LD is data
    hashes.push(`sha256-${crypto.createHash('sha256').update(body, 'utf8').digest('base64')}`);
  }
  return hashes;
}

function htmlFiles(dir: string): string[] {
  return listFiles(dir, (rel) => rel.endsWith('.html')).map((rel) => path.join(dir, rel));
}

export default function securityHeadersPlugin(context: LoadContext): Plugin {
  return {
    name: 'scaratlas-security-headers',
    async postBuild({outDir}) {
      // A translated locale is built after the default one, into <build>/<locale>/: a static host
      // reads one _headers file, at the root, so its policy must allow both languages' scripts.
      const {currentLocale, defaultLocale} = context.i18n;
      const nested = currentLocale !== defaultLocale && path.basename(outDir) === currentLocale && fs.existsSync(path.join(path.dirname(outDir), '_headers'));
      const root = nested ? path.dirname(outDir) : outDir;
      const baseUrl = nested ? context.baseUrl.slice(0, -`${currentLocale}/`.length) : context.baseUrl;
      const hashes = new Set<string>();
      for (const file of htmlFiles(root)) for (const hash of inlineScriptHashes(fs.readFileSync(file, 'utf8'))) hashes.add(hash);
      fs.writeFileSync(path.join(root, '_headers'), toHeadersFile(baseUrl, securityHeaders([...hashes].sort())));
    },
  };
}
