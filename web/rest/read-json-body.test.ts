import { describe, expect, it } from "vitest";
import { AppError, ValidationError } from "../../lib/errors";
import { PayloadTooLargeError } from "../expected-failure";
import { jsonDepth, MAX_JSON_DEPTH, readJsonBody, unwrapBody } from "./read-json-body";

const post = (body: BodyInit | null, headers: Record<string, string> = {}) =>
  new Request("http://localhost/api/v1/x", { method: "POST", body, headers, ...(body instanceof ReadableStream ? { duplex: "half" } : {}) });

async function errorOf(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

function streamOf(chunks: number, size: number): ReadableStream<Uint8Array> {
  let sent = 0;
  return new ReadableStream({
    pull(controller) {
      if (sent++ >= chunks) controller.close();
      else controller.enqueue(new Uint8Array(size).fill(0x20));
    },
  });
}

describe("readJsonBody", () => {
  it("reads a JSON object", async () => {
    expect(await readJsonBody(post('{"name":"API","n":1}'))).toEqual({ name: "API", n: 1 });
  });

  it("takes an empty or blank body as an empty object", async () => {
    expect(await readJsonBody(post(null))).toEqual({});
    expect(await readJsonBody(post(" \n "))).toEqual({});
  });

  it("refuses malformed JSON and JSON that is not an object with bad_request", async () => {
    for (const body of ["{", "{'a':1}", '{"a":1,}', "null", "[]", "[{}]", '"text"', "12", "true"]) {
      expect((await errorOf(readJsonBody(post(body)))).code, body).toBe("bad_request");
    }
  });

  it("refuses bytes that are not UTF-8", async () => {
    const error = await errorOf(readJsonBody(post(new Uint8Array([0x7b, 0xff, 0x7d]))));
    expect(error.message).toContain("UTF-8");
  });

  it("refuses a body over the limit by its Content-Length, before reading it", async () => {
    const error = await errorOf(readJsonBody(post("{}", { "content-length": "999999" }), { limit: 1024 }));
    expect(error).toBeInstanceOf(PayloadTooLargeError);
  });

  it("refuses a streamed body once it passes the limit, whatever it claims", async () => {
    const error = await errorOf(readJsonBody(post(streamOf(100, 512)), { limit: 1024 }));
    expect(error).toBeInstanceOf(PayloadTooLargeError);
    expect(await readJsonBody(post(streamOf(2, 512)), { limit: 1024 })).toEqual({});
  });

  it("refuses a NUL character anywhere, naming where (PostgreSQL cannot store it)", async () => {
    const error = await errorOf(readJsonBody(post('{"incident":{"components":{"a\\u0000":"x"}}}')));
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.fields).toEqual({ "incident.components.a\u0000": "must not contain the NUL character" });
    expect((await errorOf(readJsonBody(post('{"tags":["ok","\\u0000"]}')))).fields).toEqual({ "tags.1": expect.any(String) });
    // An escaped backslash followed by "u0000" is plain text, not a NUL.
    expect(await readJsonBody(post('{"body":"\\\\u0000"}'))).toEqual({ body: "\\u0000" });
  });
});

describe("unwrapBody", () => {
  it("takes the wrapped object when the wrapper key is present, and the body otherwise", () => {
    expect(unwrapBody({ incident: { name: "x" } }, "incident")).toEqual({ name: "x" });
    expect(unwrapBody({ name: "x" }, "incident")).toEqual({ name: "x" });
  });

  it("refuses a wrapper that is not an object", () => {
    for (const inner of [null, "x", [], 1]) {
      expect(() => unwrapBody({ incident: inner }, "incident")).toThrow(ValidationError);
    }
  });
});

describe("deeply nested bodies", () => {
  // Regression: JSON nested ~7,000 levels deep (14 KB) answered 500 "Maximum call stack size exceeded".
  it("refuses JSON nested deeper than the limit with bad_request", async () => {
    const error = await errorOf(readJsonBody(post(`{"a":${"[".repeat(7_000)}${"]".repeat(7_000)}}`)));
    expect(error.code).toBe("bad_request");
    expect(error.message).toContain(`deeper than ${MAX_JSON_DEPTH} levels`);
  });

  it("reads a body exactly at the limit", async () => {
    const body = `{"a":${"[".repeat(MAX_JSON_DEPTH - 1)}${"]".repeat(MAX_JSON_DEPTH - 1)}}`;
    expect(jsonDepth(body)).toBe(MAX_JSON_DEPTH);
    expect(await readJsonBody(post(body))).toHaveProperty("a");
  });

  it("does not count brackets inside strings, escaped quotes included", () => {
    expect(jsonDepth('{"a":"[[[{{{\\"[[[","b":[1]}')).toBe(2);
  });
});

