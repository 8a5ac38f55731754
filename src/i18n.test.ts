/**
 * Every message id of our own (`scaratlas.*`) that the components and pages use has a Spanish
 * message in i18n/es/code.json, and that message is a translation: not the English default copied
 * over (for defaults of two words or more; "Dermis" is the same word in both languages), and with
 * the same {placeholders}. The ids and English defaults are read from the source the way
 * `docusaurus write-translations` reads them: translate({id, message}) and <Translate id>children</Translate>.
 */
import fs from 'node:fs';
import path from 'node:path';

const srcDir = __dirname;
const codeJson = path.join(srcDir, '..', 'i18n', 'es', 'code.json');

interface Use {
  id: string;
  /** The English default, or undefined when it is not a plain string literal or text. */
  message: string | undefined;
  file: string;
}

/** Source files of src/ (not tests, not test fixtures). */
function sourceFiles(): string[] {
  return (fs.readdirSync(srcDir, {recursive: true}) as string[])
    .filter((rel) => /\.tsx?$/.test(rel) && !/\.test\.tsx?$/.test(rel) && !rel.split(path.sep).includes('__fixtures__'))
    .sort();
}

/** The value of a JavaScript string literal's body (quotes removed). */
function unescape(body: string): string {
  return body.replace(/\\(.)/g, (_, char: string) => ({n: '\n', t: '\t'})[char] ?? char);
}

const STRING = String.raw`'((?:\\.|[^'\\])*)'|"((?:\\.|[^"\\])*)"`;

/** The uses of `scaratlas.` ids in one file's text. */
function usesIn(text: string, file: string): Use[] {
  const uses: Use[] = [];
  // translate({id: 'scaratlas.x', message: 'English'}) and objects like it: the message follows the id.
  for (const match of text.matchAll(/\bid:\s*(['"])(scaratlas\.[^'"]+)\1/g)) {
    const rest = text.slice(match.index + match[0].length);
    const message = new RegExp(String.raw`^\s*,\s*message:\s*(?:${STRING})`).exec(rest);
    uses.push({id: match[2]!, message: message ? unescape(message[1] ?? message[2]!) : undefined, file});
  }
  // <Translate id="scaratlas.x" values={...}>English</Translate>: children after the opening tag.
  for (const match of text.matchAll(/<Translate\s+id=(['"])(scaratlas\.[^'"]+)\1/g)) {
    const end = text.indexOf('</Translate>', match.index);
    const inner = end === -1 ? '' : text.slice(match.index + match[0].length, end);
    const children = inner.slice(inner.lastIndexOf('>') + 1);
    const literal = new RegExp(String.raw`^\s*\{\s*(?:${STRING})\s*\}\s*$`).exec(children);
    const message = literal
      ? unescape(literal[1] ?? literal[2]!)
      : /[{}<]/.test(children)
        ? undefined
        : children.trim().replace(/\s+/g, ' '); // JSX text, as Docusaurus extracts it
    uses.push({id: match[2]!, message, file});
  }
  return uses;
}

function allUses(): Use[] {
  return sourceFiles().flatMap((rel) => usesIn(fs.readFileSync(path.join(srcDir, rel), 'utf8'), `src/${rel.split(path.sep).join('/')}`));
}

const placeholders = (message: string) => [...new Set(message.match(/\{\w+\}/g) ?? [])].sort();

describe('Spanish messages (i18n/es/code.json)', () => {
  const spanish = JSON.parse(fs.readFileSync(codeJson, 'utf8')) as Record<string, {message: string}>;
  const uses = allUses();

  it('finds the ids in both call forms', () => {
    expect(uses.length).toBeGreaterThan(100);
    expect(uses.some((use) => use.id === 'scaratlas.timeline.dayLabel' && use.message === 'What day is it for you?')).toBe(true);
    expect(uses.some((use) => use.id === 'scaratlas.timeline.dayHint' && use.message?.startsWith('Optional. Count the day'))).toBe(true);
    expect(uses.some((use) => use.id === 'scaratlas.disclaimer.label' && use.message === 'Medical disclaimer')).toBe(true);
    expect(uses.every((use) => use.message !== '')).toBe(true);
  });

  it('has a message for every id the source uses', () => {
    const missing = [...new Set(uses.filter((use) => spanish[use.id] === undefined).map((use) => `${use.id} (${use.file})`))];
    expect(missing).toEqual([]);
  });

  it('translates every message of two words or more', () => {
    const untranslated = uses
      .filter((use) => use.message !== undefined && use.message.trim().split(/\s+/).length >= 2 && spanish[use.id]?.message === use.message)
      .map((use) => `${use.id} (${use.file}): "${use.message}"`);
    expect([...new Set(untranslated)]).toEqual([]);
  });

  it('keeps the placeholders of the English message', () => {
    const mismatched = uses
      .filter((use) => use.message !== undefined && spanish[use.id] !== undefined)
      .filter((use) => placeholders(use.message!).join() !== placeholders(spanish[use.id]!.message).join())
      .map((use) => `${use.id}: ${placeholders(use.message!).join(' ')} / ${placeholders(spanish[use.id]!.message).join(' ')}`);
    expect([...new Set(mismatched)]).toEqual([]);
  });
});
