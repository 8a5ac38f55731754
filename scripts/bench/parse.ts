/** Parsers for tool output the bench reads (pure). */

/** Peak RSS in KiB from GNU `/usr/bin/time -v` output. */
export function parseMaxRssKiB(timeOutput: string): number | undefined {
  const match = /Maximum resident set size \(kbytes\):\s*(\d+)/.exec(timeOutput);
  return match ? Number(match[1]) : undefined;
}

export interface StockFigures {
  fasterSeconds: number;
  fasterMiB?: number;
  webpackSeconds: number;
  webpackMiB?: number;
  /** Script-tag JS of a doc page, gzip, KB. */
  docScriptJsGzKB: number;
  searchMs?: number;
  /** True when the figures were read from toolchain.md (false: the built-in defaults). */
  fromFile: boolean;
}

/** The stock classic template's figures, as measured in /work/shared/toolchain.md. */
export const defaultStockFigures: StockFigures = {
  fasterSeconds: 10.0,
  fasterMiB: 495,
  webpackSeconds: 40.0,
  webpackMiB: 933,
  docScriptJsGzKB: 158,
  searchMs: 120,
  fromFile: false,
};

/**
 * Reads the stock figures out of toolchain.md's "Stock figures" list, e.g.
 * "cold build (...): faster 10.0 s / 495 MiB; webpack (`faster: false`) 40.0 s / 933 MiB" and
 * "doc page weight (gzip): HTML 6 KB, script-tag JS 158 KB". Returns the defaults if a line is missing.
 */
export function parseStockFigures(markdown: string): StockFigures {
  // The cold-build list item may wrap onto the next lines: read up to the next list item.
  const coldStart = markdown.search(/cold build/i);
  const coldRest = coldStart < 0 ? '' : markdown.slice(coldStart);
  const nextItem = coldRest.search(/\n\s*[-*] /);
  const coldLine = nextItem < 0 ? coldRest : coldRest.slice(0, nextItem);
  const faster = /faster\s+([\d.]+)\s*s(?:\s*\/\s*([\d.]+)\s*MiB)?/i.exec(coldLine);
  const webpack = /webpack\b[^\d;]*?([\d.]+)\s*s(?:\s*\/\s*([\d.]+)\s*MiB)?/i.exec(coldLine);
  const js = /script-tag JS\s+([\d.]+)\s*KB/i.exec(markdown);
  const search = /results about\s+([\d.]+)\s*ms/i.exec(markdown);
  if (!faster || !webpack || !js) return defaultStockFigures;
  return {
    fasterSeconds: Number(faster[1]),
    fasterMiB: faster[2] ? Number(faster[2]) : undefined,
    webpackSeconds: Number(webpack[1]),
    webpackMiB: webpack[2] ? Number(webpack[2]) : undefined,
    docScriptJsGzKB: Number(js[1]),
    searchMs: search ? Number(search[1]) : undefined,
    fromFile: true,
  };
}

/** The part of a Lighthouse result (LH.Result) the bench reads. */
export interface LighthouseResultLike {
  runtimeError?: {code?: string; message?: string};
  categories: Record<string, {score: number | null} | undefined>;
  audits: Record<string, {numericValue?: number} | undefined>;
}

export interface LighthouseSummary {
  performance?: number;
  accessibility?: number;
  bestPractices?: number;
  seo?: number;
  lcpMs?: number;
  tbtMs?: number;
  cls?: number;
}

/** Category scores as 0-100 and the three Core Web Vitals-ish metrics from one Lighthouse run. */
export function summarizeLighthouse(lhr: LighthouseResultLike): LighthouseSummary {
  const score = (id: string) => {
    const value = lhr.categories[id]?.score;
    return typeof value === 'number' ? Math.round(value * 100) : undefined;
  };
  const metric = (id: string) => {
    const value = lhr.audits[id]?.numericValue;
    return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
  };
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    lcpMs: metric('largest-contentful-paint'),
    tbtMs: metric('total-blocking-time'),
    cls: metric('cumulative-layout-shift'),
  };
}
