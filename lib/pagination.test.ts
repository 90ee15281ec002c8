import { describe, expect, it } from "vitest";
import { pageLinks } from "./pagination";

describe("pageLinks", () => {
  it("links every page of a short listing", () => {
    expect(pageLinks(1, 1)).toEqual([1]);
    expect(pageLinks(2, 4)).toEqual([1, 2, 3, 4]);
  });

  it("links the ends and the neighbourhood of the current page of a long listing", () => {
    expect(pageLinks(1, 500)).toEqual([1, 2, 3, "gap", 500]);
    expect(pageLinks(250, 500)).toEqual([1, "gap", 248, 249, 250, 251, 252, "gap", 500]);
    expect(pageLinks(4, 500)).toEqual([1, 2, 3, 4, 5, 6, "gap", 500]);
  });
});
