/**
 * Widths of the sans-serif glyphs at 1px font size, rounded up over the fonts the app falls back
 * to (DejaVu Sans is the widest): an estimate that errs on the wide side, so a label is never cut.
 */
const GLYPH_EM: [RegExp, number][] = [
  [/[%MWmw@]/u, 0.96],
  [/[\s.,:'’·]/u, 0.34],
  [/[0-9]/, 0.64],
  [/[A-Z€£$¥₣]/u, 0.76],
];
const OTHER_EM = 0.62;

const glyphEm = (ch: string) => GLYPH_EM.find(([re]) => re.test(ch))?.[1] ?? OTHER_EM;

/** Estimated width in px of `text` at `fontSize`, without a layout (measuring each tick forces one). */
export const estimateTextWidth = (text: string, fontSize: number) =>
  [...text].reduce((sum, ch) => sum + glyphEm(ch) * fontSize, 0);

const MIN_WIDTH = 40;
const MAX_WIDTH = 132;
/** the tick line and the gap before the text */
const TICK_SPACE = 10;

/**
 * The y axis's width for these tick labels: wide enough for the longest ("CHF 150,000",
 * "150.000 CHF"), narrow for short ones, so the plot keeps its room.
 */
export function yAxisWidth(labels: readonly string[], fontSize: number): number {
  const widest = Math.max(0, ...labels.map((label) => estimateTextWidth(label, fontSize)));
  return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, Math.ceil(widest + TICK_SPACE)));
}
