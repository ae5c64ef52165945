// The Topic Sections tree built from the server's article: sections → the speakers quoted there →
// their quotes. Pure (no vscode API), so the grouping, the speaker filter and the merging of
// inferred sections are unit-tested with plain Node.
import type { ArticleResult, Position, QuoteInfo, Range, SectionInfo, SpeakerInfo } from '../../common/protocol';
import { plural } from '../../common/text';
import { comparePositions } from './positions';

export interface TreeOptions {
  /** Show only this speaker's quotes. By canonical name: ids are renumbered by every analysis. */
  readonly speaker: string | null;
  /** False folds each inferred section into the one before it, leaving the article's own headings. */
  readonly showInferred: boolean;
}

/** How a section came about: the text before the first heading, a heading, or a topic shift. */
export type SectionStyle = 'lead' | 'headed' | 'inferred';

export interface SectionNode {
  readonly kind: 'section';
  readonly id: string;
  readonly label: string;
  readonly style: SectionStyle;
  /** The section's extent, widened over the inferred sections folded into it. */
  range: Range;
  /** What a click selects: the heading line, or the section's first character. */
  readonly target: Range;
  readonly topics: readonly string[];
  /** How many inferred sections were folded into this one. */
  merged: number;
  /** Quotes in the section itself (not in its subsections), after the speaker filter. */
  quotes: number;
  readonly speakers: SpeakerNode[];
  readonly subsections: SectionNode[];
  readonly parent: SectionNode | null;
}

export interface SpeakerNode {
  readonly kind: 'speaker';
  readonly id: string;
  /** Null groups the quotes no speaker was found for. */
  readonly speaker: SpeakerInfo | null;
  readonly label: string;
  readonly quotes: QuoteNode[];
  readonly parent: SectionNode;
}

export interface QuoteNode {
  readonly kind: 'quote';
  readonly id: string;
  readonly quote: QuoteInfo;
  readonly parent: SpeakerNode;
}

export type TreeNode = SectionNode | SpeakerNode | QuoteNode;

export interface SectionTree {
  readonly roots: readonly SectionNode[];
  readonly byId: ReadonlyMap<string, TreeNode>;
  /**
   * Everything the view shows (ids, labels, descriptions, nesting) and nothing it does not: ranges
   * that move while the user types leave it unchanged, so the view is redrawn only when it must be.
   */
  readonly signature: string;
}

export const UNATTRIBUTED_LABEL = 'No speaker found';

function sectionLabel(s: SectionInfo, index: number): string {
  if (s.title) return s.title;
  if (s.inferred) return s.topics.length ? s.topics.slice(0, 3).join(', ') : `Section ${index + 1}`;
  return 'Lead';
}

/** The grey text after a node's label. */
export function describeNode(node: TreeNode): string {
  switch (node.kind) {
    case 'section': {
      const parts: string[] = [];
      if (node.style === 'inferred') parts.push('inferred');
      parts.push(node.quotes ? plural(node.quotes, 'quote') : 'no quotes');
      if (node.merged) parts.push(`+${plural(node.merged, 'inferred section')}`);
      return parts.join(' · ');
    }
    case 'speaker':
      return [plural(node.quotes.length, 'quote'), node.speaker?.role].filter(Boolean).join(' · ');
    case 'quote':
      return node.quote.kind === 'direct' ? '' : node.quote.kind === 'partial' ? 'partial' : 'reported';
  }
}

export function labelOf(node: TreeNode): string {
  return node.kind === 'quote' ? node.quote.excerpt : node.label;
}

/** A node's children: a section's speakers, then its subsections; a speaker's quotes. */
export function childrenOf(node: TreeNode): readonly TreeNode[] {
  if (node.kind === 'section') return [...node.speakers, ...node.subsections];
  if (node.kind === 'speaker') return node.quotes;
  return [];
}

export function buildSectionTree(article: ArticleResult, options: TreeOptions): SectionTree {
  const speakers = new Map(article.speakers.map((s) => [s.id, s]));
  const { roots, shownFor } = sectionNodes(article.sections, options.showInferred);

  // Each quote goes to the section the server placed it in (a quote outside every section, in a
  // headline, is in none).
  const grouped = new Map<SectionNode, QuoteInfo[]>();
  for (const q of article.quotes) {
    const who = q.speaker ? (speakers.get(q.speaker) ?? null) : null;
    if (options.speaker !== null && who?.name !== options.speaker) continue;
    const node = q.section === null ? undefined : shownFor.get(q.section);
    if (!node) continue;
    const list = grouped.get(node);
    if (list) list.push(q);
    else grouped.set(node, [q]);
  }
  for (const [node, quotes] of grouped) {
    node.quotes = quotes.length;
    node.speakers.push(...speakerNodes(node, quotes, speakers));
  }

  const shown = options.speaker === null ? roots : prune(roots);
  const byId = new Map<string, TreeNode>();
  const lines: string[] = [];
  const walk = (node: TreeNode, depth: number): void => {
    byId.set(node.id, node);
    lines.push(`${'  '.repeat(depth)}${node.id}\t${labelOf(node)}\t${describeNode(node)}`);
    for (const child of childrenOf(node)) walk(child, depth + 1);
  };
  for (const r of shown) walk(r, 0);
  return { roots: shown, byId, signature: lines.join('\n') };
}

