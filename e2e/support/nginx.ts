/**
 * Debian's nginx with the shipped configuration (deploy/nginx/wohnraum.conf) on loopback ports, for
 * e2e/reverse-proxy.spec.ts and `npm run bench`. The shipped file is used as it is, with only what an operator
 * changes replaced (ports, server name, certificate, cache folder), inside a small main configuration written here
 * in place of Debian's nginx.conf: everything in a temporary folder, no root needed.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import net from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";

export const shippedConfig = path.join(process.cwd(), "deploy", "nginx", "wohnraum.conf");

export type NginxOptions = {
  /** Where `next start` listens on 127.0.0.1. */
  upstreamPort: number;
  httpsPort: number;
  httpPort: number;
  /** More `server { }` blocks for the same nginx (the bench's static file), given the folder and certificate. */
  extraServers?: (paths: { workDir: string; certificate: string; key: string }) => string;
};

export type Nginx = {
  /** The temporary folder with the configuration, certificate, cache and logs. */
  workDir: string;
  certificate: string;
  key: string;
  /** The error log so far: nginx writes its refusals and warnings there. */
  errorLog: () => string;
  stop: () => Promise<void>;
};

export const nginxInstalled = () => spawnSync("sh", ["-c", "command -v nginx"]).status === 0;

/** The shipped file with one value replaced; a value that is not there any more fails instead of being skipped. */
function replaceAll(config: string, shipped: string, replacement: string) {
  if (!config.includes(shipped)) throw new Error(`${shippedConfig} no longer contains "${shipped}": update e2e/support/nginx.ts`);
  return config.replaceAll(shipped, replacement);
}

/** The shipped configuration with the test's ports, name, certificate and cache folder in place of the operator's. */
export function templatedConfig(options: NginxOptions, paths: { certificate: string; key: string; cacheDir: string }) {
  const replacements: [string, string][] = [
    ["server 127.0.0.1:3000;", `server 127.0.0.1:${options.upstreamPort};`],
    ["listen 443 ssl http2;", `listen 127.0.0.1:${options.httpsPort} ssl http2;`],
    ["listen 80;", `listen 127.0.0.1:${options.httpPort};`],
    // Loopback only: no IPv6 listeners (the test machine may have no IPv6 at all).
    ["listen [::]:443 ssl http2;", ""],
    ["listen [::]:80;", ""],
    ["server_name wohnraum.example.de;", "server_name localhost;"],
    ["/etc/letsencrypt/live/wohnraum.example.de/fullchain.pem", paths.certificate],
    ["/etc/letsencrypt/live/wohnraum.example.de/privkey.pem", paths.key],
    ["/var/cache/nginx-wohnraum", paths.cacheDir],
  ];
  return replacements.reduce((config, [shipped, replacement]) => replaceAll(config, shipped, replacement), readFileSync(shippedConfig, "utf8"));
}

function waitForPort(port: number, nginx: ChildProcess, errorLog: () => string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const attempt = () => {
      if (nginx.exitCode !== null) return reject(new Error(`nginx exited (${nginx.exitCode}):\n${errorLog()}`));
      const socket = net.connect(port, "127.0.0.1");
      socket.once("connect", () => {
        socket.destroy();
        resolve();
      });
      socket.once("error", () => {
        if (Date.now() > deadline) return reject(new Error(`nginx did not listen on ${port}:\n${errorLog()}`));
        setTimeout(attempt, 100);
      });
    };
    attempt();
  });
}

/** Starts nginx in the foreground with a fresh self-signed certificate for "localhost" and an empty cache. */
export async function startNginx(options: NginxOptions): Promise<Nginx> {
  const workDir = mkdtempSync(path.join(tmpdir(), "wohnraum-nginx-"));
  // Started as root, nginx's workers run as "nobody" and must reach the cache and temporary folders in here.
  chmodSync(workDir, 0o755);
  const file = (name: string) => path.join(workDir, name);
  const certificate = file("certificate.pem");
  const key = file("key.pem");
  const openssl = spawnSync(
    "openssl",
    ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=localhost", "-days", "1", "-keyout", key, "-out", certificate],
    { encoding: "utf8" },
  );
  if (openssl.status !== 0) throw new Error(`openssl failed: ${openssl.stderr}`);

  writeFileSync(file("wohnraum.conf"), templatedConfig(options, { certificate, key, cacheDir: file("cache") }));
  // In place of Debian's nginx.conf: the http block that includes the site's file, with every path in workDir.
  writeFileSync(
    file("nginx.conf"),
    [
      "worker_processes 2;",
      `pid ${file("nginx.pid")};`,
      `error_log ${file("error.log")} warn;`,
      "events { worker_connections 1024; }",
      "http {",
      `  access_log ${file("access.log")};`,
      ...["client_body", "proxy", "fastcgi", "uwsgi", "scgi"].map((kind) => `  ${kind}_temp_path ${file(`${kind}-temp`)};`),
      `  include ${file("wohnraum.conf")};`,
      options.extraServers?.({ workDir, certificate, key }) ?? "",
      "}",
      "",
    ].join("\n"),
  );
  const errorLog = () => {
    try {
      return readFileSync(file("error.log"), "utf8");
    } catch {
      return "";
    }
  };
  const args = ["-p", workDir, "-e", file("error.log"), "-c", file("nginx.conf")];
  const check = spawnSync("nginx", [...args, "-t"], { encoding: "utf8" });
  if (check.status !== 0) throw new Error(`nginx -t refused the configuration:\n${check.stderr}`);

  const nginx = spawn("nginx", [...args, "-g", "daemon off;"], { stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  nginx.stderr?.on("data", (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
  await waitForPort(options.httpsPort, nginx, () => `${stderr}${errorLog()}`);
  return {
    workDir,
    certificate,
    key,
    errorLog,
    async stop() {
      if (nginx.exitCode === null) {
        const exited = new Promise((resolve) => nginx.once("exit", resolve));
        // SIGQUIT: nginx's graceful stop, workers finish what they are sending.
        nginx.kill("SIGQUIT");
        await exited;
      }
      rmSync(workDir, { recursive: true, force: true });
    },
  };
}
