// Class names of the visitor-side subscription forms, in the public page's look.
export const inputClass =
  "mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-slate-900 dark:border-slate-500 dark:bg-slate-900 dark:text-slate-100";
export const buttonClass =
  "rounded-md bg-slate-900 px-4 py-2 font-semibold text-white disabled:opacity-70 dark:bg-slate-100 dark:text-slate-900";
export const secondaryButtonClass = "rounded-md border border-slate-400 px-4 py-2 font-medium disabled:opacity-70 dark:border-slate-500";
export const panelClass = "rounded-lg border border-slate-200 p-4 dark:border-slate-700";
export const linkClass = "underline underline-offset-2";
export const errorTextClass = "text-sm font-medium text-red-700 dark:text-red-400";
export const successTextClass = "text-sm font-medium text-green-800 dark:text-green-400";
