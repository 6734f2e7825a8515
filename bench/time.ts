/**
 * The median wall time of `run` in milliseconds over `repeat` runs, after one run that warms it up
 * (module loading, JIT) and is not counted.
 */
export function timeMs(run: () => unknown, repeat = 5): number {
  run();
  const times: number[] = [];
  for (let i = 0; i < repeat; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(repeat / 2)] as number;
}
