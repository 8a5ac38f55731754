/**
 * @jest-environment node
 *
 * measurePage is what the budget test (tests/build/budgets.test.ts) reads: prove on a fixture build
 * that it counts every <script src> and stylesheet of a page, so an oversized bundle fails the budget.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {defaultStockFigures} from './parse';
import {measurePage} from './page-weight';

describe('measurePage on a fixture build', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'weight-fixture-'));
  const write = (rel: string, content: string | Buffer) => {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), {recursive: true});
    fs.writeFileSync(path.join(dir, rel), content);
  };
  // Base64 of random bytes gzips to about three quarters: 260 KB stay near 195 KB gzipped.
  write('assets/js/main.js', crypto.randomBytes(260 * 1024).toString('base64').slice(0, 260 * 1024));
  write('assets/js/runtime.js', 'console.log(1);');
  write('assets/css/site.css', 'body{color:#000}');
  write(
    'docs/page.html',
    '<html><head><link rel=stylesheet href=/base/assets/css/site.css><script src=/base/assets/js/runtime.js defer></script>' +
      '<script src="/base/assets/js/main.js" defer></script><script src=/base/assets/js/gone.js></script>' +
      '<script src=https://cdn.example.com/x.js></script></head><body></body></html>',
  );
  afterAll(() => fs.rmSync(dir, {recursive: true, force: true}));

  it('sums the scripts and stylesheets of the page, gzip included, and lists missing files', () => {
    const weight = measurePage(dir, '/base/', {label: 'doc', route: '/docs/page'});
    expect(weight.file).toBe('docs/page.html');
    expect(weight.jsFiles).toEqual(['assets/js/runtime.js', 'assets/js/main.js']);
    expect(weight.cssFiles).toEqual(['assets/css/site.css']);
    expect(weight.missing).toEqual(['/base/assets/js/gone.js']);
    expect(weight.js!.raw).toBeGreaterThan(260 * 1024);
  });

  it('an oversized bundle is over the stock first-load budget', () => {
    const weight = measurePage(dir, '/base/', {label: 'doc', route: '/docs/page'});
    expect(weight.js!.gz).toBeGreaterThan(defaultStockFigures.docScriptJsGzKB * 1024);
  });

  it('reports a page that was not built', () => {
    expect(measurePage(dir, '/base/', {label: 'x', route: '/nowhere'}).missing[0]).toMatch(/^\/nowhere \(no /);
  });
});
