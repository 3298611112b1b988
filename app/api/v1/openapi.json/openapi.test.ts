import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildOpenApiDocument } from "../../../../web/rest/openapi";
import { requestSchemas } from "../../../../web/rest/openapi-operations";
import { expectMatchesOpenApi, type OpenApiDoc } from "../../../../web/rest/testing/expect-matches-openapi";

const doc = buildOpenApiDocument("https://status.example.com") as unknown as OpenApiDoc;
const METHODS = ["GET", "POST", "PATCH", "PUT", "DELETE"];

/** app/api/v1/**\/route.ts as documented paths: [id] becomes {id}. */
function routeFiles(dir = "app/api/v1"): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(full);
    return entry.name === "route.ts" ? [full] : [];
  });
}

describe("the OpenAPI document", () => {
  it("is OpenAPI 3.1 with bearer auth applied globally and the configured server", () => {
    expect(doc).toMatchObject({
      openapi: "3.1.0",
      servers: [{ url: "https://status.example.com" }],
      security: [{ bearerAuth: [] }],
      components: { securitySchemes: { bearerAuth: { type: "http", scheme: "bearer" } } },
    });
    expect(doc.paths["/api/v1/openapi.json"]?.get).toMatchObject({ security: [] });
  });

  it("documents exactly the methods each route file exports", async () => {
    const files = routeFiles();
    expect(files.length).toBeGreaterThan(5);
    const served: string[] = [];
    for (const file of files) {
      const route = file.slice("app".length, -"/route.ts".length).replace(/\[(\w+)\]/g, "{$1}");
      const routeModule = (await import(/* @vite-ignore */ path.resolve(file))) as Record<string, unknown>;
      expect(routeModule.dynamic, file).toBe("force-dynamic");
      for (const method of METHODS.filter((m) => typeof routeModule[m] === "function")) served.push(`${method} ${route}`);
    }
    const documented = Object.entries(doc.paths).flatMap(([route, methods]) => Object.keys(methods).map((m) => `${m.toUpperCase()} ${route}`));
    expect(documented.sort()).toEqual(served.sort());
  });

  it("has unique operation ids and documents 401 and the error shape on every guarded operation", () => {
    const operations = Object.values(doc.paths).flatMap((methods) => Object.values(methods)) as Record<string, unknown>[];
    const ids = operations.map((operation) => operation.operationId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const operation of operations.filter((op) => !op.security)) {
      expect(Object.keys(operation.responses as object), String(operation.operationId)).toEqual(expect.arrayContaining(["401", "500"]));
    }
  });

  it("holds component schemas that compile as strict JSON Schema 2020-12", () => {
    const ajv = new Ajv2020({ strict: true, allErrors: true });
    addFormats(ajv);
    ajv.addKeyword("components"); // only the container; each schema in it is compiled strictly
    const schemas = (doc.components as { schemas: Record<string, object> }).schemas;
    ajv.addSchema({ $id: "https://beacon.invalid/doc", components: { schemas } } as object);
    for (const id of Object.keys(schemas)) {
      expect(typeof ajv.getSchema(`https://beacon.invalid/doc#/components/schemas/${id}`), id).toBe("function");
    }
  });
});

describe("expectMatchesOpenApi", () => {
  const error = { error: { code: "not_found", message: "Component x not found" } };

  // Issue 9: callers must be able to read the date rule (1970 to a few years ahead) in the document.
  it("states the allowed range on every date a request takes", () => {
    const schemas = (doc as unknown as { components: { schemas: Record<string, { properties?: Record<string, { format?: string; description?: string }> }> } })
      .components.schemas;
    const dates = Object.keys(requestSchemas).flatMap((id) =>
      Object.entries(schemas[id]?.properties ?? {}).filter(([, property]) => property.format === "date-time").map(([field, property]) => [`${id}.${field}`, property.description]),
    );
    expect(dates.map(([field]) => field)).toEqual([
      "CreateIncident.startedAt",
      "PostIncidentUpdate.displayAt",
      "EditIncidentUpdate.displayAt",
      "ScheduleMaintenance.scheduledFor",
      "ScheduleMaintenance.scheduledUntil",
    ]);
    for (const [field, description] of dates) expect(description, field).toContain("from 1970 to the end of the year 5 years from now");
  });

  it("accepts a documented answer", () => {
    expectMatchesOpenApi(doc, "/api/v1/components/{id}", "GET", 404, error);
    expectMatchesOpenApi(doc, "/api/v1/components/{id}", "DELETE", 204, undefined);
  });

  it("rejects an undocumented status, a wrong shape, an extra key and a body on 204", () => {
    expect(() => expectMatchesOpenApi(doc, "/api/v1/components/{id}", "GET", 418, error)).toThrow();
    expect(() => expectMatchesOpenApi(doc, "/api/v1/components/{id}", "GET", 404, { error: { code: "oops" } })).toThrow();
    expect(() => expectMatchesOpenApi(doc, "/api/v1/incidents", "GET", 200, { incidents: [], extra: 1 })).toThrow();
    expect(() => expectMatchesOpenApi(doc, "/api/v1/incidents", "GET", 200, { incidents: [{ id: "x" }] })).toThrow();
    expect(() => expectMatchesOpenApi(doc, "/api/v1/components/{id}", "DELETE", 204, {})).toThrow();
  });
});
