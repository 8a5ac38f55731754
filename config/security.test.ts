import crypto from 'node:crypto';
import {contentSecurityPolicy, parseHeadersFile, securityHeaders, toHeadersFile, toNginx} from './security';
import {inlineScriptHashes} from '../src/plugins/security-headers';

describe('security headers', () => {
  it('allows only the site itself, plus hashed inline scripts', () => {
    const csp = contentSecurityPolicy(['sha256-abc=']);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self' 'sha256-abc='");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline|https?:/);
  });

  it('round-trips through the _headers format and prints nginx lines', () => {
    const headers = securityHeaders(['sha256-abc=']);
    const file = toHeadersFile('/scaratlas/', headers);
    expect(file.split('\n')[1]).toBe('/scaratlas/*');
    expect(parseHeadersFile(file)).toEqual(headers);
    expect(toNginx({'Referrer-Policy': 'no-referrer'})).toBe('add_header Referrer-Policy "no-referrer" always;');
  });

  it('hashes executable inline scripts only', () => {
    const html =
      '<script>var a=1</script><script src="/x.js"></script><script type="application/ld+json">{"a":1}</script><script type="text/javascript">b()</script>';
    const sha = (body: string) => `sha256-${crypto.createHash('sha256').update(body).digest('base64')}`;
    expect(inlineScriptHashes(html)).toEqual([sha('var a=1'), sha('b()')]);
  });
});
