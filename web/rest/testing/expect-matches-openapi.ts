import Ajv2020, { type ValidateFunction } from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { expect } from "vitest";

// Checks a real /api/v1 answer against the OpenAPI document the API serves: the status must be
// documented for that operation and the body must match its schema. For tests only.

export type OpenApiDoc = { paths: Record<string, Record<string, { responses: Record<string, unknown> }>> } & Record<string, unknown>;

const DOC_ID = "beacon-openapi";
const compiled = new WeakMap<OpenApiDoc, { ajv: Ajv2020; validators: Map<string, ValidateFunction> }>();

function validatorsOf(doc: OpenApiDoc) {
  let entry = compiled.get(doc);
  if (!entry) {
    // strict: false, since the document itself (openapi, paths, ...) is not a JSON Schema.
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats(ajv);
    ajv.addSchema(doc, DOC_ID);
    entry = { ajv, validators: new Map() };
    compiled.set(doc, entry);
  }
  return entry;
}

const pointer = (...segments: string[]) => segments.map((s) => s.replaceAll("~", "~0").replaceAll("/", "~1")).join("/");

export function expectMatchesOpenApi(doc: OpenApiDoc, path: string, method: string, status: number, body: unknown): void {
  const operation = doc.paths[path]?.[method.toLowerCase()];
  expect(operation, `${method} ${path} is documented`).toBeDefined();
  const response = operation?.responses[String(status)] as { content?: Record<string, unknown> } | undefined;
  expect(response, `${method} ${path} documents status ${status}`).toBeDefined();
  if (!response?.content) {
    expect(body, `${method} ${path} ${status} has no body`).toBeUndefined();
    return;
  }
  const { ajv, validators } = validatorsOf(doc);
  const key = `${method} ${path} ${status}`;
  let validate = validators.get(key);
  if (!validate) {
    const ref = `${DOC_ID}#/${pointer("paths", path, method.toLowerCase(), "responses", String(status), "content", "application/json", "schema")}`;
    validate = ajv.compile({ $ref: ref });
    validators.set(key, validate);
  }
  const valid = validate(body);
  expect(valid ? [] : validate.errors, `${key} matches the document: ${JSON.stringify(body).slice(0, 500)}`).toEqual([]);
}
