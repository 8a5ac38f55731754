import type {ReactNode} from 'react';
import Translate, {translate} from '@docusaurus/Translate';
import styles from './styles.module.css';

/**
 * A labeled cross-section of facial skin: epidermis, dermis (papillary and reticular),
 * hypodermis (fat), a hair follicle with its sebaceous gland and a blood vessel.
 *
 * Drawn in a fixed viewBox so it scales from a 360px phone up to its 640px max width.
 * Layer thicknesses are schematic (the page text gives measured values with their method),
 * so the drawing says "not to scale" instead of carrying a scale bar.
 * Every color comes from a CSS custom property with a light and a dark value.
 */

const left = 170; // left edge of the skin block
const right = 390; // right edge of the skin block
const surface = 70; // skin surface
const papillaryBottom = 142; // papillary / reticular boundary
const dermisBottom = 270; // dermis / hypodermis boundary
const bottom = 410; // bottom of the drawing

/** Wavy lower edge of the epidermis (rete ridges), drawn right to left to close the shape. */
function epidermisPath(): string {
  const ridges = 8;
  const step = (right - left) / ridges;
  let d = `M${left} ${surface} H${right} V100`;
  for (let i = 0; i < ridges; i += 1) {
    const x0 = right - i * step;
    d += ` Q${x0 - step / 4} 114 ${x0 - step / 2} 100 Q${x0 - (3 * step) / 4} 88 ${x0 - step} 100`;
  }
  return `${d} Z`;
}

/** Fat lobules in the hypodermis: [cx, cy, rx, ry]. */
const lobules: ReadonlyArray<readonly [number, number, number, number]> = [
  [196, 300, 24, 20],
  [206, 350, 30, 24],
  [196, 392, 24, 14],
  [290, 318, 26, 22],
  [268, 372, 30, 26],
  [326, 360, 24, 24],
  [364, 302, 24, 20],
  [366, 352, 22, 22],
  [360, 394, 28, 13],
  [240, 300, 14, 14],
  [316, 400, 18, 9],
];

