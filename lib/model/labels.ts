import { t } from '../i18n/t';
import type { PersonalNotes } from './client';
import type { InteractionKind } from './interaction';

// Wording shown to users, shared by the sidebar, popup and options. No zod
// here: content scripts import this file and must stay small. Each label is
// read from the catalogue when it is used (a getter), not when this module
// loads.

export const INTERACTION_LABELS: Record<InteractionKind, string> = {
  get 'email-in'() {
    return t('clients_kind_email_in');
  },
  get 'email-out'() {
    return t('clients_kind_email_out');
  },
  get call() {
    return t('clients_kind_call');
  },
  get meeting() {
    return t('clients_kind_meeting');
  },
  get note() {
    return t('clients_kind_note');
  },
  get filing() {
    return t('clients_kind_filing');
  },
};

const NOTE_LABELS: Record<keyof PersonalNotes, () => string> = {
  family: () => t('clients_notes_family'),
  interests: () => t('clients_notes_interests'),
  background: () => t('clients_notes_background'),
  howWeMet: () => t('clients_notes_how_we_met'),
  notes: () => t('clients_notes_notes'),
};

/** The personal-notes fields in the order every screen shows them, as [key, label] pairs. */
export const NOTE_FIELDS: readonly (readonly [keyof PersonalNotes, string])[] = (['family', 'interests', 'background', 'howWeMet', 'notes'] as const).map((key) => {
  // A pair whose label is read when the pair is read: `const [key, label] = pair` works as before.
  const pair = [key] as unknown as [keyof PersonalNotes, string];
  Object.defineProperty(pair, 1, { get: NOTE_LABELS[key], enumerable: true });
  return pair;
});

/** A personal-notes field's label. */
export const noteLabel = (key: keyof PersonalNotes): string => NOTE_LABELS[key]();
