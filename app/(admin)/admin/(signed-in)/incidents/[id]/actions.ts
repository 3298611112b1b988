"use server";

import { requireUser } from "@/lib/auth/request-session";
import { type FormState, formError, formValues } from "@/lib/forms/form-state";
import { componentChangesFrom } from "@/lib/forms/incident-form";
import { deleteIncident } from "@/lib/incidents/delete-incident";
import { postIncidentUpdate } from "@/lib/incidents/post-incident-update";
import { resolveIncident } from "@/lib/incidents/resolve-incident";
import { redirect } from "next/navigation";

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
  return { status: "success", message: "Update posted. The status page shows it within two seconds.", key: updateId };
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
