import {createSlugger} from '@docusaurus/utils';

/**
 * The anchors Docusaurus gives the headings (levels 2-4) of a Markdown page, with the framework's
 * own slugger: an explicit id (`{/* #id *\/}`, `{#id}`) where the heading has one, else the slug of its
 * text (links and emphasis read as their words). Tests check links against them, and the
 * translation rules check that a translated page keeps its English page's anchors.
 */
export function headingAnchors(markdown: string): string[] {
  const slugger = createSlugger();
  const body = markdown.replace(/^---\n[\s\S]*?\n---\n/, '').replace(/^```[\s\S]*?^```/gm, '');
  return [...body.matchAll(/^#{2,4} (.+)$/gm)].map((m) => {
    const heading = m[1]!.trim();
    const explicit = /\{\/\*\s*#([\w-]+)\s*\*\/\}\s*$|\{#([\w-]+)\}\s*$/.exec(heading);
    if (explicit) return explicit[1] ?? explicit[2]!;
    const text = heading.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/[*_`]/g, '');
    return slugger.slug(text);
  });
}
