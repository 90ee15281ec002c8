import { describe, expect, it } from "vitest";
import { checkedByMaxLength } from "./checked-by";
import { checkApproval, checkLandlordMark, checkRejection, rejectionNoteMaxLength } from "./review-form";

function form(fields: Record<string, string>) {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
}

describe("the reject form", () => {
  it("takes a reason from the list and the note, trimmed", () => {
    expect(checkRejection(form({ reason: "DUPLICATE", note: "  Schon als Nr. 12 eingetragen. ", revision: "2" }))).toMatchObject({
      input: { reason: "DUPLICATE", note: "Schon als Nr. 12 eingetragen.", revision: 2 },
    });
    expect(checkRejection(form({ reason: "OTHER", revision: "0" }))).toMatchObject({ input: { reason: "OTHER", note: "", revision: 0 } });
  });

  it.each<[Record<string, string>, object]>([
    [{ note: "Nur Text", revision: "0" }, { reason: "reason" }],
    [{ reason: "UNKNOWN", revision: "0" }, { reason: "reason" }],
    [{ reason: "DOUBTFUL", note: "x".repeat(rejectionNoteMaxLength + 1), revision: "0" }, { note: "noteTooLong" }],
  ])("refuses %j, keeping what was typed", (fields, errors) => {
    const checked = checkRejection(form(fields));
    expect(checked).toEqual({ answer: { values: { reason: fields.reason, note: fields.note ?? "" }, errors } });
  });

  it.each<Record<string, string>>([{}, { revision: "" }, { revision: "-1" }, { revision: "1.5" }, { revision: "zwei" }, { revision: "99999999999" }])(
    "decides nothing without the revision the page showed: %j",
    (fields) => {
      expect(checkRejection(form({ reason: "OTHER", ...fields }))).toMatchObject({ answer: { formError: "unexpected" } });
    },
  );
});

describe("the approve form", () => {
  it("takes the revision the page showed", () => {
    expect(checkApproval(form({ revision: "3" }))).toEqual({ input: { revision: 3 }, values: {} });
  });

  it.each<Record<string, string>>([{}, { revision: "" }, { revision: "-1" }, { revision: "x" }])("decides nothing without it: %j", (fields) => {
    expect(checkApproval(form(fields))).toEqual({ answer: { values: {}, errors: {}, formError: "unexpected" } });
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
