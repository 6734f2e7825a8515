/**
 * A scenario's name as a Russian or Kazakh page may quote it: the name when it is written without a
 * Latin letter (in Cyrillic, by its author); `undefined` when it is not (an English name).
 */
export const cyrillicName = (name: string): string | undefined => (/[A-Za-z]/.test(name) ? undefined : name);

/**
 * Whether a scenario's name (or its receipts' label) says that some of its data are not real: the words
 * the bundled examples label such data with (GENERATED, ILLUSTRATIVE, synthetic).
 */
export const saysNotReal = (text: string): boolean => /\b(generated|illustrative|synthetic)\b/i.test(text);
