"use server";

import { requireUser } from "@/web/session/request-session";
import { type FormState, formError, formValues } from "@/web/forms/form-state";
import { componentChangesFrom } from "@/web/forms/incident-form";
import { deleteIncident } from "@/lib/incidents/delete-incident";
import { editIncidentUpdate } from "@/lib/incidents/edit-incident-update";
import { postIncidentUpdate } from "@/lib/incidents/post-incident-update";
import { resolveIncident } from "@/lib/incidents/resolve-incident";
import { writePostmortem } from "@/lib/incidents/write-postmortem";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { updateTextField } from "./update-text-field";

const pathOf = (incidentId: string) => `/admin/incidents/${incidentId}`;

/** lib names the field `body`; the form's field has a name of its own (see updateTextField). */
// lib names the field `body`; the form's field has its own name, and its own words.
function renameBodyError(state: FormState, field: string, what: string): FormState {
  if (state.status !== "error" || !("body" in state.fieldErrors)) return state;
  const { body = "", ...fieldErrors } = state.fieldErrors;
  return { ...state, message: `${what} ${body}.`, fieldErrors: { ...fieldErrors, [field]: body } };
}

export async function postUpdateAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireUser();
  const values = formValues(formData);
  const incidentId = values.incidentId ?? "";
  const deliver = formData.get("deliver_notifications") === "on";
  let updateId: string;
  try {
    if (values.status === "resolved" && formData.get("restoreComponents") === "on") {
      ({ updateId } = await resolveIncident(actor, { incidentId, body: values.body ?? "", restoreComponents: true, deliver_notifications: deliver }));
    } else {
      ({ updateId } = await postIncidentUpdate(actor, {
        incidentId,
        status: (values.status ?? "") as "investigating",
        body: values.body ?? "",
        components: componentChangesFrom(formData),
        deliver_notifications: deliver,
      }));
    }
  } catch (error) {
    return formError(error, values, "post incident update");
  }
  // The page lists the updates again (with their edit forms), so it is rendered afresh.
  revalidatePath(pathOf(incidentId));
  return { status: "success", message: "Update posted. The status page shows it within about a second.", key: updateId };
}

export async function editUpdateAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireUser();
  const values = formValues(formData);
  const incidentId = values.incidentId ?? "";
  const updateId = values.updateId ?? "";
  const field = updateTextField(updateId);
  const body = values[field] ?? "";
  let editedAt: Date;
  try {
    ({ editedAt } = await editIncidentUpdate(actor, { incidentId, updateId, body }));
  } catch (error) {
    return renameBodyError(formError(error, values, "edit incident update"), field, "The update's text");
  }
  revalidatePath(pathOf(incidentId));
  return { status: "success", message: "Text saved. The status page shows it, marked edited, within about a second.", key: editedAt.toISOString() };
}

export async function writePostmortemAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireUser();
  const values = formValues(formData);
  const incidentId = values.incidentId ?? "";
  const publish = formData.get("publish") === "on";
  try {
    await writePostmortem(actor, { incidentId, body: values.postmortem ?? "", publish });
  } catch (error) {
    return renameBodyError(formError(error, values, "write postmortem"), "postmortem", "The postmortem");
  }
  revalidatePath(pathOf(incidentId));
  return {
    status: "success",
    message: publish
      ? "Postmortem published. The incident reads “Postmortem” and its status page shows it within about a second."
      : "Postmortem saved as a draft; the status page does not show it.",
  };
}

export async function deleteIncidentAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireUser();
  const values = formValues(formData);
  if (formData.get("confirm") !== "on") {
    return { status: "error", message: "Tick the box to confirm the deletion.", fieldErrors: { confirm: "Confirm to delete." }, values };
  }
  try {
    await deleteIncident(actor, { incidentId: values.incidentId ?? "" });
  } catch (error) {
    return formError(error, values, "delete incident");
  }
  redirect("/admin");
}
