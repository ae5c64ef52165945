// startServer: capabilities and one-line handlers over the cached article model. The
// transport (stdio, IPC, in-process streams in tests) is the caller's: see node/main.ts.
import {
  type Connection,
  type InitializeResult,
  TextDocuments,
  TextDocumentSyncKind,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { articleInfo } from './features/articleInfo';
import { documentSymbols } from './features/documentSymbols';
import { hover } from './features/hover';
import { ArticleRequestMethod, type ArticleParams, type ArticleResult } from './protocol';
import { createNewsService } from './service';

declare const VERSION: string;

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const service = createNewsService();

  connection.onInitialize((): InitializeResult => ({
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
      documentSymbolProvider: { label: 'News Annotator' },
      hoverProvider: true,
    },
    serverInfo: { name: 'news-annotator', version: typeof VERSION === 'string' ? VERSION : 'dev' },
  }));

  documents.onDidClose((e) => service.forget(e.document.uri));

  connection.onDocumentSymbol((p) => {
    const doc = documents.get(p.textDocument.uri);
    return doc ? documentSymbols(service.article(doc), doc) : null;
  });
  connection.onHover((p) => {
    const doc = documents.get(p.textDocument.uri);
    return doc ? hover(service.article(doc), doc, p.position) : null;
  });
  connection.onRequest(ArticleRequestMethod, (p: ArticleParams): ArticleResult | null => {
    const doc = documents.get(p.uri);
    return doc ? articleInfo(service.article(doc), doc) : null;
  });

  documents.listen(connection);
  connection.listen();
}
