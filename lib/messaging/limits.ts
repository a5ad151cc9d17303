// The protocol's size limits in one zod-free table: protocol.ts builds its
// schemas from it, and lib/sites/cap.ts trims what a content script reads to
// the same numbers, so a huge host page degrades instead of failing the request.
export const LIMITS = {
  site: 50,
  url: 4000,
  subject: 2000,
  threadId: 500,
  people: 500,
  email: 320,
  name: 300,
  cases: 5000,
  caseNumber: 120,
  /** A text a portal page asks about (a candidate run, a case-number cell): readCases. */
  caseText: 1000,
  caseName: 500,
  matterCode: 120,
  court: 300,
  status: 200,
  ref: 200,
  messages: 500,
  messageId: 500,
  /** A docket's parties, each party's attorneys, and a party's or attorney's short lists (labels, details, e-mails). */
  parties: 200,
  attorneys: 50,
  partyList: 20,
  partyText: 300,
} as const;
