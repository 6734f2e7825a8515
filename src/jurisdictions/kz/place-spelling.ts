import type { PlaceSpelling } from "../../territory/find/spelling.js";

/**
 * Russian in Latin as ICAO Doc 9303 (Machine Readable Travel Documents, part 3, 8th ed. 2021) writes it:
 * the romanisation of Kazakhstan's passports, the BGN/PCGN 1947 system without its diacritics and
 * positional "ye" (е and ё are "e", й is "i", ъ "ie", ь nothing).
 */
const RUSSIAN_LATIN: Readonly<Record<string, string>> = {
  а: "a",
  б: "b",
  в: "v",
  г: "g",
  д: "d",
  е: "e",
  ё: "e",
  ж: "zh",
  з: "z",
  и: "i",
  й: "i",
  к: "k",
  л: "l",
  м: "m",
  н: "n",
  о: "o",
  п: "p",
  р: "r",
  с: "s",
  т: "t",
  у: "u",
  ф: "f",
  х: "kh",
  ц: "ts",
  ч: "ch",
  ш: "sh",
  щ: "shch",
  ъ: "ie",
  ы: "y",
  ь: "",
  э: "e",
  ю: "iu",
  я: "ia",
};

/**
 * Kazakh in Latin as the Kazakh Latin alphabet presented by the Government in January 2021 writes it
 * (the revision of the alphabet of Presidential Decree No. 569 of 26 Oct 2017, as amended by Decree
 * No. 637 of 19 Feb 2018): ә ä, ғ ğ, ж j, қ q, ң ñ, ө ö, ұ ū, ү ü, ш ş, ы y, і ı, й and и i, х and һ h.
 * The letters of Russian loanwords (ё, ц, ч, щ, ъ, ь, э, ю, я) as in Russian; "ќ", a Macedonian letter
 * the classifier writes once for қ (Форт-Шевченко ќ., 475220100), as қ.
 */
const KAZAKH_LATIN: Readonly<Record<string, string>> = {
  ...RUSSIAN_LATIN,
  ә: "ä",
  ғ: "ğ",
  ж: "j",
  й: "i",
  қ: "q",
  ќ: "q",
  ң: "ñ",
  ө: "ö",
  ұ: "ū",
  ү: "ü",
  х: "h",
  һ: "h",
  ш: "ş",
  і: "ı",
};

/**
 * Latin spellings of the same Cyrillic letter, made one when a query is compared with a name: the
 * Kazakh Latin letters of 2021 and of 2018 (á, ǵ, ń, ó, ú, ý lose their accents) and their common
 * keyboard spellings (ş sh, ç ch, ə ä, ŋ ñ), zh and j (ж), kh, x and h (х), gh and g (ғ), q and k (қ),
 * y and i (ы, й, и), ye and e (е), shch, sch and sh (щ, ш), apostrophes dropped (2017 alphabet, ь).
 */
const SAME_LATIN: readonly (readonly [string, string])[] = [
  ["ş", "sh"],
  ["ç", "ch"],
  ["ə", "a"],
  ["ŋ", "n"],
  ["ı", "i"],
  ["shch", "sh"],
  ["sch", "sh"],
  ["zh", "j"],
  ["kh", "h"],
  ["x", "h"],
  ["gh", "g"],
  ["q", "k"],
  ["ye", "e"],
  ["y", "i"],
  ["'", ""],
  ["ʼ", ""],
  ["’", ""],
];

/**
 * The words of the KATO classifier (НК РК 11-2025) that say what kind of place a name is, abbreviated
 * as its names write them and spelled out, in Russian and Kazakh; "им." and "атын." ("named after") name
 * no kind. Where two words fold to one Latin spelling (к. and қ., к.ә. and қ.ә.), a query's word names the
 * kinds of both.
 */
const KATO_KIND_WORDS: PlaceSpelling["kindWords"] = [
  { words: ["с.о.", "сельский округ", "а.о.", "ауылдық округі", "ауылдық округ"], types: ["rural_district"] },
  { words: ["с.а.", "а.ә."], types: ["village_admin", "city_district"] },
  { words: ["п.а.", "к.ә."], types: ["settlement_admin"] },
  { words: ["г.а.", "қ.ә."], types: ["city_regional", "city_district_sig_admin"] },
  { words: ["р.а."], types: ["city_district"] },
  { words: ["с.", "село", "а.", "ауыл"], types: ["village"] },
  { words: ["п.", "поселок", "посёлок", "к.", "кент"], types: ["settlement"] },
  { words: ["г.", "город", "қ.", "қала"], types: ["city_republican", "city_proper", "city_district_sig"] },
  { words: ["район", "ауданы", "аудан"], types: ["district", "city_district"] },
  { words: ["область", "обл.", "облысы", "облыс"], types: ["region"] },
  { words: ["ст.", "станция", "рзд.", "разъезд"], types: ["station"] },
  { words: ["зимовка", "қыстауы", "қыстау"], types: ["wintering"] },
  { words: ["уч.", "участок"], types: ["locality_other"] },
  { words: ["им.", "имени", "атын.", "атындағы"], types: [] },
];

