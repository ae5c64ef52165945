// Code actions for the editor's corrections on the quote under the cursor: "Set Speaker…",
// "Not a Quote" and, where one applies, "Remove Corrections". They run the client's commands,
// which keep the correction in ARTICLE.annotations.json: the article's text is never edited.
import { type CodeAction, CodeActionKind, type CodeActionParams } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Article, Quote } from '../analysis/model';
import { wanted } from './codeActions';
import { CODES } from './diagnostics';
import { range } from '../lsp/ranges';

/** The commands' argument (the client's QuoteArg): which quote, by its document and range. */
export interface QuoteArgument {
  readonly uri: string;
  readonly range: ReturnType<typeof range>;
}

/** Corrections are quick fixes where a finding asks for one (no speaker, a guessed one), refactorings elsewhere. */
export const CORRECTION_KIND = `${CodeActionKind.Refactor}.newsAnnotator`;

export function correctionActions(article: Article, document: TextDocument, params: CodeActionParams): CodeAction[] {
  const only = params.context.only;
  if (!wanted(only, CodeActionKind.QuickFix) && !wanted(only, CORRECTION_KIND)) return [];
  const at = document.offsetAt(params.range.start);
  const end = document.offsetAt(params.range.end);
  // The innermost direct quote under the cursor (reported speech has no marks to correct).
  let inner: Quote | null = null;
  for (const q of article.quotes) {
    if (q.kind === 'indirect' || q.start > at || q.end < end) continue;
    if (!inner || q.end - q.start < inner.end - inner.start) inner = q;
  }
  // A corrected span under the cursor, including a "Not a quote" whose quote is gone from the analysis.
  const corrected = article.corrections.applied.find((c) => c.span.start <= at && end <= c.span.end);
  const out: CodeAction[] = [];
  if (corrected) {
    const arg: QuoteArgument = { uri: document.uri, range: range(document, corrected.span) };
    out.push({
      title: 'Remove Corrections of This Quote',
      kind: CORRECTION_KIND,
      command: { title: 'Remove Corrections', command: 'newsAnnotator.removeCorrections', arguments: [arg] },
    });
  }
  if (!inner) return out;
  const quote = inner;
  const arg: QuoteArgument = { uri: document.uri, range: range(document, quote) };
  // The no-speaker and guessed-speaker findings on this quote are what "Set Speaker…" answers.
  const answered = params.context.diagnostics.filter(
    (d) =>
      (d.code === CODES.noSpeaker || d.code === CODES.guessedSpeaker) &&
      document.offsetAt(d.range.start) >= quote.start &&
      document.offsetAt(d.range.start) < quote.end,
  );
  const speaker = article.entities.find((e) => e.id === quote.speaker)?.name;
  out.unshift(
    {
      title: speaker ? `Set Speaker… (now ${speaker})` : 'Set Speaker…',
      kind: answered.length ? CodeActionKind.QuickFix : CORRECTION_KIND,
      ...(answered.length ? { diagnostics: answered } : {}),
      command: { title: 'Set Speaker…', command: 'newsAnnotator.setSpeaker', arguments: [arg] },
    },
    {
      title: 'Not a Quote',
      kind: CORRECTION_KIND,
      command: { title: 'Not a Quote', command: 'newsAnnotator.notAQuote', arguments: [arg] },
    },
  );
  return out.filter((a) => wanted(only, a.kind!));
}
