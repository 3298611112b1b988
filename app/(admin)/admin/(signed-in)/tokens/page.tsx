import { LocalTime } from "@/components/local-time";
import { can } from "@/lib/auth/actor";
import { requireUser } from "@/web/session/request-session";
import { getPublicPage } from "@/lib/status-page/get-public-page";
import { type ApiTokenSummary, listApiTokens } from "@/lib/tokens/list-api-tokens";
import type { Metadata } from "next";
import { CreateTokenForm } from "./create-token-form";
import { RevokeTokenForm } from "./revoke-token-form";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "API tokens" };

const termClass = "whitespace-nowrap text-slate-600 dark:text-slate-400";

function TokenRow({ token, timeZone }: { token: ApiTokenSummary; timeZone: string }) {
  const at = (date: Date) => <LocalTime date={date} timeZone={timeZone} />;
  const expired = token.expiresAt !== null && token.expiresAt <= new Date();
  return (
    <li className="grid gap-3 px-4 py-4 sm:grid-cols-[1fr_16rem]">
      <div className="min-w-0 space-y-2">
        <h3 className="font-semibold break-words">
          {token.name}{" "}
          {token.revokedAt ? (
            <span className="ml-1 rounded-full border border-red-700 px-2 py-0.5 text-xs font-medium text-red-800 dark:border-red-400 dark:text-red-300">revoked</span>
          ) : expired ? (
            <span className="ml-1 rounded-full border border-slate-400 px-2 py-0.5 text-xs font-medium">expired</span>
          ) : null}
        </h3>
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
          <dt className={termClass}>Starts with</dt>
          <dd>
            <code>{token.prefix}…</code>
          </dd>
          <dt className={termClass}>Created</dt>
          <dd>
            {at(token.createdAt)}
            {token.createdByEmail ? <> by {token.createdByEmail}</> : null}
          </dd>
          <dt className={termClass}>Last used</dt>
          <dd>{token.lastUsedAt ? at(token.lastUsedAt) : "Never"}</dd>
          {token.expiresAt ? (
            <>
              <dt className={termClass}>{expired ? "Expired" : "Expires"}</dt>
              <dd>{at(token.expiresAt)}</dd>
            </>
          ) : null}
          {token.revokedAt ? (
            <>
              <dt className={termClass}>Revoked</dt>
              <dd>{at(token.revokedAt)}</dd>
            </>
          ) : null}
        </dl>
      </div>
      {token.revokedAt ? null : <RevokeTokenForm token={{ id: token.id, name: token.name }} />}
    </li>
  );
}

export default async function TokensPage() {
  const user = await requireUser();
  if (!can(user, "tokens:manage")) {
    return (
      <>
        <h1 className="text-2xl font-semibold">API tokens</h1>
        <p>Only owners and admins can create, see or revoke API tokens.</p>
      </>
    );
  }
  const [page, tokens] = await Promise.all([getPublicPage(), listApiTokens(user)]);
  return (
    <>
      <h1 className="text-2xl font-semibold">API tokens</h1>
      <p className="text-slate-600 dark:text-slate-400">
        Tokens let programs use the REST API (<code>/api/v1</code>) to post incidents and change components. They cannot manage settings, users or
        other tokens.
      </p>
      <section aria-labelledby="create-heading" className="space-y-3">
        <h2 id="create-heading" className="text-lg font-semibold">
          Create a token
        </h2>
        <CreateTokenForm />
      </section>
      <section aria-labelledby="tokens-heading" className="space-y-3">
        <h2 id="tokens-heading" className="text-lg font-semibold">
          Tokens
        </h2>
        {tokens.length === 0 ? (
          <p className="text-slate-600 dark:text-slate-400">No tokens yet.</p>
        ) : (
          <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 dark:divide-slate-700 dark:border-slate-700">
            {tokens.map((token) => (
              <TokenRow key={token.id} token={token} timeZone={page.timeZone} />
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
