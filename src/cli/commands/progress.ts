import { Presets, SingleBar } from "cli-progress";

/** A progress bar: `update` with the steps done so far (and the total, when it is learnt), `stop` when the work is over. */
export interface ProgressBar {
  readonly update: (done: number, total?: number) => void;
  readonly stop: () => void;
}

/** How long work runs before its bar shows, in milliseconds. */
const SHOW_AFTER_MS = 1000;

/**
 * A progress bar on stderr for `total` steps of `what`: drawn only when stderr is a terminal and only once
 * the work has taken more than a second, so short work and output piped or logged stay clean. Drawn by
 * cli-progress as the work updates it (synchronous work included), cleared when stopped.
 */
export function progressBar(
  what: string,
  steps: number,
  stream: NodeJS.WriteStream = process.stderr,
): ProgressBar {
  const started = Date.now();
  let total = steps;
  let bar: SingleBar | undefined;
  return {
    update: (done, newTotal) => {
      if (newTotal !== undefined) total = newTotal;
      if (stream.isTTY !== true) return;
      if (bar === undefined) {
        if (Date.now() - started < SHOW_AFTER_MS) return;
        bar = new SingleBar(
          {
            stream,
            format: `${what} [{bar}] {percentage}% | {value}/{total} | {duration_formatted}`,
            clearOnComplete: true,
            hideCursor: true,
          },
          Presets.shades_classic,
        );
        bar.start(total, done);
      } else {
        bar.setTotal(total);
        bar.update(done);
      }
    },
    stop: () => bar?.stop(),
  };
}
