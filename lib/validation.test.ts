import { z } from "zod";
import { describe, expect, it } from "vitest";
import { parseInput } from "./validation";

const schema = z.object({ name: z.string().min(1, "must not be empty"), tags: z.array(z.string()).optional() });

describe("parseInput", () => {
  it("returns the parsed value", () => {
    expect(parseInput(schema, { name: "API" })).toEqual({ name: "API" });
  });

  it("names each field that is wrong", () => {
    expect(() => parseInput(schema, { name: "" })).toThrow(expect.objectContaining({ fields: { name: "must not be empty" } }));
  });

  // Regression: a NUL character reached PostgreSQL (which cannot store it) and caused a 500.
  it("refuses NUL characters anywhere, naming where", () => {
    expect(() => parseInput(schema, { name: "a\u0000b" })).toThrow(expect.objectContaining({ fields: { name: "must not contain the NUL character" } }));
    expect(() => parseInput(schema, { name: "a", tags: ["ok", "b\u0000"] })).toThrow(/tags\.1 must not contain the NUL character/);
  });
});
