import { StatusIcon } from "@/components/status-icon";
import { componentStatusLabel } from "@/lib/components/status";
import { getStatusOverview, type OverviewComponent } from "@/lib/status-page/get-status-overview";
import type { Metadata } from "next";

// Rendered from the database on each request for now; the public snapshot replaces this.
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { page } = await getStatusOverview();
  return { title: { absolute: page.name } };
}

function ComponentRow({ component }: { component: OverviewComponent }) {
  return (
    <li className="flex items-center justify-between gap-4 px-4 py-3">
      <div className="min-w-0">
        <p className="font-medium">{component.name}</p>
        {component.description ? (
          <p className="text-sm text-slate-600 dark:text-slate-400">{component.description}</p>
        ) : null}
      </div>
      <p className="flex shrink-0 items-center gap-2 text-sm">
        <StatusIcon status={component.status} />
        <span>{componentStatusLabel[component.status]}</span>
      </p>
    </li>
  );
}

export default async function StatusPage() {
  const { page, sections } = await getStatusOverview();
  return (
    <main className="mx-auto max-w-3xl px-4 py-10">
      <header className="mb-8">
        <h1 className="text-3xl font-semibold tracking-tight">{page.name}</h1>
        {page.siteUrl ? (
          <p className="mt-1 text-slate-600 dark:text-slate-400">
            <a className="underline underline-offset-2" href={page.siteUrl}>
              {page.siteUrl.replace(/^https?:\/\//, "")}
            </a>
          </p>
        ) : null}
      </header>
      <section aria-labelledby="components-heading">
        <h2 id="components-heading" className="mb-3 text-lg font-semibold">
          Components
        </h2>
        {sections.length === 0 ? (
          <p className="text-slate-600 dark:text-slate-400">No components have been added yet.</p>
        ) : (
          <div className="space-y-4">
            {sections.map(({ group, components }) =>
              group ? (
                <section key={group.id} aria-label={group.name} className="rounded-lg border border-slate-200 dark:border-slate-800">
                  <h3 className="border-b border-slate-200 px-4 py-2 font-semibold dark:border-slate-800">{group.name}</h3>
                  <ul className="divide-y divide-slate-200 dark:divide-slate-800">
                    {components.map((component) => (
                      <ComponentRow key={component.id} component={component} />
                    ))}
                  </ul>
                </section>
              ) : (
                <ul key={components[0]?.id} className="rounded-lg border border-slate-200 dark:border-slate-800">
                  {components.map((component) => (
                    <ComponentRow key={component.id} component={component} />
                  ))}
                </ul>
              ),
            )}
          </div>
        )}
      </section>
    </main>
  );
}
