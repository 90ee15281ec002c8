"use client";

import { useEffect } from "react";

/**
 * Tells the municipal website that frames this page how tall the page is, so that its iframe (public/embed.js)
 * fits without a scroll bar. The message carries nothing but the height, so any parent may read it.
 */
export function FrameHeight() {
  useEffect(() => {
    if (window.parent === window) return;
    const root = document.documentElement;
    const observer = new ResizeObserver(() => {
      window.parent.postMessage({ type: "wohnraumboerse:height", height: Math.ceil(root.getBoundingClientRect().height) }, "*");
    });
    observer.observe(root);
    return () => observer.disconnect();
  }, []);
  return null;
}
