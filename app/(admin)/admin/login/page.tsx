import { getCurrentUser } from "@/web/session/request-session";
import { dashboardTitle } from "@/lib/status-page/page-title";
import { getPublicPage } from "@/lib/status-page/get-public-page";
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { LoginForm } from "./login-form";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: { absolute: dashboardTitle("Sign in", (await getPublicPage()).name) }, robots: { index: false } };
}

type Props = { searchParams: Promise<{ next?: string | string[] }> };

export default async function LoginPage({ searchParams }: Props) {
  if (await getCurrentUser()) redirect("/admin");
  const next = (await searchParams).next;
  return (
    <main className="mx-auto flex min-h-screen max-w-sm flex-col justify-center px-4">
      <h1 className="mb-6 text-2xl font-semibold">Sign in to Beacon</h1>
      <LoginForm next={typeof next === "string" ? next : "/admin"} />
    </main>
  );
}
