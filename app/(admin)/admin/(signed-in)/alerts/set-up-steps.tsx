import Link from "next/link";

// How to point Alertmanager at this instance: the YAML to paste (with this instance's URL)
// and what Beacon reads from each alert. Server-rendered text: it needs no JavaScript.

export function SetUpSteps({ yaml }: { yaml: string }) {
  return (
    <section aria-labelledby="setup-heading" className="space-y-3">
      <h2 id="setup-heading" className="text-lg font-semibold">
        Point Alertmanager at Beacon
      </h2>
      <ol className="list-decimal space-y-3 pl-6">
        <li>
          Create an API token for Alertmanager on the <Link href="/admin/tokens" className="underline underline-offset-2">API tokens</Link> page
          (owners and admins).
        </li>
        <li>
          Add this receiver to <code>alertmanager.yml</code>, with the token in place of <code>&lt;your API token&gt;</code> (or use{" "}
          <code>credentials_file</code> to keep it in a file of its own), and send it the alerts that concern this page: as the top-level route, as
          here, or from a child route with <code>matchers</code>. Alertmanager 0.21 or older writes <code>bearer_token: …</code> under{" "}
          <code>http_config</code> instead of <code>authorization</code>.
          <pre className="mt-2 overflow-x-auto rounded-md border border-slate-200 bg-slate-50 p-3 text-sm dark:border-slate-700 dark:bg-slate-900">
            <code>{yaml}</code>
          </pre>
        </li>
        <li>
          Give your alerts a <code>component</code> label with a component&apos;s name (any case) or id, or add a route below, and a{" "}
          <code>severity</code>: <code>critical</code> means a major outage, <code>error</code> or <code>major</code> a partial outage,{" "}
          <code>warning</code> degraded performance; any other severity, or none, counts as a partial outage. Alerts that name no component are
          listed in Beacon&apos;s answer and otherwise ignored.
        </li>
      </ol>
      <p className="text-sm text-slate-600 dark:text-slate-400">
        The incident shows each alert&apos;s name, component and <code>summary</code> annotation, and the group&apos;s common <code>description</code>, to
        visitors and subscribers; no other label is published. A component under maintenance keeps its status.
      </p>
    </section>
  );
}
