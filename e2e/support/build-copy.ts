import { cpSync, existsSync, rmSync } from "node:fs";
import path from "node:path";

/**
 * A copy of the e2e build (NEXT_DIST_DIR, or .next) in `target`, without what the e2e server cached at run time: the
 * build as a second machine, or a server on another database, would have it. Specs that start their own `next start`
 * use it, so that no two servers share one cache folder.
 */
export function copyBuild(target: string) {
  const root = process.cwd();
  const source = path.join(root, process.env.NEXT_DIST_DIR ?? ".next");
  const destination = path.join(root, target);
  rmSync(destination, { recursive: true, force: true });
  const skipped = ["cache", "server", "e2e-pristine-server"].map((name) => path.join(source, name));
  cpSync(source, destination, { recursive: true, filter: (file) => !skipped.includes(file) });
  // The server folder as the build left it (start-server.ts keeps that snapshot), not with the e2e server's pages.
  const pristine = path.join(source, "e2e-pristine-server");
  cpSync(existsSync(pristine) ? pristine : path.join(source, "server"), path.join(destination, "server"), { recursive: true });
}
