import { describe, expect, it } from "vitest";
import { checkedByMaxLength } from "./checked-by";
import { checkLandlordMark, checkRejection, rejectionNoteMaxLength } from "./review-form";

function form(fields: Record<string, string>) {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
}

describe("the reject form", () => {
  it("takes a reason from the list and the note, trimmed", () => {
    expect(checkRejection(form({ reason: "DUPLICATE", note: "  Schon als Nr. 12 eingetragen. " }))).toMatchObject({
      input: { reason: "DUPLICATE", note: "Schon als Nr. 12 eingetragen." },
    });
    expect(checkRejection(form({ reason: "OTHER" }))).toMatchObject({ input: { reason: "OTHER", note: "" } });
  });

  it.each<[Record<string, string>, object]>([
    [{ note: "Nur Text" }, { reason: "reason" }],
    [{ reason: "UNKNOWN" }, { reason: "reason" }],
    [{ reason: "DOUBTFUL", note: "x".repeat(rejectionNoteMaxLength + 1) }, { note: "noteTooLong" }],
  ])("refuses %j, keeping what was typed", (fields, errors) => {
    const checked = checkRejection(form(fields));
    expect(checked).toEqual({ answer: { values: { reason: fields.reason, note: fields.note ?? "" }, errors } });
  });
});

describe("the form that marks a landlord as checked", () => {
  it("takes who sets the mark, trimmed", () => {
    expect(checkLandlordMark(form({ checkedBy: "  M. Weber " }))).toEqual({ input: { checkedBy: "M. Weber" }, values: { checkedBy: "M. Weber" } });
  });

  it.each(["", "   ", "x".repeat(checkedByMaxLength + 1)])("refuses %j", (checkedBy) => {
    expect(checkLandlordMark(form({ checkedBy }))).toEqual({ answer: { values: { checkedBy }, errors: { checkedBy: "checkedBy" } } });
  });
});
