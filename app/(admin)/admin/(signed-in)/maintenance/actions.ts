"use server";

import { scheduleMaintenance } from "@/lib/incidents/schedule-maintenance";
import { getPublicPage } from "@/lib/status-page/get-public-page";
import { formAction } from "@/web/forms/form-action";
import { localDateTimeToIso } from "@/web/forms/incident-form";
import { redirect } from "next/navigation";

export const scheduleMaintenanceAction = formAction({ name: "schedule maintenance" }, async ({ actor, values, formData }) => {
  const componentIds = formData.getAll("componentIds").filter((id): id is string => typeof id === "string");
  // formValues keeps one value per name; the form needs every ticked box back after an error.
  values.componentIds = componentIds.join(",");
  const page = await getPublicPage();
  const { incidentId } = await scheduleMaintenance(actor, {
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
  redirect(`/admin/incidents/${incidentId}`);
});
