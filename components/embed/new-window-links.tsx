"use client";

import { useEffect, useRef, type ReactNode } from "react";
import styles from "./new-window-links.module.css";

/**
 * Links inside `children` lead to pages of the full site, which refuse to be framed by other websites: they open
 * in a new window, and `hint` says so before the first of them. <base target="_blank"> does this without
 * JavaScript; Next's <Link> honours only a link's own target and would navigate inside the frame, so with
 * JavaScript each link gets the target itself.
 */
export function NewWindowLinks({ hint, children }: { hint: string; children: ReactNode }) {
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => {
    for (const link of container.current?.querySelectorAll("a[href]:not([target])") ?? []) {
      link.setAttribute("target", "_blank");
    }
  }, []);
  return (
    <div ref={container} className={styles.links}>
      <base target="_blank" />
      <p className={styles.hint}>{hint}</p>
      {children}
    </div>
  );
}
