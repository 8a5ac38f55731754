/** @jest-environment node */
import path from 'node:path';
import type {Heading, RootContent} from 'mdast';
import {createElement, type ReactNode} from 'react';
import remarkGlossary, {editionRoot} from '.';
import {compileMdx, renderMdx} from '../testing';

// A fixture site: the working draft (docs/) and a published edition, each with its own glossary.
const site = path.join(__dirname, '__fixtures__');
const page = (file: string) => ({path: path.join(site, file), cwd: site});
const plugins = [remarkGlossary];

/** Stand-ins showing the props the plugin gave: the hint and the link text inside. */
const components = {
  Term: ({definition, term, children}: {definition: string; term: string; children: ReactNode}) => createElement('span', {title: `${term}: ${definition}`}, children),
  Cite: ({id}: {id: string}) => `[${id}]`,
};

describe('remark-glossary: <Term>, through the MDX compiler', () => {
  const draft = renderMdx(page('docs/skin/layers.mdx'), plugins, components);

  it('adds the definition and turns the text into a link to the glossary of the same edition', () => {
    expect(draft).toContain('<span title="Erythema: Erythema means something."><a href="../reference/glossary.mdx#erythema">redness</a></span>');
  });

  it('uses the headword when the term has no text', () => {
    expect(draft).toContain('<a href="../reference/glossary.mdx#dermis">Dermis</a>');
  });

  it("reads the definition from the glossary of the page's own edition", () => {
    const frozen = renderMdx(page('versioned_docs/version-2026.1/skin/layers.mdx'), plugins, components);
    expect(frozen).toContain('title="Erythema: Redness, as this edition defined it."');
  });

  it('fails on an unknown id, naming file, line and id', () => {
    expect(() => compileMdx(page('docs/skin/unknown-term.mdx'), plugins)).toThrow(
      /docs\/skin\/unknown-term\.mdx:7: <Term id="nope"> names no entry in \S*docs\/_data\/glossary\.yaml$/,
    );
  });

  it('finds the edition root of docs and versioned docs', () => {
    expect(editionRoot('/s/docs/skin/a.mdx')).toBe('/s/docs');
    expect(editionRoot('/s/versioned_docs/version-2026.1/skin/a.mdx')).toBe('/s/versioned_docs/version-2026.1');
  });
});

describe('remark-glossary: <Glossary />, through the MDX compiler', () => {
  const {tree} = compileMdx(page('docs/reference/glossary.mdx'), plugins);
  const html = renderMdx(page('docs/reference/glossary.mdx'), plugins, components);
  const headings = tree.children.filter((node): node is Heading => node.type === 'heading');
  const textOf = (node: RootContent) => ('children' in node ? node.children.map((c) => ('value' in c ? c.value : '')).join('') : '');

  it('generates letter headings and one heading per term, anchored by its id', () => {
    expect(headings.map((h) => [h.depth, textOf(h), (h.data as {hProperties?: {id?: string}} | undefined)?.hProperties?.id])).toEqual([
      [2, 'D', 'letter-d'],
      [3, 'Dermis', 'dermis'],
      [2, 'E', 'letter-e'],
      [3, 'Epidermis', 'epidermis'],
      [3, 'Erythema', 'erythema'],
      [2, 'Related', undefined],
    ]);
    expect(html).toContain('<h3 id="dermis">Dermis</h3>');
  });

  it('writes the definition, its sources, other names and a link to the guide page', () => {
    expect(html).toContain('<p>Dermis means something. [kolarsick2011]</p>');
    expect(html).toContain('<p>Also called: middle layer. Read more: <a href="../skin/layers.mdx">The layers of your skin</a></p>');
    expect(html).toContain('<a href="../skin/layers.mdx#redness">The layers of your skin</a>');
  });

  it('fails when a term points to a page that does not exist', () => {
    expect(() => compileMdx(page('versioned_docs/version-2026.1/reference/glossary.mdx'), plugins)).toThrow(
      /version-2026\.1\/_data\/glossary\.yaml: term "xerosis", field "page": skin\/missing does not exist$/,
    );
  });
});


describe('remark-glossary: a translated page (i18n/es/…)', () => {
  const spanish = 'i18n/es/docusaurus-plugin-content-docs/current';

  it('shows the Spanish definition and links to the glossary inside the translated edition', () => {
    expect(renderMdx(page(`${spanish}/skin/layers.mdx`), plugins, components)).toContain(
      '<span title="Eritema: El eritema significa algo."><a href="../reference/glossary.mdx#erythema">enrojecimiento</a></span>',
    );
  });

  it('writes the glossary in Spanish, with the English ids as anchors and the translated page titles', () => {
    const html = renderMdx(page(`${spanish}/reference/glossary.mdx`), plugins, components);
    expect(html).toContain('<h3 id="erythema">Eritema</h3>');
    expect(html).toContain('<p>También se dice: capa media. Más información: <a href="../skin/layers.mdx">Las capas de su piel</a></p>');
  });
});
