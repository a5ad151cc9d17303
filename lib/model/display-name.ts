// The one rule for what a client is called on screen: the preferred name when
// there is one, else the full name. Zod-free, so the popup, the sidebar page and
// the background's replies all share it without pulling in the model schemas.
export function displayName(c: { name: string; preferredName?: string }): string {
  return c.preferredName?.trim() || c.name;
}
