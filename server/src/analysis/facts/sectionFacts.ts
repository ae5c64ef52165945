// Which section holds each quote, and who is quoted in each section: worked out once, here, once
// the sections are final, so that the JSON, the report, the exports, the editor's features and the
// client's Topic Sections view all tell the same story.
//
// The rule: a section holds a quote when the quote starts in the section's range. A heading's
// range runs over its subsections, so a section's speakers count its subsections' quotes too;
// a quote's own section is the innermost one (the deepest level) holding its start. Every kind of
// quote counts, reported speech included.
import { countBelow } from '../../../../common/search';
import type { Quote, Section } from '../model';

/** Whether the offset lies in the section's range (subsections included). */
export function holds(section: Section, offset: number): boolean {
  return offset >= section.range.start && offset < section.range.end;
}

/** The innermost section holding the offset: the deepest level, the first of equals; undefined outside every section. */
export function innermostSection(sections: readonly Section[], offset: number): Section | undefined {
  let best: Section | undefined;
  for (const s of sections) if (holds(s, offset) && (!best || s.level > best.level)) best = s;
  return best;
}

/** Sets every quote's `section` and every section's `speakers`. */
export function addSectionFacts(sections: readonly Section[], quotes: readonly Quote[]): void {
  const sorted = [...quotes].sort((a, b) => a.start - b.start);
  const starts = sorted.map((q) => q.start);
  // The level of the section each quote is placed in so far (0: none yet).
  const level = new Uint8Array(sorted.length);
  for (const q of sorted) q.section = null;
  for (const s of sections) {
    // The quotes starting in the range are a run of the sorted quotes.
    const speakers = new Map<string, { id: string; quotes: number; first: number }>();
    for (let i = countBelow(starts, s.range.start), end = countBelow(starts, s.range.end); i < end; i++) {
      const q = sorted[i];
      if (s.level > level[i]) {
        q.section = s.id;
        level[i] = s.level;
      }
      if (q.speaker === null) continue;
      const entry = speakers.get(q.speaker);
      if (entry) entry.quotes++;
      else speakers.set(q.speaker, { id: q.speaker, quotes: 1, first: q.start });
    }
    // Most quoted first; the sort is stable, so ties stay in order of first quote.
    s.speakers = [...speakers.values()].sort((a, b) => b.quotes - a.quotes);
  }
}
