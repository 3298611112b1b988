import "server-only";
import { type Actor, authorize } from "../auth/actor";
import { recordAudit } from "../audit/record-audit";
import { getDb } from "../db";
import { ValidationError } from "../errors";
import { parseInput } from "../validation";
import { ensurePage } from "./ensure-page";
import { type PageSettings, pageSettingsSelect } from "./get-page-settings";
import { type UpdatePageSettingsInput, updatePageSettingsInput } from "./schemas";

/** Changes the page's settings (name, site, time zone, support contact, guidance, branding). */
export async function updatePageSettings(actor: Actor, input: UpdatePageSettingsInput): Promise<PageSettings> {
  authorize(actor, "settings:write");
  const data = parseInput(updatePageSettingsInput, input);
  const changed = Object.keys(data).filter((key) => data[key as keyof typeof data] !== undefined);
  if (changed.length === 0) throw new ValidationError("Nothing to change");
  const { id: pageId } = await ensurePage();
  return getDb().$transaction(async (tx) => {
    const page = await tx.page.update({
      where: { id: pageId },
      data,
      select: pageSettingsSelect,
    });
    await recordAudit(tx, { pageId, actor, action: "page.update", targetType: "page", targetId: pageId, details: { changed } });
    return page;
  });
}
