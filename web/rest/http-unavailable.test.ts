import { PrismaClientKnownRequestError } from "@prisma/client/runtime/client";
import { describe, expect, it } from "vitest";
import { DatabaseBusyError } from "../../lib/errors";
import { formError } from "../forms/form-state";
import { expectedErrorResponse } from "./http";

// Regression (issue 9, defect 6): an API write or a dashboard form while the database was busy
// (SQLite locked elsewhere; PostgreSQL's pool or a lock exhausted) answered 500 "went wrong".

const prismaError = (code: string) =>
  new PrismaClientKnownRequestError("\nInvalid `prisma.x.create()` invocation:\n\nsomething", { code, clientVersion: "7.10.0" });

describe("a busy or unreachable database", () => {
  it.each([
    ["our adapters' DatabaseBusyError", new DatabaseBusyError(), "busy"],
    // The custom server's bundle has its own copy of the class: recognised by name.
    ["the other bundle's DatabaseBusyError", Object.assign(new Error("The database is busy; nothing was saved. Try again in a few seconds."), { name: "DatabaseBusyError", retryAfterSeconds: 5 }), "busy"],
    ["Prisma's P2028 (transaction not started in time)", prismaError("P2028"), "busy"],
    ["Prisma's P2024 (no pooled connection in time)", prismaError("P2024"), "busy"],
    ["Prisma's P1008 (operation timed out)", prismaError("P1008"), "busy"],
    ["Prisma's P1001 (server not reachable)", prismaError("P1001"), "cannot be reached"],
  ])("is an API 503 with Retry-After and a JSON message: %s", async (_name, error, words) => {
    const response = expectedErrorResponse(error);
    expect(response?.status).toBe(503);
    expect(Number(response?.headers.get("retry-after"))).toBeGreaterThan(0);
    const body = (await response?.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe("unavailable");
    expect(body.error.message).toContain(words);
    expect(body.error.message).toContain("nothing was saved");
  });

  it("is a form message that says nothing was saved and to try again, keeping what was typed", () => {
    const state = formError(prismaError("P2028"), { name: "API" }, "create component");
    expect(state).toEqual({
      status: "error",
      message: "The database is busy; nothing was saved. Try again in a few seconds.",
      fieldErrors: {},
      values: { name: "API" },
    });
    expect(formError(new DatabaseBusyError(), {}, "create component")).toMatchObject({ message: expect.stringContaining("busy") });
  });

  it("leaves other database errors alone: a conflict is still a 409, a bug still no answer (500)", () => {
    expect(expectedErrorResponse(prismaError("P2002"))?.status).toBe(409);
    expect(expectedErrorResponse(prismaError("P2010"))).toBeNull();
    expect(expectedErrorResponse(new Error("boom"))).toBeNull();
  });
});
