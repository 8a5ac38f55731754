import yaml from 'js-yaml';
import {FrontMatterError} from './frontmatter';

/** The YAML frontmatter of a Markdown file as an object; malformed YAML names the file. */
export function parseFrontMatterBlock(source: string, file: string): Record<string, unknown> {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(source);
  if (!match) throw new FrontMatterError(`${file}: no frontmatter block (--- ... ---) at the top`);
  try {
    return (yaml.load(match[1]!) ?? {}) as Record<string, unknown>;
  } catch (error) {
    throw new FrontMatterError(`${file}: malformed frontmatter YAML: ${(error as Error).message.split('\n')[0]}`);
  }
}
