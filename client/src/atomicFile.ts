// Files the extension writes (exports, corrections) go through VS Code's file system, so they work
// on disk and in the browser alike; they are written to a temporary file beside the target and
// renamed over it, so a reader never sees half a file, and never over the article itself. On local
// disk the desktop entry supplies a write that renames with rename(2), so the file never goes missing.
import { Uri, workspace } from 'vscode';

/** The Node entry's own atomic write for local files (VS Code's rename with overwrite deletes the target first). */
let writeLocal: ((path: string, text: string) => void) | undefined;

export function useLocalWriter(write: (path: string, text: string) => void): void {
  writeLocal = write;
}

export async function writeAtomically(target: Uri, text: string, article?: Uri): Promise<void> {
  if (article && target.toString() === article.toString()) {
    throw new Error('refusing to write over the article itself');
  }
  if (target.scheme === 'file' && writeLocal) {
    writeLocal(target.fsPath, text);
    return;
  }
  const name = target.path.slice(target.path.lastIndexOf('/') + 1);
  const tmp = Uri.joinPath(target, '..', `.${name}.${Date.now().toString(36)}.tmp`);
  await workspace.fs.writeFile(tmp, new TextEncoder().encode(text));
  try {
    await workspace.fs.rename(tmp, target, { overwrite: true });
  } catch (err) {
    await workspace.fs.delete(tmp).then(undefined, () => undefined);
    throw err;
  }
}
