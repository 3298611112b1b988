// Shared class names of the dashboard's form controls.
export const inputClass =
  "mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-slate-900 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100";
export const buttonClass =
  "rounded-md bg-slate-900 px-4 py-2 font-semibold text-white disabled:opacity-70 dark:bg-slate-100 dark:text-slate-900";
export const secondaryButtonClass = "rounded-md border border-slate-300 px-4 py-2 font-medium dark:border-slate-600";
