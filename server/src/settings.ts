// The server's settings (`newsAnnotator.*` in VS Code), their defaults, and a forgiving
// reader: a malformed value falls back to its default and is reported, never thrown.

export type SeverityName = 'error' | 'warning' | 'information' | 'hint' | 'off';

/** The findings the diagnostics feature reports, each with its own severity setting. */
export type FindingKind =
  'noSpeaker' | 'guessedSpeaker' | 'unclosedQuote' | 'misspeltName' | 'pronounOnly' | 'staleCorrection';

/** Which topic mentions are marked: none, each section's key topics once per paragraph, or every mention. */
export type TopicHighlight = 'off' | 'key' | 'all';

export interface NewsSettings {
  /** Largest document analysed, in megabytes of UTF-8 text. */
  readonly maxFileSize: number;
  readonly topicHighlight: TopicHighlight;
  /** "— Speaker" after quotes whose sentence does not name their speaker. */
  readonly inlayHints: boolean;
  readonly diagnostics: Readonly<Record<FindingKind, SeverityName>>;
  /** File name endings of the articles that workspace symbols read from disk. */
  readonly fileExtensions: readonly string[];
  /** Whether hovers and the Sources view tell sources' gender (`newsAnnotator.sources.gender`). */
  readonly gender: boolean;
}

/**
 * Problems a reader would fix are warnings; annotations ("the speaker is a guess", "only a
 * pronoun credits this quote") are hints, which VS Code keeps out of the Problems panel.
 */
export const DEFAULT_SETTINGS: NewsSettings = Object.freeze({
  maxFileSize: 2,
  topicHighlight: 'key',
  inlayHints: true,
  diagnostics: Object.freeze({
    noSpeaker: 'warning',
    guessedSpeaker: 'hint',
    unclosedQuote: 'warning',
    misspeltName: 'warning',
    pronounOnly: 'hint',
    staleCorrection: 'warning',
  }),
  fileExtensions: Object.freeze(['.news', '.article']),
  gender: true,
});

const SEVERITIES: readonly SeverityName[] = ['error', 'warning', 'information', 'hint', 'off'];
const TOPIC_HIGHLIGHTS: readonly TopicHighlight[] = ['off', 'key', 'all'];

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Reads the `newsAnnotator` section as the client sends it (nested objects). Unknown keys are
 * ignored; each bad value is named in `problems` and replaced by its default.
 */
export function readSettings(raw: unknown): { settings: NewsSettings; problems: string[] } {
  const problems: string[] = [];
  const src = isRecord(raw) ? raw : {};
  let maxFileSize = DEFAULT_SETTINGS.maxFileSize;
  if (src.maxFileSize !== undefined && src.maxFileSize !== null) {
    if (typeof src.maxFileSize === 'number' && Number.isFinite(src.maxFileSize) && src.maxFileSize > 0)
      maxFileSize = src.maxFileSize;
    else
      problems.push(
        `newsAnnotator.maxFileSize must be a positive number of megabytes, not ${JSON.stringify(src.maxFileSize)}`,
      );
  }
  const diagnostics = { ...DEFAULT_SETTINGS.diagnostics };
  const d = isRecord(src.diagnostics) ? src.diagnostics : {};
  for (const key of Object.keys(diagnostics) as FindingKind[]) {
    const v = d[key];
    if (v === undefined || v === null) continue;
    if (typeof v === 'string' && (SEVERITIES as readonly string[]).includes(v)) diagnostics[key] = v as SeverityName;
    else
      problems.push(
        `newsAnnotator.diagnostics.${key} must be one of ${SEVERITIES.join(', ')}, not ${JSON.stringify(v)}`,
      );
  }
  let fileExtensions = DEFAULT_SETTINGS.fileExtensions;
  const ws = isRecord(src.workspaceSymbols) ? src.workspaceSymbols : {};
  if (ws.fileExtensions !== undefined && ws.fileExtensions !== null) {
    const list = Array.isArray(ws.fileExtensions) ? ws.fileExtensions : [];
    const good = list.filter((e): e is string => typeof e === 'string' && e.length > 0);
    if (!Array.isArray(ws.fileExtensions) || good.length !== list.length) {
      problems.push(
        `newsAnnotator.workspaceSymbols.fileExtensions must be a list of file name endings such as ".news", not ${JSON.stringify(ws.fileExtensions)}`,
      );
    }
    if (Array.isArray(ws.fileExtensions))
      fileExtensions = good.map((e) => (e.startsWith('.') ? e : `.${e}`).toLowerCase());
  }
  let gender = DEFAULT_SETTINGS.gender;
  const sources = isRecord(src.sources) ? src.sources : {};
  if (sources.gender !== undefined && sources.gender !== null) {
    if (typeof sources.gender === 'boolean') gender = sources.gender;
    else problems.push(`newsAnnotator.sources.gender must be true or false, not ${JSON.stringify(sources.gender)}`);
  }
  const topicHighlight = readTopicHighlight(src, problems);
  let inlayHints = DEFAULT_SETTINGS.inlayHints;
  const hints = isRecord(src.inlayHints) ? src.inlayHints.enabled : undefined;
  if (typeof hints === 'boolean') inlayHints = hints;
  else if (hints !== undefined && hints !== null)
    problems.push(`newsAnnotator.inlayHints.enabled must be true or false, not ${JSON.stringify(hints)}`);
  return { settings: { maxFileSize, topicHighlight, inlayHints, diagnostics, fileExtensions, gender }, problems };
}

