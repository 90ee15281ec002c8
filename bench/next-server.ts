import { spawn, type ChildProcess } from "node:child_process";
import { createWriteStream } from "node:fs";
import { bin, root } from "./config";

/**
 * Starts `next start` on `port` with its output appended to `logPath` and waits (at most 60 s) until `readyPath`
 * answers. Returns the server and the status of that first answer.
 */
export async function startNextServer(
  port: number,
  env: NodeJS.ProcessEnv,
  logPath: string,
  readyPath: string,
): Promise<{ server: ChildProcess; status: number }> {
  const url = `http://127.0.0.1:${port}`;
  const taken = await fetch(url).then(() => true, () => false);
  if (taken) throw new Error(`port ${port} is in use: stop that server first`);
  const logFile = createWriteStream(logPath, { flags: "a" });
  // No "-H 127.0.0.1": see e2e/support/start-server.ts (next-intl's rewrite would loop).
  const server = spawn(bin("next"), ["start", "-p", String(port)], { cwd: root, env, stdio: ["ignore", "pipe", "pipe"] });
  server.stdout?.pipe(logFile);
  server.stderr?.pipe(logFile);
  for (let attempt = 0; attempt < 120; attempt++) {
    if (server.exitCode !== null) throw new Error(`next start exited (${server.exitCode}); see ${logPath}`);
    const status = await fetch(`${url}${readyPath}`).then((response) => response.status, () => null);
    if (status !== null) return { server, status };
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  await stopServer(server);
  throw new Error("next start did not answer within 60 s");
}

export function stopServer(server: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (server.exitCode !== null) return resolve();
    server.once("exit", () => resolve());
    server.kill("SIGTERM");
  });
}
