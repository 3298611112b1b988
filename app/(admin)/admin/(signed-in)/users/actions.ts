"use server";

import { getSessionToken, requireUser } from "@/web/session/request-session";
import { type FormState, formError, formValues } from "@/web/forms/form-state";
import { changePassword } from "@/lib/users/change-password";
import { createUser } from "@/lib/users/create-user";
import { deleteUser } from "@/lib/users/delete-user";
import { updateUser } from "@/lib/users/update-user";
import { revalidatePath } from "next/cache";

type Role = "owner" | "admin" | "editor";

export async function addUserAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireUser();
  const values = formValues(formData);
  let email: string;
  try {
    const { password, name, role } = values;
    ({ email } = await createUser(actor, { email: values.email ?? "", password: password ?? "", name: name || undefined, role: role as Role }));
  } catch (error) {
    // Never hand the password back to the form.
    return formError(error, { ...values, password: "" }, "add user");
  }
  revalidatePath("/admin/users");
  return { status: "success", message: `Added ${email}. Give them their password in person or by another channel.`, key: email };
}

export async function changeRoleAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireUser();
  const values = formValues(formData);
  try {
    const user = await updateUser(actor, { id: values.userId ?? "", role: values.role as Role });
    revalidatePath("/admin/users");
    return { status: "success", message: `${user.email} is now ${user.role === "admin" ? "an" : "a"} ${user.role}.` };
  } catch (error) {
    return formError(error, values, "change user role");
  }
}

export async function setDisabledAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireUser();
  const values = formValues(formData);
  try {
    const user = await updateUser(actor, { id: values.userId ?? "", disabled: values.disabled === "true" });
    revalidatePath("/admin/users");
    return { status: "success", message: user.disabledAt ? `${user.email} is disabled and signed out everywhere.` : `${user.email} can sign in again.` };
  } catch (error) {
    return formError(error, values, "disable or enable user");
  }
}

export async function deleteUserAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireUser();
  const values = formValues(formData);
  if (formData.get("confirm") !== "on") {
    return { status: "error", message: "Tick the box to confirm the deletion.", fieldErrors: { confirm: "Confirm to delete." }, values };
  }
  try {
    await deleteUser(actor, { id: values.userId ?? "" });
  } catch (error) {
    return formError(error, values, "delete user");
  }
  revalidatePath("/admin/users");
  return { status: "success", message: "User deleted." };
}

export async function changeMyPasswordAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireUser();
  const values = formValues(formData);
  try {
    const { revokedSessions } = await changePassword(actor, {
      userId: actor.id,
      currentPassword: values.currentPassword ?? "",
      newPassword: values.newPassword ?? "",
      keepSessionToken: await getSessionToken(),
    });
    const others = revokedSessions === 1 ? "1 other session was" : `${revokedSessions} other sessions were`;
    return { status: "success", message: `Password changed. You stay signed in here; ${others} signed out.`, key: String(Date.now()) };
  } catch (error) {
    return formError(error, {}, "change own password");
  }
}
