import {themes, type PrismTheme} from 'prism-react-renderer';
import {darkCodeTheme, lightCodeTheme, recolor} from './prism';

/** sRGB channels of a hex color ("#0550ae", "#fff") or of "rgb(98, 114, 164)". */
function channels(color: string): [number, number, number] {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color)?.[1];
  if (hex) {
    const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex;
    return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16)) as [number, number, number];
  }
  const rgb = /^rgb\(\s*(\d+),\s*(\d+),\s*(\d+)\s*\)$/.exec(color);
  if (rgb) return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])];
  throw new Error(`unreadable color ${color}`);
}

const luminance = (color: string) => {
  const [r, g, b] = channels(color).map((v) => v / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
};

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** Token colors below 4.5:1 against the block's background. */
function failing(theme: PrismTheme): string[] {
  const background = theme.plain.backgroundColor!;
  const colors = [theme.plain.color, ...theme.styles.map((s) => s.style.color)].filter((c): c is string => Boolean(c));
  return [...new Set(colors)].filter((c) => contrast(c, background) < 4.5).map((c) => `${c} (${contrast(c, background).toFixed(2)}:1)`);
}

describe('code-block themes', () => {
  it('computes WCAG contrast ratios', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });

  it('the stock themes fail (why ours exist)', () => {
    expect(failing(themes.github)).not.toEqual([]);
    expect(failing(themes.dracula)).not.toEqual([]);
  });

  it.each([
    ['light', lightCodeTheme],
    ['dark', darkCodeTheme],
  ])('every token color of the %s theme reaches 4.5:1', (_name, theme) => {
    expect(failing(theme)).toEqual([]);
  });

  it('recolor leaves the styles it does not name alone', () => {
    const theme = recolor(themes.github, {'#999988': '#57606a'});
    expect(theme.styles.length).toBe(themes.github.styles.length);
    expect(theme.plain).toEqual(themes.github.plain);
  });
});
