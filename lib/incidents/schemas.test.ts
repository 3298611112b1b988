import { describe, expect, it } from "vitest";
import { z } from "zod";
import * as componentSchemas from "../components/schemas";
import * as incidentSchemas from "./schemas";

// These schemas generate the REST API's OpenAPI document: each must convert to JSON Schema,
// and every field should say what it is for.

const inputs = Object.entries({ ...componentSchemas, ...incidentSchemas }).filter(([name]) => name.endsWith("Input")) as [
  string,
  z.ZodType,
][];

describe("mutation input schemas", () => {
  it.each(inputs)("%s converts to JSON Schema with a description on every field", (_, schema) => {
    const json = z.toJSONSchema(schema, { io: "input" }) as { properties: Record<string, { description?: string }> };
    for (const [field, property] of Object.entries(json.properties)) {
      expect(property.description, field).toEqual(expect.any(String));
    }
  });

  it("keeps Statuspage's snake_case deliver_notifications", () => {
    const json = z.toJSONSchema(incidentSchemas.createIncidentInput, { io: "input" }) as { properties: Record<string, unknown> };
    expect(Object.keys(json.properties)).toContain("deliver_notifications");
  });
});
