import { FourthLevelError } from "../../../errors/error.js";

/** What a text that was not UTF-8 looks like once it has been read as if it were. */
const SIGNS: readonly { readonly pattern: RegExp; readonly minimum: number; readonly what: string }[] = [
  {
    pattern: new RegExp(String.fromCharCode(0), "gu"),
    minimum: 1,
    what: "NUL bytes: UTF-16 text read as UTF-8",
  },
  {
    pattern: /\uFFFD/gu,
    minimum: 3,
    what: "replacement characters (U+FFFD): bytes that are not UTF-8, e.g. Windows-1251 (CP1251) text",
  },
  {
    pattern:
      /[ÐÑÒÓ][\u0080-\u00BF\u0152\u0153\u0160\u0161\u0178\u017D\u017E\u0192\u02C6\u02DC\u2013-\u203A\u20AC\u2122]/gu,
    minimum: 3,
    what: "Latin-1 mojibake of Cyrillic ('Ð´Ð¾Ñ…'): UTF-8 text decoded as Latin-1 or Windows-1252",
  },
];
/** Cyrillic letters of Windows-1251 read as Latin-1 ("äîõîäû" for "доходы"). */
const CP1251_AS_LATIN1 = /[\u00C0-\u00FF]/gu;
const CYRILLIC = /\p{Script=Cyrillic}/gu;

function count(text: string, pattern: RegExp): number {
  return (text.match(pattern) ?? []).length;
}

/** The 1-based number of the first line of `text` (header lines included) where `pattern` occurs. */
function lineOf(text: string, pattern: RegExp): number {
  const index = text.search(new RegExp(pattern.source, pattern.flags.replace("g", "")));
  return text.slice(0, Math.max(index, 0)).split(/\r\n|\r|\n/u).length;
}

/**
 * Refuses a decision text that was not UTF-8 when it reached the reader: NUL bytes of UTF-16,
 * replacement characters left by bytes that are not UTF-8 (CP1251), or Latin-1 mojibake of Cyrillic.
 * Such a text has no readable labels, and "no budget list found" would hide the real cause.
 *
 * @param what - The file or text, for the message.
 * @throws {@link FourthLevelError} `INVALID_ENCODING` naming the first line affected and what it shows.
 */
export function assertReadableEncoding(text: string, what: string): void {
  for (const { pattern, minimum, what: shows } of SIGNS) {
    if (count(text, pattern) >= minimum) throw encodingError(text, what, pattern, shows);
  }
  const latin = count(text, CP1251_AS_LATIN1);
  if (latin >= 20 && latin > count(text, CYRILLIC)) {
    throw encodingError(
      text,
      what,
      CP1251_AS_LATIN1,
      "accented Latin letters where Cyrillic is expected ('äîõîäû'): Windows-1251 text decoded as Latin-1",
    );
  }
}

function encodingError(text: string, what: string, pattern: RegExp, shows: string): FourthLevelError {
  const line = lineOf(text, pattern);
  return new FourthLevelError(
    "INVALID_ENCODING",
    `${what}: not UTF-8 text (line ${line} has ${shows}); save or convert the file as UTF-8`,
    { what, line },
  );
}
