import { can } from "@/lib/auth/actor";
import { requireUser } from "@/web/session/request-session";
import { getPublicPage } from "@/lib/status-page/get-public-page";
import type { Metadata } from "next";
import { SettingsForm } from "./settings-form";
import { timeZoneOptions } from "./time-zone-options";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const user = await requireUser();
  if (!can(user, "settings:write")) {
    return (
      <>
        <h1 className="text-2xl font-semibold">Settings</h1>
        <p>Only owners and admins can change the page settings. Ask one of them if something here needs changing.</p>
      </>
    );
  }
  const page = await getPublicPage();
  const settings = {
    name: page.name,
    siteUrl: page.siteUrl ?? "",
    timeZone: page.timeZone,
    supportContact: page.supportContact ?? "",
    guidanceText: page.guidanceText ?? "",
    logoUrl: page.logoUrl ?? "",
    accentColor: page.accentColor ?? "",
  };
  return (
    <>
      <h1 className="text-2xl font-semibold">Settings</h1>
      <SettingsForm settings={settings} timeZones={timeZoneOptions()} />
    </>
  );
}
