import { afterEach, describe, expect, it, vi } from "vitest";
import { progressBar } from "./progress.js";

/** A stand-in for stderr: a terminal or not, keeping what is written. */
function stream(isTTY: boolean) {
  const written: string[] = [];
  const tty = {
    isTTY,
    columns: 80,
    write: (chunk: string) => written.push(chunk) > 0,
    cursorTo: () => true,
    clearLine: () => true,
    clearScreenDown: () => true,
    moveCursor: () => true,
    on: () => tty,
    removeListener: () => tty,
  };
  return { tty: tty as unknown as NodeJS.WriteStream, written };
}

afterEach(() => vi.useRealTimers());

describe("progressBar", () => {
  it("stays silent when stderr is not a terminal, however long the work", () => {
    vi.useFakeTimers();
    const { tty, written } = stream(false);
    const bar = progressBar("work", 10, tty);
    vi.advanceTimersByTime(5000);
    for (let i = 1; i <= 10; i++) bar.update(i);
    bar.stop();
    expect(written).toEqual([]);
  });

  it("shows on a terminal only once the work has taken more than a second", () => {
    vi.useFakeTimers();
    const { tty, written } = stream(true);
    const bar = progressBar("work", 10, tty);
    bar.update(1);
    expect(written).toEqual([]);
    vi.advanceTimersByTime(1500);
    bar.update(5);
    bar.stop();
    expect(written.join("")).toContain("work");
  });
});
