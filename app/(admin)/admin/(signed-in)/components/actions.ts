"use server";

import { requireUser } from "@/web/session/request-session";
import { createComponent } from "@/lib/components/create-component";
import { deleteComponent } from "@/lib/components/delete-component";
import { reorderComponents } from "@/lib/components/reorder-components";
import { setComponentStatus } from "@/lib/components/set-component-status";
import { type ComponentStatus, componentStatusLabel } from "@/lib/components/status";
import { updateComponent } from "@/lib/components/update-component";
import { type FormState, formError, formValues } from "@/web/forms/form-state";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";

// Component forms of /admin/components; the group forms are in group-actions.ts.

const PATH = "/admin/components";

export async function createComponentAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireUser();
  const values = formValues(formData);
  try {
    const component = await createComponent(actor, {
      name: values.name ?? "",
      description: values.description ?? "",
      groupId: values.groupId || null,
      status: (values.status || "operational") as ComponentStatus,
    });
    revalidatePath(PATH);
    return { status: "success", message: `Added “${component.name}”.`, key: component.id };
  } catch (error) {
    return formError(error, values, "create component");
  }
}

export async function updateComponentAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireUser();
  const values = formValues(formData);
  try {
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
  } catch (error) {
    return formError(error, values, "update component");
  }
}

export async function setComponentStatusAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireUser();
  const values = formValues(formData);
  try {
    const result = await setComponentStatus(actor, { id: values.id ?? "", status: (values.status ?? "") as ComponentStatus });
    revalidatePath(PATH);
    const label = componentStatusLabel[result.status];
    return { status: "success", message: result.previousStatus ? `Status set to ${label}.` : `Already ${label}.`, key: `${Date.now()}` };
  } catch (error) {
    return formError(error, values, "set component status");
  }
}

/** A move button sends its level's ids in the new order (see MoveForm). */
export async function moveAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireUser();
  const values = formValues(formData);
  try {
    await reorderComponents(actor, { groupId: values.groupId || null, ids: (values.order ?? "").split(",").filter(Boolean) });
    revalidatePath(PATH);
    return { status: "success", message: "Moved." };
  } catch (error) {
    return formError(error, values, "reorder components");
  }
}

export async function deleteComponentAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireUser();
  const values = formValues(formData);
  if (values.confirm !== "on") {
    return { status: "error", message: "Tick the box to confirm the deletion.", fieldErrors: { confirm: "Confirm to delete." }, values };
  }
  try {
    await deleteComponent(actor, { id: values.id ?? "" });
  } catch (error) {
    return formError(error, values, "delete component");
  }
  // The form goes with the component, so the page itself says what happened.
  redirect(`${PATH}?deleted=component`);
}
