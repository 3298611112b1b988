"use server";

import { createIncident } from "@/lib/incidents/create-incident";
import { getPublicPage } from "@/lib/status-page/get-public-page";
import { formAction } from "@/web/forms/form-action";
import { componentChangesFrom, localDateTimeToIso } from "@/web/forms/incident-form";
import { redirect } from "next/navigation";

export const createIncidentAction = formAction({ name: "create incident" }, async ({ actor, values, formData }) => {
  const page = await getPublicPage();
  const { incidentId } = await createIncident(actor, {
    name: values.name ?? "",
    status: (values.status ?? "investigating") as "investigating",
    impact: (values.impact || undefined) as "none" | undefined,
    body: values.body ?? "",
    components: componentChangesFrom(formData),
    deliver_notifications: formData.get("deliver_notifications") === "on",
    startedAt: localDateTimeToIso(values.startedAt ?? "", page.timeZone),
  });
  redirect(`/admin/incidents/${incidentId}`);
});
