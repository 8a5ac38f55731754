/**
 * Just enough HTML tokenizing for the bench (pure): start tags with their attributes (quoted,
 * single-quoted or unquoted, as the minified build emits them), the script and stylesheet URLs a
 * page references, and a page's visible text.
 */

export interface StartTag {
  name: string;
  attrs: Record<string, string>;
}

const entities: Record<string, string> = {amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0'};

/** Decodes the character references that matter for sizes and URLs. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (match, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : match;
    }
    return entities[ref.toLowerCase()] ?? match;
  });
}

const rawTextElements = new Set(['script', 'style', 'textarea', 'title']);

/** Every start tag in document order. Comments are skipped; script/style contents are not parsed. */
export function startTags(html: string): StartTag[] {
  const tags: StartTag[] = [];
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) break;
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      i = end < 0 ? html.length : end + 3;
      continue;
    }
    const nameMatch = /^<([a-zA-Z][a-zA-Z0-9-]*)/.exec(html.slice(lt, lt + 64));
    if (!nameMatch) {
      i = lt + 1;
      continue;
    }
    const name = nameMatch[1]!.toLowerCase();
    let p = lt + nameMatch[0].length;
    const attrs: Record<string, string> = {};
    while (p < html.length) {
      while (p < html.length && /[\s/]/.test(html[p]!)) p += 1;
      if (p >= html.length || html[p] === '>') break;
      const attrStart = p;
      while (p < html.length && !/[\s=/>]/.test(html[p]!)) p += 1;
      const attrName = html.slice(attrStart, p).toLowerCase();
      while (p < html.length && /\s/.test(html[p]!)) p += 1;
      let value = '';
      if (html[p] === '=') {
        p += 1;
        while (p < html.length && /\s/.test(html[p]!)) p += 1;
        const quote = html[p];
        if (quote === '"' || quote === "'") {
          const end = html.indexOf(quote, p + 1);
          value = html.slice(p + 1, end < 0 ? html.length : end);
          p = end < 0 ? html.length : end + 1;
        } else {
          const valueStart = p;
          // Unquoted values end at whitespace or ">"; a "/" belongs to the value (href=/a/b).
          while (p < html.length && !/[\s>]/.test(html[p]!)) p += 1;
          // As in the HTML spec, `href=/a/>` keeps its trailing "/" (the build always writes " />").
          value = html.slice(valueStart, p);
        }
      }
      if (attrName && !(attrName in attrs)) attrs[attrName] = decodeEntities(value);
    }
    tags.push({name, attrs});
    i = p + 1;
    if (rawTextElements.has(name)) {
      const close = html.toLowerCase().indexOf(`</${name}`, i);
      i = close < 0 ? html.length : close;
    }
  }
  return tags;
}

const jsTypes = /^(|text\/javascript|application\/javascript|module)$/i;

/** `src` of every executable <script src> (JSON-LD and other data blocks excluded). */
export function scriptSrcs(html: string): string[] {
  return startTags(html)
    .filter((t) => t.name === 'script' && t.attrs.src && jsTypes.test((t.attrs.type ?? '').trim()))
    .map((t) => t.attrs.src!);
}

/** `href` of every <link rel=stylesheet> that loads by default ("alternate stylesheet" does not). */
export function stylesheetHrefs(html: string): string[] {
  return startTags(html)
    .filter((t) => {
      if (t.name !== 'link' || !t.attrs.href) return false;
      const rel = (t.attrs.rel ?? '').toLowerCase().split(/\s+/);
      return rel.includes('stylesheet') && !rel.includes('alternate');
    })
    .map((t) => t.attrs.href!);
}

/** Visible text of a page: tags, comments, scripts and styles removed, entities decoded, whitespace collapsed. */
export function htmlToText(html: string): string {
  const stripped = html
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<(script|style|noscript|template)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<[^>]*>/g, ' ');
  return decodeEntities(stripped).replace(/\s+/g, ' ').trim();
}

/**
 * The file under the build directory that a URL in a page refers to, as a relative path, or
 * undefined for an external URL (another origin, data:, etc.). `pageRoute` resolves relative URLs.
 */
export function assetPath(url: string, baseUrl = '/', pageRoute = '/'): string | undefined {
  const trimmed = url.trim();
  if (/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(trimmed)) return undefined;
  const resolved = new URL(trimmed, `http://site.invalid${pageRoute}`).pathname;
  const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  if (!resolved.startsWith(base)) return undefined;
  return decodeURIComponent(resolved.slice(base.length));
}

/** Where a route's HTML lives in a Docusaurus build (trailingSlash false first, then folder index). */
export function pageFileCandidates(route: string): string[] {
  const clean = route.replace(/^\/+|\/+$/g, '');
  if (!clean) return ['index.html'];
  return [`${clean}.html`, `${clean}/index.html`];
}

/**
 * The newest blog post among build-relative HTML paths (blog/YYYY/MM/DD/slug.html), as a route
 * ("/blog/2026/11/17/slug"); undefined when there is none. Same-day posts: the last slug wins.
 */
export function newestBlogPost(relPaths: readonly string[]): string | undefined {
  const posts = relPaths
    .map((p) => p.split('\\').join('/'))
    .filter((p) => /^blog\/\d{4}\/\d{2}\/\d{2}\/[^/]+\.html$/.test(p) || /^blog\/\d{4}\/\d{2}\/\d{2}\/[^/]+\/index\.html$/.test(p))
    .sort();
  const newest = posts[posts.length - 1];
  return newest && `/${newest.replace(/(\/index)?\.html$/, '')}`;
}
