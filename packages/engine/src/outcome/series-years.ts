/**
 * The per-year half of a game's series (see `series.ts`): what each implementation year brought,
 * read from the log and the public record, with the secret truth (operations run, true attackers)
 * that an analyst of a finished game may see.
 */
import { betaMean } from '../rules/math.js';
import { MASS_EVENT_HARM } from '../rules/shocks.js';
import type { GameState } from '../state/types.js';
import { round6, YEAR_QUANTITIES, type SeriesValue } from './series-quantities.js';

/** Counts of one implementation year, before they become series values. */
interface Year {
  operations: number;
  incidents: number;
  civilianHarm: number;
  massEvents: number;
  attributionsCorrect: number;
  attributionsFalse: number;
  /** Revealed findings of the body by the end of the year: confirmed, refuted (cumulative). */
  bodyRight: number;
  bodyWrong: number;
  /** States that have ratified or acceded and not withdrawn by the end of the year. */
  parties: number;
  inForce: boolean;
}

/**
 * One value per quantity per implementation year played, `t` the calendar year (the scenario's
 * year + the implementation year: negotiation is the scenario's year, year 1 the next).
 */
export function yearSeries(state: GameState): SeriesValue[] {
  const years = yearCounts(state);
  const out: SeriesValue[] = [];
  const base = state.scenario.year;
  for (let y = 1; y < years.length; y++) {
    const year = years[y]!;
    const values: Record<(typeof YEAR_QUANTITIES)[number], number> = {
      operations: year.operations,
      incidents: year.incidents,
      civilianHarm: year.civilianHarm,
      massEvents: year.massEvents,
      attributionsCorrect: year.attributionsCorrect,
      attributionsFalse: year.attributionsFalse,
      attributionTrust: trustInBody(state, year.bodyRight, year.bodyWrong),
      parties: year.parties,
      inForce: year.inForce ? 1 : 0,
    };
    for (const quantity of YEAR_QUANTITIES) out.push({ clock: 'year', t: base + y, quantity, value: round6(values[quantity]) });
  }
  return out;
}

/** The counts of years 0 (negotiation) … the last year played. */
function yearCounts(state: GameState): Year[] {
  const last = state.flow.year;
  const years: Year[] = Array.from({ length: last + 1 }, () => ({ operations: 0, incidents: 0, civilianHarm: 0, massEvents: 0, attributionsCorrect: 0, attributionsFalse: 0, bodyRight: 0, bodyWrong: 0, parties: 0, inForce: false }));
  const { incidents } = state.world.public;
  const { attackerOf } = state.world.secret;
  for (const incident of incidents) {
    const year = years[incident.year]!;
    year.incidents++;
    const truth = attackerOf[incident.id]!;
    // Each public accusation counts once, the victim's and the body's alike (as the tally does).
    for (const named of [incident.accused, incident.bodyNamed]) {
      if (named < 0) continue;
      if (named === truth) year.attributionsCorrect++;
      else year.attributionsFalse++;
    }
  }
  const exposure = state.actors.filter((a) => a.kind === 'state').reduce((s, a) => s + a.exposure, 0);
  const party = new Set<number>();
  const withdrawn = new Set<number>();
  let inForce = false;
  let right = 0;
  let wrong = 0;
  let y = 0;
  const close = (until: number) => {
    // Years with no event of their own carry the standing figures over.
    for (; y < until && y <= last; y++) Object.assign(years[y]!, { parties: [...party].filter((i) => !withdrawn.has(i)).length, inForce, bodyRight: right, bodyWrong: wrong });
  };
  for (const event of state.log) {
    close(event.year);
    const year = years[event.year]!;
    switch (event.type) {
      case 'operation':
        year.operations++;
        year.civilianHarm += event.value;
        break;
      case 'election-attack':
        year.civilianHarm += event.value;
        break;
      case 'mass-event':
        // The public event of a mass event (the secret twin names a leaked stockpile's owner).
        if (event.visibleTo === null) {
          year.massEvents++;
          year.civilianHarm += MASS_EVENT_HARM * exposure;
        }
        break;
      case 'ratified':
        party.add(event.actor);
        break;
      case 'withdrawal':
        withdrawn.add(event.actor);
        break;
      case 'in-force':
        inForce = true;
        break;
      case 'lapsed':
        inForce = false;
        break;
      case 'revealed': {
        const named = incidents[event.value]!.bodyNamed;
        if (named >= 0 && named === event.actor) right++;
        else if (named >= 0) wrong++;
        break;
      }
    }
  }
  close(last + 1);
  return years;
}

/**
 * The mean trust of all actors in the attribution body after `right` confirmed and `wrong` refuted
 * findings: every actor starts from the scenario's Beta(α, β) and every revelation updates all alike.
 */
function trustInBody(state: GameState, right: number, wrong: number): number {
  const { alpha, beta } = state.scenario.trust.body;
  return betaMean(alpha + right, beta + wrong);
}
