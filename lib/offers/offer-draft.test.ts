import { describe, expect, it } from "vitest";
import { formStartedField, honeypotField } from "@/lib/abuse/form-fields";
import { clearOfferDraft, draftLifetimeDays, draftValues, readOfferDraft, saveOfferDraft } from "./offer-draft";

/** localStorage as far as drafts use it. */
function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    key: (index) => [...items.keys()][index] ?? null,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
    clear: () => items.clear(),
  };
}

const day = 24 * 60 * 60 * 1000;

function typedForm() {
  const form = new FormData();
  form.append("title", "Zimmer am Stadtpark");
  form.append("languages", "de");
  form.append("languages", "uk");
  form.append("furnished", "on");
  form.append("privacyConsent", "on");
  form.append(honeypotField, "");
  form.append(formStartedField, "1765000000000.signature");
  form.append("$ACTION_ID_abc", "");
  return form;
}

describe("offer drafts", () => {
  it("keep the offer's fields as typed, but not the consent, the bot check's fields or anything else", () => {
    expect(draftValues(typedForm())).toEqual({ title: "Zimmer am Stadtpark", languages: ["de", "uk"], furnished: "on" });
  });

  it("are kept per region and restored as saved", () => {
    const storage = memoryStorage();
    saveOfferDraft(storage, "musterhausen", draftValues(typedForm()), 1_000);
    expect(readOfferDraft(storage, "musterhausen", 2_000)).toEqual({
      savedAt: 1_000,
      values: { title: "Zimmer am Stadtpark", languages: ["de", "uk"], furnished: "on" },
    });
    expect(readOfferDraft(storage, "beispielstadt", 2_000)).toBeNull();
    clearOfferDraft(storage, "musterhausen");
    expect(readOfferDraft(storage, "musterhausen", 2_000)).toBeNull();
  });

  it(`are dropped after ${draftLifetimeDays} days`, () => {
    const storage = memoryStorage();
    saveOfferDraft(storage, "musterhausen", { title: "Alt" }, 0);
    expect(readOfferDraft(storage, "musterhausen", draftLifetimeDays * day)?.values).toEqual({ title: "Alt" });
    expect(readOfferDraft(storage, "musterhausen", draftLifetimeDays * day + 1)).toBeNull();
    expect(storage.length).toBe(0);
  });

  it("drop what they cannot read, and restore no consent even if one was stored", () => {
    const storage = memoryStorage();
    storage.setItem("offer-draft:musterhausen", "{not json");
    expect(readOfferDraft(storage, "musterhausen")).toBeNull();
    expect(storage.length).toBe(0);
    storage.setItem("offer-draft:musterhausen", JSON.stringify({ savedAt: Date.now(), values: { title: "T", privacyConsent: "on", extra: "x" } }));
    expect(readOfferDraft(storage, "musterhausen")?.values).toEqual({ title: "T" });
  });
});
