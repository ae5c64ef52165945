// Hover: on a quote, who said it and what the attribution rests on; on a name, title or
// pronoun, the entity's card; on a heading, the section's speakers and topics; on a topic
// mention, the topic and where else it occurs. Markdown, a few lines each.
import type { Hover, Position } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Article, Entity, Mention, Quote, Section, Span } from '../analysis/model';
import { type ArticleIndex, indexOf, type TopicMention } from '../lsp/articleIndex';
import { clipText, plural } from '../../../common/text';
import { isSure } from '../analysis/attribution/confidence';
import { holds } from '../analysis/facts/sectionFacts';
import { md } from '../lsp/markdown';
import { range } from '../lsp/ranges';

const METHOD: Record<Quote['method'], string> = {
  cue: 'by its speech cue',
  according: 'by “according to”',
  colon: 'by the sentence that introduces it',
  dash: 'by the name after a dash',
  subject: 'to the subject of its sentence',
  continuation: 'as a continuation of the quote before',
  nearest: 'to the nearest speaker (a guess)',
  editor: 'by the editor (set by hand)',
  none: '',
};

const KIND: Record<Quote['kind'], string> = {
  direct: 'Direct quote',
  partial: 'Partial quote',
  indirect: 'Reported speech',
  term: 'Term or title in quotation marks',
};

/** The hover of a term: it names a word or a work, and nobody is credited with it. */
export const TERM_HOVER = 'Term or title in quotation marks — not credited as speech';

const ENTITY_KIND: Record<Entity['kind'], string> = {
  person: 'person',
  organisation: 'organisation',
  group: 'unnamed source',
};

function lineOf(document: TextDocument, offset: number): number {
  return document.positionAt(offset).line + 1;
}

function sectionName(s: Section | undefined): string {
  return s ? (s.title ?? 'Lead') : 'Lead';
}

/** The sentence around `span`, with the words inside its quotations replaced by "…". */
function attributionSentence(article: Article, ix: ArticleIndex, span: Span, max = 160): string {
  const s = ix.sentenceAt(span.start);
  if (!s) return clipText(article.text.slice(span.start, span.end), max);
  let out = '';
  let at = s.start;
  for (const q of article.quotes) {
    if (q.end <= s.start || q.start >= s.end) continue;
    const from = Math.max(q.content.start, s.start);
    const to = Math.min(q.content.end, s.end);
    if (from < at || to <= from) continue;
    out += article.text.slice(at, from) + '…';
    at = to;
  }
  out += article.text.slice(at, s.end);
  return clipText(out, max);
}

function speakerLine(e: Entity): string {
  return `**${md(e.name)}**${e.role ? ` · ${md(e.role)}` : ''}`;
}

export function quoteHover(article: Article, document: TextDocument, q: Quote, on: Span = q): Hover {
  const ix = indexOf(article);
  const text = article.text;
  const speaker = ix.entity(q.speaker);
  const lines: string[] = [];
  const section = sectionName(ix.section(q.section));
  if (speaker) {
    const own = ix.quotesBy(speaker.id);
    lines.push(speakerLine(speaker));
    lines.push(
      q.kind === 'indirect'
        ? `Reported statement · ${plural(own.length, 'quote')} by this speaker · *${md(section)}*`
        : `Quote ${own.indexOf(q) + 1} of ${own.length} by this speaker · *${md(section)}*`,
    );
    const how = [`${KIND[q.kind]}, credited ${METHOD[q.method]}`];
    // Set by hand, the words the analysis credited no longer say who speaks: neither cue nor sentence is shown.
    const byHand = q.method === 'editor';
    if (q.cue && !byHand) how.push(`cue **${md(text.slice(q.cue.start, q.cue.end))}**`);
    if (q.source && !byHand) how.push(`source **${md(text.slice(q.source.start, q.source.end))}**`);
    const confidence = `confidence ${Math.round(q.confidence * 100)} %`;
    if (!byHand && isSure(q)) how.push(confidence);
    lines.push(how.join(' · '));
    // Drawn with a dashed border in the editor: say why, so a fact-checker knows to verify it.
    if (!isSure(q)) lines.push(`⚠ **Check**: the attribution is not sure (${confidence})`);
    const restsOn = byHand ? null : (q.source ?? q.cue);
    if (restsOn) {
      lines.push(`> ${md(attributionSentence(article, ix, restsOn))}`);
    } else if (q.method === 'continuation') {
      const before = own[own.indexOf(q) - 1];
      if (before) {
        const basis = before.source ?? before.cue;
        lines.push(
          `Continues the quote on line ${lineOf(document, before.start)}${basis ? `:\n\n> ${md(attributionSentence(article, ix, basis))}` : ''}`,
        );
      }
    }
  } else if (q.kind === 'term') {
    lines.push(TERM_HOVER);
    lines.push(`*${md(section)}*`);
  } else {
    lines.push('**No speaker found** for this quote');
    lines.push(`${KIND[q.kind]} · *${md(section)}*`);
  }
  if (q.unclosed) lines.push('⚠ Its closing quotation mark is missing: the quote is cut at the end of its paragraph.');
  return { contents: { kind: 'markdown', value: lines.join('\n\n') }, range: range(document, on) };
}

const GENDER_HEAD: Record<'female' | 'male' | 'unknown', string> = {
  female: 'Woman',
  male: 'Man',
  unknown: 'Gender unknown',
};

