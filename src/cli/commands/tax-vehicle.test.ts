import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { main } from "../program.js";

let out = "";
beforeEach(() => {
  out = "";
  vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
    out += String(chunk);
    return true;
  });
  vi.spyOn(process.stderr, "write").mockImplementation(() => true);
});
afterEach(() => vi.restoreAllMocks());

const tractor = ["tax", "vehicle", "--year", "2026", "--category", "tractor", "--payer", "legal-entity"];
const farm = [...tractor, "--agricultural-producer", "--exemption", "specialised_farm_machinery", "--json"];
const taxOf = async (args: string[]) => {
  expect(await main(args)).toBe(0);
  return (JSON.parse(out) as { amount: string }).amount;
};

describe("fourth-level tax vehicle: the farm rules of the 2026 Code on the command line", () => {
  it("listed specialised machinery of an agricultural entity pays nothing (TC2026 Art. 563 p.3(1))", async () => {
    expect(await taxOf(farm)).toBe("0.00");
  });
  it("leased out, it loses the exemption (Art. 563 p.3, last part): 3 MRP × 4 325 = 12 975 KZT without the cut", async () => {
    expect(await taxOf([...farm, "--leased-out", "--reduction-on-leased-machinery", "no"])).toBe("12975.00");
  });
  it("…or 30 % of it when the caller reads Art. 566 p.2 as keeping the 70 % cut: 3 892.50, rounded to 3 893", async () => {
    expect(await taxOf([...farm, "--leased-out", "--reduction-on-leased-machinery", "yes"])).toBe("3893.00");
  });
});
