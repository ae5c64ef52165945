// The options every command that reads articles and writes a file shares, with the same words in
// every help: --bom, --output, --no-corrections, --max-size.
import type { OptionSpec } from './args';

export const DEFAULT_MAX_MB = 64;

export interface FileOptions {
  bom: boolean;
  output: string | null;
  corrections: boolean;
  maxMb: number;
}

export function fileOptionDefaults(): FileOptions {
  return { bom: false, output: null, corrections: true, maxMb: DEFAULT_MAX_MB };
}

export function fileOptions<O extends FileOptions>(): OptionSpec<O>[] {
  return [
    {
      name: 'bom',
      description: 'start CSV with a UTF-8 byte-order mark (for Excel)',
      apply: (o) => {
        o.bom = true;
      },
    },
    {
      name: 'output',
      short: 'o',
      value: 'FILE',
      description: 'write to FILE (atomically; never over an input article)',
      apply: (o, v) => {
        o.output = v;
      },
    },
    {
      name: 'no-corrections',
      description: 'ignore editor corrections kept in FILE.annotations.json',
      apply: (o) => {
        o.corrections = false;
      },
    },
    {
      name: 'max-size',
      value: 'MB',
      description: 'skip files larger than this',
      default: String(DEFAULT_MAX_MB),
      apply: (o, v) => {
        const mb = Number(v);
        if (!(mb > 0)) return 'needs a positive number of megabytes';
        o.maxMb = mb;
        return undefined;
      },
    },
  ];
}
