import "server-only";
import type { Tx } from "../db";
import { ValidationError } from "../errors";
import { type BuiltInTemplate, findBuiltInTemplate } from "./built-in-templates";
import { TEMPLATE_FIELDS, type TemplateImpact, type TemplateStatus } from "./template-fields";

export type TemplateRecord = Omit<BuiltInTemplate, "key"> & {
  id: string;
  /** The built-in it was seeded from; null for a webmaster's own. */
  key: string | null;
  position: number;
  updatedAt: Date;
  builtIn: boolean;
  /** A built-in whose words differ from Beacon's, so resetting it changes something. */
  edited: boolean;
};

export const templateSelect = {
  id: true,
  key: true,
  label: true,
  name: true,
  status: true,
  impact: true,
  componentStatus: true,
  body: true,
  position: true,
  updatedAt: true,
} as const;

type TemplateRow = Omit<TemplateRecord, "status" | "impact" | "builtIn" | "edited"> & { status: string; impact: string };

export function differsFrom(row: Pick<TemplateRow, (typeof TEMPLATE_FIELDS)[number]>, original: BuiltInTemplate): boolean {
  return TEMPLATE_FIELDS.some((field) => row[field] !== original[field]);
}

export function toTemplateRecord(row: TemplateRow): TemplateRecord {
  const original = findBuiltInTemplate(row.key);
  return {
    ...row,
    // Written only through createTemplateInput/updateTemplateInput or from the built-ins.
    status: row.status as TemplateStatus,
    impact: row.impact as TemplateImpact,
    builtIn: original !== undefined,
    edited: original !== undefined && differsFrom(row, original),
  };
}

/** Two templates with one label would be two identical links on the New incident page. */
export async function assertLabelFree(tx: Tx, options: { pageId: string; label: string; exceptId?: string }): Promise<void> {
  const others = await tx.incidentTemplate.findMany({ where: { pageId: options.pageId }, select: { id: true, label: true } });
  const wanted = options.label.toLocaleLowerCase();
  if (others.some((other) => other.id !== options.exceptId && other.label.toLocaleLowerCase() === wanted)) {
    throw new ValidationError("label is already used by another template", { label: "is already used by another template" });
  }
}
