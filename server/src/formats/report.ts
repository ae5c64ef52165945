// The terminal report: each section's title, then its quotes grouped under their speakers.
import { excerpt, plural } from '../../../common/text';
import type { Article, Entity, Quote, Section } from '../analysis/model';

export interface ReportOptions {
  /** ANSI colours (when writing to a terminal). */
  readonly color: boolean;
  /** Longest quote excerpt, in characters. */
  readonly excerpt?: number;
}

const SPEAKER_COLORS = [33, 36, 35, 32, 34, 31, 93, 96];

function paint(on: boolean, code: string, s: string): string {
  return on ? `\x1b[${code}m${s}\x1b[0m` : s;
}

export function renderReport(article: Article, label: string, opts: ReportOptions): string {
  const { color } = opts;
  const max = opts.excerpt ?? 72;
  const byId = new Map<string, Entity>(article.entities.map((e) => [e.id, e]));
  const speakerIds = [...new Set(article.quotes.map((q) => q.speaker).filter((s): s is string => !!s))];
  const colorOf = new Map(speakerIds.map((id, i) => [id, SPEAKER_COLORS[i % SPEAKER_COLORS.length]]));
  const lines: string[] = [];
  lines.push(paint(color, '1', label));
  const title = article.title ? article.text.slice(article.title.start, article.title.end) : null;
  if (title) lines.push(paint(color, '3', title));
  // A term (a scare quote, a title) is nobody's speech: the report leaves it out.
  const speech = article.quotes.filter((q) => q.kind !== 'term');
  const reported = speech.filter((q) => q.kind === 'indirect').length;
  lines.push(
    paint(
      color,
      '2',
      `${plural(speech.length - reported, 'quote')} · ${plural(reported, 'reported statement')} · ${plural(speakerIds.length, 'speaker')} · ${plural(article.sections.length, 'section')}`,
    ),
  );
  const sections: (Section | null)[] = article.sections.length ? [...article.sections] : [null];
  for (const s of sections) {
    // Each quote under its own section (the innermost holding it), not again under the section around it.
    const quotes = speech.filter((q) => !s || q.section === s.id);
    lines.push('');
    const heading = s?.title ?? 'Lead';
    const indent = s && s.level > 1 ? '  '.repeat(s.level - 1) : '';
    lines.push(indent + paint(color, '1', s?.inferred ? `${heading} (inferred)` : heading));
    if (s && s.topics.length) lines.push(`${indent}  ${paint(color, '2', `topics: ${s.topics.join(' · ')}`)}`);
    if (quotes.length === 0) {
      lines.push(`${indent}  ${paint(color, '2', 'no quotes')}`);
      continue;
    }
    const groups = new Map<string | null, Quote[]>();
    for (const q of quotes) {
      const g = groups.get(q.speaker);
      if (g) g.push(q);
      else groups.set(q.speaker, [q]);
    }
    for (const [id, qs] of groups) {
      const e = id ? byId.get(id) : undefined;
      const name = e ? paint(color, `1;${colorOf.get(e.id)}`, e.name) : paint(color, '31', 'no speaker found');
      const role = e?.role ? paint(color, '2', ` · ${e.role}`) : '';
      const direct = qs.filter((q) => q.kind !== 'indirect').length;
      const counts = [direct ? plural(direct, 'quote') : '', direct < qs.length ? `${qs.length - direct} reported` : '']
        .filter(Boolean)
        .join(', ');
      lines.push(`${indent}  ${name}${role}${paint(color, '2', ` · ${counts}`)}`);
      for (const q of qs) {
        const tag =
          q.kind === 'direct' ? '' : paint(color, '2', ` (${q.kind === 'indirect' ? 'reported' : 'partial'})`);
        lines.push(`${indent}    ${excerpt(article.text, q, max)}${tag}`);
      }
    }
  }
  return `${lines.join('\n')}\n`;
}
