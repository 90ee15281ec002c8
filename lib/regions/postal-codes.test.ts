import { describe, expect, it } from "vitest";
import { coversPostalCode, overlappingPostalCodes, parsePostalCodeItem, postalCodeItemProblem } from "./postal-codes";

describe("postal code items", () => {
  it("reads single codes and ranges", () => {
    expect(parsePostalCodeItem("86316")).toEqual({ from: "86316", to: "86316" });
    expect(parsePostalCodeItem("86150-86199")).toEqual({ from: "86150", to: "86199" });
    expect(parsePostalCodeItem("01067")).toEqual({ from: "01067", to: "01067" });
  });

  it.each([
    ["8615", "is not a five-digit postal code"],
    ["861500", "is not a five-digit postal code"],
    ["86150-", "is not a five-digit postal code"],
    ["86150–86199", "is not a five-digit postal code"],
    ["abcde", "is not a five-digit postal code"],
    ["00123", "is no German postal code"],
    ["86199-86150", "must go from the lower to the higher code"],
  ])("refuses %j, saying it %s", (item, problem) => {
    expect(parsePostalCodeItem(item)).toBeNull();
    expect(postalCodeItemProblem(item)).toContain(problem);
  });

  it("has no problem with a valid item", () => {
    expect(postalCodeItemProblem("86150-86199")).toBeNull();
    expect(postalCodeItemProblem("86316")).toBeNull();
  });
});

describe("coversPostalCode", () => {
  const augsburg = ["86150-86199", "86316"];

  it("finds a code at the ends and inside a range, and a single code", () => {
    for (const code of ["86150", "86167", "86199", "86316"]) expect(coversPostalCode(augsburg, code)).toBe(true);
  });

  it("does not find a code just outside", () => {
    for (const code of ["86149", "86200", "86315", "86317", "12345"]) expect(coversPostalCode(augsburg, code)).toBe(false);
    expect(coversPostalCode([], "86150")).toBe(false);
  });
});

describe("overlappingPostalCodes", () => {
  it("names the items that share a code with the others", () => {
    expect(overlappingPostalCodes(["86150-86199", "86316"], ["86199-86210"])).toEqual(["86150-86199"]);
    expect(overlappingPostalCodes(["86316"], ["86300-86320"])).toEqual(["86316"]);
    expect(overlappingPostalCodes(["86150-86199"], ["86200-86299", "86149"])).toEqual([]);
  });
});
