// Email or webhook, as two links (it works without JavaScript; each is its own address).

const tabs = [
  { key: "email", label: "Email", href: "/subscribe" },
  { key: "webhook", label: "Webhook", href: "/subscribe?via=webhook" },
] as const;

export function ChannelTabs({ current }: { current: "email" | "webhook" }) {
  return (
    <nav aria-label="How to be notified">
      <ul className="flex gap-2 border-b border-slate-300 dark:border-slate-600">
        {tabs.map((tab) => {
          const active = tab.key === current;
          return (
            <li key={tab.key}>
              <a
                href={tab.href}
                aria-current={active ? "page" : undefined}
                className={`-mb-px inline-block rounded-t-md border px-4 py-2 font-medium ${
                  active
                    ? "border-slate-300 border-b-white bg-white text-slate-900 dark:border-slate-600 dark:border-b-slate-950 dark:bg-slate-950 dark:text-slate-100"
                    : "border-transparent text-slate-600 underline underline-offset-2 hover:text-slate-900 dark:text-slate-400 dark:hover:text-slate-100"
                }`}
              >
                {tab.label}
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
