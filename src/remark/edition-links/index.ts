/**
 * In a translated build (/es/), a relative link between guide pages is rewritten from the edition's
 * docs root (`../skin/x.mdx` → `/skin/x.mdx`) before Docusaurus resolves it. Docusaurus resolves a
 * relative link only beside the file itself, so in a translated build an English page shown as it is
 * (the trainee chapter) could not reach a translated page, nor a translation an English-only page
 * (facebook/docusaurus#10907); a link from the docs root is looked up in the translation folder
 * first, then in the English one, which is what a reader expects. English builds are left alone.
 */
import path from 'node:path';
import type {Root} from 'mdast';
import {visit} from 'unist-util-visit';
import type {VFile} from 'vfile';
import {editionRoot} from '../glossary';

export interface EditionLinksOptions {
  /** On in a translated locale's build only. */
  enabled: boolean;
}

const RELATIVE_PAGE = /^(\.\.?\/[^#?]*\.mdx?)(#.*)?$/;

export default function remarkEditionLinks({enabled}: EditionLinksOptions) {
  return (tree: Root, file: VFile): void => {
    if (!enabled || !file.path) return;
    const root = editionRoot(file.path);
    visit(tree, ['link', 'definition'], (node) => {
      const link = node as {url: string};
      const match = RELATIVE_PAGE.exec(link.url);
      if (!match) return;
      const fromRoot = path.relative(root, path.resolve(path.dirname(file.path), decodeURIComponent(match[1]!))).split(path.sep).join('/');
      if (fromRoot.startsWith('..')) return; // outside the edition: not a guide page
      link.url = `/${fromRoot}${match[2] ?? ''}`;
    });
  };
}
