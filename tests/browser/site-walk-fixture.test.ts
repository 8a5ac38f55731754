/**
 * The every-page walk can fail: a deliberately broken page trips each of its checks.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type {Browser} from 'playwright-core';
import {securityHeaders} from '../../config/security';
import {launch} from '../../measure/browser';
import {serve, type RunningServer} from '../../measure/server';
import {checkPage} from '../helpers/site-walk';

jest.setTimeout(60_000);

let server: RunningServer;
let serverWithCsp: RunningServer;
let browser: Browser;

beforeAll(async () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'walk-fixture-'));
  fs.writeFileSync(
    path.join(root, 'broken.html'),
    `<!doctype html><html lang="en"><head><title>Broken</title></head><body>
      <main><h1>Broken page</h1>
      <input type="checkbox">
      <img src="/missing.png">
      <p style="color:#bbb;background:#fff">Low contrast text</p>
      <style>html[data-theme='dark'] .night { color: #222; background: #000; }</style>
      <p class="night">Readable by day, not in the dark theme</p>
      <script>document.cookie = "tracker=1"; console.error("boom")</script>
      <img alt="" src="https://tracker.example.com/pixel.gif">
      <h3>A heading that skips level two</h3>
      </main><div class="beside">Text beside the main landmark, in none</div></body></html>`,
  );
  server = await serve({root});
  serverWithCsp = await serve({root, headers: securityHeaders([])});
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await serverWithCsp?.close();
});

async function problemsOf(on: RunningServer): Promise<string> {
  const context = await browser.newContext();
  await context.addInitScript({content: fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8')});
  const {problems} = await checkPage(await context.newPage(), on.url('/broken.html'), '/broken.html');
  await context.close();
  return problems.join('\n');
}

it('reports the inline script and the foreign image the Content-Security-Policy blocks', async () => {
  const text = await problemsOf(serverWithCsp);
  expect(text).toMatch(/console: .*Content Security Policy.*script/);
  expect(text).toMatch(/console: .*tracker\.example\.com.*Content Security Policy/);
});

it('reports accessibility, privacy and text-alternative problems on a broken page', async () => {
  const text = await problemsOf(server);
  expect(text).toMatch(/console: boom/);
  expect(text).toMatch(/sets cookies/);
  expect(text).toMatch(/request off the machine: https:\/\/tracker\.example\.com\/pixel\.gif/);
  expect(text).toMatch(/no skip link/);
  expect(text).toMatch(/no text alternative: img \/missing\.png/);
  expect(text).toMatch(/axe \(light\) critical label/);
  expect(text).toMatch(/axe \(light\) serious color-contrast/);
  // Best-practice rules, beyond WCAG:
  expect(text).toMatch(/axe \(light\) moderate heading-order/);
  expect(text).toMatch(/axe \(light\) moderate region: div/);
  expect(text).not.toMatch(/axe \(light\) serious color-contrast: [^\n]*\.night/);
  expect(text).toMatch(/axe \(dark\) serious color-contrast: [^\n]*\.night/);
});
