"use client";

import { useEffect, useEffectEvent, useState, type RefObject } from "react";
import { clearOfferDraft, draftValues, readOfferDraft, saveOfferDraft } from "@/lib/offers/offer-draft";
import type { SubmittedValues } from "@/lib/offers/offer-form-state";

/**
 * Runs `task` with the browser's localStorage; does nothing where there is none to use (storage switched off, full,
 * or refused to a frame on another website): the form then works as before, without a draft.
 */
function withLocalStorage(task: (storage: Storage) => void) {
  try {
    task(window.localStorage);
  } catch {
    // No draft, nothing lost but the convenience.
  }
}

/**
 * The draft of a new offer in this browser (lib/offers/offer-draft.ts): restored into the form once when the page
 * loads, saved whenever the landlord changes a field (`save`, the form's onChange), and thrown away on request
 * (`discard`, "start again"). Without a region (the change of a stored offer) there is no draft.
 */
export function useOfferDraft({
  region,
  formRef,
  restore,
}: {
  region: string | undefined;
  formRef: RefObject<HTMLFormElement | null>;
  restore: (values: SubmittedValues) => void;
}) {
  const [restoredAt, setRestoredAt] = useState<number | null>(null);
  const restoreDraft = useEffectEvent(() => {
    if (!region) return;
    withLocalStorage((storage) => {
      const draft = readOfferDraft(storage, region);
      if (!draft) return;
      restore(draft.values);
      setRestoredAt(draft.savedAt);
    });
  });
  useEffect(() => restoreDraft(), []);

  return {
    /** When the draft now in the form was saved, or null when the form did not start from a draft. */
    restoredAt,
    save: () => {
      const form = formRef.current;
      if (region && form) withLocalStorage((storage) => saveOfferDraft(storage, region, draftValues(new FormData(form))));
    },
    discard: () => {
      if (region) withLocalStorage((storage) => clearOfferDraft(storage, region));
      setRestoredAt(null);
    },
  };
}

/** On the page after sending: the offer has reached the server, so its draft in this browser goes. */
export function OfferDraftSent({ region }: { region: string }) {
  useEffect(() => withLocalStorage((storage) => clearOfferDraft(storage, region)), [region]);
  return null;
}
