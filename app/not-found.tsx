import Link from "next/link";
import de from "@/messages/de.json";

// Requests outside any locale (rare: the proxy sends nearly everything to one) get the German not-found page.
export default function GlobalNotFound() {
  return (
    <html lang="de">
      <body>
        <main id="main">
          <h1>{de.NotFound.title}</h1>
          <p>{de.NotFound.text}</p>
          <p>
            <Link href="/">{de.NotFound.home}</Link>
          </p>
        </main>
      </body>
    </html>
  );
}
