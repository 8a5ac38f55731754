/**
 * Content rules for frontmatter, in one place. Used by the build (markdown.parseFrontMatter, through
 * createFrontMatterParser in parse.ts) and by the content report script, so both say the same thing.
 * A violation names the file and the field.
 */
import * as z from 'zod';
import {DAY_MS, parseIsoDay, realDay} from '../utils/isoDay';
import type {ClaimSummary} from './claim-checks';
import {translatedFile, type TranslationStatus} from './translations';

export type {TranslationStatus};

/** The editorial policy's review window: a page not reviewed for this long is stale. */
export const reviewWindowDays = 365;

/** Fields read as calendar days. The build passes them to the schema as written (see parse.ts). */
export const dateFields = ['last_reviewed'] as const;

const isoDate = z
  .union([z.date(), z.string()])
  .transform((value, ctx) => {
    const text = value instanceof Date ? value.toISOString().slice(0, 10) : value;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) {
      ctx.addIssue({code: 'custom', message: `"${text}" is not an ISO date (YYYY-MM-DD)`});
      return z.NEVER;
    }
    if (parseIsoDay(text) === null) {
      ctx.addIssue({code: 'custom', message: `"${text}" is not a real calendar date`});
      return z.NEVER;
    }
    return text;
  })
  .refine((text) => parseIsoDay(text)! <= Date.now(), {message: 'is in the future'});

/** Who a guide page is for, and how far it has been reviewed (editorial policy). */
export const audiences = ['patient', 'trainee', 'both'] as const;
export const reviewStatuses = ['draft', 'editorial', 'clinical'] as const;
export type Audience = (typeof audiences)[number];
export type ReviewStatus = (typeof reviewStatuses)[number];

const keywords = z.array(z.string().min(2)).min(3, 'list at least 3 keywords (lay words readers type)');

export const docFrontMatterSchema = z
  .object({
    title: z.string().min(3),
    description: z.string().min(20).max(160),
    audience: z.enum(audiences),
    last_reviewed: isoDate,
    review_status: z.enum(reviewStatuses),
    keywords,
  })
  .passthrough();

export const blogFrontMatterSchema = z
  .object({
    title: z.string().min(3),
    description: z.string().min(20).max(160),
    authors: z.union([z.string(), z.array(z.string()).min(1)]),
    tags: z.array(z.string()).min(1),
    last_reviewed: isoDate,
  })
  .passthrough();

/**
 * A translated page (i18n/<locale>/…) says when it was translated and from which English text
 * (the fingerprint `npm run translations:stamp` writes); the build adds whether that is still the
 * English page's text (`status`).
 */
export const translationSchema = z
  .object({
    translated_on: isoDate,
    source_sha: z.string().regex(/^[0-9a-f]{16}$/, 'is not 16 hex digits: run `npm run translations:stamp -- <page>`'),
  })
  .strict();

export type DocFrontMatter = z.output<typeof docFrontMatterSchema>;
export type PageTranslationField = z.output<typeof translationSchema> & {status: TranslationStatus};

/**
 * A guide page's frontmatter as components read it: the schema's fields, and `claim_checks`, which
 * the build adds from the claim-check ledger (parse.ts). The one declaration of this vocabulary:
 * components and tests take their types from here.
 */
export type GuideFrontMatter = DocFrontMatter & {claim_checks?: ClaimSummary; translation?: PageTranslationField};

export class FrontMatterError extends Error {}

export type ContentKind = 'doc' | 'blog' | 'other';

/** Which rules apply to a file, from its path relative to the site. */
export function contentKind(relativePath: string): ContentKind {
  const p = relativePath.split('\\').join('/');
  if (/^(docs|versioned_docs\/[^/]+)\/.*\.mdx?$/.test(p)) return 'doc';
  if (/^blog\/.*\.mdx?$/.test(p)) return 'blog';
  const translated = translatedFile(p);
  if (translated) return translated.page ? 'doc' : 'blog';
  return 'other';
}

export function validateFrontMatter(relativePath: string, frontMatter: Record<string, unknown>): Record<string, unknown> {
  const kind = contentKind(relativePath);
  if (kind === 'other') return frontMatter;
  const base = kind === 'doc' ? docFrontMatterSchema : blogFrontMatterSchema;
  const schema = translatedFile(relativePath) ? base.extend({translation: translationSchema}) : base;
  const result = schema.safeParse(frontMatter);
  if (!result.success) {
    const messages = result.error.issues.map((issue) => {
      const field = issue.path.join('.') || '(frontmatter)';
      const value = issue.path.reduce<unknown>((at, key) => (at && typeof at === 'object' ? (at as Record<PropertyKey, unknown>)[key as PropertyKey] : undefined), frontMatter);
      const missing = issue.path.length > 0 && value === undefined && issue.code !== 'unrecognized_keys';
      return `field "${field}": ${missing ? 'is missing' : issue.message}`;
    });
    throw new FrontMatterError(`${relativePath}: invalid frontmatter: ${messages.join('; ')}`);
  }
  return result.data;
}

/** Days since a page's last_reviewed date (for the stale-page report); the date is a validated ISO day. */
export function daysSince(isoDay: string, now = Date.now()): number {
  return Math.floor((now - realDay(isoDay).getTime()) / DAY_MS);
}
