// Rename an entity: every mention that spells its name (in full, in part, or misspelt) is
// rewritten word by word; pronouns, titles and every other word are left alone. Renaming a
// surname changes that part everywhere; renaming a full name changes each part.
import { ErrorCodes, type Position, type Range, ResponseError, type WorkspaceEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Article, Entity, Mention } from '../analysis/model';
import { indexOf, namesEntity } from '../lsp/articleIndex';
import type { EditOptions } from './codeActions';
import { align, canonicalWords, renameMap, type TextEdit, type Word, wordsIn } from '../analysis/people/nameWords';
import { range } from '../lsp/ranges';

function refuse(message: string): never {
  throw new ResponseError(ErrorCodes.InvalidRequest, message);
}

/** The renamable mention under the cursor and its words that spell the name. */
function target(
  article: Article,
  offset: number,
): { entity: Entity; mention: Mention; words: Word[]; indexes: number[] } {
  const ix = indexOf(article);
  const mention = ix.mentionAt(offset);
  if (!mention) refuse('Rename works on a name: put the cursor on a person or organisation.');
  const entity = ix.entity(mention.entity);
  if (!entity) refuse('This mention is not linked to a person or organisation.');
  if (!namesEntity(mention)) {
    const said = article.text.slice(mention.start, mention.end);
    refuse(
      `“${said}” is a ${mention.kind === 'pronoun' ? 'pronoun' : mention.kind === 'title' ? 'title' : 'description'} referring to ${entity.name}; rename one of the name's mentions instead.`,
    );
  }
  const all = wordsIn(article.text, mention);
  const indexes = align(all, canonicalWords(entity));
  const words = all.filter((_, k) => indexes[k] >= 0);
  if (words.length === 0)
    refuse(`“${article.text.slice(mention.start, mention.end)}” does not spell ${entity.name}'s name.`);
  return { entity, mention, words, indexes: indexes.filter((k) => k >= 0) };
}

export function prepareRename(
  article: Article,
  document: TextDocument,
  position: Position,
): { range: Range; placeholder: string } {
  const t = target(article, document.offsetAt(position));
  const span = { start: t.words[0].start, end: t.words[t.words.length - 1].end };
  // The words alone: an editor's "Hassan] Rouhani" is offered as "Hassan Rouhani".
  return { range: range(document, span), placeholder: t.words.map((w) => w.text).join(' ') };
}

function checkName(newName: string): string {
  const name = newName.trim();
  if (!name) refuse('The new name is empty.');
  if (/[\r\n\u2028\u2029]/.test(name)) refuse('A name cannot span lines.');
  if (/["“”„‟«»‹›]/.test(name)) refuse('A name cannot hold quotation marks.');
  if (/[[\](){}]/.test(name)) refuse('A name cannot hold brackets: the brackets around a name stay where they are.');
  return name.replace(/\s+/g, ' ');
}

/** The edits of one mention: each name word mapped to its new text; a dropped word takes one neighbouring space with it. */
function mentionEdits(text: string, m: Mention, canonical: string[], map: (string | null)[]): TextEdit[] {
  const words = wordsIn(text, m);
  const at = align(words, canonical);
  const edits: TextEdit[] = [];
  words.forEach((w, k) => {
    const to = at[k] >= 0 ? map[at[k]] : null;
    if (to === null || to === w.text) return;
    if (to !== '') {
      edits.push({ start: w.start, end: w.end, newText: to });
      return;
    }
    let end = w.end;
    while (end < m.end && /\s/.test(text[end])) end++;
    let start = w.start;
    if (end === w.end) while (start > m.start && /\s/.test(text[start - 1])) start--;
    edits.push({ start, end, newText: '' });
  });
  return edits;
}

export function rename(
  article: Article,
  document: TextDocument,
  position: Position,
  newName: string,
  opts: EditOptions,
): WorkspaceEdit {
  const t = target(article, document.offsetAt(position));
  const name = checkName(newName);
  const canonical = canonicalWords(t.entity);
  const map = renameMap(t.indexes, canonical.length, name);
  const edits = t.entity.mentions.filter(namesEntity).flatMap((m) => mentionEdits(article.text, m, canonical, map));
  const lsp = edits.map((e) => ({ range: range(document, e), newText: e.newText }));
  return opts.documentChanges
    ? { documentChanges: [{ textDocument: { uri: document.uri, version: document.version }, edits: lsp }] }
    : { changes: { [document.uri]: lsp } };
}
