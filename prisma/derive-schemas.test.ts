import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { deriveSchema } from "./derive-schemas";

const source = fs.readFileSync("prisma/schema.prisma", "utf8");

describe("deriveSchema", () => {
  it("changes only the provider and the client's output", () => {
    const postgres = deriveSchema(source, "postgresql");
    expect(postgres).toMatch(/datasource db \{\s*provider = "postgresql"\s*\}/);
    expect(postgres).toMatch(/output\s*=\s*"\.\/client"/);
    const strip = (text: string) =>
      text
        .replace(/^\/\/ Derived.*\n/, "")
        .replace(/provider = "(sqlite|postgresql)"/, "")
        .replace(/output\s*=\s*"[^"]*"/, "");
    expect(strip(postgres)).toBe(strip(source));
  });

  it("keeps the models free of database-specific native types", () => {
    const code = source.replace(/\/\/.*$/gm, "");
    expect(code).not.toMatch(/@db\./);
  });
});
