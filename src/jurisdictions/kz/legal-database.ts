// The official legal database of Kazakhstan, adilet.zan.kz (run by the Institute of Legislation and
// Legal Information, whose notes — "Примечание ИЗПИ!", "ЗҚАИ-ның ескертпесі!" — head its pages), and its
// mirror insecure.zan.kz, which serves the same pages over plain http: the same paths, /rus/docs/ID or
// /kaz/docs/ID (optionally /compare), the same document ids (e.g. G25FG00429M, the Zubair decision of
// 23 December 2025 No 42-9-VIII), the Russian and the Kazakh text of an act under one id.

/** The languages of a reader: Russian, Kazakh, English. */
type ReaderLanguage = "ru" | "kk" | "en";

const ZAN = /^https?:\/\/(?:insecure|adilet)\.zan\.kz\/(rus|kaz)\/docs\/([A-Za-z0-9]+(?:\/[A-Za-z0-9/]*)?)$/;

/** The path of each language's text on the database; English has none (the address keeps its own). */
const PATH: Readonly<Record<ReaderLanguage, string | undefined>> = { ru: "rus", kk: "kaz", en: undefined };

/**
 * A decision's address as a reader in `lang` should see it: an address on insecure.zan.kz or
 * adilet.zan.kz as the official database's, over https, the text in the reader's language (Russian or
 * Kazakh; English keeps the address's). Any other address is returned as it is.
 */
export function officialAddress(address: string, lang: ReaderLanguage): string {
  const match = ZAN.exec(address);
  if (match === null) return address;
  const [, path = "rus", rest = ""] = match;
  return `https://adilet.zan.kz/${PATH[lang] ?? path}/docs/${rest}`;
}
