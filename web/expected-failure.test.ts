import { PrismaClientKnownRequestError } from "@prisma/client/runtime/client";
import { describe, expect, it } from "vitest";
import { DatabaseBusyError, NotFoundError, ValidationError } from "../lib/errors";
import { formError } from "./forms/form-state";
import { expectedErrorResponse } from "./rest/http";

const prismaError = (code: string) => new PrismaClientKnownRequestError("\nInvalid invocation:\n\nsomething", { code, clientVersion: "7.10.0" });

describe("an expected failure", () => {
  it.each([
    ["a validation error", new ValidationError("Name is required", { name: "is required" })],
    ["a missing row", new NotFoundError("No such component")],
    ["a row deleted meanwhile (P2025)", prismaError("P2025")],
    ["a write that collided (P2002)", prismaError("P2002")],
    ["a busy database", new DatabaseBusyError()],
  ])("reads the same in a dashboard form as in the REST API's answer: %s", async (_name, error) => {
    const body = (await expectedErrorResponse(error)?.json()) as { error: { message: string; fields?: Record<string, string> } };
    const state = formError(error, {}, "test");
    expect(state).toMatchObject({ status: "error", message: body.error.message });
    if (body.error.fields) expect(state).toMatchObject({ fieldErrors: body.error.fields });
  });

  it("is a generic message in both when it is a bug", () => {
    expect(expectedErrorResponse(new Error("boom"))).toBeNull();
    expect(formError(new Error("boom"), {}, "test")).toMatchObject({ message: expect.stringContaining("Something went wrong on our side") });
  });
});
