// The Node implementation of ArticleFileSystem: walks workspace folders on disk, skipping
// hidden folders and dependency folders, and decodes files as the CLI does (UTF-8, or UTF-16
// with a byte-order mark; binary files refused).
import type { Dirent } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { decodeArticle } from './io/readTextFile';
import type { ArticleFileSystem } from '../workspaceFiles';

// Dependency folders hold no articles and can hold very many files.
const SKIP = new Set(['node_modules', 'bower_components']);

/** Stops a walk through a huge tree: workspace symbols over more files than this would not be read by anyone. */
const MAX_FILES = 5000;

export function nodeFileSystem(log: (message: string) => void = () => undefined): ArticleFileSystem {
  return {
    async listFiles(folderUri, extensions, isCancelled) {
      if (!folderUri.startsWith('file:')) return [];
      const out: string[] = [];
      const pending = [fileURLToPath(folderUri)];
      while (pending.length && out.length < MAX_FILES && !isCancelled()) {
        const dir = pending.pop()!;
        let entries: Dirent[];
        try {
          entries = await readdir(dir, { withFileTypes: true });
        } catch {
          continue; // unreadable folder: skip it, keep walking
        }
        for (const e of entries) {
          if (e.name.startsWith('.')) continue;
          const path = join(dir, e.name);
          if (e.isDirectory()) {
            if (!SKIP.has(e.name)) pending.push(path);
          } else if (e.isFile() && extensions.some((x) => e.name.toLowerCase().endsWith(x))) {
            out.push(pathToFileURL(path).href);
          }
        }
      }
      return out.sort();
    },
    async stat(uri) {
      try {
        const s = await stat(fileURLToPath(uri));
        return s.isFile() ? { mtime: s.mtimeMs, size: s.size } : null;
      } catch {
        return null;
      }
    },
    async readFile(uri) {
      try {
        const r = decodeArticle(await readFile(fileURLToPath(uri)));
        if (r.ok) return r.text;
        log(`Skipped ${uri} for workspace symbols: ${r.reason}.`);
      } catch (err) {
        log(`Skipped ${uri} for workspace symbols: ${(err as Error).message}.`);
      }
      return null;
    },
  };
}
