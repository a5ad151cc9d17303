// Deep links: options.html#client=<id> opens that client. The page replaces
// the hash as the selection changes (no history entry per click, so Back
// leaves the page rather than stepping through every client looked at).

export function readClientHash(hash: string = location.hash): string | undefined {
  const id = new URLSearchParams(hash.replace(/^#/, '')).get('client');
  return id?.trim() ? id.trim() : undefined;
}

export function writeClientHash(id: string | undefined): void {
  const next = id ? `#client=${encodeURIComponent(id)}` : '';
  if (location.hash === next || (!next && !location.hash)) return;
  history.replaceState(history.state, '', `${location.pathname}${location.search}${next}`);
}
