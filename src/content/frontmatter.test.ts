import fs from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import {contentKind, daysSince, docFrontMatterSchema, reviewWindowDays, validateFrontMatter} from './frontmatter';

const good = {
  title: 'Aftercare, day by day',
  description: 'What is normal after microneedling and when to call your clinic.',
  audience: 'patient',
  last_reviewed: new Date('2026-11-01T00:00:00Z'),
  review_status: 'editorial',
  keywords: ['aftercare', 'redness', 'downtime'],
};

describe('content rules: frontmatter', () => {
  it('classifies files by where they live', () => {
    expect(contentKind('docs/skin/a.mdx')).toBe('doc');
    expect(contentKind('versioned_docs/version-2026.1/skin/a.mdx')).toBe('doc');
    expect(contentKind('blog/2026-10-01-story.mdx')).toBe('blog');
    expect(contentKind('src/pages/about.md')).toBe('other');
  });

  it('accepts a complete doc frontmatter and normalizes the date', () => {
    expect(validateFrontMatter('docs/a.mdx', good).last_reviewed).toBe('2026-11-01');
  });

  it('names the file and a missing field', () => {
    const {audience: _omit, ...rest} = good;
    expect(() => validateFrontMatter('docs/a.mdx', rest)).toThrow('docs/a.mdx: invalid frontmatter: field "audience": is missing');
  });

  it('rejects a description over 160 characters', () => {
    expect(() => validateFrontMatter('docs/a.mdx', {...good, description: 'x'.repeat(161)})).toThrow(
      /docs\/a\.mdx: invalid frontmatter: field "description": Too big/,
    );
  });

  it('rejects an unknown audience and review status', () => {
    expect(() => validateFrontMatter('docs/a.mdx', {...good, audience: 'doctors'})).toThrow('field "audience"');
    expect(() => validateFrontMatter('docs/a.mdx', {...good, review_status: 'approved'})).toThrow('field "review_status"');
  });

  it('rejects dates that are not ISO or lie in the future', () => {
    expect(() => validateFrontMatter('docs/a.mdx', {...good, last_reviewed: '25/11/2026'})).toThrow(
      'field "last_reviewed": "25/11/2026" is not an ISO date (YYYY-MM-DD)',
    );
    expect(() => validateFrontMatter('docs/a.mdx', {...good, last_reviewed: '2999-01-01'})).toThrow('field "last_reviewed": is in the future');
    expect(() => validateFrontMatter('docs/a.mdx', {...good, last_reviewed: '2026-02-29'})).toThrow(
      'field "last_reviewed": "2026-02-29" is not a real calendar date',
    );
  });

  it('checks blog posts against the blog rules', () => {
    expect(() => validateFrontMatter('blog/2026-10-01-x.mdx', {...good, authors: ['editorial']})).toThrow('field "tags": is missing');
  });

  it('leaves other pages alone', () => {
    expect(validateFrontMatter('src/pages/x.md', {title: 'x'})).toEqual({title: 'x'});
  });

  it('counts days since review', () => {
    expect(daysSince('2026-01-01', Date.parse('2026-01-31'))).toBe(30);
  });
});

describe('the maintainers\' page (src/pages/contributing.mdx)', () => {
  const page = fs.readFileSync(path.join(__dirname, '..', 'pages', 'contributing.mdx'), 'utf8');

  it('shows a frontmatter example that the build accepts', () => {
    const example = /```yaml[^\n]*\n---\n([\s\S]*?)\n---\n```/.exec(page)?.[1];
    expect(example).toBeDefined();
    const frontMatter = yaml.load(example ?? '', {schema: yaml.JSON_SCHEMA}) as Record<string, unknown>;
    expect(() => validateFrontMatter('docs/microneedling/example-page.mdx', frontMatter)).not.toThrow();
  });

  it('lists every field of the doc schema, with the review window', () => {
    for (const field of Object.keys(docFrontMatterSchema.shape)) expect(page).toContain(`| \`${field}\` |`);
    expect(page).toContain(`after ${reviewWindowDays} days`);
  });
});
