"use client";

import { useState, useSyncExternalStore } from "react";

type Props = {
  text: string;
  label: string;
  copiedMessage: string;
  failedMessage: string;
  /** Id of the heading that names what is copied, for screen readers. */
  describedBy: string;
};

const subscribeToNothing = () => () => {};

/**
 * Copies a snippet to the clipboard. Shown only once JavaScript runs: without it the snippet is plain text to
 * select and copy.
 */
export function CopyButton({ text, label, copiedMessage, failedMessage, describedBy }: Props) {
  const hydrated = useSyncExternalStore(subscribeToNothing, () => true, () => false);
  const [message, setMessage] = useState("");

  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setMessage(copiedMessage);
    } catch {
      // No clipboard access (an insecure origin, or permission refused).
      setMessage(failedMessage);
    }
  }

  return (
    <>
      {hydrated && (
        <button type="button" className="button button-secondary" aria-describedby={describedBy} onClick={copy}>
          {label}
        </button>
      )}
      <p role="status">{message}</p>
    </>
  );
}
