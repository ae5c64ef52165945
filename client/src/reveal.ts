// Protocol ranges as editor ranges, and showing one in the editor.
import { Range, Selection, type TextEditor, TextEditorRevealType, window } from 'vscode';
import type { Range as WireRange } from '../../common/protocol';

export function toRange(r: WireRange): Range {
  return new Range(r.start.line, r.start.character, r.end.line, r.end.character);
}

/**
 * Selects a range in the article's editor and scrolls it into view. The editor is shown again
 * first, in its own column: it may have been hidden behind another tab since the view was drawn.
 */
export async function revealInEditor(editor: TextEditor, r: WireRange, preserveFocus: boolean): Promise<TextEditor> {
  const range = toRange(r);
  const shown = await window.showTextDocument(editor.document, {
    viewColumn: editor.viewColumn,
    preserveFocus,
    preview: false,
  });
  shown.selection = new Selection(range.start, range.end);
  shown.revealRange(range, TextEditorRevealType.InCenterIfOutsideViewport);
  return shown;
}
