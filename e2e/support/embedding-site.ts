/**
 * A municipal website for the embedding spec: a tiny HTTP server on loopback whose pages carry an embed snippet
 * between the municipality's own header and footer. Reached as EMBEDDING_ORIGIN (http://localhost:<port>, on the
 * region's list of embed origins) or as http://127.0.0.1:<port> (the same pages on an origin not on the list).
 *
 *   const site = await startEmbeddingSite();
 *   site.show("/anbieten", snippet);       // http://localhost:<port>/anbieten
 *   await site.stop();
 */
import { createServer } from "node:http";
import { EMBEDDING_PORT } from "./constants";

export type EmbeddingSite = {
  show(path: string, snippet: string): void;
  stop(): Promise<void>;
};

function municipalPage(snippet: string): string {
  return `<!doctype html>
<html lang="de">
  <head><meta charset="utf-8"><title>Stadt Musterhausen: Wohnraum für Geflüchtete</title></head>
  <body>
    <header><p>Stadt Musterhausen</p></header>
    <main>
      <h1>Wohnraum für Geflüchtete</h1>
      <p>Haben Sie eine Wohnung oder ein Zimmer frei? Tragen Sie es hier ein.</p>
      ${snippet}
      <p>Fragen beantwortet das Integrationsbüro.</p>
    </main>
    <footer><p>Impressum der Stadt Musterhausen</p></footer>
  </body>
</html>`;
}

export async function startEmbeddingSite(port = EMBEDDING_PORT): Promise<EmbeddingSite> {
  const pages = new Map<string, string>();
  const server = createServer((request, response) => {
    const page = pages.get(request.url ?? "");
    if (page === undefined) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { "Content-Type": "text/html; charset=utf-8" }).end(page);
  });
  // No host: "localhost" may resolve to ::1 or 127.0.0.1, and both must reach this server.
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, () => resolve());
  });
  return {
    show(path, snippet) {
      pages.set(path, municipalPage(snippet));
    },
    stop() {
      server.closeAllConnections();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