/** Section nodes nested by level and range; `shownFor` maps every server section id to the node that shows it. */
function sectionNodes(
  sections: readonly SectionInfo[],
  showInferred: boolean,
): { roots: SectionNode[]; shownFor: Map<string, SectionNode> } {
  const roots: SectionNode[] = [];
  const shownFor = new Map<string, SectionNode>();
  const seen = new Map<string, number>();
  const stack: { level: number; node: SectionNode }[] = [];
  const folded: SectionInfo[] = [];
  const make = (s: SectionInfo, index: number, style: SectionStyle): SectionNode => {
    // A section nests in the one before it at a lower level, if that one's range holds its start
    // (a "##" section after the lead is no part of the lead).
    while (
      stack.length &&
      (stack[stack.length - 1].level >= s.level ||
        comparePositions(s.range.start, stack[stack.length - 1].node.range.end) >= 0)
    )
      stack.pop();
    const parent = stack.length ? stack[stack.length - 1].node : null;
    const label = sectionLabel(s, index);
    const n = (seen.get(label) ?? 0) + 1;
    seen.set(label, n);
    const node: SectionNode = {
      kind: 'section',
      id: `${parent ? `${parent.id}/` : ''}${label}${n > 1 ? `#${n}` : ''}`,
      label,
      style,
      range: s.range,
      target: s.headingRange ?? { start: s.range.start, end: s.range.start },
      topics: s.topics,
      merged: 0,
      quotes: 0,
      speakers: [],
      subsections: [],
      parent,
    };
    (parent ? parent.subsections : roots).push(node);
    stack.push({ level: s.level, node });
    return node;
  };
  let last: SectionNode | null = null;
  sections.forEach((s, i) => {
    if (s.inferred && !showInferred) {
      if (last) fold(last, s, shownFor);
      else folded.push(s);
      return;
    }
    last = make(s, i, s.inferred ? 'inferred' : s.headingRange ? 'headed' : 'lead');
    shownFor.set(s.id, last);
    // Inferred sections before the first shown one belong to it.
    for (const f of folded.splice(0)) fold(last, f, shownFor);
  });
  if (folded.length) {
    // Nothing but inferred sections, all hidden: one node for the whole article.
    const whole: SectionInfo = {
      ...folded[0],
      title: 'Whole article',
      inferred: false,
      headingRange: null,
      level: 1,
      topics: [],
    };
    const node = make(whole, 0, 'lead');
    for (const f of folded) fold(node, f, shownFor);
    node.merged = folded.length;
  }
  return { roots, shownFor };
}

function fold(into: SectionNode, s: SectionInfo, shownFor: Map<string, SectionNode>): void {
  into.range = {
    start: comparePositions(s.range.start, into.range.start) < 0 ? s.range.start : into.range.start,
    end: comparePositions(s.range.end, into.range.end) > 0 ? s.range.end : into.range.end,
  };
  into.merged += 1;
  shownFor.set(s.id, into);
}

/** Speakers by number of quotes, then by first quote; the unattributed group last. */
function speakerNodes(
  section: SectionNode,
  quotes: readonly QuoteInfo[],
  speakers: ReadonlyMap<string, SpeakerInfo>,
): SpeakerNode[] {
  const groups = new Map<string | null, QuoteInfo[]>();
  for (const q of quotes) {
    const key = q.speaker !== null && speakers.has(q.speaker) ? q.speaker : null;
    const g = groups.get(key);
    if (g) g.push(q);
    else groups.set(key, [q]);
  }
  const order = [...groups.keys()];
  order.sort((a, b) => (a === null ? 1 : 0) - (b === null ? 1 : 0) || groups.get(b)!.length - groups.get(a)!.length);
  return order.map((key) => {
    const speaker = key === null ? null : speakers.get(key)!;
    const label = speaker?.name ?? UNATTRIBUTED_LABEL;
    const node: SpeakerNode = {
      kind: 'speaker',
      id: `${section.id}/@${label}`,
      speaker,
      label,
      quotes: [],
      parent: section,
    };
    for (const q of groups.get(key)!)
      node.quotes.push({ kind: 'quote', id: `${node.id}/${q.id}`, quote: q, parent: node });
    return node;
  });
}

/** Sections left with no quotes, in themselves or below, are dropped (the speaker filter's view). */
function prune(nodes: SectionNode[]): SectionNode[] {
  const keep: SectionNode[] = [];
  for (const n of nodes) {
    const subs = prune(n.subsections);
    n.subsections.splice(0, n.subsections.length, ...subs);
    if (n.quotes || subs.length) keep.push(n);
  }
  return keep;
}

/** The innermost shown section holding a position: the last one starting at or before it, at each level. */
export function deepestAt(nodes: readonly SectionNode[], p: Position): SectionNode | undefined {
  let best: SectionNode | undefined;
  for (const n of nodes) if (comparePositions(n.range.start, p) <= 0) best = n;
  if (!best) return undefined;
  return deepestAt(best.subsections, p) ?? best;
}
