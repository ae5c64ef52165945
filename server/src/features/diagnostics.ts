// Diagnostics: a quote with no speaker, a speaker that is only a guess, an unclosed quotation
// mark, a name that looks misspelt, a quote credited only by a pronoun far from any name, and
// an editor correction whose quote is gone (kept in its file, reported here, never dropped).
// Each kind has its own severity setting; "off" drops it.
import { type Diagnostic, DiagnosticSeverity } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Article, Quote } from '../analysis/model';
import type { FindingKind, NewsSettings, SeverityName } from '../settings';
import { indexOf } from '../lsp/articleIndex';
import { applyInside, spellingFix, wordsIn } from '../analysis/people/nameWords';
import { range } from '../lsp/ranges';

export const SOURCE = 'News Annotator';

/** Diagnostic codes, one per finding kind; code actions key on them. */
export const CODES: Record<FindingKind, string> = {
  noSpeaker: 'no-speaker',
  guessedSpeaker: 'guessed-speaker',
  unclosedQuote: 'unclosed-quote',
  misspeltName: 'misspelt-name',
  pronounOnly: 'pronoun-only',
  staleCorrection: 'stale-correction',
};

/** A pronoun credit is "far" when none of this many paragraphs before it (nor its own) names the speaker. */
export const PRONOUN_REACH = 3;

const SEVERITY: Record<Exclude<SeverityName, 'off'>, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** The opening mark and the first word after it: a short, findable place for a finding about a whole quote. */
function quoteStart(article: Article, q: Quote): { start: number; end: number } {
  const words = wordsIn(article.text, { start: q.content.start, end: Math.min(q.content.end, q.content.start + 60) });
  return { start: q.start, end: words[0]?.end ?? Math.min(q.end, q.start + 1) };
}

export function diagnostics(article: Article, document: TextDocument, settings: NewsSettings): Diagnostic[] {
  const ix = indexOf(article);
  const text = article.text;
  const out: Diagnostic[] = [];
  const add = (kind: FindingKind, span: { start: number; end: number }, message: string, data?: unknown): void => {
    const level = settings.diagnostics[kind];
    if (level === 'off') return;
    out.push({
      range: range(document, span),
      severity: SEVERITY[level],
      source: SOURCE,
      code: CODES[kind],
      message,
      ...(data ? { data } : {}),
    });
  };

  for (const q of article.quotes) {
    if (q.kind === 'term') continue; // a word or a title, not speech: nobody should be found
    const speaker = ix.entity(q.speaker);
    if (q.unclosed) {
      const mark = text.slice(q.start, q.start + 1);
      add(
        'unclosedQuote',
        { start: q.start, end: q.start + 1 },
        `The quotation mark ${mark} is never closed: the quote is cut at the end of its paragraph.`,
      );
    }
    if (!speaker) {
      add('noSpeaker', quoteStart(article, q), 'No speaker found for this quote: no speech cue or name credits it.');
      continue;
    }
    if (q.method === 'nearest') {
      add(
        'guessedSpeaker',
        quoteStart(article, q),
        `The speaker of this quote is a guess (${speaker.name}, the nearest speaker): no speech cue credits it.`,
      );
    }
    const source = q.source ? ix.mentionAt(q.source.start) : undefined;
    if (source?.kind === 'pronoun') {
      const p = ix.paragraphAt(source.start);
      const last = ix.lastNamedBefore(speaker.id, source.start);
      const distance = last ? p - ix.paragraphAt(last.start) : Infinity;
      if (distance > PRONOUN_REACH) {
        const where = last
          ? `the last time the article names ${speaker.name} is line ${document.positionAt(last.start).line + 1}`
          : `the article has not named ${speaker.name} before`;
        add(
          'pronounOnly',
          source,
          `Only the pronoun “${text.slice(source.start, source.end)}” credits this quote to ${speaker.name}, and ${where}.`,
        );
      }
    }
  }

  for (const e of article.entities) {
    for (const m of e.mentions) {
      if (m.kind !== 'misspelling') continue;
      const fixed = applyInside(text, m, spellingFix(text, m, e));
      const written = text.slice(m.start, m.end).replace(/\s+/g, ' ');
      if (fixed === written) continue;
      add(
        'misspeltName',
        m,
        `“${written}” looks like a misspelling of “${fixed}”${fixed === e.name ? '' : ` (${e.name})`}.`,
        { entity: e.id, replacement: fixed },
      );
    }
  }
  // A stale correction has no place in the text any more: it is reported on the article's first line.
  const firstLine = { start: 0, end: Math.max(0, text.search(/\r|\n|$/)) };
  for (const c of article.corrections.stale) {
    const exact = c.anchor.exact.replace(/\s+/g, ' ');
    const what = c.kind === 'setSpeaker' ? `“Set speaker: ${c.speaker}”` : '“Not a quote”';
    add(
      'staleCorrection',
      firstLine,
      `The correction ${what} no longer finds its quote ${exact.length > 60 ? `${exact.slice(0, 59)}…` : exact}: it is kept in the corrections file but not applied.`,
      { correction: c.id },
    );
  }
  return out.sort(
    (a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character,
  );
}
