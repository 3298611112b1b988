// One scheme for every browser tab (issue 9 found "· Status", "· Beacon" and ":" mixed):
// "<what> · <page name>" on public pages, "<what> · <page name> dashboard" in the dashboard.
// Plain functions, so layouts build Next's title templates from them and tests can read them.

const SEPARATOR = " · ";

export function publicTitle(what: string, pageName: string): string {
  return `${what}${SEPARATOR}${pageName}`;
}

export function dashboardName(pageName: string): string {
  return `${pageName} dashboard`;
}

export function dashboardTitle(what: string, pageName: string): string {
  return publicTitle(what, dashboardName(pageName));
}

/** Next's title for a layout: the template its pages' titles go into, and the title of its own page. */
export function publicTitleTemplate(pageName: string): { default: string; template: string } {
  return { default: pageName, template: publicTitle("%s", pageName) };
}

export function dashboardTitleTemplate(pageName: string): { default: string; template: string } {
  return { default: dashboardName(pageName), template: dashboardTitle("%s", pageName) };
}