/** "Woman, from “she” (¶4)", or why it is unknown. */
function genderLine(article: Article, e: Entity): string | null {
  const f = article.voices.genders.get(e.id);
  if (!f) return null;
  if (f.decidedBy) {
    const how = f.decidedBy.kind === 'firstName' ? 'first name' : f.decidedBy.kind;
    return `${GENDER_HEAD[f.gender]}, from the ${how} “${md(f.decidedBy.text)}” (¶${f.decidedBy.paragraph + 1})`;
  }
  return `${GENDER_HEAD.unknown}: ${f.evidence.length ? 'the evidence disagrees or tells nothing' : 'no evidence in the text'}`;
}

/** "Share of voice 52 % · 481 words quoted", for a speaker credited with quotes. */
function voiceLine(article: Article, e: Entity): string | null {
  const s = article.voices.sources.find((x) => x.entity === e.id);
  return s && s.quotes ? `Share of voice ${Math.round(s.share * 100)} % · ${plural(s.words, 'word')} quoted` : null;
}

export function entityHover(article: Article, document: TextDocument, m: Mention, gender = true): Hover | null {
  const ix = indexOf(article);
  const e = ix.entity(m.entity);
  if (!e) return null;
  const said = md(article.text.slice(m.start, m.end).replace(/\s+/g, ' '));
  const lines: string[] = [];
  switch (m.kind) {
    case 'pronoun':
    case 'title':
      lines.push(`“${said}” → ${speakerLine(e)}`);
      break;
    case 'misspelling':
      lines.push(`“${said}” → ${speakerLine(e)}`, `Likely a misspelling of **${md(e.name)}**`);
      break;
    default:
      lines.push(e.kind === 'group' ? `**${md(e.name)}** · unnamed source` : speakerLine(e));
  }
  const quotes = ix.quotesBy(e.id).length;
  lines.push(
    [e.kind === 'group' ? null : ENTITY_KIND[e.kind], plural(e.mentions.length, 'mention'), plural(quotes, 'quote')]
      .filter(Boolean)
      .join(' · '),
  );
  const voice = voiceLine(article, e);
  if (voice) lines.push(voice);
  const told = gender ? genderLine(article, e) : null;
  if (told) lines.push(told);
  const aliases = e.aliases.filter((a) => a !== e.name);
  if (aliases.length)
    lines.push(`Also written: ${aliases.slice(0, 5).map(md).join(', ')}${aliases.length > 5 ? ', …' : ''}`);
  const first = ix.definition(e);
  if (first && (first.start !== m.start || first.end !== m.end)) {
    lines.push(
      `First named on line ${lineOf(document, first.start)}: “${md(attributionSentence(article, ix, first, 120))}”`,
    );
  }
  return { contents: { kind: 'markdown', value: lines.join('\n\n') }, range: range(document, m) };
}

export function headingHover(article: Article, document: TextDocument, s: Section): Hover {
  const ix = indexOf(article);
  const heading = s.headingRange ?? s.range;
  // The section's speakers as the analysis counts them (subsections included, reported speech too);
  // the quotes of no speaker found, and how many are reported speech, from the same rule.
  const within = article.quotes.filter((q) => holds(s, q.start));
  const reported = within.filter((q) => q.kind === 'indirect').length;
  const speakers = s.speakers.map((x) => `${md(ix.entity(x.id)?.name ?? x.id)} (${x.quotes})`);
  const unattributed = within.length - s.speakers.reduce((n, x) => n + x.quotes, 0);
  if (unattributed) speakers.push(`no speaker found (${unattributed})`);
  const counts = [
    within.length > reported ? plural(within.length - reported, 'quote') : '',
    reported ? plural(reported, 'reported statement') : '',
  ];
  const lines = [
    `**${md(s.title ?? 'Lead')}** · section ${article.sections.indexOf(s) + 1} of ${article.sections.length}`,
  ];
  lines.push(within.length ? `${counts.filter(Boolean).join(', ')}: ${speakers.join(', ')}` : 'No quotes');
  if (s.topics.length) lines.push(`Topics: ${s.topics.slice(0, 8).map(md).join(', ')}`);
  return { contents: { kind: 'markdown', value: lines.join('\n\n') }, range: range(document, heading) };
}

export function topicHover(article: Article, document: TextDocument, tm: TopicMention): Hover {
  const ix = indexOf(article);
  const t = tm.topic;
  const per = new Map<Section | undefined, number>();
  for (const m of t.mentions) {
    const s = ix.sectionOf(m.start);
    per.set(s, (per.get(s) ?? 0) + 1);
  }
  const where = [...per].map(([s, n]) => `${md(sectionName(s))} (${n})`);
  const lines = [
    `**${md(t.name)}** · ${t.kind === 'phrase' ? 'topic' : t.kind}`,
    `${plural(t.mentions.length, 'mention')} in ${plural(per.size, 'section')}: ${where.join(', ')}`,
  ];
  return { contents: { kind: 'markdown', value: lines.join('\n\n') }, range: range(document, tm) };
}

/** The most specific thing under the cursor wins: a name inside a quote shows its entity, not the quote. */
export function hover(article: Article, document: TextDocument, position: Position, gender = true): Hover | null {
  const offset = document.offsetAt(position);
  const ix = indexOf(article);
  const mention = ix.mentionAt(offset);
  if (mention) {
    const h = entityHover(article, document, mention, gender);
    if (h) return h;
  }
  // Inside a quotation the quote's card wins over a topic word it contains: who said it matters most.
  const byCue = ix.quoteByCueAt(offset);
  if (byCue?.cue) return quoteHover(article, document, byCue, byCue.cue);
  const q = ix.quoteAt(offset);
  if (q && q.kind !== 'indirect') return quoteHover(article, document, q);
  const topic = ix.topicMentionAt(offset);
  if (topic) return topicHover(article, document, topic);
  if (q) return quoteHover(article, document, q);
  const heading = ix.headingAt(offset);
  if (heading) return headingHover(article, document, heading);
  return null;
}
