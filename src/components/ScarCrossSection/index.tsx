import type {ReactNode} from 'react';
import {translate} from '@docusaurus/Translate';
import styles from './styles.module.css';

/**
 * Schematic cross-section of one atrophic acne-scar type (Jacob classification), used on
 * docs/scarring/atrophic-scar-types.mdx as <ScarCrossSection type="icepick" />.
 *
 * Shapes follow the descriptions the page cites (fabbrocini2010, adapted from jacob2001):
 * - icepick: a narrow, deep, V-shaped tract that can reach the deep dermis or the fat;
 * - boxcar: round/oval with sharp vertical walls and a flat floor;
 * - rolling: a wide, wavy surface pulled down by fibrous bands tethering the dermis to the fat.
 * The drawing is not to scale (sizes are in the page text). Text only ever sits on a label
 * "pill" (--scs-label-bg), so the one text/background pair that needs 4.5:1 is documented in
 * styles.module.css. The viewBox keeps labels legible on a 360px phone (about 0.68x there).
 */

export const scarTypes = ['icepick', 'boxcar', 'rolling'] as const;
export type ScarType = (typeof scarTypes)[number];

interface Props {
  type: ScarType;
}

const width = 480;
const height = 320;
const surface = 72; // skin surface (top of the epidermis)
const fatTop = 226; // dermis / fat boundary

interface Label {
  text: string;
  x: number; // left edge of the pill
  y: number; // top edge of the pill
  /** Leader line from the pill to the structure it names. */
  to: readonly [number, number];
}

interface Drawing {
  title: string;
  desc: string;
  caption: string;
  /** Skin surface from the left edge to the right edge (the epidermis is drawn along it). */
  surfacePath: string;
  /** Closed shape of the dip, filled with the "air" color so it cuts into the skin. */
  dipPath: string;
  /** Fibrous bands (rolling scars only): [x1, y1, x2, y2]. */
  bands?: ReadonlyArray<readonly [number, number, number, number]>;
  scarLabel: Label;
}

/** The three drawings, their words in the page's language. */
function drawings(): Record<ScarType, Drawing> {
  return {
    icepick: {
      title: translate({id: 'scaratlas.scarSection.icepick.title', message: 'Cross-section of an icepick scar'}),
      desc: translate({
        id: 'scaratlas.scarSection.icepick.desc',
        message:
          'Three skin layers are shown: the thin epidermis on top, the thicker dermis below it, and fat at the bottom. An icepick scar is a narrow, deep, V-shaped tract. It is wide at the surface, tapers to a point, and here runs down through the dermis almost to the fat. Not to scale.',
      }),
      caption: translate({
        id: 'scaratlas.scarSection.icepick.caption',
        message:
          'Icepick scar: a narrow, deep tract, usually less than 2 mm wide at the surface, that can reach the deep dermis or the fat below. Drawing not to scale.',
      }),
      surfacePath: `M0 ${surface} H276 L300 214 L324 ${surface} H${width}`,
      dipPath: `M276 ${surface} L300 214 L324 ${surface} Z`,
      scarLabel: {text: translate({id: 'scaratlas.scarSection.icepick.label', message: 'Icepick tract'}), x: 316, y: 16, to: [304, 126]},
    },
    boxcar: {
      title: translate({id: 'scaratlas.scarSection.boxcar.title', message: 'Cross-section of a boxcar scar'}),
      desc: translate({
        id: 'scaratlas.scarSection.boxcar.desc',
        message:
          'Three skin layers are shown: the thin epidermis on top, the thicker dermis below it, and fat at the bottom. A boxcar scar is a round or oval dip with steep, sharp side walls and a flat floor, like a box pressed into the skin. It stays within the dermis. Not to scale.',
      }),
      caption: translate({
        id: 'scaratlas.scarSection.boxcar.caption',
        message:
          'Boxcar scar: a round or oval dip with sharp vertical walls and a flat floor, about 1.5 to 4 mm wide. It can be shallow or deep. Drawing not to scale.',
      }),
      surfacePath: `M0 ${surface} H236 L240 140 H360 L364 ${surface} H${width}`,
      dipPath: `M236 ${surface} L240 140 H360 L364 ${surface} Z`,
      scarLabel: {text: translate({id: 'scaratlas.scarSection.boxcar.label', message: 'Flat floor'}), x: 338, y: 16, to: [330, 136]},
    },
    rolling: {
      title: translate({id: 'scaratlas.scarSection.rolling.title', message: 'Cross-section of a rolling scar'}),
      desc: translate({
        id: 'scaratlas.scarSection.rolling.desc',
        message:
          'Three skin layers are shown: the thin epidermis on top, the thicker dermis below it, and fat at the bottom. A rolling scar is a wide area where the surface rises and falls in gentle waves. Under each low point, a band of fibrous tissue runs from the dermis down to the fat and pulls the surface down. Not to scale.',
      }),
      caption: translate({
        id: 'scaratlas.scarSection.rolling.caption',
        message:
          'Rolling scar: a wide, wavy dip, usually more than 4 to 5 mm across. Fibrous bands tether the dermis to the fat below and pull the surface down. Drawing not to scale.',
      }),
      // One template literal each: the client bundle's minifier (Rspack's) dropped the middle of
      // two concatenated ones (`C200 72C336`), which broke the drawing after in-app navigation.
      surfacePath: `M0 ${surface} H170 C200 ${surface} 208 116 238 116 C268 116 276 78 306 78 C336 78 344 118 374 118 C404 118 412 ${surface} 442 ${surface} H${width}`,
      dipPath: `M170 ${surface} C200 ${surface} 208 116 238 116 C268 116 276 78 306 78 C336 78 344 118 374 118 C404 118 412 ${surface} 442 ${surface} Z`,
      bands: [
        [238, 126, 230, fatTop + 30],
        [374, 128, 382, fatTop + 30],
      ],
      scarLabel: {text: translate({id: 'scaratlas.scarSection.rolling.label', message: 'Fibrous band'}), x: 286, y: 262, to: [376, 200]},
    },
  };
}

