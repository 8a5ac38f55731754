/**
 * Replaces Docusaurus' client prefetch helper (@docusaurus/core/lib/client/prefetch.js); see
 * prefetch-once.ts. Same contract: prefetch(url) asks the browser to fetch a chunk in the
 * background and resolves when it has loaded or failed, never rejects. Two differences:
 * - each URL is requested once per page life. The framework prefetches every chunk of every route
 *   a visible link points to, and routes share chunks (the docs layout, the sidebar, the theme), so
 *   stock behaviour appended 255 <link rel="prefetch"> elements for 23 distinct files on a guide page;
 * - the elements are added when the browser is idle, in one batch, not inside the visibility
 *   callback that runs just after hydration, when the page is trying to become responsive.
 */

type Strategy = (url: string) => Promise<void>;

function supportsLinkPrefetch(): boolean {
  try {
    return document.createElement('link').relList.supports('prefetch');
  } catch {
    return false;
  }
}

function linkPrefetch(url: string): Promise<void> {
  return new Promise((resolve) => {
    const link = document.createElement('link');
    link.rel = 'prefetch';
    link.href = url;
    link.onload = () => resolve();
    link.onerror = () => resolve();
    document.head.appendChild(link);
  });
}

/** Browsers without <link rel="prefetch"> (Safari): a background request fills the HTTP cache. */
function requestPrefetch(url: string): Promise<void> {
  return new Promise((resolve) => {
    const request = new XMLHttpRequest();
    request.open('GET', url, true);
    request.withCredentials = true;
    request.onloadend = () => resolve();
    request.send(null);
  });
}

type Idle = (callback: () => void) => void;

const whenIdle: Idle = (callback) => {
  if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(callback, {timeout: 2000});
  else window.setTimeout(callback, 1);
};

/** A prefetch function with its own memory of requested URLs (one per page life in the browser). */
export function createPrefetch(strategy: Strategy, idle: Idle = whenIdle): (url: string) => Promise<void> {
  const requested = new Map<string, Promise<void>>();
  let queue: {url: string; done: () => void}[] = [];
  const flush = () => {
    const batch = queue;
    queue = [];
    for (const {url, done} of batch) void strategy(url).then(() => done(), () => done());
  };
  return (url) => {
    const known = requested.get(url);
    if (known) return known;
    const promise = new Promise<void>((done) => {
      if (queue.length === 0) idle(flush);
      queue.push({url, done});
    });
    requested.set(url, promise);
    return promise;
  };
}

const prefetch = typeof document === 'undefined' ? () => Promise.resolve() : createPrefetch(supportsLinkPrefetch() ? linkPrefetch : requestPrefetch);

export default prefetch;
