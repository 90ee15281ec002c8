import { describe, expect, it } from "vitest";
import { textDirection } from "./direction";
import { routing } from "./routing";

describe("textDirection", () => {
  it("is right to left for Arabic only among the configured languages", () => {
    expect(routing.locales.filter((locale) => textDirection(locale) === "rtl")).toEqual(["ar"]);
  });
});
