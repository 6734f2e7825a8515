import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseDecisionText } from "../src/jurisdictions/kz/decisions/parse-text.js";
import { kazakhstanPlaceSpelling } from "../src/jurisdictions/kz/place-spelling.js";
import { kazakhstanTerritory } from "../src/jurisdictions/kz/territory.js";
import { readySpelling } from "../src/territory/find/read-name.js";
import { checkWrittenName } from "../src/territory/find/written-name.js";

const DECISIONS = join(__dirname, "..", "data", "decisions");
const territory = kazakhstanTerritory();
const spelling = readySpelling(kazakhstanPlaceSpelling());

/**
 * Each text of data/decisions and the unit it is the decision of: the unit and district of index.json
 * (compiled by hand from the texts), looked up in the bundled classifier by hand. Kaiyndy rural
 * district (2024) is Березинский с.о. in the classifier, whose seat is с.Кайынды; the settlement of
 * Zhalagash (2019) is Жалагашский с.о., whose place is п.Жалагаш; the village of Aktogay (Karaganda
 * region) is the seat of Актогайский с.о. `undefined`: the excerpt names no one unit (Martuk: "the rural
 * district of point 4"; Taskala: the rural districts of the district together).
 */
const INTENDED: readonly (readonly [string, string | undefined])[] = [
  ["kz-abai-ayagoz-kosagash-2022-amend", "103663000"],
  ["kz-abai-borodulikha-belagach-2026", "104035000"],
  ["kz-abai-borodulikha-novodvorovka-2026", "104057000"],
  ["kz-abai-borodulikha-zubair-2026", "104049000"],
  ["kz-akmola-arshaly-settlement-2024-amend2", "113430000"],
  ["kz-akmola-birzhansal-kenashchy-2023", "114540000"],
  ["kz-akmola-bulandy-ergol-2026", "114037000"],
  ["kz-akmola-bulandy-novobratsk-2026", "114047000"],
  ["kz-akmola-esil-city-2023-amend", "114820100"],
  ["kz-aktobe-irgiz-kyzylzhar-2024-amend", "156841000"],
  ["kz-aktobe-kargaly-ashchylysay-2024-amend", "154033000"],
  ["kz-aktobe-kargaly-kempirsay-2024-amend", "154053000"],
  ["kz-aktobe-kargaly-kempirsay-2026-amend", "154053000"],
  ["kz-aktobe-kargaly-shkaldayakov-2026-amend", "154059000"],
  ["kz-aktobe-khromtau-abai-2026", "156033000"],
  ["kz-aktobe-khromtau-don-2024-amend", "156036000"],
  ["kz-aktobe-khromtau-kudyksay-2026-amend", "156043000"],
  ["kz-aktobe-khromtau-kudyksay-2026-orig", "156043000"],
  ["kz-aktobe-martuk-item4-2026-amend", undefined],
  ["kz-aktobe-shalkar-aktogay-2024-amend", "156435000"],
  ["kz-almaty-karasay-kaskelen-2025-amend", "195220000"],
  ["kz-almaty-karasay-kaskelen-2025", "195220000"],
  ["kz-almaty-sarkan-city-2022", "334820000"],
  ["kz-atyrau-isatay-akkistau-2022-amend", "234230000"],
  ["kz-atyrau-isatay-akkistau-2022-amend2", "234230000"],
  ["kz-eko-glubokoe-altaisky-2025-amend", "634033000"],
  ["kz-eko-katonkaragay-aksu-2022-amend", "635433000"],
  ["kz-eko-zaysan-karabulak-2026", "634639000"],
  ["kz-karaganda-abai-city-2025-amend", "353220000"],
  ["kz-karaganda-aktogay-aktogay-village-2025", "353630000"],
  ["kz-kostanay-kamysty-bestobe-2026", "394837000"],
  ["kz-kostanay-kamysty-druzhba-2026", "394845000"],
  ["kz-kostanay-karasu-aidarly-2025", "395231000"],
  ["kz-kostanay-kostanaydistr-tobyl-2024-amend", "395420000"],
  ["kz-kostanay-kostanaydistr-tobyl-2026", "395420000"],
  ["kz-kostanay-sarykol-veselopodol-2024-amend", "396235000"],
  ["kz-kyzylorda-aral-raiym-2026", "433255000"],
  ["kz-kyzylorda-karmakshy-iirkol-2024", "434653000"],
  ["kz-kyzylorda-kazaly-akzhona-2024-amend", "434431000"],
  ["kz-kyzylorda-kazaly-karashengel-2023", "434441000"],
  ["kz-kyzylorda-kazaly-mailybas-2024-amend", "434449000"],
  ["kz-kyzylorda-kyzylordacity-aksuat-2022", "431035000"],
  ["kz-kyzylorda-zhalagash-settlement-2019", "433630000"],
  ["kz-nko-gmusrepov-kokalazhar-2025", "596644000"],
  ["kz-nko-mamlyut-voskresenovka-2024", "595235000"],
  ["kz-pavlodar-pavlodardistr-grigorievka-2021", "556035000"],
  ["kz-turkestan-baidibek-agybet-2025", "613633000"],
  ["kz-turkestan-saryagash-city-2024", "615420100"],
  ["kz-ulytau-zhezkazgan-kengir-2026", "621039000"],
  ["kz-wko-akzhaik-aksuat-2023-amend", "273235000"],
  ["kz-wko-bokeyorda-saralzhin-2024", "275447000"],
  ["kz-wko-kaztalov-bostandyk-2025", "274839000"],
  ["kz-wko-kaztalov-bostandyk-2026", "274839000"],
  ["kz-wko-kaztalov-kaiyndy-2024-amend", "274835000"],
  ["kz-wko-taskala-aggregate-2025-v1", undefined],
  ["kz-wko-taskala-aggregate-2025-v2", undefined],
  ["kz-zhambyl-merke-aktogan-2024-amend", "315432000"],
  ["kz-zhambyl-sarysu-zhanatas-2020", "316020100"],
  ["kz-zhetysu-aksudistr-aksu-2025-amend", "333233000"],
  ["kz-zhetysu-sarkan-city-2024", "334820000"],
  ["kz-zhetysu-taldykorgan-erkin-2025", "331039000"],
];

