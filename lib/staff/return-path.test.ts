import { describe, expect, it } from "vitest";
import { staffReturnPath, withReturnPath } from "./return-path";

describe("the return path after signing in", () => {
  it.each([
    "/kommune/angebote",
    "/kommune/beratung",
    "/kommune/pruefen",
    "/kommune/statistik",
    "/kommune/angebote/3f2b8c1e-6a4d-4e57-9b1a-2c7d9e0f4a11/loeschen",
  ])("takes the staff page %s", (path) => {
    expect(staffReturnPath(path)).toBe(path);
  });

  it.each([
    ["another host", "//evil.example/kommune/beratung"],
    ["an absolute URL", "https://evil.example/kommune/beratung"],
    ["a path that climbs out", "/kommune/../findflats"],
    ["a public page", "/findflats"],
    ["the sign-in page itself", "/kommune"],
    ["a malformed offer id", "/kommune/angebote/not-an-id/loeschen"],
    ["a query", "/kommune/beratung?seite=2"],
    ["a trailing line", "/kommune/beratung\n"],
    ["nothing", ""],
    ["no text", undefined],
    ["a list", ["/kommune/beratung"]],
  ])("refuses %s", (_case, value) => {
    expect(staffReturnPath(value)).toBeNull();
  });

  it("travels as an encoded query parameter", () => {
    expect(withReturnPath("/kommune", "/kommune/beratung")).toBe("/kommune?weiter=%2Fkommune%2Fberatung");
    expect(withReturnPath("/kommune", null)).toBe("/kommune");
  });
});
