/**
 * The shape of one bibliography entry as pages and components see it, and how it is written out.
 * Pure: no Node or browser APIs, so both the build plugins and the React components use it.
 */
export type ReferenceType = 'article' | 'regulatory' | 'professional-body';

export interface Reference {
  id: string;
  type: ReferenceType;
  authors: string;
  year?: number;
  title: string;
  /** Articles: journal. */
  journal?: string;
  volume_pages?: string;
  doi?: string;
  pmid?: string;
  pmcid?: string;
  /** Official documents: issuing channel, date and document number. */
  publisher?: string;
  document?: string;
  url?: string;
}

/** The fields a page needs to print a reference (editor-only fields are left out of the bundle). */
export type PublicReference = Pick<
  Reference,
  'id' | 'type' | 'authors' | 'year' | 'title' | 'journal' | 'volume_pages' | 'doi' | 'pmid' | 'pmcid' | 'publisher' | 'document' | 'url'
>;

export interface ReferenceLink {
  label: string;
  href: string;
}

/** "Alam M, Han S, Pongprutthipan M, et al." style: at most three names, then "et al.". */
export function shortAuthors(authors: string): string {
  const cleaned = authors.replace(/\s*\[[^\]]*\]\s*/g, ' ').trim();
  const names = cleaned.split(/,\s*/).filter(Boolean);
  if (names.length <= 3) return names.join(', ');
  return `${names.slice(0, 3).join(', ')}, et al.`;
}

export function referenceLinks(ref: PublicReference): ReferenceLink[] {
  const links: ReferenceLink[] = [];
  if (ref.doi) links.push({label: `doi:${ref.doi}`, href: `https://doi.org/${ref.doi}`});
  if (ref.pmid) links.push({label: `PMID ${ref.pmid}`, href: `https://pubmed.ncbi.nlm.nih.gov/${ref.pmid}/`});
  if (ref.pmcid) links.push({label: ref.pmcid, href: `https://pmc.ncbi.nlm.nih.gov/articles/${ref.pmcid}/`});
  if (ref.url) links.push({label: 'Official page', href: ref.url});
  return links;
}

/** One-line citation text without the links, e.g. "Alam M, et al. Title. JAMA Dermatol. 2014;150(8):844-849." */
export function citationText(ref: PublicReference): string {
  const venue = (ref.type === 'article' ? ref.journal : ref.publisher) ?? '';
  const detail = ref.type === 'article' ? ref.volume_pages : ref.document;
  const when = `${ref.year ?? 'n.d.'}${detail ? `;${detail}` : ''}`;
  const sentences = [shortAuthors(ref.authors), ref.title, venue, when].filter(Boolean);
  return sentences.map((part) => (/[.?!]$/.test(part) ? part : `${part}.`)).join(' ');
}

/** Short label for hover titles: "Alam 2014". */
export function shortLabel(ref: PublicReference): string {
  const first = ref.authors.split(/[ ,]/)[0] ?? ref.authors;
  return `${first} ${ref.year ?? 'n.d.'}`;
}