/**
 * The kind words as the headings of maslikhat decisions inflect them (Russian genitive, dative and
 * prepositional; Kazakh possessive and genitive), and the plural "сельских округов" / "ауылдық округтерінің",
 * which names no one place.
 */
const TEXT_KIND_WORDS: PlaceSpelling["kindWords"] = [
  {
    words: [
      "сельского округа",
      "сельскому округу",
      "сельском округе",
      "ауылдық округінің",
      "ауылдық округіне",
      "ауылдық",
    ],
    types: ["rural_district"],
  },
  { words: ["села", "селу", "селе", "ауылы", "ауылының", "ауылына"], types: ["village"] },
  {
    words: ["поселка", "посёлка", "поселку", "поселке", "кенті", "кентінің", "кентіне"],
    types: ["settlement"],
  },
  {
    words: ["города", "городу", "городе", "қаласы", "қаласының", "қаласына"],
    types: ["city_proper", "city_district_sig"],
  },
  { words: ["района", "районе", "ауданының", "ауданы"], types: ["district"] },
  { words: ["области", "облысының"], types: ["region"] },
  { words: ["сельских округов", "ауылдық округтерінің", "ауылдық округтердің"], types: [] },
];

/** Adjective endings of Russian place names, with the suffixes that make them (-ов-, -ин-…). */
const RUSSIAN_ADJECTIVE = ["ий", "ая", "ое", "ие", "ого", "ому", "им", "ом", "ой", "ую", "их"].flatMap(
  (ending) => ["ск", "овск", "евск", "инск", "ынск", "енск"].map((suffix) => suffix + ending),
);

/**
 * The endings a place name takes in the headings of decisions: Russian adjectives and noun case forms
 * ("Зубаирского", "села Дружба" → "Дружб-"), Kazakh possessive and genitive ("Кемпірсайының").
 */
const TEXT_ENDINGS: readonly string[] = [
  ...RUSSIAN_ADJECTIVE,
  ...["а", "я", "ы", "и", "е", "у", "ю", "ой", "ей", "ом", "ем", "ью", "ов"],
  ...["ның", "нің", "дың", "дің", "тың", "тің", "ының", "інің", "сының", "сінің", "ы", "і", "сы", "сі"],
];

const KZ_PLACE_SPELLING: PlaceSpelling = Object.freeze({
  latinRu: Object.freeze(RUSSIAN_LATIN),
  latinKk: Object.freeze(KAZAKH_LATIN),
  sameLatin: Object.freeze(SAME_LATIN),
  kindWords: Object.freeze(KATO_KIND_WORDS),
  inText: Object.freeze({ kindWords: Object.freeze(TEXT_KIND_WORDS), endings: Object.freeze(TEXT_ENDINGS) }),
});

/**
 * How Kazakhstan's place names are spelled, for `findUnits`: Russian names in Latin as ICAO Doc 9303 (the
 * romanisation of Kazakhstan's passports) writes them, Kazakh names as the Kazakh Latin alphabet of
 * January 2021 writes them (ә ä, ғ ğ, ж j, қ q, ң ñ, ө ö, ұ ū, ү ü, ш ş, ы y, і ı); the common variants
 * (zh/j, kh/h/x, sh/ş, q/k, gh/g, y/i, ye/e, the accents of the 2018 alphabet) taken as one; and the
 * kind words of the KATO classifier (с.о., а.о., с., а., п., к., г., қ., с.а., а.ә., п.а., к.ә., г.а.,
 * қ.ә., район, ауданы…), abbreviated and spelled out.
 *
 * @category Territory
 * @example
 * ```ts
 * import { kazakhstanPlaceSpelling } from "fourth-level-budget";
 * const spelling = kazakhstanPlaceSpelling();
 * [spelling.latinKk["қ"], spelling.latinRu["ж"]]; //=> ["q", "zh"]
 * ```
 */
export function kazakhstanPlaceSpelling(): PlaceSpelling {
  return KZ_PLACE_SPELLING;
}
