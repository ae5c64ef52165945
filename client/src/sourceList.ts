// What the Sources view and its chart show of an article, as plain data: no vscode API, so it is
// tested directly. The facts come from the server (the core computes them once); this only words
// and arranges them.
import type { ArticleResult, QuoteInfo, SourceInfo } from '../../common/protocol';
import { plural } from '../../common/text';

export const NO_SPEAKER_ID = 'no-speaker';

export interface SourceNode {
  readonly kind: 'source';
  readonly id: string;
  readonly label: string;
  readonly description: string;
  readonly tooltip: string;
  /** Null for the quotes with no speaker found. */
  readonly source: SourceInfo | null;
  /** The source's quotes (direct and partial), in text order: what a click selects. */
  readonly quotes: readonly QuoteInfo[];
}

export interface SourceQuoteNode {
  readonly kind: 'quote';
  readonly id: string;
  readonly parent: SourceNode;
  readonly quote: QuoteInfo;
}

const GENDER: Record<'female' | 'male' | 'unknown', string> = {
  female: 'woman',
  male: 'man',
  unknown: 'gender unknown',
};

const KIND: Record<SourceInfo['kind'], string> = {
  person: 'person',
  organisation: 'organisation',
  anonymous: 'anonymous source',
};

const pct = (share: number): string => `${Math.round(share * 100)} %`;

/** "women: 2 of 7 sources" (people quoted, unknown gender counted); null when gender is off or nobody is quoted. */
export function balanceText(article: ArticleResult): string | null {
  const b = article.balance;
  if (!b || b.people === 0) return null;
  return `women: ${b.women} of ${plural(b.people, 'source')}`;
}

function sourceTooltip(s: SourceInfo): string {
  const lines = [`${s.name}${s.role ? ` · ${s.role}` : ''}`];
  const who = [KIND[s.kind]];
  if (s.gender) who.push(`${GENDER[s.gender]}${s.genderEvidence ? ` (from “${s.genderEvidence}”)` : ''}`);
  lines.push(who.join(' · '));
  lines.push(
    `${plural(s.quotes, 'quote')}${s.reported ? `, ${plural(s.reported, 'reported statement')}` : ''} · ${plural(s.words, 'word')} quoted · ${pct(s.share)} of the voice`,
  );
  lines.push('Click to select every quote of this source.');
  return lines.join('\n');
}

/** The view's top level: each source, most words quoted first, then the quotes with no speaker found. */
export function sourceNodes(article: ArticleResult): SourceNode[] {
  const byId = new Map<string, QuoteInfo[]>();
  const none: QuoteInfo[] = [];
  for (const q of article.quotes) {
    if (q.kind === 'indirect') continue;
    if (q.speaker === null) none.push(q);
    else {
      const list = byId.get(q.speaker);
      if (list) list.push(q);
      else byId.set(q.speaker, [q]);
    }
  }
  const nodes: SourceNode[] = (article.sources ?? []).map((s) => {
    const parts = [pct(s.share), plural(s.quotes, 'quote')];
    if (s.kind !== 'person') parts.push(KIND[s.kind]);
    else if (s.gender) parts.push(GENDER[s.gender]);
    return {
      kind: 'source',
      id: `source:${s.name}`,
      label: s.name,
      description: parts.join(' · '),
      tooltip: sourceTooltip(s),
      source: s,
      quotes: byId.get(s.id) ?? [],
    };
  });
  if (none.length)
    nodes.push({
      kind: 'source',
      id: NO_SPEAKER_ID,
      label: 'No speaker found',
      description: plural(none.length, 'quote'),
      tooltip: 'Quotes no speaker was found for. Click to select them.',
      source: null,
      quotes: none,
    });
  return nodes;
}

export function quoteNodes(parent: SourceNode): SourceQuoteNode[] {
  return parent.quotes.map((quote) => ({ kind: 'quote', id: `${parent.id}/${quote.id}`, parent, quote }));
}

/** What the view shows, for telling whether a redraw is needed (ranges move as the user types; these do not). */
export function sourcesSignature(nodes: readonly SourceNode[]): string {
  return JSON.stringify(nodes.map((n) => [n.id, n.description, n.tooltip, n.quotes.map((q) => q.excerpt)]));
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * The chart view's page: the server's SVG charts (theme colours), each source's bar set to its
 * speaker colour (`colorOf`: the speaker colour's theme id, or undefined). No script; the policy
 * allows inline styles only.
 */
export function chartPage(
  article: ArticleResult,
  title: string,
  colorOf: (s: SourceInfo) => string | undefined,
): string {
  const vars = (article.sources ?? [])
    .map((s) => {
      const id = colorOf(s);
      const value = id ? `var(--vscode-${id.replace(/\./g, '-')})` : 'var(--vscode-descriptionForeground)';
      return `--news-source-${s.id}: ${value};`;
    })
    .join(' ');
  const charts = article.sourceCharts;
  const balance = balanceText(article);
  const body = article.skipped
    ? `<p>${escapeHtml(article.skipped)}</p>`
    : !article.sources?.length && !article.quotes.length
      ? '<p>No quotes in this article.</p>'
      : [
          `<h2>Share of voice</h2>`,
          `<p class="note">Words inside each source's quotation marks, of all the words quoted.</p>`,
          charts?.shareOfVoice ?? '',
          ...(charts?.genderBalance
            ? [
                `<h2>Gender balance of sources</h2>`,
                `<p class="note">${escapeHtml(balance ?? 'No people quoted')}. Gender rests on evidence in the text; without it, it is unknown.</p>`,
                charts.genderBalance,
              ]
            : []),
        ].join('\n');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline';">
<title>${escapeHtml(title)}</title>
<style>
:root { ${vars} }
body { color: var(--vscode-foreground); font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); padding: 0 1rem 1rem; }
h1 { font-size: 1.3em; } h2 { font-size: 1.1em; margin: 1.2em 0 .2em; }
.note { color: var(--vscode-descriptionForeground); margin: 0 0 .5em; }
svg text { font-family: var(--vscode-font-family) !important; }
</style>
</head>
<body>
<h1>${escapeHtml(title)}</h1>
${body}
</body>
</html>`;
}
