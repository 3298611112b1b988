import path from "node:path";
import { defineConfig } from "vitest/config";

// `server-only` throws outside Next's server bundles; in tests the process is the server.
const alias = { "server-only": path.resolve("scripts/empty-module.ts"), "@": path.resolve(".") };

export default defineConfig({
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          include: ["**/*.test.ts"],
          exclude: ["**/*.db.test.ts", "node_modules/**", "e2e/**/*.spec.ts", ".next/**", "generated/**"],
          environment: "node",
        },
      },
      {
        resolve: { alias },
        test: {
          name: "db",
          include: ["**/*.db.test.ts"],
          exclude: ["node_modules/**", ".next/**", "generated/**"],
          environment: "node",
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
