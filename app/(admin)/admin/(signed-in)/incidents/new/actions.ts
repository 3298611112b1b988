"use server";

import { requireUser } from "@/web/session/request-session";
import { type FormState, formError, formValues } from "@/web/forms/form-state";
import { componentChangesFrom, localDateTimeToIso } from "@/web/forms/incident-form";
import { createIncident } from "@/lib/incidents/create-incident";
import { getPublicPage } from "@/lib/status-page/get-public-page";
import { redirect } from "next/navigation";

export async function createIncidentAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireUser();
  const values = formValues(formData);
  let incidentId: string;
  try {
    const page = await getPublicPage();
    const result = await createIncident(actor, {
      name: values.name ?? "",
      status: (values.status ?? "investigating") as "investigating",
      impact: (values.impact || undefined) as "none" | undefined,
      body: values.body ?? "",
      components: componentChangesFrom(formData),
      deliver_notifications: formData.get("deliver_notifications") === "on",
      startedAt: localDateTimeToIso(values.startedAt ?? "", page.timeZone),
    });
    incidentId = result.incidentId;
  } catch (error) {
    return formError(error, values, "create incident");
  }
  redirect(`/admin/incidents/${incidentId}`);
}
