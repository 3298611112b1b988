"use server";

import { DEFAULT_PAGE_ID } from "@/lib/pages/default-page";
import { createTeamChannel } from "@/lib/team-channels/create-team-channel";
import type { CreateTeamChannelInput, TeamEvent } from "@/lib/team-channels/schemas";
import { deleteTeamChannel } from "@/lib/team-channels/delete-team-channel";
import { sendTestMessage } from "@/lib/team-channels/send-test-message";
import { enableTeamChannel, pauseTeamChannel } from "@/lib/team-channels/team-channel-state";
import { updateTeamChannel } from "@/lib/team-channels/update-team-channel";
import { CONFIRM_DELETION, type FormInput, formAction } from "@/web/forms/form-action";
import type { FormState } from "@/web/forms/form-state";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";

// A JSON webhook's signing secret travels back in the action's state only, this once.
export type CreateChannelState = FormState | { status: "created"; message: string; id: string; signingSecret: string | null };

/**
 * The boxes a form ticks several of. formValues keeps one value per name; as the maintenance
 * form does, every ticked box goes back into `values` too, for the form after an error.
 */
function lists({ formData, values }: FormInput) {
  const all = (name: string) => formData.getAll(name).filter((value): value is string => typeof value === "string");
  const events = all("events") as TeamEvent[];
  const componentIds = all("componentIds");
  values.events = events.join(",");
  values.componentIds = componentIds.join(",");
  return { events, componentIds };
}

function scopeOf(values: Record<string, string>): "all" | "components" {
  return values.scope === "components" ? "components" : "all";
}

// Never give the URL back to the form after a failure: for a chat it is a credential.
const keep = ({ url: _url, ...values }: Record<string, string>) => values;

// Each field says what is wrong next to it; the summary only points there.
const reword = (state: FormState): FormState =>
  state.status === "error" && Object.keys(state.fieldErrors).length > 0 ? { ...state, message: "Nothing was saved: please correct the marked fields." } : state;

export const createChannelAction = formAction<CreateChannelState>({ name: "create team channel", keep, reword }, async (input) => {
  const { actor, values } = input;
  const created = await createTeamChannel(actor, {
    pageId: DEFAULT_PAGE_ID,
    kind: (values.kind ?? "") as CreateTeamChannelInput["kind"],
    name: values.name ?? "",
    url: values.url ?? "",
    scope: scopeOf(values),
    ...lists(input),
  });
  revalidatePath("/admin/channels");
  return { status: "created", message: `“${created.name}” added. Open it to send a test message.`, id: created.id, signingSecret: created.signingSecret };
});

export const updateChannelAction = formAction<CreateChannelState>({ name: "update team channel", keep, reword }, async (input) => {
  const { actor, values } = input;
  await updateTeamChannel(actor, { pageId: DEFAULT_PAGE_ID, id: values.id ?? "", name: values.name ?? "", url: values.url ?? "", scope: scopeOf(values), ...lists(input) });
  revalidatePath(`/admin/channels/${values.id}`);
  return { status: "success", message: "Saved.", key: String(Date.now()) };
});

export const testChannelAction = formAction({ name: "test team channel" }, async ({ actor, values }) => {
  const outcome = await sendTestMessage(actor, { pageId: DEFAULT_PAGE_ID, id: values.id ?? "" });
  revalidatePath(`/admin/channels/${values.id}`);
  if (!outcome.delivered) return { status: "error", message: `The test message was not taken: ${outcome.answer}`, fieldErrors: {}, values };
  return { status: "success", message: `Test message delivered (${outcome.answer}). Check that it arrived in the channel.` };
});

export const pauseChannelAction = formAction({ name: "pause team channel" }, async ({ actor, values }) => {
  await pauseTeamChannel(actor, { pageId: DEFAULT_PAGE_ID, id: values.id ?? "" });
  revalidatePath(`/admin/channels/${values.id}`);
  return { status: "success", message: "Paused: nothing is posted until you enable it again." };
});

export const enableChannelAction = formAction({ name: "enable team channel" }, async ({ actor, values }) => {
  await enableTeamChannel(actor, { pageId: DEFAULT_PAGE_ID, id: values.id ?? "" });
  revalidatePath(`/admin/channels/${values.id}`);
  return { status: "success", message: "Enabled: new notifications are posted again." };
});

export const deleteChannelAction = formAction({ name: "delete team channel", confirm: CONFIRM_DELETION }, async ({ actor, values }) => {
  await deleteTeamChannel(actor, { pageId: DEFAULT_PAGE_ID, id: values.id ?? "" });
  revalidatePath("/admin/channels");
  redirect("/admin/channels?deleted=1");
});
