// A speaker's icon in the views: person, organisation or unnamed source, in their speaker colour;
// a grey question mark for the quotes no speaker was found for.
import { ThemeColor, ThemeIcon } from 'vscode';
import { speakerColorId } from './speakerColors';

/** `kind` null: no speaker found. `color`: the speaker's colour index, if they have one. */
export function speakerIcon(kind: string | null, color: number | undefined): ThemeIcon {
  if (kind === null) return new ThemeIcon('question', new ThemeColor('newsAnnotator.unattributedQuoteBorder'));
  const icon =
    kind === 'organisation'
      ? 'organization'
      : kind === 'group'
        ? 'people'
        : kind === 'anonymous'
          ? 'eye-closed'
          : 'person';
  return new ThemeIcon(icon, color === undefined ? undefined : new ThemeColor(speakerColorId(color, 'Foreground')));
}
