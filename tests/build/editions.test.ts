/**
 * An edition says what it said when it was cut: each edition's built pages show the glossary and
 * tool data of its own `_data/` folder, never the working draft's (docs/_data/, shown by the preview
 * build). Where the draft's data differ from an edition's, the edition's pages must show the
 * edition's text and not the draft's: so an edit to the draft changes no published edition, and an
 * edit to an edition's own copy changes that edition.
 */
import fs from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import {parse, type HTMLElement} from 'node-html-parser';
import {buildDir, requireBuild, siteDir} from '../../measure/site';

requireBuild();
const previewDir = path.join(siteDir, 'build-preview');
if (!fs.existsSync(path.join(previewDir, 'index.html'))) throw new Error('No build-preview/: run "npm run build:preview" first.');

const versions: string[] = JSON.parse(fs.readFileSync(path.join(siteDir, 'versions.json'), 'utf8'));

interface Edition {
  name: string;
  dataDir: string;
  /** A built page of this edition, by its path under docs/ ("reference/glossary"). */
  page(id: string): HTMLElement;
}

const page = (root: string, prefix: string) => (id: string) => parse(fs.readFileSync(path.join(root, `${prefix}${id}.html`), 'utf8'));
const draft: Edition = {name: 'working draft', dataDir: path.join(siteDir, 'docs', '_data'), page: page(previewDir, 'docs/')};
const editions: Edition[] = versions.map((version, index) => ({
  name: version,
  dataDir: path.join(siteDir, 'versioned_docs', `version-${version}`, '_data'),
  page: page(buildDir, index === 0 ? 'docs/' : `docs/${version}/`),
}));

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

interface Term {
  id: string;
  short: string;
}
const glossaryOf = (edition: Edition): Term[] => yaml.load(fs.readFileSync(path.join(edition.dataDir, 'glossary.yaml'), 'utf8')) as Term[];

/** Definition shown on an edition's glossary page for each term id. */
function shownDefinitions(edition: Edition): Map<string, string> {
  const html = edition.page('reference/glossary');
  return new Map(html.querySelectorAll('article h3[id]').map((h) => [h.getAttribute('id')!, squash(h.nextElementSibling?.text ?? '')]));
}

/** The tool data module of an edition (TypeScript, loaded the way the tests load the draft's). */
const toolData = <T,>(edition: Edition, name: string): T | undefined => {
  const file = path.join(edition.dataDir, `${name}.ts`);
  return fs.existsSync(file) ? (require(file) as T) : undefined;
};

interface Claim {
  text: string;
}
interface Timeline {
  recoveryTimeline: {phases: readonly {normal: readonly Claim[]; callClinic: readonly Claim[]; care: readonly Claim[]}[]};
}
interface Plan {
  sessionPlanLimits: {minIntervalWeeks: number; maxIntervalWeeks: number; minSessions: number; maxSessions: number};
}
interface Checklist {
  consultationChecklist: readonly {items: readonly {text: string}[]}[];
}
interface Finder {
  finderIntro: string;
}

const timelineTexts = (t: Timeline) => t.recoveryTimeline.phases.flatMap((p) => [...p.normal, ...p.callClinic, ...p.care].map((c) => squash(c.text)));
const checklistTexts = (c: Checklist) => c.consultationChecklist.flatMap((g) => g.items.map((i) => squash(i.text)));

