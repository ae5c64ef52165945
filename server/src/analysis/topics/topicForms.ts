// Folds the shorter forms of a topic into the form the article uses for it: "the deal" into
// "nuclear deal" when that is the deal the article repeats, "peninsula" into "Korean
// Peninsula", "the Post" into "the New York Post", "cyberspace" into "cyberattacks".
import { absorb, type Group, type GroupTable, mentionCount, stemsOf } from './topicGroups';
import type { WordTable } from './topicWords';

const count = mentionCount;

/** The groups that remain after folding, each holding the mentions of the forms it absorbed. */
export function mergeForms(table: GroupTable): Group[] {
  const all = table.all;
  // Longer phrases absorb the phrase without their first word when they are its usual form.
  for (const a of all.filter((g) => g.phrase && g.words >= 3 && count(g) >= 2).sort((x, y) => count(y) - count(x))) {
    const b = a.shorter;
    if (b && !b.merged && !a.merged && count(a) >= 0.6 * count(b)) absorb(a, b);
  }
  // A head noun goes to the phrase the article repeats most with that head.
  const byHead = new Map<number, Group>();
  for (const g of all) {
    if (g.merged || !g.phrase || g.words < 2 || count(g) < 2) continue;
    const best = byHead.get(g.head);
    if (!best || count(g) > count(best) || (count(g) === count(best) && g.words < best.words)) byHead.set(g.head, g);
  }
  for (const [head, phrase] of byHead) {
    const single = table.findWord(head);
    if (single && !single.merged && count(phrase) >= 0.25 * count(single)) absorb(phrase, single);
  }
  // Proper names of several words absorb their lower-case head: "the peninsula", "the committee".
  for (const g of all) {
    if (g.merged || g.phrase || g.kind === 'person' || g.words < 2) continue;
    const stems = stemsOf(g, table.words);
    const single = table.findWord(stems[stems.length - 1]);
    if (single && !single.merged && count(single) <= 3 * count(g)) absorb(g, single);
  }
  mergeCompounds(all, table.words);
  // A demonym or adjective opening a place's name is that place: "Korean" and "Korean Peninsula".
  const singlePlaces = new Map<number, Group>();
  for (const g of all)
    if (!g.merged && g.kind === 'place' && g.words === 1) singlePlaces.set(stemsOf(g, table.words)[0], g);
  for (const g of all) {
    if (g.merged || g.kind !== 'place' || g.words < 2) continue;
    const first = singlePlaces.get(stemsOf(g, table.words)[0]);
    if (first && !first.merged && first !== g && count(first) <= 2 * count(g)) absorb(g, first);
  }
  mergeOrganisations(all, table);
  return all.filter((g) => !g.merged);
}

/**
 * Compounds on one first element are one subject: "cyberattacks", "cyberspace", "cybercrimes".
 * A compound is a word that is not itself common, made of at least four letters and a common word.
 */
function mergeCompounds(all: Group[], words: WordTable): void {
  const families = new Map<string, Group[]>();
  for (const g of all) {
    if (g.merged || !g.phrase || g.words !== 1 || !g.seq) continue;
    const split = words.compoundSplit(g.seq[0]);
    if (split === 0) continue;
    const first = words.wordText(g.seq[0]).slice(0, split);
    const family = families.get(first);
    if (family) family.push(g);
    else families.set(first, [g]);
  }
  for (const family of families.values()) {
    if (family.length < 2) continue;
    family.sort((x, y) => count(y) - count(x));
    for (const g of family.slice(1)) absorb(family[0], g);
  }
}

/** Organisations: a name ending a longer one is the same ("the Post", "the New York Post"). */
function mergeOrganisations(all: Group[], table: GroupTable): void {
  const longest = all
    .filter((g) => g.kind === 'organisation' && !g.merged && g.words >= 2)
    .sort((x, y) => y.words - x.words);
  for (const long of longest) {
    if (long.merged || !long.seq) continue;
    for (let i = 1; i < long.seq.length; i++) {
      const short = table.findName('organisation', long.seq.slice(i));
      if (short && short !== long && !short.merged) absorb(long, short, true);
    }
  }
}
