import { describe, expect, it } from "vitest";
import { listingRobots } from "./listing-route";

describe("search engines and the listing", () => {
  it("keeps listing and offer pages out of search engines unless the region opts in", () => {
    expect(listingRobots({ searchIndexing: false })).toEqual({ index: false, follow: false });
    expect(listingRobots({ searchIndexing: true })).toEqual({ index: true, follow: true });
  });
});
