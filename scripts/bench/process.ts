/** Running the site's own commands from the bench, with their output kept in a log file. */
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import {parseMaxRssKiB} from './parse';

export const gnuTime = '/usr/bin/time';

export interface CommandResult {
  ok: boolean;
  seconds: number;
  /** Peak RSS of the largest process in the command's tree, when GNU time is available. */
  maxRssKiB?: number;
  error?: string;
}

/** The last `lines` lines of a log file, for error messages. */
export function logTail(file: string, lines = 15): string {
  try {
    return fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '';
  }
}

/**
 * Runs `command args` in `cwd`, output to `logFile`, timing the wall clock. With `measureRss` and
 * GNU time present, runs it under `/usr/bin/time -v` and reads the peak RSS.
 */
export function runLogged(
  command: string,
  args: string[],
  options: {cwd: string; env?: NodeJS.ProcessEnv; logFile: string; measureRss?: boolean; timeoutMs?: number},
): CommandResult {
  const timeFile = `${options.logFile}.time`;
  const useTime = Boolean(options.measureRss) && fs.existsSync(gnuTime);
  const [cmd, cmdArgs] = useTime ? [gnuTime, ['-v', '-o', timeFile, command, ...args]] : [command, args];
  const fd = fs.openSync(options.logFile, 'w');
  const start = performance.now();
  let result;
  try {
    result = spawnSync(cmd, cmdArgs, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ['ignore', fd, fd],
      timeout: options.timeoutMs ?? 15 * 60_000,
    });
  } finally {
    fs.closeSync(fd);
  }
  const seconds = (performance.now() - start) / 1000;
  const maxRssKiB = useTime && fs.existsSync(timeFile) ? parseMaxRssKiB(fs.readFileSync(timeFile, 'utf8')) : undefined;
  if (result.error) return {ok: false, seconds, maxRssKiB, error: `${command} ${args.join(' ')}: ${result.error.message}`};
  if (result.status !== 0) {
    const why = result.signal ? `killed by ${result.signal}` : `exit code ${result.status}`;
    return {ok: false, seconds, maxRssKiB, error: `${command} ${args.join(' ')} failed (${why}); log ${options.logFile}:\n${logTail(options.logFile)}`};
  }
  return {ok: true, seconds, maxRssKiB};
}
