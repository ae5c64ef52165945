// "Export Annotations…": the article's quotes as JSON, a CSV quote sheet, W3C Web Annotations or a
// Markdown quote sheet, rendered by the server and saved where the user chooses (never over the article).
import { commands, type Disposable, type QuickPickItem, Uri, window, workspace } from 'vscode';
import type { ExportFormat } from '../../common/protocol';
import type { ArticleStore } from './articleStore';
import { writeAtomically } from './atomicFile';
import type { NewsClient } from './languageClient';

const FORMATS: (QuickPickItem & { format: ExportFormat; ext: string; bom?: boolean })[] = [
  {
    label: 'CSV quote sheet',
    description: 'for spreadsheets (with a byte-order mark, so Excel reads UTF-8)',
    format: 'csv',
    ext: 'quotes.csv',
    bom: true,
  },
  { label: 'Markdown quote sheet', description: 'for fact-checkers', format: 'markdown', ext: 'quotes.md' },
  {
    label: 'W3C Web Annotations',
    description: 'JSON-LD, each quote an annotation',
    format: 'webannotation',
    ext: 'annotations.jsonld',
  },
  { label: 'JSON', description: 'the command line’s --json contract', format: 'json', ext: 'analysis.json' },
];

const OPEN = 'Open';
const REVEAL = 'Reveal in Explorer';

export function registerExportCommand(client: NewsClient, store: ArticleStore): Disposable {
  return commands.registerCommand('newsAnnotator.exportAnnotations', async () => {
    const editor = store.activeEditor;
    if (!editor) {
      void window.showInformationMessage('News Annotator: open a news article first.');
      return;
    }
    const picked = await window.showQuickPick(FORMATS, { title: 'Export annotations as…' });
    if (!picked) return;
    const doc = editor.document;
    const stem = doc.uri.path.replace(/\.[^./]+$/, '');
    const folder = workspace.workspaceFolders?.[0]?.uri;
    const defaultUri = doc.isUntitled
      ? folder
        ? Uri.joinPath(folder, `article.${picked.ext}`)
        : undefined
      : doc.uri.with({ path: `${stem}.${picked.ext}` });
    const target = await window.showSaveDialog({ defaultUri, title: `Export ${picked.label}` });
    if (!target) return;
    const text = await client.exportArticle(doc, picked.format, picked.bom ?? false);
    if (text === null) {
      void window.showWarningMessage(
        'News Annotator: the article could not be exported (is the language server running?).',
      );
      return;
    }
    try {
      await writeAtomically(target, text, doc.uri);
    } catch (err) {
      void window.showErrorMessage(
        `News Annotator: could not export (${err instanceof Error ? err.message : String(err)}).`,
      );
      return;
    }
    void offerToOpen(target);
  });
}

/** The export is written: say where, and offer to open it or show it in the Explorer. */
async function offerToOpen(target: Uri): Promise<void> {
  const choice = await window.showInformationMessage(
    `News Annotator: exported to ${workspace.asRelativePath(target)}.`,
    OPEN,
    REVEAL,
  );
  if (choice === OPEN) await commands.executeCommand('vscode.open', target);
  else if (choice === REVEAL) await commands.executeCommand('revealInExplorer', target);
}
