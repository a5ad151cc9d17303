// The one-page prep brief for one client, assembled from plain data. Pure: the
// caller (the brief page's loader) fetches; this decides what goes on the
// page and in what order, so the page and its tests agree on the content.
import { displayName, type Client, type GoalStatus } from '../model/client';
import type { Interaction, InteractionKind } from '../model/interaction';
import { INTERACTION_LABELS, NOTE_FIELDS } from '../model/labels';
import type { BufferDefaults, Deadline, DeadlineKind } from '../model/deadline';
import type { OpenQuestion } from '../model/open-question';
import { deadlineStatus, type DeadlineState } from '../deadlines/state';
import { checkIn, describeMoods, moodWord, recentMoods, type CheckIn, type MoodWord } from '../mood/trend';

/** A rejected filing still flagged on the client (FilingFlag in the protocol, structurally). */
export interface BriefFiling {
  id: string;
  at: number;
  status: string;
  caseNumber?: string;
  ref?: string;
  summary?: string;
}

export interface BriefInput {
  client: Client;
  /** Any order and any number; the last ten by time are used. */
  interactions: readonly Interaction[];
  deadlines: readonly Deadline[];
  filings: readonly BriefFiling[];
  openQuestions: readonly OpenQuestion[];
  buffers?: BufferDefaults;
  now: number;
}

export interface BriefDeadline {
  id: string;
  title: string;
  kind: DeadlineKind;
  dueDate: string;
  dueTime?: string;
  state: DeadlineState;
  targetDate: string;
  daysLeft: number;
  matter?: string;
}

export interface Brief {
  madeAt: number;
  who: {
    name: string;
    fullName: string;
    organisation?: string;
    emails: string[];
    phones: string[];
    matters: string[];
    tags: string[];
  };
  /** Family, interests, background, how we met: one point per line the lawyer wrote. */
  talkingPoints: { label: string; points: string[] }[];
  goals: { text: string; acceptableOutcome: string; status: GoalStatus }[];
  interactions: { id: string; at: number; kind: InteractionKind; kindLabel: string; summary: string; mood?: MoodWord }[];
  /** Open court and internal deadlines, soonest first. */
  deadlines: BriefDeadline[];
  /** Open promises to the client, soonest first. */
  promises: BriefDeadline[];
  filings: BriefFiling[];
  mood: { moods: (number | undefined)[]; description: string; checkIn: CheckIn };
  openQuestions: string[];
}

export const BRIEF_INTERACTIONS = 10;

const GOAL_ORDER: Record<GoalStatus, number> = { open: 0, revised: 1, met: 2, dropped: 3 };

function matterLabel(client: Client, id: string | undefined): string | undefined {
  const m = id ? client.matters.find((x) => x.id === id) : undefined;
  if (!m) return undefined;
  return [m.caseName, m.caseNumber, m.matterCode].filter(Boolean).join(' · ') || undefined;
}

export function assembleBrief(input: BriefInput): Brief {
  const { client, now } = input;
  const latest = [...input.interactions].sort((a, b) => b.at - a.at).slice(0, BRIEF_INTERACTIONS);

  const talkingPoints = NOTE_FIELDS.filter(([key]) => key !== 'notes')
    .map(([key, label]) => ({
      label,
      points: client.notes[key]
        .split(/\r?\n/)
        .map((l) => l.replace(/^\s*[-•*]\s*/, '').trim())
        .filter(Boolean),
    }))
    .filter((t) => t.points.length > 0);

  const open = input.deadlines
    .filter((d) => d.clientId === client.id && d.doneAt === undefined)
    .map((d) => ({ d, s: deadlineStatus(d, now, input.buffers) }))
    .sort((a, b) => a.s.dueAt - b.s.dueAt)
    .map(({ d, s }): BriefDeadline => {
      const matter = matterLabel(client, d.matterId);
      return {
        id: d.id,
        title: d.title,
        kind: d.kind,
        dueDate: d.dueDate,
        ...(d.dueTime ? { dueTime: d.dueTime } : {}),
        state: s.state,
        targetDate: s.targetDate,
        daysLeft: s.daysLeft,
        ...(matter ? { matter } : {}),
      };
    });

  const moods = recentMoods(input.interactions);
  return {
    madeAt: now,
    who: {
      name: displayName(client),
      fullName: client.name,
      ...(client.organisation ? { organisation: client.organisation } : {}),
      emails: client.emails,
      phones: client.phones,
      matters: client.matters.map((m) => matterLabel(client, m.id)).filter((m): m is string => !!m),
      tags: client.tags,
    },
    talkingPoints,
    goals: [...client.goals]
      .sort((a, b) => GOAL_ORDER[a.status] - GOAL_ORDER[b.status])
      .map((g) => ({ text: g.text, acceptableOutcome: g.acceptableOutcome, status: g.status })),
    interactions: latest.map((i) => ({
      id: i.id,
      at: i.at,
      kind: i.kind,
      kindLabel: INTERACTION_LABELS[i.kind],
      summary: i.summary,
      ...(i.sentiment !== undefined ? { mood: moodWord(i.sentiment) } : {}),
    })),
    deadlines: open.filter((d) => d.kind !== 'promise'),
    promises: open.filter((d) => d.kind === 'promise'),
    filings: [...input.filings].sort((a, b) => b.at - a.at),
    mood: { moods, description: describeMoods(moods), checkIn: checkIn(input.interactions) },
    openQuestions: [...input.openQuestions]
      .filter((q) => q.resolvedAt === undefined)
      .sort((a, b) => a.addedAt - b.addedAt)
      .map((q) => q.text),
  };
}
