import {createSlugger} from '@docusaurus/utils';

/**
 * The anchors Docusaurus gives the headings (levels 2-4) of a Markdown page, with the framework's
 * own slugger, so a test checks a link against the ids the built page will have.
 */
export function headingAnchors(markdown: string): string[] {
  const slugger = createSlugger();
  return [...markdown.matchAll(/^#{2,4} (.+)$/gm)].map((m) => slugger.slug(m[1]!.trim()));
}
