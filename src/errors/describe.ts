/**
 * A JavaScript value as a message shows it, whatever it is: strings quoted (and cut after 60
 * characters), numbers and bigints as written (`12n`), `null`, `undefined`, and "an array of N", "an
 * object", "a function" for the rest. Never throws (objects without a prototype, symbols, proxies).
 */
export function describeValue(value: unknown): string {
  switch (typeof value) {
    case "string":
      return JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value);
    case "bigint":
      return `${value}n`;
    case "number":
    case "boolean":
    case "undefined":
      return String(value);
    case "symbol":
      return "a symbol";
    case "function":
      return "a function";
    default:
      if (value === null) return "null";
      return Array.isArray(value) ? `an array of ${value.length}` : "an object";
  }
}

/** `what` when it is a non-empty string, else `fallback`: a label given by a plain-JavaScript caller may be anything. */
export function labelOf(what: unknown, fallback: string): string {
  return typeof what === "string" && what !== "" ? what : fallback;
}
