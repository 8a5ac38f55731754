/**
 * @jest-environment node
 */
/**
 * The two quality gates behind `npm run lint` can fail: cspell (cspell.config.yaml, with the
 * medical terms dictionary and cspell-words.txt) and markdownlint-cli2 (.markdownlint-cli2.jsonc).
 * Fixtures are written to a temporary directory and each CLI is run on them with the repo config,
 * from inside that directory (so the globs in the repo configs find nothing else there).
 * The last test runs both CLIs over the real repo, as `npm run lint` does.
 */
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// The misspellings below are deliberate fixtures: cspell:ignore recieve isotretinion

const repo = path.resolve(__dirname, '..');
const bin = (name: string) => path.join(repo, 'node_modules', '.bin', name);
const cspellConfig = path.join(repo, 'cspell.config.yaml');
const markdownlintConfig = path.join(repo, '.markdownlint-cli2.jsonc');

interface Run {
  status: number | null;
  output: string;
}

function run(command: string, args: string[], cwd: string): Run {
  const result = spawnSync(bin(command), args, {cwd, encoding: 'utf8', env: {...process.env, NO_COLOR: '1', FORCE_COLOR: '0'}});
  if (result.error) throw result.error;
  return {status: result.status, output: `${result.stdout}\n${result.stderr}`};
}

let dir: string;

function fixture(name: string, text: string): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, text);
  return file;
}

const frontMatter = '---\ntitle: Lint fixture\n---\n\n';

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'scaratlas-lint-'));
});

afterAll(() => {
  fs.rmSync(dir, {recursive: true, force: true});
});

describe('cspell (lint:spell)', () => {
  const cspell = (file: string) => run('cspell', ['--no-progress', '--no-color', '--config', cspellConfig, file], dir);

  it('fails on misspelled words, naming the file, line, column and word', () => {
    // Line 5: frontmatter is lines 1-3, a blank line, then the text.
    const file = fixture('misspelled.mdx', `${frontMatter}Most patients recieve isotretinion for acne before any scar treatment.\n`);
    const {status, output} = cspell(file);
    expect(status).not.toBe(0);
    expect(output).toMatch(/misspelled\.mdx:5:\d+ - Unknown word \(recieve\)/);
    expect(output).toMatch(/misspelled\.mdx:5:\d+ - Unknown word \(isotretinion\)/);
    expect(output).toMatch(/Files checked: 1, Issues found: 2/);
  }, 60_000);

  it('passes a correct medical sentence (medical terms dictionary and project words)', () => {
    const file = fixture(
      'correct.mdx',
      `${frontMatter}Isotretinoin and erythema after microneedling; subcision of rolling scars.\n`,
    );
    const {status, output} = cspell(file);
    expect(output).toMatch(/Files checked: 1, Issues found: 0/);
    expect(status).toBe(0);
  }, 60_000);
});

describe('markdownlint-cli2 (lint:md)', () => {
  const markdownlint = (file: string) => run('markdownlint-cli2', ['--config', markdownlintConfig, file], dir);

  it('fails on a heading-level jump (## then ####), naming the file, line and MD001', () => {
    const file = fixture('heading-jump.mdx', `${frontMatter}## Section\n\nSome text.\n\n#### Too deep\n\nMore text.\n`);
    const {status, output} = markdownlint(file);
    expect(status).not.toBe(0);
    expect(output).toMatch(/heading-jump\.mdx:9 MD001\/heading-increment/);
  }, 60_000);

  it('passes a well-formed MDX page with JSX components and an admonition', () => {
    const file = fixture(
      'good.mdx',
      `${frontMatter}import Thing from '@site/src/components/Thing';\n\nIntro with a <Term id="erythema">term</Term> and a citation <Cite id="alam2014" />.\n\n## Section\n\n### Subsection\n\n:::tip[Ask]\n\n- One question\n- Another question\n\n:::\n\n<Thing />\n`,
    );
    const {status, output} = markdownlint(file);
    expect(output).toMatch(/Linting: 1 file\(s\)/);
    expect(status).toBe(0);
  }, 60_000);
});

describe('the repository', () => {
  it('passes both checks (npm run lint)', () => {
    const spell = run('cspell', ['--no-progress', '--no-summary', '--no-color', '--show-context'], repo);
    expect(spell.output.trim()).toBe('');
    expect(spell.status).toBe(0);
    const md = run('markdownlint-cli2', [], repo);
    expect(md.output).toMatch(/Summary: 0 error\(s\)/);
    expect(md.status).toBe(0);
  }, 120_000);
});
