// Case-number normalisation. PLACEHOLDER shape: upper-case, strip spaces.
// (Replaced by the full federal / California normaliser.)
export function normaliseCaseNumber(raw: string): string | null {
  const n = raw.toUpperCase().replace(/\s+/g, '');
  return n.length >= 5 ? n : null;
}
