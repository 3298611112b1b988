"use server";

import { requireUser } from "@/web/session/request-session";
import { createComponentGroup } from "@/lib/components/create-component-group";
import { deleteComponentGroup } from "@/lib/components/delete-component-group";
import { updateComponentGroup } from "@/lib/components/update-component-group";
import { type FormState, formError, formValues } from "@/web/forms/form-state";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";

// Group forms of /admin/components; moving a group is moveAction in actions.ts.

const PATH = "/admin/components";

export async function createGroupAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireUser();
  const values = formValues(formData);
  try {
    const group = await createComponentGroup(actor, { name: values.name ?? "", description: values.description ?? "" });
    revalidatePath(PATH);
    return { status: "success", message: `Added the group “${group.name}”.`, key: group.id };
  } catch (error) {
    return formError(error, values, "create component group");
  }
}

export async function updateGroupAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireUser();
  const values = formValues(formData);
  try {
    const group = await updateComponentGroup(actor, { id: values.id ?? "", name: values.name ?? "", description: values.description ?? "" });
    revalidatePath(PATH);
    return { status: "success", message: `Saved “${group.name}”.`, key: group.updatedAt.toISOString() };
  } catch (error) {
    return formError(error, values, "update component group");
  }
}

export async function deleteGroupAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireUser();
  const values = formValues(formData);
  if (values.confirm !== "on") {
    return { status: "error", message: "Tick the box to confirm the deletion.", fieldErrors: { confirm: "Confirm to delete." }, values };
  }
  try {
    await deleteComponentGroup(actor, { id: values.id ?? "", deleteComponents: values.deleteComponents === "on" });
  } catch (error) {
    return formError(error, values, "delete component group");
  }
  redirect(`${PATH}?deleted=group`);
}
