import type { ComponentStatus } from "@/lib/components/status";

// Each status has its own shape as well as its own colour, so it reads without colour vision.
// The icons are decorative: the status word beside them is what screen readers announce.

const colour: Record<ComponentStatus, string> = {
  operational: "text-status-operational",
  degraded_performance: "text-status-degraded",
  partial_outage: "text-status-partial",
  major_outage: "text-status-major",
  under_maintenance: "text-status-maintenance",
};

const paths: Record<ComponentStatus, React.ReactNode> = {
  operational: <path d="M6 10.5l2.5 2.5L14 7.5" />,
  degraded_performance: <path d="M10 6v5M10 14h.01" />,
  partial_outage: <path d="M6 10h8" />,
  major_outage: <path d="M7 7l6 6M13 7l-6 6" />,
  under_maintenance: <path d="M7 13l4-4M11.5 6.5a2 2 0 1 0 2 2" />,
};

export function StatusIcon({ status, className = "size-5" }: { status: ComponentStatus; className?: string }) {
  return (
    <svg
      viewBox="0 0 20 20"
      aria-hidden="true"
      focusable="false"
      className={`${className} shrink-0 ${colour[status]}`}
      fill="none"
      stroke="currentColor"
      strokeWidth={2}
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <circle cx="10" cy="10" r="8.5" strokeWidth={1.5} />
      {paths[status]}
    </svg>
  );
}
