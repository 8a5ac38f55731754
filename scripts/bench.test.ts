/**
 * Unit tests for the pure parts of `npm run bench` (scripts/bench/): statistics, table formatting,
 * gzip sizes, HTML tag parsing and the parsers of tool output.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import {fixed, formatTable, kb} from './bench/format';
import {assetPath, decodeEntities, htmlToText, newestBlogPost, pageFileCandidates, scriptSrcs, startTags, stylesheetHrefs} from './bench/html';
import {defaultStockFigures, parseMaxRssKiB, parseStockFigures, summarizeLighthouse} from './bench/parse';
import {addSizes, sizeOfBuffer, sizesOfFiles} from './bench/sizes';
import {median, ratio} from './bench/stats';

describe('median', () => {
  it('takes the middle of an odd count and the mean of the middle two of an even count', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([7])).toBe(7);
  });
  it('ignores non-finite values, is undefined when empty, and does not reorder its input', () => {
    const input = [5, Number.NaN, 1, Infinity, 3];
    expect(median(input)).toBe(3);
    expect(input).toEqual([5, Number.NaN, 1, Infinity, 3]);
    expect(median([])).toBeUndefined();
  });
});

describe('ratio', () => {
  it('divides, and is undefined for a missing value or a zero divisor', () => {
    expect(ratio(40, 10)).toBe(4);
    expect(ratio(undefined, 10)).toBeUndefined();
    expect(ratio(1, 0)).toBeUndefined();
  });
});

describe('formatTable', () => {
  it('aligns columns: text left, numbers right, with a dashed rule under the header', () => {
    const out = formatTable(['page', 'KB', 'note'], [
      ['home', '12.5', 'ok'],
      ['long doc page', 3, 'fine'],
    ]);
    expect(out.split('\n')).toEqual([
      'page             KB  note',
      '-------------  ----  ----',
      'home           12.5  ok',
      'long doc page     3  fine',
    ]);
  });
  it('prints missing cells as "-" and honours explicit alignment', () => {
    const out = formatTable(['a', 'b'], [['x', undefined], ['yy', 'zz']], ['right', 'left']);
    expect(out.split('\n')).toEqual([' a  b', '--  --', ' x  -', 'yy  zz']);
  });
  it('pads short rows and keeps every line the same width or shorter (no trailing spaces)', () => {
    const out = formatTable(['one', 'two', 'three'], [['a']]);
    for (const line of out.split('\n')) expect(line).toBe(line.trimEnd());
    expect(out.split('\n')[2]).toBe('a      -      -');
  });
});

describe('kb and fixed', () => {
  it('formats bytes as KB of 1024 with one decimal, and "-" for missing', () => {
    expect(kb(1536)).toBe('1.5');
    expect(kb(0)).toBe('0.0');
    expect(kb(undefined)).toBe('-');
    expect(fixed(3.14159, 2)).toBe('3.14');
    expect(fixed(undefined)).toBe('-');
  });
});

describe('gzip sizes', () => {
  it('reports raw bytes and gzip -9 bytes', () => {
    const text = 'microneedling '.repeat(200);
    const size = sizeOfBuffer(text);
    expect(size.raw).toBe(Buffer.byteLength(text));
    expect(size.gz).toBe(zlib.gzipSync(Buffer.from(text), {level: 9}).length);
    expect(size.gz).toBeLessThan(size.raw);
  });
  it('counts UTF-8 bytes, not characters', () => {
    expect(sizeOfBuffer('é').raw).toBe(2);
  });
  it('sums a file list, each file gzipped on its own', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-test-'));
    try {
      const a = path.join(dir, 'a.js');
      const b = path.join(dir, 'b.css');
      fs.writeFileSync(a, 'console.log(1);'.repeat(50));
      fs.writeFileSync(b, 'body{margin:0}');
      const {files, total} = sizesOfFiles([a, b]);
      expect(files.map((f) => f.file)).toEqual([a, b]);
      expect(total).toEqual(addSizes(sizeOfBuffer(fs.readFileSync(a)), sizeOfBuffer(fs.readFileSync(b))));
      expect(sizesOfFiles([]).total).toEqual({raw: 0, gz: 0});
    } finally {
      fs.rmSync(dir, {recursive: true, force: true});
    }
  });
});

describe('HTML parsing', () => {
  // As the minified build writes it: unquoted attributes, " />" closings, inline scripts.
  const page = [
    '<!doctype html><html lang=en dir=ltr><head><meta charset=UTF-8>',
    '<link data-rh=true rel=icon href=/img/favicon.svg />',
    '<link data-rh=true rel=stylesheet href=/katex/katex.min.css />',
    '<link rel=alternate type=application/rss+xml href=/blog/rss.xml title="ScarAtlas RSS">',
    '<link rel="alternate stylesheet" href="/alt.css">',
    "<link rel='preload stylesheet' href='/assets/css/extra.css?v=1'>",
    '<script data-rh=true type=application/ld+json>{"a":"<script src=/fake.js><\\/script>"}</script>',
    '<link rel=stylesheet href=/assets/css/styles.bac9213f.css />',
    '<script src=/assets/js/runtime~main.1c7f2fd8.js defer></script>',
    '<script src="/assets/js/main.3a087b9c.js" defer></script>',
    '<script type=module src=https://cdn.example.org/x.js></script>',
    '<!-- <script src=/commented.js></script> -->',
    '<script>document.write("<link rel=stylesheet href=/inline.css>")</script>',
    '</head><body><h1>Needle depth &amp; region</h1><p>0.5&#8211;1.5&nbsp;mm</p><style>p{color:red}</style></body></html>',
  ].join('');

  it('reads start tags with quoted, single-quoted, unquoted and bare attributes', () => {
    const tags = startTags('<a href=/x/y title="A &amp; B" data-x=\'1\' hidden>t</a>');
    expect(tags).toEqual([{name: 'a', attrs: {href: '/x/y', title: 'A & B', 'data-x': '1', hidden: ''}}]);
  });

  it('finds script src in document order, skipping JSON-LD, comments and script contents', () => {
    expect(scriptSrcs(page)).toEqual(['/assets/js/runtime~main.1c7f2fd8.js', '/assets/js/main.3a087b9c.js', 'https://cdn.example.org/x.js']);
  });

  it('finds stylesheets (any rel containing "stylesheet" but not "alternate")', () => {
    expect(stylesheetHrefs(page)).toEqual(['/katex/katex.min.css', '/assets/css/extra.css?v=1', '/assets/css/styles.bac9213f.css']);
  });

  it('extracts visible text: no tags, scripts, styles or comments; entities decoded', () => {
    // Whitespace, no-break spaces included, collapses to one space.
    expect(htmlToText(page)).toBe('Needle depth & region 0.5–1.5 mm');
  });

  it('decodes named and numeric character references and leaves unknown ones', () => {
    expect(decodeEntities('&lt;a&gt; &#x41;&#66; &bogus;')).toBe('<a> AB &bogus;');
  });
});

describe('assetPath', () => {
  it('maps site URLs to build-relative files, with or without a base path', () => {
    expect(assetPath('/assets/js/main.js')).toBe('assets/js/main.js');
    expect(assetPath('/scaratlas/assets/css/a.css?v=2#x', '/scaratlas/')).toBe('assets/css/a.css');
    expect(assetPath('../img/a.svg', '/', '/docs/trainee/page')).toBe('docs/img/a.svg');
  });
  it('is undefined for other origins, data: URLs and paths outside the base', () => {
    expect(assetPath('https://cdn.example.org/x.js')).toBeUndefined();
    expect(assetPath('//cdn.example.org/x.js')).toBeUndefined();
    expect(assetPath('data:text/javascript,1')).toBeUndefined();
    expect(assetPath('/elsewhere/x.js', '/scaratlas/')).toBeUndefined();
  });
});

describe('page files and the newest blog post', () => {
  it('looks for route.html, then route/index.html', () => {
    expect(pageFileCandidates('/')).toEqual(['index.html']);
    expect(pageFileCandidates('/docs/trainee/clinical-protocol')).toEqual(['docs/trainee/clinical-protocol.html', 'docs/trainee/clinical-protocol/index.html']);
  });
  it('picks the latest dated post, ignoring archive, tag and author pages', () => {
    const files = [
      'blog/2026/09/08/rolling-scars-slow-months.html',
      'blog/2026/11/17/consultation-red-flags.html',
      'blog/2026/11/03/isotretinoin-two-opinions.html',
      'blog/2025/12/31/older/index.html',
      'blog/archive.html',
      'blog/tags/scars.html',
    ];
    expect(newestBlogPost(files)).toBe('/blog/2026/11/17/consultation-red-flags');
    expect(newestBlogPost(['blog/2027/01/02/new-year/index.html', ...files])).toBe('/blog/2027/01/02/new-year');
    expect(newestBlogPost(['blog/archive.html'])).toBeUndefined();
  });
});

describe('tool output parsers', () => {
  it('reads the peak RSS from GNU time -v', () => {
    const out = '\tCommand being timed: "npx docusaurus build"\n\tMaximum resident set size (kbytes): 506880\n\tExit status: 0\n';
    expect(parseMaxRssKiB(out)).toBe(506880);
    expect(parseMaxRssKiB('real 0m1.0s')).toBeUndefined();
  });

  it('reads the stock figures from toolchain.md', () => {
    const md = [
      'Stock figures, same machine (medians of 3):',
      '- cold build (`build/`, `.docusaurus`, `node_modules/.cache` removed): faster 10.0 s / 495 MiB;',
      '  webpack (`faster: false`) 40.0 s / 933 MiB. With caches kept: 6.8 s vs 8.4 s.',
      '- doc page weight (gzip): HTML 6 KB, script-tag JS 158 KB, CSS 102 KB (of which KaTeX fonts ~half).',
      '- search: results about 120 ms after the last keystroke; index 22 KB gz for the tiny template.',
    ].join('\n');
    // The cold-build figures span two lines in the file: both must be found.
    expect(parseStockFigures(md.replace(';\n  webpack', '; webpack'))).toEqual({...defaultStockFigures, fromFile: true});
    expect(parseStockFigures(md)).toEqual({...defaultStockFigures, fromFile: true});
    const other = md.replace('10.0 s / 495', '12.5 s / 500').replace('40.0 s', '41.0 s').replace('JS 158 KB', 'JS 160 KB');
    expect(parseStockFigures(other)).toEqual(expect.objectContaining({fasterSeconds: 12.5, fasterMiB: 500, webpackSeconds: 41, webpackMiB: 933, docScriptJsGzKB: 160, fromFile: true}));
  });

  it('falls back to the built-in figures when the file says nothing usable', () => {
    expect(parseStockFigures('# nothing here')).toBe(defaultStockFigures);
  });

  it('summarizes a Lighthouse result: scores 0-100 and LCP/TBT/CLS', () => {
    const lhr = {
      categories: {performance: {score: 0.874}, accessibility: {score: 1}, 'best-practices': {score: 0.96}, seo: {score: null}},
      audits: {
        'largest-contentful-paint': {numericValue: 3312.5},
        'total-blocking-time': {numericValue: 250},
        'cumulative-layout-shift': {numericValue: 0.0123},
      },
    };
    expect(summarizeLighthouse(lhr)).toEqual({performance: 87, accessibility: 100, bestPractices: 96, seo: undefined, lcpMs: 3312.5, tbtMs: 250, cls: 0.0123});
  });
});
