// `prisma generate` never runs the schema engine, but without one it tries to download it, which fails offline.
// Any executable satisfies that check; Node's own binary is always at hand.
import { execFileSync } from "node:child_process";

execFileSync("npx", ["prisma", "generate"], {
  stdio: "inherit",
  env: { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: process.execPath, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
});
