import { describe, expect, it } from "vitest";
import { officialAddress } from "./legal-database.js";

// The Zubair decision (Borodulikha district maslikhat, 23 December 2025 No 42-9-VIII) as the bundled
// decision file names it, on the mirror insecure.zan.kz: on adilet.zan.kz the same path and id.
describe("officialAddress: a zan.kz address as the official database's, in the reader's language", () => {
  it("gives the mirror's document on adilet.zan.kz over https, Russian or Kazakh text", () => {
    const mirror = "http://insecure.zan.kz/rus/docs/G25FG00429M";
    expect(officialAddress(mirror, "ru")).toBe("https://adilet.zan.kz/rus/docs/G25FG00429M");
    expect(officialAddress(mirror, "kk")).toBe("https://adilet.zan.kz/kaz/docs/G25FG00429M");
    expect(officialAddress(mirror, "en")).toBe("https://adilet.zan.kz/rus/docs/G25FG00429M");
  });

  it("keeps the rest of the path (a comparison of editions)", () => {
    expect(officialAddress("http://insecure.zan.kz/kaz/docs/G25KI40369M/compare", "ru")).toBe(
      "https://adilet.zan.kz/rus/docs/G25KI40369M/compare",
    );
    expect(officialAddress("https://adilet.zan.kz/kaz/docs/G25SE00295M/compare", "en")).toBe(
      "https://adilet.zan.kz/kaz/docs/G25SE00295M/compare",
    );
  });

  it("leaves any other address, or text that is not one, as it is", () => {
    for (const other of [
      "https://zakon.uchet.kz/rus/docs/V10GA000120",
      "http://insecure.zan.kz/rus/search?q=x",
      "kz-wko-kaztalov-bostandyk-2025.txt",
    ])
      expect(officialAddress(other, "kk")).toBe(other);
  });
});