describe.each([draft, ...editions].map((e) => [e.name, e] as const))('%s shows its own data', (_name, edition) => {
  it('glossary: every definition as its own glossary.yaml writes it', () => {
    const shown = shownDefinitions(edition);
    const terms = glossaryOf(edition);
    expect(terms.length).toBeGreaterThan(50);
    for (const term of terms) expect(shown.get(term.id)).toContain(squash(term.short));
  });

  const timeline = toolData<Timeline>(edition, 'recovery-timeline');
  (timeline ? it : it.skip)('recovery timeline: every claim of its own recovery-timeline.ts', () => {
    const text = squash(edition.page('microneedling/aftercare').querySelector('article')!.text);
    for (const claim of timelineTexts(timeline!)) expect(text).toContain(claim);
  });

  const plan = toolData<Plan>(edition, 'session-plan');
  (plan ? it : it.skip)('session planner: the limits of its own session-plan.ts', () => {
    const html = edition.page('microneedling/results-sessions-and-intervals');
    const {minIntervalWeeks, maxIntervalWeeks, minSessions, maxSessions} = plan!.sessionPlanLimits;
    const interval = html.querySelector('input[name="intervalWeeks"]')!;
    const sessions = html.querySelector('input[name="sessions"]')!;
    expect([interval.getAttribute('min'), interval.getAttribute('max')]).toEqual([String(minIntervalWeeks), String(maxIntervalWeeks)]);
    expect([sessions.getAttribute('min'), sessions.getAttribute('max')]).toEqual([String(minSessions), String(maxSessions)]);
  });

  const checklist = toolData<Checklist>(edition, 'consultation-checklist');
  (checklist ? it : it.skip)('consultation checklist: every item of its own consultation-checklist.ts', () => {
    const text = squash(edition.page('practitioner/consultation-checklist').querySelector('article')!.text);
    for (const item of checklistTexts(checklist!)) expect(text).toContain(item);
  });

  const finder = toolData<Finder>(edition, 'scar-finder');
  (finder ? it : it.skip)('scar-type finder: the introduction of its own scar-finder.ts', () => {
    expect(squash(edition.page('scarring/atrophic-scar-types').querySelector('article')!.text)).toContain(squash(finder!.finderIntro));
  });
});

describe('the working draft and the editions are independent', () => {
  const draftDefinitions = new Map(glossaryOf(draft).map((t) => [t.id, squash(t.short)]));

  it("where the draft's glossary differs from an edition's, that edition shows its own definition, not the draft's", () => {
    let differing = 0;
    for (const edition of editions) {
      const shown = shownDefinitions(edition);
      const changed = glossaryOf(edition).filter((t) => draftDefinitions.has(t.id) && draftDefinitions.get(t.id) !== squash(t.short));
      differing += changed.length;
      for (const term of changed) expect([edition.name, shown.get(term.id)]).not.toEqual([edition.name, expect.stringContaining(draftDefinitions.get(term.id)!)]);
    }
    // The draft's glossary was corrected after 2026.1 and 2026.2 were cut (What changed, 2027.1).
    expect(differing).toBeGreaterThan(0);
  });

  it("edition 2026.2's timeline differs from the draft's where the draft was corrected, and shows its own", () => {
    const edition = editions.find((e) => e.name === '2026.2');
    const own = edition && toolData<Timeline>(edition, 'recovery-timeline');
    const current = toolData<Timeline>(draft, 'recovery-timeline')!;
    if (!edition || !own) return; // 2026.2 has been retired: the glossary test above still proves the rule.
    // Claims the draft reworded (a claim that is part of one of the edition's own would match it too).
    const onlyInDraft = timelineTexts(current).filter((text) => !timelineTexts(own).some((old) => old.includes(text)));
    expect(onlyInDraft.length).toBeGreaterThan(0);
    const text = squash(edition.page('microneedling/aftercare').querySelector('article')!.text);
    for (const claim of onlyInDraft) expect(text).not.toContain(claim);
  });
});

describe('the current edition shows its claim checks', () => {
  const current = editions[0]!;
  const ledgerFile = path.join(current.dataDir, 'claim-checks.yaml');
  const ledger = fs.existsSync(ledgerFile)
    ? (yaml.load(fs.readFileSync(ledgerFile, 'utf8'), {schema: yaml.CORE_SCHEMA}) as {page: string; claims: unknown[]}[])
    : [];

  it(`edition ${current.name}: under each checked page's title, the number of statements checked against their sources`, () => {
    const pages = ledger.filter((entry) => !/^(blog|data)\//.test(entry.page));
    expect(pages.length).toBeGreaterThan(35);
    for (const entry of pages) {
      const status = current.page(entry.page).querySelector('article header + ul[aria-label="About this page"]');
      expect(status?.text).toContain(`${entry.claims.length} statements checked against their sources`);
    }
  });
});
