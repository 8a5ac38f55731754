import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {spanishReadability, spanishSyllables} from './readability';
import {analyzeTranslations, compareWithEnglish, minAverageInflesz} from './translation-rules';
import {sourceShaOf} from './translations';

const english = `---
title: Aftercare
---

import * as timeline from '../_data/recovery-timeline';

Redness <Term id="erythema">redness</Term> lasts days <Cite id="chu2021" /><Cite id="martin2021" />.

:::danger[Call your clinic]
Fever or pus.
:::

<RecoveryTimeline {...timeline} />

## Related

- [Risks](./risks.mdx)

## References

<References />
`;

const spanish = `---
title: Cuidados
---

import * as timeline from '../_data/recovery-timeline';

El <Term id="erythema">enrojecimiento</Term> dura días <Cite id="chu2021" /><Cite id="martin2021" />.

:::danger[Llame a su clínica]
Fiebre o pus.
:::

<RecoveryTimeline {...timeline} />

## Páginas relacionadas {/* #related */}

- [Riesgos](./risks.mdx)

## Referencias {/* #references */}

<References />
`;

describe('a translation keeps what its English page says', () => {
  it('passes when sources, warnings, terms, components, imports and closing sections are the same', () => {
    expect(compareWithEnglish(english, spanish)).toEqual([]);
  });

  it('fails when a source is missing or moved', () => {
    expect(compareWithEnglish(english, spanish.replace('<Cite id="martin2021" />', ''))).toEqual([
      'cites other sources, or in another order than its English page: English [chu2021, martin2021], here [chu2021]',
    ]);
    expect(compareWithEnglish(english, spanish.replace('<Cite id="chu2021" /><Cite id="martin2021" />', '<Cite id="martin2021" /><Cite id="chu2021" />'))).toHaveLength(1);
  });

  it('fails when a warning box is dropped or softened into another kind', () => {
    expect(compareWithEnglish(english, spanish.replace(':::danger[', ':::note['))).toEqual([
      'has other warning boxes (admonitions), or in another order than its English page: English [danger], here [note]',
    ]);
  });

  it('fails when a glossary term, a component or a heading anchor is lost', () => {
    const problems = compareWithEnglish(english, spanish.replace('<Term id="erythema">enrojecimiento</Term>', 'enrojecimiento').replace('<RecoveryTimeline {...timeline} />', '').replace(' {/* #references */}', ''));
    expect(problems.map((p) => p.split(' than ')[0])).toEqual([
      'marks other glossary terms',
      'has other components',
      'has other heading anchors (give each heading its English anchor, `{/* #english-slug */}`)',
      'has other closing sections (Related, References: keep their English ids, {/* #related */} and {/* #references */})',
    ]);
  });
});

describe('Spanish readability (Szigriszt-Pazos, INFLESZ scale)', () => {
  it('counts Spanish syllables with diphthongs and hiatus', () => {
    expect(['cicatriz', 'queloide', 'día', 'piel', 'cuidado', 'leer', 'hiperpigmentación'].map(spanishSyllables)).toEqual([3, 3, 2, 1, 3, 2, 6]);
  });

  it('scores short sentences of short words as easier', () => {
    const easy = spanishReadability('---\ntitle: x\n---\n\nLa piel sana. El sol daña la piel. Use crema.\n');
    const hard = spanishReadability('---\ntitle: x\n---\n\nLa hiperpigmentación postinflamatoria constituye una complicación frecuentemente documentada tras procedimientos dermatológicos mínimamente invasivos.\n');
    expect(easy.inflesz).toBeGreaterThan(80);
    expect(hard.inflesz).toBeLessThan(40);
  });
});

describe('the Spanish guide itself', () => {
  const report = analyzeTranslations(path.resolve(__dirname, '../..'));

  it('has the patient guide and two stories translated', () => {
    expect(report.pages.filter((p) => p.file.includes('docusaurus-plugin-content-docs/version-')).length).toBeGreaterThanOrEqual(30);
    expect(report.pages.filter((p) => p.file.includes('docusaurus-plugin-content-blog/')).length).toBeGreaterThanOrEqual(2);
  });

  it('follows every translation rule, and patients can read it', () => {
    expect(report.violations).toEqual([]);
    expect(report.averageInflesz).toBeGreaterThanOrEqual(minAverageInflesz);
  });
});

describe('a translation whose English page has changed', () => {
  // A fixture site: an English page and its Spanish translation, stamped from the English text.
  const site = fs.mkdtempSync(path.join(os.tmpdir(), 'translation-'));
  const englishFile = path.join(site, 'docs', 'skin', 'x.mdx');
  const spanishRel = 'i18n/es/docusaurus-plugin-content-docs/current/skin/x.mdx';
  fs.mkdirSync(path.dirname(englishFile), {recursive: true});
  fs.mkdirSync(path.join(site, path.dirname(spanishRel)), {recursive: true});
  fs.writeFileSync(englishFile, english);
  fs.writeFileSync(
    path.join(site, spanishRel),
    spanish.replace('title: Cuidados\n', `title: Cuidados\naudience: patient\ntranslation:\n  translated_on: 2026-12-01\n  source_sha: '${sourceShaOf(site, spanishRel)}'\n`),
  );

  it('is current while the English text is the one translated', () => {
    expect(analyzeTranslations(site).pages.map((p) => p.status)).toEqual(['current']);
  });

  it('is reported as changed once the English page is edited', () => {
    fs.writeFileSync(englishFile, english.replace('lasts days', 'lasts a few days'));
    expect(analyzeTranslations(site).pages.map((p) => p.status)).toEqual(['outdated']);
  });
});
