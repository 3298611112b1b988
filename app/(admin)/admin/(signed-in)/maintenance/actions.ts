"use server";

import { requireUser } from "@/web/session/request-session";
import { type FormState, formError, formValues } from "@/web/forms/form-state";
import { localDateTimeToIso } from "@/web/forms/incident-form";
import { scheduleMaintenance } from "@/lib/incidents/schedule-maintenance";
import { getPublicPage } from "@/lib/status-page/get-public-page";
import { redirect } from "next/navigation";

export async function scheduleMaintenanceAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireUser();
  const values = formValues(formData);
  const componentIds = formData.getAll("componentIds").filter((id): id is string => typeof id === "string");
  // formValues keeps one value per name; the form needs every ticked box back after an error.
  values.componentIds = componentIds.join(",");
  let incidentId: string;
  try {
    const page = await getPublicPage();
    const result = await scheduleMaintenance(actor, {
      name: values.name ?? "",
      body: values.body ?? "",
      // An empty time reads as "" so validation names the field rather than a missing key.
      scheduledFor: localDateTimeToIso(values.scheduledFor ?? "", page.timeZone) ?? "",
      scheduledUntil: localDateTimeToIso(values.scheduledUntil ?? "", page.timeZone) ?? "",
      componentIds,
      deliver_notifications: values.deliver_notifications === "on",
      autoStart: values.autoStart === "on",
      autoComplete: values.autoComplete === "on",
    });
    incidentId = result.incidentId;
  } catch (error) {
    return formError(error, values, "schedule maintenance");
  }
  redirect(`/admin/incidents/${incidentId}`);
}
