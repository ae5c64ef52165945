// Files the extension writes (exports, corrections) go through VS Code's file system, so they work
// on disk and in the browser alike; they are written to a temporary file beside the target and
// renamed over it, so a reader never sees half a file, and never over the article itself.
import { Uri, workspace } from 'vscode';

export async function writeAtomically(target: Uri, text: string, article?: Uri): Promise<void> {
  if (article && target.toString() === article.toString()) {
    throw new Error('refusing to write over the article itself');
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
