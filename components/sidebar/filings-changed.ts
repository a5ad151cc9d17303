// A filing was logged or a flag acknowledged: the sidebar's flag lists and the
// portal badges ask again. On portals the badges and the sidebar are two
// content scripts (the sidebar is injected on demand) sharing one isolated
// world, so the listeners live on that world's global, not in this module.
const KEY = Symbol.for('rapport.filingsChanged');
const listeners = (): Set<() => void> => ((globalThis as Record<symbol, Set<() => void>>)[KEY] ??= new Set());

export function onFilingsChanged(fn: () => void): () => void {
  listeners().add(fn);
  return () => void listeners().delete(fn);
}

export function filingsChanged(): void {
  for (const fn of [...listeners()]) fn();
}
