/**
 * Code-block colors. The stock Prism themes fail WCAG AA contrast (github's comments are 2.7:1,
 * dracula's 3.0:1), which the every-page accessibility walk reports; these are the same themes with
 * the failing colors replaced by darker (light theme) or lighter (dark theme) ones. config/prism.test.ts
 * checks every token color against the block's background (4.5:1 at least).
 */
import {themes, type PrismTheme} from 'prism-react-renderer';

/** Replaces colors (compared case-insensitively) in a theme's token styles. */
export function recolor(theme: PrismTheme, replacements: Record<string, string>): PrismTheme {
  const lookup = new Map(Object.entries(replacements).map(([from, to]) => [from.toLowerCase().replace(/\s+/g, ''), to]));
  const swap = (color: string | undefined) => (color === undefined ? color : lookup.get(color.toLowerCase().replace(/\s+/g, '')) ?? color);
  return {
    plain: {...theme.plain, color: swap(theme.plain.color)},
    styles: theme.styles.map((entry) => ({...entry, style: {...entry.style, color: swap(entry.style.color)}})),
  };
}

export const lightCodeTheme = recolor(themes.github, {
  '#999988': '#57606a', // comments
  '#e3116c': '#b3145b', // strings
  '#36acaa': '#116329', // numbers, booleans, properties
  '#00a4db': '#0550ae', // keywords, at-rules, attribute names
  '#d73a49': '#b02a37', // functions, tags
});

export const darkCodeTheme = recolor(themes.dracula, {
  'rgb(98, 114, 164)': '#a4b0d8', // comments
  'rgb(255, 85, 85)': '#ff6e6e', // deleted
});
