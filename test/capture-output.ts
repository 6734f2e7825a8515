import { afterEach, beforeEach, vi } from "vitest";

/**
 * Captures what is written to standard output and standard error during each test of the file that calls
 * it (at its top level): `output.out` and `output.err`, emptied before each test.
 */
export function captureOutput(): { out: string; err: string } {
  const output = { out: "", err: "" };
  beforeEach(() => {
    output.out = "";
    output.err = "";
    for (const [stream, key] of [
      [process.stdout, "out"],
      [process.stderr, "err"],
    ] as const) {
      vi.spyOn(stream, "write").mockImplementation((chunk: string | Uint8Array) => {
        output[key] += String(chunk);
        return true;
      });
    }
  });
  afterEach(() => vi.restoreAllMocks());
  return output;
}
