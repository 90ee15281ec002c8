import { describe, expect, it } from "vitest";
import { checkForBot, filledTooFast, readFormStart, signFormStart } from "./bot-check";
import { formStartedField, honeypotField } from "./form-fields";

const shownAt = new Date("2026-11-26T10:30:00.000Z");
const seconds = (count: number) => new Date(shownAt.getTime() + count * 1000);

function submission(fields: [string, string][]) {
  const formData = new FormData();
  for (const [name, value] of fields) formData.append(name, value);
  return formData;
}

describe("the signed form start stamp", () => {
  it("reads back the time it was signed at", () => {
    expect(readFormStart(signFormStart(shownAt))).toEqual(shownAt);
  });

  it.each([
    ["missing", undefined],
    ["empty", ""],
    ["without signature", String(shownAt.getTime())],
    ["with a made-up signature", `${shownAt.getTime()}.${"0".repeat(64)}`],
    // A bot that knows the format backdates the time but keeps the genuine signature of another time.
    ["backdated", `${shownAt.getTime() - 60_000}.${signFormStart(shownAt).split(".")[1]}`],
    ["with trailing text", `${signFormStart(shownAt)}x`],
    ["with a signature in upper case", signFormStart(shownAt).toUpperCase()],
    ["of the wrong type", 1764153000000],
  ])("is refused when %s", (_case, stamp) => {
    expect(readFormStart(stamp)).toBeNull();
  });
});

describe("filledTooFast", () => {
  it.each([
    [0, 5, true],
    [4.999, 5, true],
    [5, 5, false],
    [600, 5, false],
    [-1, 5, true], // a stamp from the future
    [0, 0, false], // MIN_FILL_SECONDS=0 switches the check off
  ])("after %s s with a minimum of %s s: %s", (elapsed, minimum, expected) => {
    expect(filledTooFast(shownAt, seconds(elapsed), minimum)).toBe(expected);
  });
});

describe("checkForBot", () => {
  const stamp = signFormStart(shownAt);

  it("lets a person through who took long enough and left the honeypot empty", () => {
    const formData = submission([[formStartedField, stamp], [honeypotField, ""], ["title", "Wohnung"]]);
    expect(checkForBot(formData, 5, seconds(12))).toEqual({ verdict: "human", formStartedAt: stamp });
  });

  it.each<[string, [string, string][], number, string]>([
    ["a filled-in honeypot", [[formStartedField, stamp], [honeypotField, "https://spam.example"]], 12, "honeypot"],
    ["a second, filled-in honeypot value", [[formStartedField, stamp], [honeypotField, ""], [honeypotField, "x"]], 12, "honeypot"],
    ["no stamp", [[honeypotField, ""]], 12, "unsigned"],
    ["a forged stamp", [[formStartedField, `${shownAt.getTime()}.${"a".repeat(64)}`]], 12, "unsigned"],
    ["two stamps", [[formStartedField, stamp], [formStartedField, signFormStart(seconds(-600))]], 12, "unsigned"],
    ["a submission 2 s after the form was shown", [[formStartedField, stamp]], 2, "tooFast"],
  ])("stops %s", (_case, fields, after, verdict) => {
    expect(checkForBot(submission(fields), 5, seconds(after)).verdict).toBe(verdict);
  });

  it("hands back a genuine stamp of a hasty submission, so the form shown again is not too fast once more", () => {
    expect(checkForBot(submission([[formStartedField, stamp]]), 5, seconds(2))).toEqual({ verdict: "tooFast", formStartedAt: stamp });
    expect(checkForBot(submission([[formStartedField, stamp]]), 5, seconds(6)).verdict).toBe("human");
  });
});
