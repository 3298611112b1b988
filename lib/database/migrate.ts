import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";

// Migrations run through the real Prisma CLI (`prisma migrate deploy`), with the schema and
// migrations folder that prisma.config.ts picks from DATABASE_URL.

export class MigrationError extends Error {
  override name = "MigrationError";
}

function prismaCli(): string {
  const require = createRequire(import.meta.url);
  return path.join(path.dirname(require.resolve("prisma/package.json")), "build", "index.js");
}

/** Applies pending migrations. Resolves with the CLI's summary line. */
export function migrateDeploy(options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [prismaCli(), "migrate", "deploy"], {
      cwd: options.cwd ?? process.cwd(),
      env: { ...process.env, CHECKPOINT_DISABLE: "1", PRISMA_HIDE_UPDATE_MESSAGE: "1", ...options.env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("error", (error) => reject(new MigrationError(`could not run prisma: ${error.message}`)));
    child.on("close", (code) => {
      const lines = output.split("\n").map((line) => line.trim()).filter(Boolean);
      if (code === 0) {
        resolve(lines.findLast((line) => /migrat/i.test(line)) ?? "Migrations applied");
        return;
      }
      const reason = lines.find((line) => /^(Error|P\d{4})/.test(line)) ?? lines.at(-1) ?? `exit code ${code}`;
      reject(new MigrationError(`migrations failed: ${reason}`));
    });
  });
}