const unitNameOf = (id: string) =>
  parseDecisionText(readFileSync(join(DECISIONS, `${id}.txt`), "utf8")).unitName;
const placesOf = (code: string) => [territory.place(code), ...territory.placesOfUnit(code)];

describe("the unit a decision's heading names, against the classifier", () => {
  it("covers every text of data/decisions", () => {
    const index = JSON.parse(readFileSync(join(DECISIONS, "index.json"), "utf8")) as { id: string }[];
    expect(INTENDED.map(([id]) => id)).toEqual(index.map((e) => e.id));
  });

  it.each(INTENDED.filter(([, code]) => code !== undefined))("%s names its unit %s", (id, code) => {
    const name = unitNameOf(id);
    // three headings in the excerpts name no unit: Sarkan 2022 and Zhanatas 2020 list several units, by block
    if (name === undefined) {
      expect(["kz-almaty-sarkan-city-2022", "kz-zhambyl-sarysu-zhanatas-2020"]).toContain(id);
      return;
    }
    expect(checkWrittenName(name, placesOf(code as string), spelling).kind).toBe("same");
  });

  it("a text naming one unit is not taken for Zubair (104049000), a unit of another district", () => {
    for (const [id, code] of INTENDED) {
      const name = unitNameOf(id);
      if (code === "104049000" || name === undefined) continue;
      const expected = code === undefined ? "none" : "other";
      expect([id, checkWrittenName(name, placesOf("104049000"), spelling).kind]).toEqual([id, expected]);
    }
  });

  it("the Taskala texts name only the district's rural districts together: no one unit", () => {
    const name = unitNameOf("kz-wko-taskala-aggregate-2025-v1");
    expect(name).toBe("сельских округов Таскалинского района");
    // not even Таскалинский с.о. (276030000): "Таскалинского" is the district's name, next to "района"
    expect(checkWrittenName(name as string, placesOf("276030000"), spelling)).toEqual({ kind: "none" });
  });

  it("reads the case forms of the headings: the words that matched", () => {
    const words = (name: string, code: string) => checkWrittenName(name, placesOf(code), spelling);
    expect(words("Зубаировского сельского округа", "104049000")).toEqual({
      kind: "same",
      words: "зубаировского",
    });
    expect(words("Зубаир ауылдық округінің", "104049000")).toEqual({ kind: "same", words: "зубаир" });
    expect(words("села Дружба Камыстинского района", "394845000")).toEqual({ kind: "same", words: "дружба" });
    expect(words("села Дружба Камыстинского района", "104049000")).toEqual({ kind: "other" });
    // Актоган and Актогай, one edit apart in seven letters: two units (Кудыксай and Кудуксай, eight: one)
    expect(words("Актоганского сельского округа", "156435000")).toEqual({ kind: "other" });
  });
});
