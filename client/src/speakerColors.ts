// Which of the themable speaker colours each speaker of a document gets. Pure (no vscode API).
//
// A speaker keeps their colour while the document is open, even as edits renumber the server's ids
// (speakers are keyed by canonical name), and the first PALETTE_SIZE speakers get distinct colours.
import type { ArticleResult, SpeakerInfo } from '../../common/protocol';

/** Speaker colours in `contributes.colors`: newsAnnotator.speaker1Foreground … speakerNBackground. */
export const PALETTE_SIZE = 8;

export function speakerColorId(index: number, part: 'Foreground' | 'Background'): string {
  return `newsAnnotator.speaker${index + 1}${part}`;
}

export class SpeakerColors {
  private readonly remembered = new Map<string, Map<string, number>>();

  /**
   * Colour indices for a document's speakers, given in order of their first quote. A speaker keeps
   * the colour they had unless another speaker now holds it and a less used colour is free.
   */
  assign(uri: string, speakers: readonly string[]): Map<string, number> {
    let memory = this.remembered.get(uri);
    if (!memory) this.remembered.set(uri, (memory = new Map<string, number>()));
    const uses = new Array<number>(PALETTE_SIZE).fill(0);
    const result = new Map<string, number>();
    const take = (name: string, index: number): void => {
      result.set(name, index);
      memory.set(name, index);
      uses[index] += 1;
    };
    const pending: string[] = [];
    // Remembered colours first, so a newcomer never takes a colour its owner still holds.
    for (const name of speakers) {
      if (result.has(name)) continue;
      const had = memory.get(name);
      if (had !== undefined && uses[had] === Math.min(...uses)) take(name, had);
      else pending.push(name);
    }
    for (const name of pending) {
      if (result.has(name)) continue;
      const least = Math.min(...uses);
      take(name, uses.indexOf(least));
    }
    return result;
  }

  forget(uri: string): void {
    this.remembered.delete(uri);
  }
}

/** Speakers in the order of their first quote: the order colours are handed out in. */
export function speakersInQuoteOrder(article: ArticleResult): SpeakerInfo[] {
  const byId = new Map(article.speakers.map((s) => [s.id, s]));
  const seen = new Set<SpeakerInfo>();
  for (const q of article.quotes) {
    const s = q.speaker ? byId.get(q.speaker) : undefined;
    if (s) seen.add(s);
  }
  return [...seen];
}
