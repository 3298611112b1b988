import { z } from "zod";
import { MIN_PASSWORD_LENGTH } from "../auth/password";

export const roleSchema = z.enum(["owner", "admin", "editor"], { error: "must be owner, admin or editor" });

export const createUserInput = z.object({
  email: z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.email({ error: "must be an email address" })),
  password: z.string().min(MIN_PASSWORD_LENGTH, `must be at least ${MIN_PASSWORD_LENGTH} characters`).max(1024),
  name: z.string().trim().max(200).optional(),
  role: roleSchema.default("editor"),
});

export type CreateUserInput = z.input<typeof createUserInput>;
