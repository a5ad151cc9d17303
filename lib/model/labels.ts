import type { PersonalNotes } from './client';
import type { InteractionKind } from './interaction';

// Wording shown to users, shared by the sidebar, popup and options. No zod
// here: content scripts import this file and must stay small.

export const INTERACTION_LABELS: Record<InteractionKind, string> = {
  'email-in': 'E-mail received',
  'email-out': 'E-mail sent',
  call: 'Call',
  meeting: 'Meeting',
  note: 'Note',
  filing: 'Filing',
};

/** The personal-notes fields in the order every screen shows them. */
export const NOTE_FIELDS: readonly (readonly [keyof PersonalNotes, string])[] = [
  ['family', 'Family'],
  ['interests', 'Interests'],
  ['background', 'Background'],
  ['howWeMet', 'How we met'],
  ['notes', 'Notes'],
];
