"use server";

import { createComponent } from "@/lib/components/create-component";
import { deleteComponent } from "@/lib/components/delete-component";
import { reorderComponents } from "@/lib/components/reorder-components";
import { setComponentStatus } from "@/lib/components/set-component-status";
import { type ComponentStatus, componentStatusLabel } from "@/lib/components/status";
import { updateComponent } from "@/lib/components/update-component";
import { CONFIRM_DELETION, formAction } from "@/web/forms/form-action";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";

// Component forms of /admin/components; the group forms are in group-actions.ts.

const PATH = "/admin/components";

export const createComponentAction = formAction({ name: "create component" }, async ({ actor, values }) => {
  const component = await createComponent(actor, {
    name: values.name ?? "",
    description: values.description ?? "",
    groupId: values.groupId || null,
    status: (values.status || "operational") as ComponentStatus,
  });
  revalidatePath(PATH);
  return { status: "success", message: `Added “${component.name}”.`, key: component.id };
});

export const updateComponentAction = formAction({ name: "update component" }, async ({ actor, values }) => {
  const component = await updateComponent(actor, {
    id: values.id ?? "",
    name: values.name ?? "",
    description: values.description ?? "",
    groupId: values.groupId || null,
    showcase: values.showcase === "on",
    onlyShowIfDegraded: values.onlyShowIfDegraded === "on",
  });
  revalidatePath(PATH);
  return { status: "success", message: `Saved “${component.name}”.`, key: component.updatedAt.toISOString() };
});

export const setComponentStatusAction = formAction({ name: "set component status" }, async ({ actor, values }) => {
  const result = await setComponentStatus(actor, { id: values.id ?? "", status: (values.status ?? "") as ComponentStatus });
  revalidatePath(PATH);
  const label = componentStatusLabel[result.status];
  return { status: "success", message: result.previousStatus ? `Status set to ${label}.` : `Already ${label}.`, key: `${Date.now()}` };
});

/** A move button sends its level's ids in the new order (see MoveForm). */
export const moveAction = formAction({ name: "reorder components" }, async ({ actor, values }) => {
  await reorderComponents(actor, { groupId: values.groupId || null, ids: (values.order ?? "").split(",").filter(Boolean) });
  revalidatePath(PATH);
  return { status: "success", message: "Moved." };
});

export const deleteComponentAction = formAction({ name: "delete component", confirm: CONFIRM_DELETION }, async ({ actor, values }) => {
  await deleteComponent(actor, { id: values.id ?? "" });
  // The form goes with the component, so the page itself says what happened.
  redirect(`${PATH}?deleted=component`);
});
