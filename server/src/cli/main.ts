// The news-annotator command: reads the command line against the commands' tables, runs the
// command named, and sets the exit status (0 done, 2 wrong arguments or a file not read). The
// same bundle is the batch runner's worker thread: started as one, it serves jobs instead.
import { analyze } from './analyze';
import { sources } from './sources';
import { parseCommandLine, PROGRAM, type Command } from './args';
import { isJobWorker, serveJobs } from './batch/worker';

declare const VERSION: string;

/** A new command is one more entry here (and its own file). */
const COMMANDS: readonly Command<unknown>[] = [analyze, sources];

function main(): number | Promise<number> {
  const parsed = parseCommandLine(COMMANDS, process.argv.slice(2));
  switch (parsed.kind) {
    case 'help':
      process.stdout.write(parsed.text);
      return 0;
    case 'version':
      process.stdout.write(`${typeof VERSION === 'string' ? VERSION : 'dev'}\n`);
      return 0;
    case 'error':
      process.stderr.write(`${PROGRAM}: ${parsed.message}\n`);
      return 2;
    case 'run':
      return parsed.command.run(parsed.opts, parsed.operands);
  }
}

if (isJobWorker()) serveJobs();
else {
  // A closed pipe (`news-annotator analyze … | head`) is a normal end, not an error.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(0);
    throw err;
  });
  void Promise.resolve(main()).then((status) => {
    process.exitCode = status;
  });
}
