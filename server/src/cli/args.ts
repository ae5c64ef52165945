// The command line's grammar: each command is a table entry (its options, with what the help says
// of them), read by one parser (node:util parseArgs) and described by help generated from the same
// table, so the help cannot drift from what is accepted.
import { parseArgs } from 'node:util';

export const PROGRAM = 'news-annotator';

interface OptionInfo {
  /** The long name without its dashes: `format` for `--format`. */
  readonly name: string;
  readonly short?: string;
  /** What the help calls its value (`FILE`); an option without one is a flag. */
  readonly value?: string;
  readonly description: string;
  /** The values it accepts, each with what it does: listed in the help, checked before apply. */
  readonly choices?: Readonly<Record<string, string>>;
  /** The default, as the help shows it. */
  readonly default?: string;
}

/**
 * One option. Options are applied in command-line order, so the last of two that set the same
 * thing wins (`--json --format csv` is CSV). apply returns what is wrong with a bad value
 * ("needs a positive number"), or nothing. help and version stop the reading where they stand.
 */
export type OptionSpec<O> = OptionInfo &
  ({ apply(opts: O, value: string): string | void } | { readonly stop: 'help' | 'version' });

export interface Command<O> {
  readonly name: string;
  /** One line, for the list of commands. */
  readonly summary: string;
  /** A paragraph under the usage line of the command's help. */
  readonly about: string;
  /** What the operands are called (`FILE`), how many at least, and the error when there are fewer. */
  readonly operands: { readonly name: string; readonly min: number; readonly missing: string };
  readonly options: readonly OptionSpec<O>[];
  /** The end of the help: exit status, environment. */
  readonly notes: string;
  defaults(): O;
  /** The exit status, or a promise of it for a command that runs asynchronously. */
  run(opts: O, operands: readonly string[]): number | Promise<number>;
}

export type Parsed =
  | { readonly kind: 'help'; readonly text: string }
  | { readonly kind: 'version' }
  /** A wrong command line, said in one line (no program-name prefix, no newline). */
  | { readonly kind: 'error'; readonly message: string }
  | {
      readonly kind: 'run';
      readonly command: Command<unknown>;
      readonly opts: unknown;
      readonly operands: readonly string[];
    };

const HELP: OptionSpec<unknown> = { name: 'help', short: 'h', description: 'this help', stop: 'help' };
const GLOBAL_OPTIONS: readonly OptionSpec<unknown>[] = [
  HELP,
  { name: 'version', short: 'v', description: 'the version', stop: 'version' },
];

const ABOUT = `Finds who said what in news articles: every quotation, its speaker, the people and
organisations in the story, and its topic sections.`;

/** Every command accepts -h/--help; the tables leave it out. */
function optionsOf(command: Command<unknown>): readonly OptionSpec<unknown>[] {
  return [...command.options, HELP];
}

class UsageError extends Error {}

/**
 * Reads options in order until the end (or, with `untilOperand`, until the first operand, which
 * starts the rest). Unknown options and bad values throw a UsageError.
 */
