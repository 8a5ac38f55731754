/**
 * Renders the Open Graph / Twitter card images (1200x630 PNG, one per section) with Debian
 * Chromium into static/img/social/. Run after changing a title: npm run social-images
 * The images are committed, so builds do not need a browser.
 */
import fs from 'node:fs';
import path from 'node:path';
import {launch} from '../measure/browser';

const socialCards: {file: string; kicker: string; title: string}[] = [
  {file: 'default', kicker: 'ScarAtlas', title: 'Acne scars and microneedling, explained with sources'},
  {file: 'skin', kicker: 'ScarAtlas · Skin', title: 'How skin is built and how it heals'},
  {file: 'scarring', kicker: 'ScarAtlas · Scarring', title: 'Acne scar types, grading and prevention'},
  {file: 'treatments', kicker: 'ScarAtlas · Treatments', title: 'Acne scar treatments compared'},
  {file: 'microneedling', kicker: 'ScarAtlas · Microneedling', title: 'Microneedling: evidence, risks and aftercare'},
  {file: 'practitioner', kicker: 'ScarAtlas · Choosing a practitioner', title: 'Who should treat you, and what to ask'},
  {file: 'trainee', kicker: 'ScarAtlas · Trainee chapter', title: 'Protocol, depth, asepsis and complications'},
  {file: 'stories', kicker: 'ScarAtlas · Patient stories', title: 'Illustrative stories, linked to the guide'},
];

const logo = fs.readFileSync(path.join(__dirname, '..', 'static', 'img', 'logo.svg'), 'utf8');

function html(kicker: string, title: string): string {
  return `<!doctype html><html><body style="margin:0;width:1200px;height:630px;display:flex;flex-direction:column;justify-content:center;padding:0 90px;box-sizing:border-box;background:#0b6b6b;color:#fff;font-family:system-ui,'DejaVu Sans',sans-serif">
  <div style="display:flex;align-items:center;gap:24px;font-size:34px;font-weight:600;opacity:.95"><div style="width:84px;height:84px;background:#fff;border-radius:50%;padding:4px">${logo}</div>${kicker}</div>
  <h1 style="font-size:68px;line-height:1.12;margin:40px 0 0;max-width:980px">${title}</h1>
  <p style="font-size:28px;margin-top:36px;opacity:.9">Cited guides for patients and trainee practitioners</p></body></html>`;
}

async function main(): Promise<void> {
  const browser = await launch();
  const page = await browser.newPage({viewport: {width: 1200, height: 630}});
  for (const card of socialCards) {
    await page.setContent(html(card.kicker, card.title));
    await page.screenshot({path: path.join(__dirname, '..', 'static', 'img', 'social', `${card.file}.png`)});
  }
  await browser.close();
  console.log(`wrote ${socialCards.length} images to static/img/social/`);
}

void main();
