import { LocalTime } from "@/components/local-time";
import type { UserActor } from "@/lib/auth/get-session-actor";
import type { UserSummary } from "@/lib/users/list-users";
import { DeleteUserForm, DisableForm, RoleForm } from "./user-row-forms";

// One person: who they are, and the controls the signed-in user may use on them.
export function UserRow({ user, me, roles, timeZone }: { user: UserSummary; me: UserActor; roles: readonly string[]; timeZone: string }) {
  const row = { id: user.id, email: user.email, role: user.role, disabled: Boolean(user.disabledAt) };
  const isMe = user.id === me.id;
  const ownerOnly = user.role === "owner" && me.role !== "owner";
  return (
    <li className="space-y-3 px-4 py-4">
      <h3 className="font-semibold break-all">
        {user.email}
        {isMe ? <span className="font-normal text-slate-600 dark:text-slate-400"> (you)</span> : null}
      </h3>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr_auto_1fr]">
        <dt className="text-slate-600 dark:text-slate-400">Name</dt>
        <dd>{user.name ?? "—"}</dd>
        <dt className="text-slate-600 dark:text-slate-400">Role</dt>
        <dd>{user.role}</dd>
        <dt className="text-slate-600 dark:text-slate-400">Added</dt>
        <dd>
          <LocalTime date={user.createdAt} timeZone={timeZone} format="date" />
        </dd>
        <dt className="text-slate-600 dark:text-slate-400">Status</dt>
        <dd>
          {user.disabledAt ? (
            <span className="font-medium text-red-800 dark:text-red-300">
              Disabled since <LocalTime date={user.disabledAt} timeZone={timeZone} format="date" />
            </span>
          ) : (
            "Active"
          )}
        </dd>
      </dl>
      {ownerOnly ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">Only an owner can change an owner&apos;s account.</p>
      ) : (
        <div className="flex flex-wrap items-start gap-x-6 gap-y-3">
          <RoleForm user={row} roles={roles} />
          {isMe ? (
            <p className="text-sm text-slate-600 sm:pt-8 dark:text-slate-400">You cannot disable or delete your own account.</p>
          ) : (
            <>
              <div className="sm:pt-6">
                <DisableForm user={row} />
              </div>
              <details className="sm:pt-8">
                <summary className="cursor-pointer text-sm font-medium text-red-800 dark:text-red-300">Delete…</summary>
                <div className="mt-2">
                  <DeleteUserForm user={row} />
                </div>
              </details>
            </>
          )}
        </div>
      )}
    </li>
  );
}