function readOptions<O>(
  specs: readonly OptionSpec<O>[],
  opts: O,
  args: readonly string[],
  untilOperand: boolean,
): { stop?: 'help' | 'version'; operands: string[] } {
  const config = Object.fromEntries(
    specs.map((s) => [
      s.name,
      { type: s.value ? ('string' as const) : ('boolean' as const), ...(s.short ? { short: s.short } : {}) },
    ]),
  );
  // Not strict: the messages are ours, and an option's value is the next argument whatever it
  // looks like (`--max-size -1` is a bad size, not an unknown option `-1`).
  const { tokens } = parseArgs({
    args: [...args],
    options: config,
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  const operands: string[] = [];
  for (const token of tokens) {
    if (token.kind === 'option-terminator') continue;
    if (token.kind === 'positional') {
      if (untilOperand) return { operands: args.slice(token.index) };
      operands.push(token.value);
      continue;
    }
    const spec = specs.find((s) => s.name === token.name);
    if (!spec) throw new UsageError(`unknown option '${token.rawName}'`);
    if ('stop' in spec) return { stop: spec.stop, operands };
    const option = `option '${token.rawName}'`;
    if (!spec.value) {
      if (token.value !== undefined) throw new UsageError(`${option} takes no value`);
      spec.apply(opts, '');
      continue;
    }
    const value = token.value ?? '';
    const choices = spec.choices && Object.keys(spec.choices);
    const needs = choices ? `one of ${choices.join(', ')}` : `a value (${spec.value})`;
    if (value === '') throw new UsageError(`${option} needs ${needs}`);
    const wrong = choices && !choices.includes(value) ? `needs ${needs}` : spec.apply(opts, value);
    if (wrong) throw new UsageError(`${option} ${wrong}, not '${value}'`);
  }
  return { operands };
}

/** The command line (without node and the script) read against the commands' tables. */
export function parseCommandLine(commands: readonly Command<unknown>[], argv: readonly string[]): Parsed {
  let command: Command<unknown> | undefined;
  try {
    const global = readOptions(GLOBAL_OPTIONS, undefined, argv, true);
    if (global.stop === 'help') return { kind: 'help', text: programHelp(commands) };
    if (global.stop === 'version') return { kind: 'version' };
    const [name, ...rest] = global.operands;
    if (name === undefined) throw new UsageError('no command given');
    command = commands.find((c) => c.name === name);
    if (!command) throw new UsageError(`unknown command '${name}'`);
    const opts = command.defaults();
    const read = readOptions(optionsOf(command), opts, rest, false);
    if (read.stop) return read.stop === 'help' ? { kind: 'help', text: commandHelp(command) } : { kind: 'version' };
    if (read.operands.length < command.operands.min) throw new UsageError(command.operands.missing);
    return { kind: 'run', command, opts, operands: read.operands };
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    const where = command ? `${command.name}: ` : '';
    const help = command ? `${PROGRAM} ${command.name} --help` : `${PROGRAM} --help`;
    return { kind: 'error', message: `${where}${err.message} (see '${help}')` };
  }
}

/** Two columns, the left padded to its widest entry; `indent` puts the table under another's right column. */
function table(rows: readonly (readonly [string, string])[], indent = 2): string[] {
  const width = Math.max(...rows.map(([left]) => left.length));
  return rows.map(([left, right]) => `${' '.repeat(indent)}${left.padEnd(width)}  ${right}`);
}

function optionLines(specs: readonly OptionSpec<unknown>[]): string[] {
  const left = specs.map((s) => `${s.short ? `-${s.short}, ` : ''}--${s.name}${s.value ? ` ${s.value}` : ''}`);
  const lines = table(specs.map((s, i) => [left[i], `${s.description}${s.default ? ` (default: ${s.default})` : ''}`]));
  // The accepted values under their option, two columns into its description.
  const choicesIndent = 2 + Math.max(...left.map((l) => l.length)) + 2 + 2;
  return specs.flatMap((s, i) => [lines[i], ...(s.choices ? table(Object.entries(s.choices), choicesIndent) : [])]);
}

export function programHelp(commands: readonly Command<unknown>[]): string {
  return [
    `Usage: ${PROGRAM} COMMAND [OPTION]... ARGUMENT...`,
    '',
    ABOUT,
    '',
    'Commands:',
    ...table(commands.map((c) => [c.name, c.summary])),
    '',
    'Options:',
    ...optionLines(GLOBAL_OPTIONS),
    '',
    `'${PROGRAM} COMMAND --help' lists the options of a command.`,
    '',
    'Exit status: 0 on success, 2 when the arguments are wrong or a file could not be read.',
    '',
  ].join('\n');
}

function operandUsage({ operands: { name, min } }: Command<unknown>): string {
  return min > 0 ? `${name}...` : `[${name}]...`;
}

export function commandHelp(command: Command<unknown>): string {
  return [
    `Usage: ${PROGRAM} ${command.name} [OPTION]... ${operandUsage(command)}`,
    '',
    command.about,
    '',
    'Options:',
    ...optionLines(optionsOf(command)),
    '',
    `Every argument after '--' is a ${command.operands.name}, even one that starts with '-'.`,
    '',
    command.notes,
    '',
  ].join('\n');
}
