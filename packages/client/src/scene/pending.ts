/**
 * The negotiation's state in words for the side panel: the coalitions, where the actors stand on
 * the convention once it is open for signature, and the amendments awaiting their vote.
 */
import type { TableModel } from '../model/table-model.js';
import type { Section } from './panel.js';
import { shortName } from './short-name.js';

/** Phases in which pending amendments are still to be voted on (later they are history). */
const VOTING = new Set(['drafting', 'negotiation', 'vote']);

/** The coalition summary: members of each coalition, by name. */
export function coalitionSection(model: TableModel): Section | null {
  const friends = model.actors.filter((a) => a.coalition === 'friends').map((a) => shortName(a.name));
  const sovereignty = model.actors.filter((a) => a.coalition === 'sovereignty').map((a) => shortName(a.name));
  if (friends.length + sovereignty.length === 0) return null;
  return {
    heading: `Coalitions · friends ${friends.length} · sovereignty ${sovereignty.length}`,
    // Members by name while coalitions still move votes; a count afterwards, to leave room.
    lines: VOTING.has(model.phase) ? [`Friends: ${friends.join(', ') || '—'}`, `Sovereignty: ${sovereignty.join(', ') || '—'}`] : [],
    muted: true,
  };
}

/** Where the states stand, once the text is adopted (signature, ratification, withdrawal). */
export function standingSection(model: TableModel): Section | null {
  if (!model.adopted) return null;
  const count = (s: string): number => model.actors.filter((a) => a.kind === 'state' && a.standing === s).length;
  return {
    heading: `States · ratified ${count('ratified')} · signed ${count('signed')} · outside ${count('outside')} · withdrawn ${count('withdrawn')}`,
    lines: [],
  };
}

/** The amendments awaiting their vote: who, which article, which way (only while they matter). */
export function pendingSection(model: TableModel): Section | null {
  if (!VOTING.has(model.phase)) return null;
  const name = (i: number): string => shortName(model.actors[i]?.name ?? '?');
  const title = (article: string): string => model.articles.find((a) => a.id === article)?.title ?? article;
  return {
    heading: `Pending amendments (${model.pending.length})`,
    lines: model.pending.length > 0 ? model.pending.map((p) => `${name(p.by)}: ${p.direction > 0 ? 'raise' : 'lower'} ${title(p.article)}`) : ['none tabled yet'],
    muted: model.pending.length === 0,
  };
}
