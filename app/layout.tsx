import type { Metadata, Viewport } from "next";
import "./globals.css";

export const metadata: Metadata = {
  // The route groups' layouts set the title scheme with the page's name (lib/status-page/page-title.ts).
  title: "Status",
  description: "Current status, incidents and maintenance.",
};

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#0b0f17" },
  ],
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen bg-white font-sans text-slate-900 antialiased dark:bg-slate-950 dark:text-slate-100">
        {children}
      </body>
    </html>
  );
}
