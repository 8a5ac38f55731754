/**
 * Framework files this site replaces or copied, with the SHA-256 (first 16 hex digits) of the
 * upstream file as it was when the replacement was written. `upstream.test.ts` fails when a target
 * moves or its content changes in an upgrade: read the new upstream file, carry its changes into
 * ours (or drop ours if upstream now does the job), then record the new hash here.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export interface UpstreamCopy {
  /** The upstream file, relative to node_modules. */
  target: string;
  kind: 'module replacement' | 'ejection';
  /** Our file that replaces it, relative to the site. */
  ours: string;
  sha256: string;
  /** Upstream package version the hash was recorded from. */
  version: string;
}

export const upstreamCopies: readonly UpstreamCopy[] = [
  {
    target: '@docusaurus/core/lib/client/prefetch.js',
    kind: 'module replacement',
    ours: 'src/plugins/prefetch-once/client.ts',
    sha256: '7543271549a9882a',
    version: '3.10.2',
  },
  {
    target: '@docusaurus/theme-classic/lib/prism-include-languages.js',
    kind: 'module replacement',
    ours: 'src/plugins/prism-on-demand/empty.js',
    sha256: 'a464a26897ccb5b2',
    version: '3.10.2',
  },
  {
    target: '@easyops-cn/docusaurus-search-local/dist/client/client/theme/worker.js',
    kind: 'module replacement',
    ours: 'src/plugins/search-in-two-steps/worker.js',
    sha256: 'bd81e902cc6fe388',
    version: '0.55.3',
  },
  {
    target: '@docusaurus/theme-classic/lib/theme/BlogPostItem/Header/Info/index.js',
    kind: 'ejection',
    ours: 'src/theme/BlogPostItem/Header/Info/index.tsx',
    sha256: 'f0ff725904493f21',
    version: '3.10.2',
  },
];

/** What has moved or changed upstream since the hashes above were recorded; empty when nothing. */
export function upstreamProblems(nodeModules: string, copies: readonly UpstreamCopy[] = upstreamCopies): string[] {
  return copies.flatMap((copy) => {
    const file = path.join(nodeModules, copy.target);
    if (!fs.existsSync(file)) return [`${copy.target} is gone upstream: ${copy.ours} (${copy.kind}) no longer replaces anything`];
    const sha = crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex').slice(0, 16);
    return sha === copy.sha256
      ? []
      : [`${copy.target} changed upstream since ${copy.version} (sha256 ${sha}, recorded ${copy.sha256}): compare it with ${copy.ours}, then record the new hash in src/theme/upstream.ts`];
  });
}
