import { can } from "@/lib/auth/actor";
import { requireUser } from "@/web/session/request-session";
import { getPublicPage } from "@/lib/status-page/get-public-page";
import { listUsers } from "@/lib/users/list-users";
import type { Metadata } from "next";
import { AddUserForm } from "./add-user-form";
import { ChangePasswordForm } from "./change-password-form";
import { UserRow } from "./user-row";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Users" };

export default async function UsersPage() {
  const me = await requireUser();
  const mayManage = can(me, "users:manage");
  const [page, users] = await Promise.all([getPublicPage(), mayManage ? listUsers(me) : null]);
  // Only an owner may make someone an owner (lib/users/user-rules.ts).
  const roles = me.role === "owner" ? (["owner", "admin", "editor"] as const) : (["admin", "editor"] as const);
  return (
    <>
      <h1 className="text-2xl font-semibold">Users</h1>
      {users ? (
        <>
          <section aria-labelledby="people-heading" className="space-y-3">
            <h2 id="people-heading" className="text-lg font-semibold">
              People who can sign in
            </h2>
            <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 dark:divide-slate-700 dark:border-slate-700">
              {users.map((user) => (
                <UserRow key={user.id} user={user} me={me} roles={roles} timeZone={page.timeZone} />
              ))}
            </ul>
          </section>
          <section aria-labelledby="add-heading" className="space-y-3">
            <h2 id="add-heading" className="text-lg font-semibold">
              Add a user
            </h2>
            <p className="text-sm text-slate-600 dark:text-slate-400">
              Editors post incidents and change components. Admins also manage settings, users and API tokens
              {me.role === "owner" ? "; owners can also manage other owners." : "."}
            </p>
            <AddUserForm roles={roles} />
          </section>
        </>
      ) : (
        <p>Only owners and admins can manage users. You can still change your own password below.</p>
      )}
      <section aria-labelledby="password-heading" className="space-y-3">
        <h2 id="password-heading" className="text-lg font-semibold">
          Change your password
        </h2>
        <p className="text-sm text-slate-600 dark:text-slate-400">Your other sessions are signed out; this one stays signed in.</p>
        <ChangePasswordForm email={me.email} />
      </section>
    </>
  );
}
