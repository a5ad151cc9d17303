import type { z } from 'zod';

/** One problem in a file, located by a path into the document: `clients[12].emails[0]`. */
export interface PathIssue {
  path: string;
  message: string;
}

/** `clients[12].emails[0]: not a valid e-mail address` — the form every screen and log shows. */
export function formatIssue(i: PathIssue): string {
  return i.path ? `${i.path}: ${i.message}` : i.message;
}

/** Appends a zod path to a prefix: ("clients[12]", ["emails", 0]) → "clients[12].emails[0]". */
export function joinPath(prefix: string, path: readonly PropertyKey[]): string {
  let out = prefix;
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else {
      const s = String(seg);
      // Record keys (settings.cadence.byTag) can be anything a user typed.
      out += /^[A-Za-z_$][\w$]*$/.test(s) ? (out ? `.${s}` : s) : `[${JSON.stringify(s)}]`;
    }
  }
  return out;
}

/** Zod's messages start with a capital ("Invalid input: …"); after a path they read as a clause. */
function lowerFirst(s: string): string {
  return s ? s[0]!.toLowerCase() + s.slice(1) : s;
}

export function zodIssues(prefix: string, error: z.ZodError): PathIssue[] {
  return error.issues.map((i) => ({ path: joinPath(prefix, i.path), message: lowerFirst(i.message) }));
}
