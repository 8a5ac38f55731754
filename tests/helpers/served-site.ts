/**
 * The common setup of the browser tests: serve a built site on 127.0.0.1 and launch Chromium once
 * per test file; both are closed after the file's tests.
 */
import type {Browser} from 'playwright-core';
import {launch} from '../../measure/browser';
import {requireBuild} from '../../measure/site';
import {serve, type RunningServer, type ServeOptions} from '../../measure/server';

export interface ServedSite {
  server: RunningServer;
  browser: Browser;
}

export function servedSite(options: Partial<ServeOptions> = {}): ServedSite {
  const site = {} as ServedSite;
  beforeAll(async () => {
    site.server = await serve({...options, root: options.root ?? requireBuild()});
    site.browser = await launch();
  });
  afterAll(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}
