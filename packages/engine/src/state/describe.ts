/**
 * Events in plain words, for the CLI's account, the client's timeline and the debrief.
 */
import { ARTICLES } from '../scenario/articles.js';
import type { GameEvent } from './events.js';
import type { ActorInfo } from './types.js';

/**
 * One sentence for an event.
 *
 * @example
 * describeEvent(event, state.actors); // 'United States ratified the convention (p = 0.42)'
 */
export function describeEvent(e: GameEvent, actors: readonly ActorInfo[]): string {
  const who = (i: number) => (i >= 0 ? (actors[i]?.name ?? `seat ${i}`) : 'the attribution body');
  const a = who(e.actor);
  const o = who(e.other);
  const article = ARTICLES[e.value] ?? '?';
  switch (e.type) {
    case 'phase': return `— ${e.text}${e.text === 'negotiation' ? ` round ${e.round}` : e.text === 'operations' ? ` year ${e.year}` : ''} —`;
    case 'draft-tabled': return `${a} tabled the draft: ${e.text}`;
    case 'amendment-tabled': return `${a} tabled amendment ${e.other}: ${article} ${e.text}`;
    case 'amendment-withdrawn': return `${a}'s amendment on ${article} gave way to another on the same article`;
    case 'amendment-passed': return `amendment on ${article} by ${a} passed (${pct(Number(e.text))} yes)`;
    case 'amendment-failed': return `amendment on ${article} by ${a} failed (${pct(Number(e.text))} yes)`;
    case 'coalition': return `${a} ${e.text === 'none' ? 'left its coalition' : `joined the ${e.text} coalition`}`;
    case 'lobbied': return `${a} lobbied ${o}`;
    case 'tech-accord': return `${a} ${e.text} the tech accord`;
    case 'statement': return `${a}: “${e.text}”`;
    case 'message': return `${a} → ${o}: “${e.text}”`;
    case 'pledge': return `${a} pledged: ${e.text}${e.other >= 0 ? ` (${e.text === 'support-amendment' ? `amendment ${e.other}` : o})` : ''}`;
    case 'pledge-kept': return `${a} kept its pledge (${e.text})`;
    case 'pledge-broken': return `${a} broke its pledge (${e.text})`;
    case 'text-vote': return `${a} voted ${e.text} on the text`;
    case 'adopted': return `the text was adopted (${pct(e.value)} yes)`;
    case 'rejected': return `the text was rejected (${pct(e.value)} yes)`;
    case 'signed': return `${a} signed`;
    case 'ratified': return `${a} ratified (p = ${e.value.toFixed(2)})`;
    case 'ratification-failed': return `${a}'s legislature rejected ratification (p = ${e.value.toFixed(2)})`;
    case 'in-force': return `the convention entered into force${e.value ? ', with an attribution body' : ''}`;
    case 'not-in-force': return 'the convention did not reach its quorum';
    case 'operation': return `${a} ran a covert operation against ${o} (${e.text})`;
    case 'detected': return `${a} detected an operation (${e.text}); its services suspect ${e.other >= 0 ? o : 'no one'}`;
    case 'incident': return `incident ${e.other}: ${a} was hit (harm ${e.value.toFixed(3)})`;
    case 'accused': return `${a} publicly blamed ${o} for incident ${e.value}`;
    case 'body-finding': return e.other >= 0 ? `the attribution body named ${o} (${e.text}, confidence ${e.value.toFixed(2)})` : `the attribution body: ${e.text}`;
    case 'admitted': return `${a} admitted incident ${e.value}`;
    case 'denied': return `${a} denied incident ${e.value}`;
    case 'sanctioned': return `${a} paid ${e.value.toFixed(3)} in reputation and sanctions`;
    case 'revealed': return `the truth came out: ${a} was behind incident ${e.value} against ${o}`;
    case 'withdrawal': return `${a} withdrew from the convention`;
    case 'lapsed': return 'the convention fell below its quorum and lapsed';
    case 'mass-event': return e.actor >= 0 ? `(the leaked exploit came from ${a}'s stockpile)` : `MASS CYBER EVENT: a leaked exploit hit everyone${e.text ? ` — ${e.text}` : ''}`;
    case 'government-change': return `change of government in ${a}${e.text ? ` — ${e.text}` : ''}`;
    case 'election-attack': return `an election in ${a} was attacked${e.text ? ` — ${e.text}` : ''}`;
    case 'leak': return e.actor >= 0 ? `LEAK: ${a} ran an operation against ${o}${e.text ? ` — ${e.text}` : ''}` : `leak: ${e.text}`;
    case 'backdoor-requested': return `${a} asked ${o} for a backdoor`;
    case 'backdoor-granted': return `${a} granted ${o} a backdoor`;
    case 'backdoor-refused': return `${a} refused ${o} a backdoor`;
    case 'fault': return `fault in ${a}'s seat: ${e.text}`;
    case 'event-triggered': return `the facilitator brings forward scheduled event ${e.value + 1} (${e.text})`;
    case 'concluded': return 'the game is over';
  }
}

function pct(x: number): string {
  return `${Math.round(x * 100)}%`;
}
