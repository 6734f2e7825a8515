import { describe, expect, it } from "vitest";
import { kazakhstanTerritory } from "../src/jurisdictions/kz/territory.js";
import { unitsOfDistrict } from "../src/territory/units-of-district.js";
import { errorOf, inputIssuesOf } from "./support.js";

const territory = kazakhstanTerritory();

describe("a KATO code given as a number says to give it as a string, and shows it", () => {
  it("owner(104035100): a number, the string to give", () => {
    const error = errorOf(() => territory.owner(104035100 as unknown as string));
    expect(error.code).toBe("UNKNOWN_KATO");
    expect(error.message).toMatch(
      /^KATO code 104035100 is a number: give it as a string of 9 digits, "104035100" \(/,
    );
  });

  it("a value that is neither: a string of 9 digits, with an example", () => {
    expect(errorOf(() => territory.place(null as unknown as string)).message).toMatch(
      /^KATO code null is not a string: give a string of 9 digits such as "104035100" \(/,
    );
  });

  it("a string of 8 digits is still 'not 9 digits'", () => {
    expect(errorOf(() => territory.place("10403510")).message).toMatch(
      /^KATO code "10403510" is not 9 digits: /,
    );
  });

  it("unitsOfDistrict(territory, 104000000): the parameter, the string to give", () => {
    expect(inputIssuesOf(() => unitsOfDistrict(territory, 104000000 as unknown as string))).toEqual([
      {
        path: ["districtKato"],
        code: "INVALID_INPUT",
        message:
          'must be a 9-digit KATO code as a string, written in quotes: "104000000", not the number 104000000',
      },
    ]);
  });
});
