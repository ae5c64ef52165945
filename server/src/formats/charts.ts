// The two charts of who gets a voice, as SVG text: share of voice (a bar per speaker or group) and
// the gender balance of sources (one bar cut by gender, with its legend). One module draws both the
// editor's chart view (colours as the theme's CSS variables) and the HTML report (fixed colours):
// no browser, no library, no network.

/** Colours as CSS values: `#1f6feb` in a static report, `var(--vscode-foreground)` in a webview. */
export interface ChartPalette {
  readonly text: string;
  readonly muted: string;
  readonly track: string;
  readonly female: string;
  readonly male: string;
  readonly unknown: string;
  readonly organisation: string;
  readonly anonymous: string;
  readonly unattributed: string;
  /** Speaker colours, handed out in order (the editor's speaker1…speaker8). */
  readonly speakers: readonly string[];
}

/** The editor's colours: the theme's (VS Code sets --vscode-* in every webview). */
export const THEME_PALETTE: ChartPalette = {
  text: 'var(--vscode-foreground)',
  muted: 'var(--vscode-descriptionForeground)',
  track: 'var(--vscode-editorWidget-background, rgba(128,128,128,0.15))',
  female: 'var(--vscode-charts-purple)',
  male: 'var(--vscode-charts-blue)',
  unknown: 'var(--vscode-charts-lines)',
  organisation: 'var(--vscode-charts-yellow)',
  anonymous: 'var(--vscode-charts-foreground)',
  unattributed: 'var(--vscode-newsAnnotator-unattributedQuoteBorder)',
  speakers: Array.from({ length: 8 }, (_, i) => `var(--vscode-newsAnnotator-speaker${i + 1}Foreground)`),
};

/** The HTML report's colours: readable on white and in print. */
export const STATIC_PALETTE: ChartPalette = {
  text: '#1b1f24',
  muted: '#57606a',
  track: '#eaeef2',
  female: '#8250df',
  male: '#0969da',
  unknown: '#8c959f',
  organisation: '#bf8700',
  anonymous: '#57606a',
  unattributed: '#d0d7de',
  speakers: ['#1f6feb', '#d1242f', '#1a7f37', '#8250df', '#bc4c00', '#0f8588', '#a67f00', '#c2418f'],
};

export interface Bar {
  readonly label: string;
  /** The bar's length, 0 to 1 of the chart's width. */
  readonly value: number;
  /** Printed after the bar ("48 % · 12 quotes"). */
  readonly detail: string;
  readonly color: string;
}

export interface Segment {
  readonly label: string;
  readonly count: number;
  readonly color: string;
}

const WIDTH = 560;
const LABEL = 180;
const ROW = 26;
const FONT = 'font-family:system-ui,-apple-system,"Segoe UI",sans-serif;font-size:12px';

export function escapeXml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function clip(s: string, max: number): string {
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

function svg(name: string, title: string, height: number, body: string[]): string {
  return [
    `<svg class="chart" data-chart="${name}" role="img" aria-label="${escapeXml(title)}" xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" style="max-width:100%;height:auto">`,
    `<title>${escapeXml(title)}</title>`,
    ...body,
    '</svg>',
  ].join('\n');
}

/** Horizontal bars, one per row, longest first as given: share of voice. */
export function barChart(name: string, title: string, bars: readonly Bar[], palette: ChartPalette): string {
  const track = WIDTH - LABEL - 120;
  const body: string[] = [];
  bars.forEach((b, i) => {
    const y = i * ROW;
    const w = Math.max(b.value > 0 ? 1 : 0, Math.round(b.value * track));
    body.push(
      `<g class="bar" data-label="${escapeXml(b.label)}">`,
      `<text x="0" y="${y + 17}" style="${FONT};fill:${palette.text}">${escapeXml(clip(b.label, 26))}</text>`,
      `<rect x="${LABEL}" y="${y + 6}" width="${track}" height="14" rx="2" style="fill:${palette.track}"/>`,
      `<rect x="${LABEL}" y="${y + 6}" width="${w}" height="14" rx="2" style="fill:${b.color}"/>`,
      `<text x="${LABEL + track + 8}" y="${y + 17}" style="${FONT};fill:${palette.muted}">${escapeXml(b.detail)}</text>`,
      '</g>',
    );
  });
  return svg(name, title, Math.max(ROW, bars.length * ROW) + 4, body);
}

/** One bar cut in proportion to the counts, with a legend under it: the gender balance of sources. */
export function balanceChart(name: string, title: string, segments: readonly Segment[], palette: ChartPalette): string {
  const total = segments.reduce((n, s) => n + s.count, 0);
  const body: string[] = [];
  let x = 0;
  if (total === 0) body.push(`<rect x="0" y="4" width="${WIDTH}" height="22" rx="3" style="fill:${palette.track}"/>`);
  for (const s of segments) {
    if (!s.count) continue;
    const w = (s.count / total) * WIDTH;
    body.push(
      `<rect class="segment" data-label="${escapeXml(s.label)}" x="${x.toFixed(1)}" y="4" width="${w.toFixed(1)}" height="22" style="fill:${s.color}"><title>${escapeXml(`${s.label}: ${s.count}`)}</title></rect>`,
    );
    x += w;
  }
  let lx = 0;
  for (const s of segments) {
    const share = total ? Math.round((s.count / total) * 100) : 0;
    const text = `${s.label}: ${s.count} (${share} %)`;
    body.push(
      `<rect x="${lx}" y="38" width="10" height="10" style="fill:${s.color}"/>`,
      `<text class="legend" x="${lx + 14}" y="47" style="${FONT};fill:${palette.text}">${escapeXml(text)}</text>`,
    );
    lx += 14 + text.length * 7.5 + 24;
  }
  return svg(name, title, 56, body);
}