/** Layer labels, shared by all three drawings (left column, clear of every scar shape). */
function layerLabels(): readonly Label[] {
  return [
    {text: translate({id: 'scaratlas.scarSection.epidermis', message: 'Epidermis'}), x: 12, y: 16, to: [64, surface]},
    {text: translate({id: 'scaratlas.scarSection.dermis', message: 'Dermis'}), x: 12, y: 134, to: [12, 134]},
    {text: translate({id: 'scaratlas.scarSection.fat', message: 'Fat'}), x: 12, y: 262, to: [12, 262]},
  ];
}

const pillHeight = 32;
const charWidth = 10.4; // rough width of one character at the label font size

function Pill({label}: {label: Label}): ReactNode {
  const pillWidth = Math.round(label.text.length * charWidth + 20);
  // A longer translated label moves left rather than run off the drawing (no English label does).
  const x = Math.min(label.x, width - 8 - pillWidth);
  const [tx, ty] = label.to;
  const centerX = x + pillWidth / 2;
  const fromY = ty > label.y ? label.y + pillHeight : label.y;
  const hasLeader = tx !== label.x || ty !== label.y;
  return (
    <g>
      {hasLeader && <line className={styles.leader} x1={centerX} y1={fromY} x2={tx} y2={ty} />}
      <rect className={styles.pill} x={x} y={label.y} width={pillWidth} height={pillHeight} rx={8} />
      <text className={styles.label} x={x + 10} y={label.y + 22}>
        {label.text}
      </text>
    </g>
  );
}

export default function ScarCrossSection({type}: Props): ReactNode {
  const drawing = drawings()[type];
  if (!drawing) {
    // Fail the build loudly on a typo in MDX rather than render an empty figure.
    throw new Error(`ScarCrossSection: unknown type "${String(type)}"; use one of ${scarTypes.join(', ')}`);
  }
  const titleId = `scar-${type}-title`;
  const descId = `scar-${type}-desc`;
  return (
    <figure className={styles.figure}>
      <svg
        className={styles.svg}
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-labelledby={`${titleId} ${descId}`}
        preserveAspectRatio="xMidYMid meet">
        <title id={titleId}>{drawing.title}</title>
        <desc id={descId}>{drawing.desc}</desc>

        {/* Layers, deepest first; the sky above the skin is the figure background. */}
        <rect className={styles.fat} x={0} y={fatTop} width={width} height={height - fatTop} />
        <rect className={styles.dermis} x={0} y={surface} width={width} height={fatTop - surface} />
        <line className={styles.boundary} x1={0} y1={fatTop} x2={width} y2={fatTop} />

        {/* Fibrous bands sit under the dip, tethering dermis to fat. */}
        {drawing.bands?.map(([x1, y1, x2, y2]) => (
          <line key={`${x1}-${y1}`} className={styles.band} x1={x1} y1={y1} x2={x2} y2={y2} />
        ))}

        {/* The scar: the dip is cut out of the skin, then the epidermis follows the new surface. */}
        <path className={styles.air} d={drawing.dipPath} />
        <path className={styles.epidermis} d={drawing.surfacePath} />

        {layerLabels().map((label) => (
          <Pill key={label.text} label={label} />
        ))}
        <Pill label={drawing.scarLabel} />
      </svg>
      <figcaption className={styles.caption}>{drawing.caption}</figcaption>
    </figure>
  );
}
