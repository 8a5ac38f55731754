import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {checkProblems, LedgerError, readLedger, summarize, textSha, verdictCounts, type PageCheck} from './claim-checks';
import {analyzePage} from './rules';

const page = `---
title: Fixture
description: A fixture page used to test the claim-check ledger of the guide.
audience: patient
last_reviewed: 2026-11-01
review_status: editorial
keywords: [one, two, three]
---

Scores improved at six months, not at three <Cite id="alam2014" />. Redness settles in days <Cite id="chu2021" />.
`;

function ledgerDir(yamlText: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-'));
  fs.mkdirSync(path.join(dir, '_data'));
  fs.writeFileSync(path.join(dir, '_data', 'claim-checks.yaml'), yamlText);
  return dir;
}

const entry = (overrides: Partial<PageCheck> = {}): PageCheck => ({
  page: 'microneedling/fixture',
  checked: '2026-12-01',
  text_sha: textSha(page),
  claims: [
    {statement: 'Within-group improvement at 6 months, not at 3', cites: ['alam2014'], read: 'abstract', verdict: 'supported'},
    {statement: 'Redness usually settles within days', cites: ['chu2021'], read: 'abstract', verdict: 'supported', checked: '2026-12-02'},
  ],
  ...overrides,
});

describe('claim-check ledger', () => {
  it('passes a page whose statements are all supported, cover every cited source and match its text', () => {
    expect(checkProblems(entry(), page, ['alam2014', 'chu2021'])).toEqual([]);
    expect(summarize(entry())).toEqual({statements: 2, checked: '2026-12-02'});
  });

  it('fails a page with no checked statements', () => {
    expect(checkProblems(undefined, page, ['alam2014'])).toEqual(['no checked statements in the claim-check ledger']);
  });

  it('fails an open verdict, an unchecked source, a source the page does not cite, and changed text', () => {
    const open = entry({
      claims: [
        {statement: 'The treatment itself made the difference', cites: ['alam2014'], read: 'abstract', verdict: 'overstated'},
        {statement: 'A claim cited to a source not on the page', cites: ['soltani2014'], read: 'abstract', verdict: 'supported'},
      ],
    });
    expect(checkProblems(open, `${page}\nA new sentence.`, ['alam2014', 'chu2021'])).toEqual([
      'statement "The treatment itself made the difference" is overstated, not supported',
      'ledger cites soltani2014, which the page does not cite',
      'no checked statement covers cited source(s) chu2021',
      'text changed after its check on 2026-12-01: re-check the changed statements, then `npm run claims:stamp -- microneedling/fixture`',
    ]);
  });

  it('ignores frontmatter and whitespace in the text fingerprint', () => {
    expect(textSha(page.replace('last_reviewed: 2026-11-01', 'last_reviewed: 2026-11-30').replace('. Redness', '.\n\nRedness'))).toBe(textSha(page));
    expect(textSha(page.replace('six', 'five'))).not.toBe(textSha(page));
  });

  it('counts verdicts as first published, corrections and removals included', () => {
    const corrected = entry({
      claims: [{statement: 'Within-group improvement at 6 months, not at 3', cites: ['alam2014'], read: 'abstract', verdict: 'supported', was: 'overstated'}],
      removed: [{statement: 'Raised scars are never needled', cites: ['fabbrocini2010'], read: 'full text', verdict: 'unsupported'}],
    });
    expect(verdictCounts([corrected, entry()])).toEqual({supported: 2, overstated: 1, wrong: 0, unsupported: 1, uncheckable: 0, removed: 1});
  });

  it('names the file, the page and the field of a malformed entry', () => {
    const dir = ledgerDir('- page: skin/layers\n  checked: 2026-12-01\n  text_sha: 0123456789abcdef\n  claims:\n    - statement: The epidermis is thin on the face\n      cites: [chopra2015]\n      read: abstract\n      verdict: maybe\n');
    expect(() => readLedger(dir, dir)).toThrow(new LedgerError('_data/claim-checks.yaml: entry skin/layers: field "claims.0.verdict": Invalid option: expected one of "supported"|"overstated"|"wrong"|"unsupported"|"uncheckable"'));
  });

  it('rejects a page listed twice and malformed YAML', () => {
    const one = '- page: skin/layers\n  checked: 2026-12-01\n  text_sha: 0123456789abcdef\n  claims:\n    - {statement: The epidermis is thin on the face, cites: [chopra2015], read: abstract, verdict: supported}\n';
    expect(() => readLedger(ledgerDir(one + one))).toThrow('page "skin/layers" is listed twice');
    expect(() => readLedger(ledgerDir('- page: [oops\n'))).toThrow('malformed YAML');
  });

  it('makes the content rules fail a fixture page with an unchecked statement', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-rules-'));
    fs.mkdirSync(path.join(dir, 'microneedling'));
    const file = path.join(dir, 'microneedling', 'fixture.mdx');
    fs.writeFileSync(file, page);
    const checkedOnlyAlam = entry({claims: [entry().claims[0]!]});
    const report = analyzePage(file, dir, Date.now(), new Map([['microneedling/fixture', checkedOnlyAlam]]));
    expect(report.violations).toContain('claim check: no checked statement covers cited source(s) chu2021');
    expect(analyzePage(file, dir, Date.now(), new Map()).violations).toContain('claim check: no checked statements in the claim-check ledger');
    expect(analyzePage(file, dir, Date.now(), new Map([['microneedling/fixture', entry()]])).violations.filter((v) => v.startsWith('claim check'))).toEqual([]);
  });
});
