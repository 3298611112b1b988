"use server";

import { CONFIRM_DELETION, formAction } from "@/web/forms/form-action";
import type { FormState } from "@/web/forms/form-state";
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

// lib names the field `body`; the form's field has its own name (see updateTextField), and its own words.
function renameBodyError(state: FormState, field: string, what: string): FormState {
  if (state.status !== "error" || !("body" in state.fieldErrors)) return state;
  const { body = "", ...fieldErrors } = state.fieldErrors;
  return { ...state, message: `${what} ${body}.`, fieldErrors: { ...fieldErrors, [field]: body } };
}

export const postUpdateAction = formAction({ name: "post incident update" }, async ({ actor, values, formData }) => {
  const incidentId = values.incidentId ?? "";
  const deliver = formData.get("deliver_notifications") === "on";
  let updateId: string;
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
  // The page lists the updates again (with their edit forms), so it is rendered afresh.
  revalidatePath(pathOf(incidentId));
  return { status: "success", message: "Update posted. The status page shows it within about a second.", key: updateId };
});

export const editUpdateAction = formAction(
  { name: "edit incident update", reword: (state, values) => renameBodyError(state, updateTextField(values.updateId ?? ""), "The update's text") },
  async ({ actor, values }) => {
    const incidentId = values.incidentId ?? "";
    const updateId = values.updateId ?? "";
    const { editedAt } = await editIncidentUpdate(actor, { incidentId, updateId, body: values[updateTextField(updateId)] ?? "" });
    revalidatePath(pathOf(incidentId));
    return { status: "success", message: "Text saved. The status page shows it, marked edited, within about a second.", key: editedAt.toISOString() };
  },
);

export const writePostmortemAction = formAction(
  { name: "write postmortem", reword: (state) => renameBodyError(state, "postmortem", "The postmortem") },
  async ({ actor, values, formData }) => {
    const incidentId = values.incidentId ?? "";
    const publish = formData.get("publish") === "on";
    await writePostmortem(actor, { incidentId, body: values.postmortem ?? "", publish });
    revalidatePath(pathOf(incidentId));
    return {
      status: "success",
      message: publish
        ? "Postmortem published. The incident reads “Postmortem” and its status page shows it within about a second."
        : "Postmortem saved as a draft; the status page does not show it.",
    };
  },
);

export const deleteIncidentAction = formAction({ name: "delete incident", confirm: CONFIRM_DELETION }, async ({ actor, values }) => {
  await deleteIncident(actor, { incidentId: values.incidentId ?? "" });
  redirect("/admin");
});
