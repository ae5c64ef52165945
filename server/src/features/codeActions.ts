// Code actions: respell a misspelt name as the article's canonical spelling (this one, or all
// of that person's), close an unclosed quotation, and a `source.fixAll` for every misspelling.
// Edits carry the document version, so an edit computed for an older text is refused, not misapplied.
import {
  type CodeAction,
  CodeActionKind,
  type CodeActionParams,
  type Diagnostic,
  type TextEdit as LspTextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Article, Entity, Mention, Quote, Span } from '../analysis/model';
import type { NewsSettings } from '../settings';
import { CODES } from './diagnostics';
import { applyInside, spellingFix, type TextEdit } from '../analysis/people/nameWords';
import { range } from '../lsp/ranges';
import { cueLemma } from '../analysis/lexicon/cues';
import { usualCloser } from '../analysis/text/quoteMarks';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.newsAnnotator`;

export interface EditOptions {
  /** The client applies versioned `documentChanges` (VS Code does). */
  readonly documentChanges: boolean;
}

function workspaceEdit(document: TextDocument, edits: readonly TextEdit[], opts: EditOptions): WorkspaceEdit {
  const lsp: LspTextEdit[] = edits.map((e) => ({ range: range(document, e), newText: e.newText }));
  return opts.documentChanges
    ? { documentChanges: [{ textDocument: { uri: document.uri, version: document.version }, edits: lsp }] }
    : { changes: { [document.uri]: lsp } };
}

function overlaps(a: Span, b: Span): boolean {
  return a.start <= b.end && b.start <= a.end;
}

/** The closing mark this article pairs with the quote's opening mark, else the usual one. */
export function closingMark(article: Article, q: Quote): string {
  const open = article.text[q.start];
  for (const other of article.quotes) {
    if (other.unclosed || article.text[other.start] !== open) continue;
    const last = other.marks[other.marks.length - 1];
    if (last && last.start > other.start) return article.text[last.start];
  }
  return usualCloser(open);
}

/**
 * Where the quote most likely ends when its paragraph goes on with an attribution after a
 * comma ("We will win, Putin said."): right after that comma. Null when no such tail.
 */
export function closeBeforeAttribution(article: Article, q: Quote): number | null {
  const text = article.text;
  for (let i = q.content.end - 1; i > q.content.start; i--) {
    if (text[i] !== ',' || !/\s/.test(text[i + 1] ?? '')) continue;
    const tail = text.slice(i + 1, q.content.end).trim();
    const words = tail.split(/\s+/);
    if (words.length > 8) return null;
    if (!tail.endsWith('.')) continue;
    if (words.some((w) => cueLemma(w.toLowerCase().replace(/[^\p{L}]/gu, '')) !== undefined)) return i + 1;
  }
  return null;
}

function matching(context: readonly Diagnostic[], code: string, document: TextDocument, span: Span): Diagnostic[] {
  const r = range(document, span);
  return context.filter(
    (d) => d.code === code && d.range.start.line === r.start.line && d.range.start.character === r.start.character,
  );
}

function misspellings(article: Article): { entity: Entity; mention: Mention; edits: TextEdit[]; fixed: string }[] {
  const out: { entity: Entity; mention: Mention; edits: TextEdit[]; fixed: string }[] = [];
  for (const e of article.entities) {
    for (const m of e.mentions) {
      if (m.kind !== 'misspelling') continue;
      const edits = spellingFix(article.text, m, e);
      if (edits.length) out.push({ entity: e, mention: m, edits, fixed: applyInside(article.text, m, edits) });
    }
  }
  return out;
}

/** Whether a code action of `kind` answers a request for the kinds in `only` (all kinds when absent). */
export function wanted(only: readonly string[] | undefined, kind: string): boolean {
  return !only || only.some((o) => kind === o || kind.startsWith(`${o}.`));
}

/** Fixes follow their finding: a kind the user turned off offers no light bulb either. */
export function codeActions(
  article: Article,
  document: TextDocument,
  params: CodeActionParams,
  opts: EditOptions,
  settings: NewsSettings,
): CodeAction[] {
  const out: CodeAction[] = [];
  const at = { start: document.offsetAt(params.range.start), end: document.offsetAt(params.range.end) };
  const context = params.context.diagnostics;
  const only = params.context.only;
  const all = settings.diagnostics.misspeltName === 'off' ? [] : misspellings(article);
  const closeQuotes = settings.diagnostics.unclosedQuote !== 'off';

  if (wanted(only, CodeActionKind.QuickFix)) {
    for (const fix of all) {
      if (!overlaps(fix.mention, at)) continue;
      out.push({
        title: `Change to “${fix.fixed}”`,
        kind: CodeActionKind.QuickFix,
        isPreferred: true,
        diagnostics: matching(context, CODES.misspeltName, document, fix.mention),
        edit: workspaceEdit(document, fix.edits, opts),
      });
      const same = all.filter((f) => f.entity === fix.entity);
      if (same.length > 1) {
        out.push({
          title: `Fix all ${same.length} misspellings of ${fix.entity.name}`,
          kind: CodeActionKind.QuickFix,
          diagnostics: same.flatMap((f) => matching(context, CODES.misspeltName, document, f.mention)),
          edit: workspaceEdit(
            document,
            same.flatMap((f) => f.edits),
            opts,
          ),
        });
      }
    }
    for (const q of article.quotes) {
      if (!closeQuotes || !q.unclosed || !overlaps(q, at)) continue;
      const mark = closingMark(article, q);
      const diagnostics = matching(context, CODES.unclosedQuote, document, { start: q.start, end: q.start + 1 });
      const early = closeBeforeAttribution(article, q);
      if (early !== null) {
        out.push({
          title: `Close the quotation with ${mark} before “${article.text.slice(early, q.content.end).trim()}”`,
          kind: CodeActionKind.QuickFix,
          isPreferred: true,
          diagnostics,
          edit: workspaceEdit(document, [{ start: early, end: early, newText: mark }], opts),
        });
      }
      out.push({
        title: `Close the quotation with ${mark} at the end of its paragraph`,
        kind: CodeActionKind.QuickFix,
        isPreferred: early === null,
        diagnostics,
        edit: workspaceEdit(document, [{ start: q.content.end, end: q.content.end, newText: mark }], opts),
      });
    }
  }

  // Fix-all is offered only when asked for (e.g. on save), never in the light bulb.
  if (only && wanted(only, FIX_ALL_KIND) && all.length) {
    out.push({
      title: 'Fix all misspelt names',
      kind: FIX_ALL_KIND,
      edit: workspaceEdit(
        document,
        all.flatMap((f) => f.edits),
        opts,
      ),
    });
  }
  return out;
}
