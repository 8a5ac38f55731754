/**
 * The locale the component tests render in (English unless a test calls setTestLocale('es')), for
 * the stand-ins of @docusaurus/Translate and @docusaurus/useDocusaurusContext. Spanish messages
 * come from i18n/es/code.json, as the Spanish build reads them.
 */
import fs from 'node:fs';
import path from 'node:path';

export type TestLocale = 'en' | 'es';
let current: TestLocale = 'en';
let spanish: Record<string, {message: string}> | undefined;

export function setTestLocale(locale: TestLocale): void {
  current = locale;
}

export function testLocale(): TestLocale {
  return current;
}

/** The message for `id` in the current test locale, or the English default. */
export function messageFor(id: string | undefined, message: string): string {
  if (current === 'en' || !id) return message;
  spanish ??= JSON.parse(fs.readFileSync(path.join(__dirname, '../../i18n/es/code.json'), 'utf8')) as Record<string, {message: string}>;
  const translated = spanish[id]?.message;
  if (translated === undefined) throw new Error(`i18n/es/code.json has no message "${id}"`);
  return translated;
}
