// Checks a `newsAnnotator/setCorrections` notification before the service keeps it: the
// corrections come from a file anyone could have edited, so their shape is verified here.
import type { Correction, QuoteAnchor } from '../../../common/corrections';
import type { SetCorrectionsParams } from '../../../common/protocol';

/** More corrections than any article has quotes: the rest are refused, not applied. */
const MAX_CORRECTIONS = 10_000;

const isString = (v: unknown): v is string => typeof v === 'string';

function readAnchor(v: unknown): QuoteAnchor | null {
  if (typeof v !== 'object' || v === null) return null;
  const a = v as Record<string, unknown>;
  if (!isString(a.exact) || !a.exact || !isString(a.prefix) || !isString(a.suffix)) return null;
  const hint = typeof a.hint === 'number' && Number.isInteger(a.hint) && a.hint >= 0 ? a.hint : undefined;
  return { exact: a.exact, prefix: a.prefix, suffix: a.suffix, ...(hint === undefined ? {} : { hint }) };
}

function readCorrection(v: unknown): Correction | null {
  if (typeof v !== 'object' || v === null) return null;
  const c = v as Record<string, unknown>;
  const anchor = readAnchor(c.anchor);
  if (!isString(c.id) || !anchor) return null;
  const created = isString(c.created) ? { created: c.created } : {};
  if (c.kind === 'notAQuote') return { id: c.id, kind: 'notAQuote', anchor, ...created };
  if (c.kind === 'setSpeaker' && isString(c.speaker) && c.speaker.trim())
    return { id: c.id, kind: 'setSpeaker', anchor, speaker: c.speaker.trim(), ...created };
  return null;
}

/** The notification's corrections, or why it is refused (nothing is applied then). */
export function readCorrectionsParams(p: unknown): { uri: string; corrections: Correction[] } | string {
  if (typeof p !== 'object' || p === null) return 'no parameters';
  const { uri, corrections } = p as Partial<SetCorrectionsParams>;
  if (!isString(uri)) return 'no document URI';
  if (!Array.isArray(corrections)) return `no list of corrections for ${uri}`;
  if (corrections.length > MAX_CORRECTIONS)
    return `${corrections.length} corrections for ${uri}, more than ${MAX_CORRECTIONS}`;
  const out: Correction[] = [];
  for (let i = 0; i < corrections.length; i++) {
    const c = readCorrection(corrections[i]);
    if (!c) return `correction ${i + 1} for ${uri} is malformed`;
    out.push(c);
  }
  return { uri, corrections: out };
}