export default function SkinLayersDiagram(): ReactNode {
  return (
    <figure className={styles.figure}>
      <svg
        className={styles.svg}
        viewBox="0 0 540 450"
        role="img"
        aria-labelledby="skin-layers-title skin-layers-desc"
        preserveAspectRatio="xMidYMid meet">
        {/* A string child, not <Translate>: React hydrates <title> and <desc> text as one string. */}
        <title id="skin-layers-title">{translate({id: 'scaratlas.skinLayers.title', message: 'Cross-section of facial skin and its three layers'})}</title>
        <desc id="skin-layers-desc">
          {translate({
            id: 'scaratlas.skinLayers.desc',
            message:
              'From the surface down: the thin epidermis; the dermis, split into a thin upper papillary part and a thicker lower reticular part; and the hypodermis, a layer of fat lobules. A hair grows from a follicle that runs down through the dermis, with a sebaceous (oil) gland attached to its side. A blood vessel runs across the deep dermis. The drawing is not to scale.',
          })}
        </desc>

        {/* Layers, deepest first */}
        <rect className={styles.hypodermis} x={left} y={dermisBottom} width={right - left} height={bottom - dermisBottom} />
        {lobules.map(([cx, cy, rx, ry]) => (
          <ellipse key={`${cx}-${cy}`} className={styles.lobule} cx={cx} cy={cy} rx={rx} ry={ry} />
        ))}
        <rect className={styles.reticular} x={left} y={papillaryBottom} width={right - left} height={dermisBottom - papillaryBottom} />
        <rect className={styles.papillary} x={left} y={surface} width={right - left} height={papillaryBottom - surface} />
        <path className={styles.epidermis} d={epidermisPath()} />
        <line className={styles.boundary} x1={left} y1={papillaryBottom} x2={right} y2={papillaryBottom} />
        <path
          className={styles.boundarySolid}
          d={`M${left} ${dermisBottom} q27 -8 55 0 t55 0 t55 0 t55 0`}
        />

        {/* Blood vessel in the deep dermis, with small branches toward the surface */}
        <path className={styles.vessel} d={`M${left} 246 C210 230 240 262 280 244 S350 236 ${right} 250`} />
        <path className={styles.vesselThin} d="M300 242 C304 200 296 160 306 112" />
        <path className={styles.vesselThin} d="M350 240 C346 200 356 160 350 112" />

        {/* Hair follicle, sebaceous gland and hair shaft */}
        <path className={styles.gland} d="M233 150 C212 140 206 162 214 172 C206 182 216 198 234 188 Z" />
        <path className={styles.follicle} d="M236 70 L232 250 C222 262 226 286 246 288 C266 286 270 262 260 250 L256 70 Z" />
        <path className={styles.hair} d="M246 278 L246 72 L238 22" />

        {/* Leader lines */}
        <g className={styles.leader}>
          <line x1={150} y1={34} x2={238} y2={28} />
          <line x1={150} y1={174} x2={211} y2={168} />
          <line x1={150} y1={216} x2={233} y2={216} />
          <line x1={150} y1={264} x2={196} y2={240} />
          <line x1={392} y1={80} x2={404} y2={80} />
          <polyline points={`396,104 404,104 404,${dermisBottom} 396,${dermisBottom}`} />
          <line x1={404} y1={128} x2={414} y2={128} />
          <line x1={404} y1={206} x2={414} y2={206} />
          <line x1={392} y1={336} x2={404} y2={336} />
        </g>

        {/* Labels: structures on the left, layers on the right */}
        <g className={styles.label}>
          <text x={146} y={40} textAnchor="end">{translate({id: 'scaratlas.skinLayers.hair', message: 'Hair'})}</text>
          <text x={146} y={166} textAnchor="end">{translate({id: 'scaratlas.skinLayers.gland1', message: 'Sebaceous'})}</text>
          <text x={146} y={187} textAnchor="end">{translate({id: 'scaratlas.skinLayers.gland2', message: '(oil) gland'})}</text>
          <text x={146} y={222} textAnchor="end">{translate({id: 'scaratlas.skinLayers.follicle', message: 'Hair follicle'})}</text>
          <text x={146} y={270} textAnchor="end">{translate({id: 'scaratlas.skinLayers.vessel', message: 'Blood vessel'})}</text>

          <text x={410} y={86}>{translate({id: 'scaratlas.skinLayers.epidermis', message: 'Epidermis'})}</text>
          <text x={412} y={114} className={styles.strong}>{translate({id: 'scaratlas.skinLayers.dermis', message: 'Dermis'})}</text>
          <text x={418} y={134} className={styles.small}>{translate({id: 'scaratlas.skinLayers.papillary', message: 'papillary'})}</text>
          <text x={418} y={152} className={styles.small}>{translate({id: 'scaratlas.skinLayers.upper', message: '(upper)'})}</text>
          <text x={418} y={212} className={styles.small}>{translate({id: 'scaratlas.skinLayers.reticular', message: 'reticular'})}</text>
          <text x={418} y={230} className={styles.small}>{translate({id: 'scaratlas.skinLayers.deeper', message: '(deeper)'})}</text>
          <text x={410} y={334}>{translate({id: 'scaratlas.skinLayers.hypodermis', message: 'Hypodermis'})}</text>
          <text x={410} y={356}>{translate({id: 'scaratlas.skinLayers.fat', message: '(fat)'})}</text>
        </g>

        <text className={styles.note} x={270} y={440} textAnchor="middle">
          <Translate id="scaratlas.skinLayers.note">Not to scale: measured thicknesses are in the text.</Translate>
        </text>
      </svg>
      <figcaption className={styles.caption}>
        <Translate id="scaratlas.skinLayers.caption">
          The three layers of facial skin. Acne scars and microneedling both involve the dermis, the middle layer.
        </Translate>
      </figcaption>
    </figure>
  );
}
