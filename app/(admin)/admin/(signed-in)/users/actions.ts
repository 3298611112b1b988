"use server";

import { changePassword } from "@/lib/users/change-password";
import { createUser } from "@/lib/users/create-user";
import { deleteUser } from "@/lib/users/delete-user";
import { updateUser } from "@/lib/users/update-user";
import { CONFIRM_DELETION, formAction } from "@/web/forms/form-action";
import { getSessionToken } from "@/web/session/request-session";
import { revalidatePath } from "next/cache";

type Role = "owner" | "admin" | "editor";

// Never hand the password back to the form.
export const addUserAction = formAction({ name: "add user", keep: (values) => ({ ...values, password: "" }) }, async ({ actor, values }) => {
  const { password, name, role } = values;
  const { email } = await createUser(actor, { email: values.email ?? "", password: password ?? "", name: name || undefined, role: role as Role });
  revalidatePath("/admin/users");
  return { status: "success", message: `Added ${email}. Give them their password in person or by another channel.`, key: email };
});

export const changeRoleAction = formAction({ name: "change user role" }, async ({ actor, values }) => {
  const user = await updateUser(actor, { id: values.userId ?? "", role: values.role as Role });
  revalidatePath("/admin/users");
  return { status: "success", message: `${user.email} is now ${user.role === "admin" ? "an" : "a"} ${user.role}.` };
});

export const setDisabledAction = formAction({ name: "disable or enable user" }, async ({ actor, values }) => {
  const user = await updateUser(actor, { id: values.userId ?? "", disabled: values.disabled === "true" });
  revalidatePath("/admin/users");
  return { status: "success", message: user.disabledAt ? `${user.email} is disabled and signed out everywhere.` : `${user.email} can sign in again.` };
});

export const deleteUserAction = formAction({ name: "delete user", confirm: CONFIRM_DELETION }, async ({ actor, values }) => {
  await deleteUser(actor, { id: values.userId ?? "" });
  revalidatePath("/admin/users");
  return { status: "success", message: "User deleted." };
});

// No password goes back to the form, typed or not.
export const changeMyPasswordAction = formAction({ name: "change own password", keep: () => ({}) }, async ({ actor, values }) => {
  const { revokedSessions } = await changePassword(actor, {
    userId: actor.id,
    currentPassword: values.currentPassword ?? "",
    newPassword: values.newPassword ?? "",
    keepSessionToken: await getSessionToken(),
  });
  const others = revokedSessions === 1 ? "1 other session was" : `${revokedSessions} other sessions were`;
  return { status: "success", message: `Password changed. You stay signed in here; ${others} signed out.`, key: String(Date.now()) };
});
