import type { Guidance } from "@/lib/status-page/guidance";
import { Markdown } from "./markdown";

// Shown while anything is wrong: what it means for a visitor and what they can do meanwhile.
export function VisitorGuidance({ guidance }: { guidance: Guidance }) {
  const { support } = guidance;
  return (
    <section aria-labelledby="guidance-heading" className="rounded-lg border border-slate-200 px-4 py-4 dark:border-slate-700">
      <h2 id="guidance-heading" className="mb-2 text-lg font-semibold">
        {guidance.heading}
      </h2>
      {guidance.custom ? (
        <Markdown text={guidance.paragraphs.join("\n\n")} />
      ) : (
        <div className="space-y-2">
          {guidance.paragraphs.map((paragraph) => (
            <p key={paragraph}>{paragraph}</p>
          ))}
        </div>
      )}
      {support ? (
        <p className="mt-3 font-medium">
          Need help?{" "}
          {support.kind === "text" ? (
            support.value
          ) : (
            <a className="underline underline-offset-2" href={support.href}>
              {support.kind === "email" ? `Email ${support.value}` : support.value}
            </a>
          )}
        </p>
      ) : null}
    </section>
  );
}
