"use server";

import { createComponentGroup } from "@/lib/components/create-component-group";
import { deleteComponentGroup } from "@/lib/components/delete-component-group";
import { updateComponentGroup } from "@/lib/components/update-component-group";
import { CONFIRM_DELETION, formAction } from "@/web/forms/form-action";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";

// Group forms of /admin/components; moving a group is moveAction in actions.ts.

const PATH = "/admin/components";

export const createGroupAction = formAction({ name: "create component group" }, async ({ actor, values }) => {
  const group = await createComponentGroup(actor, { name: values.name ?? "", description: values.description ?? "" });
  revalidatePath(PATH);
  return { status: "success", message: `Added the group “${group.name}”.`, key: group.id };
});

export const updateGroupAction = formAction({ name: "update component group" }, async ({ actor, values }) => {
  const group = await updateComponentGroup(actor, { id: values.id ?? "", name: values.name ?? "", description: values.description ?? "" });
  revalidatePath(PATH);
  return { status: "success", message: `Saved “${group.name}”.`, key: group.updatedAt.toISOString() };
});

export const deleteGroupAction = formAction({ name: "delete component group", confirm: CONFIRM_DELETION }, async ({ actor, values }) => {
  await deleteComponentGroup(actor, { id: values.id ?? "", deleteComponents: values.deleteComponents === "on" });
  redirect(`${PATH}?deleted=group`);
});
