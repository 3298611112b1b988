"use server";

import { checkMonitorNow } from "@/lib/monitors/check-monitor-now";
import { createMonitor } from "@/lib/monitors/create-monitor";
import { deleteMonitor } from "@/lib/monitors/delete-monitor";
import { createHeartbeat } from "@/lib/monitors/heartbeats/create-heartbeat";
import { updateHeartbeat } from "@/lib/monitors/heartbeats/update-heartbeat";
import type { CreateMonitorInput } from "@/lib/monitors/schemas";
import { updateMonitor } from "@/lib/monitors/update-monitor";
import { CONFIRM_DELETION, formAction } from "@/web/forms/form-action";
import type { FormState } from "@/web/forms/form-state";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { monitorInputFromForm } from "./form-input";

// Header values are credentials: never given back to the form after a failure.
const keep = ({ headers: _headers, ...values }: Record<string, string>) => values;

// Each field says what is wrong next to it; the summary only points there.
const reword = (state: FormState): FormState =>
  state.status === "error" && Object.keys(state.fieldErrors).length > 0 ? { ...state, message: "Nothing was saved: please correct the marked fields." } : state;

export const createMonitorAction = formAction({ name: "create monitor", keep, reword }, async ({ actor, values }) => {
  const created = await createMonitor(actor, monitorInputFromForm(values, { editing: false }) as CreateMonitorInput);
  revalidatePath("/admin/monitors");
  redirect(`/admin/monitors/${created.id}?created=1`);
});

export const updateMonitorAction = formAction({ name: "update monitor", keep, reword }, async ({ actor, values }) => {
  await updateMonitor(actor, { id: values.id ?? "", ...monitorInputFromForm(values, { editing: true }) });
  revalidatePath(`/admin/monitors/${values.id}`);
  return { status: "success", message: "Saved.", key: String(Date.now()) };
});

export const checkNowAction = formAction({ name: "check monitor now" }, async ({ actor, values }) => {
  const checked = await checkMonitorNow(actor, values.id ?? "");
  revalidatePath(`/admin/monitors/${values.id}`);
  const outcome = checked.state === "up" ? "Up" : checked.state === "unknown" ? "Not settled yet" : checked.state === "degraded" ? "Degraded" : "Down";
  return { status: "success", message: `Checked: ${checked.message}. State: ${outcome}.` };
});

export const pauseMonitorAction = formAction({ name: "pause monitor" }, async ({ actor, values }) => {
  const paused = values.paused === "true";
  await updateMonitor(actor, { id: values.id ?? "", paused });
  revalidatePath(`/admin/monitors/${values.id}`);
  return { status: "success", message: paused ? "Paused: no checks until you resume it." : "Resumed: it is checked again from now." };
});

export const deleteMonitorAction = formAction({ name: "delete monitor", confirm: CONFIRM_DELETION }, async ({ actor, values }) => {
  await deleteMonitor(actor, values.id ?? "");
  revalidatePath("/admin/monitors");
  redirect("/admin/monitors?deleted=1");
});

// The ping URL holds the heartbeat's secret: shown in the action's state only, this once.
export type CreateHeartbeatState = FormState | { status: "created"; message: string; id: string; pingUrl: string };

function heartbeatInput(values: Record<string, string>) {
  const number = (name: string) => (values[name]?.trim() ? Number(values[name]) : undefined);
  return {
    name: values.name ?? "",
    componentId: values.componentId ?? "",
    periodSeconds: Number(values.periodSeconds ?? ""),
    graceSeconds: number("graceSeconds"),
    failureThreshold: number("failureThreshold"),
    successThreshold: number("successThreshold"),
    showChart: values.showChart === "on",
  };
}

export const createHeartbeatAction = formAction<CreateHeartbeatState>({ name: "create heartbeat", reword }, async ({ actor, values }) => {
  const { monitor, pingUrl } = await createHeartbeat(actor, heartbeatInput(values));
  revalidatePath("/admin/monitors");
  return { status: "created", message: `“${monitor.name}” added.`, id: monitor.id, pingUrl };
});

export const updateHeartbeatAction = formAction<CreateHeartbeatState>({ name: "update heartbeat", reword }, async ({ actor, values }) => {
  await updateHeartbeat(actor, { id: values.id ?? "", ...heartbeatInput(values) });
  revalidatePath(`/admin/monitors/${values.id}`);
  return { status: "success", message: "Saved.", key: String(Date.now()) };
});
