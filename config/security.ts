/**
 * Security headers for any static host, in one place. The Content-Security-Policy allows only the
 * site's own files; the one inline script Docusaurus needs (it applies the color mode before the
 * page paints, to avoid a flash) is allowed by its SHA-256 hash, computed from the built HTML by
 * src/plugins/security-headers, which writes build/_headers.
 * `style-src 'unsafe-inline'` is needed for style attributes (KaTeX positions glyphs with them,
 * React components set sizes); no script can be injected through it.
 */
export function contentSecurityPolicy(scriptHashes: readonly string[]): string {
  const directives: [string, string[]][] = [
    ['default-src', ["'self'"]],
    ['script-src', ["'self'", ...scriptHashes.map((hash) => `'${hash}'`)]],
    ['style-src', ["'self'", "'unsafe-inline'"]],
    ['img-src', ["'self'", 'data:']],
    ['font-src', ["'self'"]],
    ['connect-src', ["'self'"]],
    ['worker-src', ["'self'", 'blob:']],
    ['manifest-src', ["'self'"]],
    ['object-src', ["'none'"]],
    ['base-uri', ["'self'"]],
    ['form-action', ["'self'"]],
    ['frame-ancestors', ["'none'"]],
  ];
  return directives.map(([name, values]) => `${name} ${values.join(' ')}`).join('; ');
}

export function securityHeaders(scriptHashes: readonly string[]): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(scriptHashes),
    'Referrer-Policy': 'no-referrer',
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
  };
}

/** Netlify / Cloudflare Pages `_headers` format, for every path under the base URL. */
export function toHeadersFile(baseUrl: string, headers: Record<string, string>): string {
  const lines = Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`);
  return `# Generated at build time by src/plugins/security-headers\n${baseUrl}*\n${lines.join('\n')}\n`;
}

/** Parse a `_headers` file back into name/value pairs (first path block). */
export function parseHeadersFile(text: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const line of text.split('\n')) {
    const match = /^\s+([A-Za-z-]+):\s*(.+)$/.exec(line);
    if (match) headers[match[1]!] = match[2]!;
  }
  return headers;
}

/** nginx `add_header` lines for the same headers. */
export function toNginx(headers: Record<string, string>): string {
  return Object.entries(headers)
    .map(([name, value]) => `add_header ${name} "${value.replace(/"/g, '\\"')}" always;`)
    .join('\n');
}