/** `topics.highlight`, or the boolean it replaced (`decorations.topics`: true is `key`, false `off`). */
function readTopicHighlight(src: Record<string, unknown>, problems: string[]): TopicHighlight {
  const v = isRecord(src.topics) ? src.topics.highlight : undefined;
  if (typeof v === 'string' && (TOPIC_HIGHLIGHTS as readonly string[]).includes(v)) return v as TopicHighlight;
  if (v !== undefined && v !== null)
    problems.push(
      `newsAnnotator.topics.highlight must be one of ${TOPIC_HIGHLIGHTS.join(', ')}, not ${JSON.stringify(v)}`,
    );
  const old = isRecord(src.decorations) ? src.decorations.topics : undefined;
  if (typeof old === 'boolean') return old ? 'key' : 'off';
  return DEFAULT_SETTINGS.topicHighlight;
}

/** UTF-8 length of a string, without encoding it. */
export function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

const MB = 1024 * 1024;

/** Why a text is too large to analyse under the settings, or null when it is not. */
export function sizeRefusal(text: string, settings: NewsSettings): string | null {
  const limit = settings.maxFileSize * MB;
  // Every UTF-16 unit is 1 to 3 bytes of UTF-8: skip the count when the answer is certain.
  if (text.length * 3 <= limit) return null;
  const bytes = utf8Length(text);
  if (bytes <= limit) return null;
  return `it is ${formatMB(bytes)}, over the ${formatMB(limit)} limit set by newsAnnotator.maxFileSize`;
}

function formatMB(bytes: number): string {
  if (bytes < MB) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  const mb = bytes / MB;
  return `${mb >= 10 ? Math.round(mb) : Math.round(mb * 10) / 10} MB`;
}

/**
 * The heap an analysis may take for articles up to `maxFileSize` MB (the analysis worker's
 * resourceLimits): a base for the worker itself and its word table, and the peak heap per MB of
 * article measured by `npm run bench:heap` (an analysis and a re-analysis after an edit, with
 * the paragraph work of both versions alive), with a margin.
 */
export function heapLimitMB(maxFileSize: number): number {
  return Math.ceil(HEAP_BASE_MB + HEAP_PER_ARTICLE_MB * maxFileSize);
}

// Measured (bench/heap.ts): 33 MB of heap for 0.1 MiB, 68 for 0.5, 112 for 1, 192 for 1.9: about
// 25 MB and 88 MB per MiB. Twice that per MiB: near its limit a heap spends its time collecting.
const HEAP_BASE_MB = 64;
const HEAP_PER_ARTICLE_MB = 180;
