// Every update's edit form sits on one page and MarkdownField uses its name as the textarea's
// id, so each form names its text field after its update (the action reads it back by this).
export function updateTextField(updateId: string): string {
  return `body-${updateId}`;
}
