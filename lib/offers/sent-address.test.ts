import { describe, expect, it } from "vitest";
import { openSentAddress, sealSentAddress, sentAddressMinutes } from "./sent-address";

const email = "vermieterin@example.org";
const now = new Date("2026-12-06T10:00:00Z");
const minutes = (count: number) => new Date(now.getTime() + count * 60 * 1000);

describe("the sent page's address cookie", () => {
  it("gives the address back to the same region within its lifetime, and carries it only encrypted", () => {
    const value = sealSentAddress("augsburg", email, now);
    expect(value).not.toContain("vermieterin");
    expect(Buffer.from(value.replaceAll(".", ""), "base64url").toString("latin1")).not.toContain("example.org");
    expect(openSentAddress(value, "augsburg", minutes(sentAddressMinutes - 1))).toBe(email);
    // A new nonce each time: two cookies for one address do not look alike.
    expect(sealSentAddress("augsburg", email, now)).not.toBe(value);
  });

  it("gives nothing after its lifetime, to another region, or for a changed, forged or missing value", () => {
    const value = sealSentAddress("augsburg", email, now);
    expect(openSentAddress(value, "augsburg", minutes(sentAddressMinutes + 1))).toBeNull();
    expect(openSentAddress(value, "neuburg-schrobenhausen", now)).toBeNull();
    const [nonce, sealed, tag] = value.split(".");
    const flipped = `${sealed.slice(0, 2)}${sealed[2] === "A" ? "B" : "A"}${sealed.slice(3)}`;
    expect(openSentAddress([nonce, flipped, tag].join("."), "augsburg", now)).toBeNull();
    expect(openSentAddress(`${nonce}.${Buffer.from(`9999999999999 ${email}`).toString("base64url")}.${tag}`, "augsburg", now)).toBeNull();
    for (const malformed of [undefined, "", "a.b", "..", `${value}.x`]) expect(openSentAddress(malformed, "augsburg", now)).toBeNull();
  });
});
