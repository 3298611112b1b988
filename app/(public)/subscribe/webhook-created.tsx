import { linkClass, panelClass } from "@/components/subscription/styles";

// Shown once after a webhook is subscribed: the secret is kept only sealed, so this is the
// one chance to copy it.

type Props = { endpoint: string; signingSecret: string; manageUrl: string };

export function WebhookCreated({ endpoint, signingSecret, manageUrl }: Props) {
  return (
    <div role="status" className={`${panelClass} space-y-3`}>
      <h2 className="text-lg font-semibold">Webhook subscribed</h2>
      <p>
        Updates will be sent to <span className="break-all font-mono text-sm">{endpoint}</span>.
      </p>
      <div>
        <label htmlFor="signing-secret" className="block text-sm font-medium">
          Signing secret (shown only now: copy it into your receiver)
        </label>
        {/* A textarea, so the whole secret wraps into view at phone width. */}
        <textarea
          id="signing-secret"
          readOnly
          rows={2}
          value={signingSecret}
          className="mt-1 block w-full resize-none break-all rounded-md border border-slate-400 bg-slate-50 px-3 py-2 font-mono text-sm text-slate-900 dark:border-slate-500 dark:bg-slate-800 dark:text-slate-100"
        />
      </div>
      <p className="text-sm text-slate-700 dark:text-slate-300">
        Every request carries <code>X-Beacon-Signature: t=…,v1=…</code>, an HMAC-SHA256 of <code>&lt;t&gt;.&lt;body&gt;</code> with
        this secret. How to check it in a few lines of Node: the “Webhook subscribers” section of Beacon’s README; the
        request itself is described under <code>webhooks</code> in{" "}
        <a className={linkClass} href="/api/v1/openapi.json">
          this site’s OpenAPI document
        </a>
        .
      </p>
      <p className="text-sm text-slate-700 dark:text-slate-300">
        Keep this link to change the components or unsubscribe later:{" "}
        <a className={`${linkClass} break-all`} href={manageUrl}>
          manage this webhook
        </a>
        .
      </p>
      <p>
        <a className={linkClass} href="/subscribe?via=webhook">
          Subscribe another webhook
        </a>
      </p>
    </div>
  );
}
