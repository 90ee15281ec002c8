import type { ReactNode } from "react";

/** A file download, not a page: a plain link (the page's language gives the file's column titles). */
export function FileDownload({ href, children }: { href: string; children: ReactNode }) {
  return (
    <p>
      <a className="button button-secondary" href={href} download>
        {children}
      </a>
    </p>
  );
}
