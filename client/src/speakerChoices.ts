// Who "Set Speaker…" offers for a quote. Pure (no vscode API).
import type { SpeakerInfo } from '../../common/protocol';

/**
 * Who Set Speaker… offers, most mentioned first: people, and the organisations the article
 * already quotes. An organisation that is only named (a flight, an inquiry, a committee) can
 * still be typed with "Other…"; unnamed sources ("a senior official") name nobody to pick.
 */
export function speakerChoices(speakers: readonly SpeakerInfo[]): SpeakerInfo[] {
  return speakers
    .filter((s) => s.kind === 'person' || (s.kind === 'organisation' && s.quotes > 0))
    .sort((a, b) => b.mentions.length - a.mentions.length || b.quotes - a.quotes);
}
