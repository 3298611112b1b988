import type { Prisma } from "../../generated/sqlite/client/client.ts";
import type { ComponentStatus } from "./status";

// What the component and group mutations hand back: plain fields, never whole rows.

export const componentSummarySelect = {
  id: true,
  groupId: true,
  name: true,
  description: true,
  status: true,
  position: true,
  showcase: true,
  onlyShowIfDegraded: true,
  updatedAt: true,
} satisfies Prisma.ComponentSelect;

export type ComponentSummary = {
  id: string;
  groupId: string | null;
  name: string;
  description: string | null;
  status: ComponentStatus;
  position: number;
  showcase: boolean;
  onlyShowIfDegraded: boolean;
  updatedAt: Date;
};

export const componentGroupSummarySelect = {
  id: true,
  name: true,
  description: true,
  position: true,
  updatedAt: true,
} satisfies Prisma.ComponentGroupSelect;

export type ComponentGroupSummary = {
  id: string;
  name: string;
  description: string | null;
  position: number;
  updatedAt: Date;
};

/** An empty description means none: stored as null so "no description" has one form. */
export function blankToNull(value: string | null | undefined): string | null | undefined {
  return value === "" ? null : value;
}
