/**
 * Editions that are no longer built (to keep the build and the every-page walk within CI's time),
 * each with the published edition whose pages give the same advice ("What changed"). Their URLs
 * are kept: every old page address redirects to the same page in that edition, so a link a clinic
 * or a reader saved still works. The target must be an edition that is still built, and not the
 * current one (whose pages have no edition prefix); when a target is retired, point the older
 * entries at the new target too.
 */
export const retiredEditions: Readonly<Record<string, string>> = {
  // 2026.2 changed no clinical guidance from 2026.1; it only added the tools.
  '2026.1': '2026.2',
};

/** For @docusaurus/plugin-client-redirects: the retired addresses that lead to a built page. */
export function retiredEditionRedirects(existingPath: string): string[] {
  return Object.entries(retiredEditions).flatMap(([retired, target]) => {
    const prefix = `/docs/${target}`;
    if (existingPath !== prefix && !existingPath.startsWith(`${prefix}/`)) return [];
    return [`/docs/${retired}${existingPath.slice(prefix.length)}`];
  });
}

/**
 * For a translated locale, which builds the current edition only: the addresses of every other
 * edition (older and retired) lead to the same page of the current edition, so the language switch
 * on an older edition's page still lands on a page.
 */
export function currentEditionOnlyRedirects(builtEditions: readonly string[]): (existingPath: string) => string[] {
  const others = [...builtEditions.slice(1), ...Object.keys(retiredEditions)];
  return (existingPath) => {
    if (existingPath !== '/docs' && !existingPath.startsWith('/docs/')) return [];
    if (existingPath === '/docs/next' || existingPath.startsWith('/docs/next/')) return [];
    return others.map((edition) => `/docs/${edition}${existingPath.slice('/docs'.length)}`);
  };
}
