import { FourthLevelError } from "../errors/error.js";

/** Why some bytes are not UTF-8 text, and the first line (1-based) where that shows. */
interface EncodingProblem {
  readonly line: number;
  readonly reason: string;
}

const LF = 0x0a;

/** The line (1-based) that byte `offset` is on. */
function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === LF) line++;
  return line;
}

/** The first line of `bytes` that is not valid UTF-8 (the whole was found not to be). */
function firstBadLine(bytes: Uint8Array): number {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let [start, line] = [0, 1];
  while (start < bytes.length) {
    const end = bytes.indexOf(LF, start);
    const stop = end < 0 ? bytes.length : end;
    try {
      decoder.decode(bytes.subarray(start, stop));
    } catch {
      return line;
    }
    [start, line] = [stop + 1, line + 1];
  }
  return line;
}

/** The text of `bytes` read as UTF-8, or what is wrong with them as UTF-8 text. */
function decodeOrExplain(bytes: Uint8Array): string | EncodingProblem {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { line: 1, reason: "a UTF-16 byte order mark" };
  }
  // UTF-16 without a byte order mark can be valid UTF-8 (Cyrillic letters are bytes 0x04 and 0x10-0x4F),
  // but every ASCII character then comes with a NUL byte, which no text file has.
  const nul = bytes.indexOf(0);
  if (nul >= 0) return { line: lineAt(bytes, nul), reason: "a NUL byte, as in UTF-16 text" };
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return {
      line: firstBadLine(bytes),
      reason: "bytes that are not UTF-8 (Windows-1251 or another code page)",
    };
  }
}

/**
 * Decodes the bytes of a text file as UTF-8, strictly: a UTF-8 byte order mark is skipped, but text in
 * another encoding (Windows-1251, UTF-16 with or without a byte order mark) is refused rather than read
 * with replacement characters.
 *
 * @param bytes - The file's bytes.
 * @param what - What the bytes are, for the message (e.g. `"decision text data/x.txt"`).
 * @throws {@link FourthLevelError} `INVALID_ENCODING` naming `what` and the first line that shows the
 *   problem; `details` has `what` and `line`.
 */
export function decodeText(bytes: Uint8Array, what: string): string {
  const decoded = decodeOrExplain(bytes);
  if (typeof decoded === "string") return decoded;
  throw new FourthLevelError(
    "INVALID_ENCODING",
    `${what} is not UTF-8 text: line ${decoded.line} has ${decoded.reason}; save the file as UTF-8`,
    { what, line: decoded.line },
  );
}
