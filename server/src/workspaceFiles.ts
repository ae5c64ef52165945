// How the server reaches article files that are not open: an injected dependency, so the Node
// build reads the disk (node/fileSystem.ts) and a browser build can supply its own.

export interface FileStat {
  /** Modification time, any monotonic unit: a change means the file must be read again. */
  readonly mtime: number;
  /** Size in bytes. */
  readonly size: number;
}

export interface ArticleFileSystem {
  /** The URIs of files under `folderUri` (recursively) whose names end with one of `extensions`. */
  listFiles(folderUri: string, extensions: readonly string[], isCancelled: () => boolean): Promise<string[]>;
  stat(uri: string): Promise<FileStat | null>;
  /** The file's text, or null when it cannot be read as text (the implementation logs why). */
  readFile(uri: string): Promise<string | null>;
}
