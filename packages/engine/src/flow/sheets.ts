/**
 * Order sheets: the one decision a seat gives per step, covering everything it decides in that
 * step. Any slot may be left out, so a strategy only writes what it cares about; a slot left out
 * means "no change / do nothing": no amendment, abstention, coalition, accord and intelligence
 * sharing and defence policy kept as they were, no signature or ratification, no operation,
 * no disclosure, no takedown, backdoor refused, silence, denial — the same as the safe fallback.
 */
import type { ArticleId } from '../scenario/articles.js';
import type { Coalition, PledgeKind } from '../state/types.js';

/** A vote. */
export type Vote = 'yes' | 'no' | 'abstain';

/** An amendment order: move one article one step up (+1) or down (-1). */
export interface AmendOrder {
  readonly article: ArticleId;
  readonly direction: 1 | -1;
}

/** A message order: `to` empty for a public statement, else actor ids. */
export interface MessageOrder {
  readonly to: readonly string[];
  readonly text: string;
}

/** The condition of a `ratify-if` pledge, by state ids: at least `atLeast` of `states` have ratified. */
export interface ConditionByIds {
  readonly states: readonly string[];
  readonly atLeast: number;
}

/** A pledge order. `to` empty for a public pledge. */
export interface PledgeOrder {
  readonly kind: PledgeKind;
  readonly to: readonly string[];
  /** The amendment id (`support-amendment`) or the state spared (`no-operations`; omit for all). */
  readonly target?: string | number;
  /** `ratify-if`: the states whose ratifications the pledge waits for, and how many of them. */
  readonly states?: readonly string[];
  readonly atLeast?: number;
}

/** Talk, allowed on every sheet whose request opens the `messages` / `pledges` slots. */
export interface Talk {
  readonly messages?: readonly MessageOrder[];
  readonly pledges?: readonly PledgeOrder[];
}

/** The chair tables the draft: a position per article, within the drafting latitude. */
export interface DraftingSheet extends Talk {
  readonly phase: 'drafting';
  readonly text?: readonly number[];
}

/** A negotiation round. */
export interface NegotiationSheet extends Talk {
  readonly phase: 'negotiation';
  /** The amendment it tables, if any. */
  readonly amend?: AmendOrder | null;
  /** Its vote on each pending amendment, in the order of the request's `votes` slot. */
  readonly votes?: readonly Vote[];
  /** Its coalition after this round (states). */
  readonly coalition?: Coalition | null;
  /** States it lobbies (civil society: any state; firms: their home state). */
  readonly lobby?: readonly string[];
  /** Whether it is a signatory of the tech accord after this round (firms). */
  readonly techAccord?: boolean;
}

/** The vote on the whole text (states). */
export interface VoteSheet extends Talk {
  readonly phase: 'vote';
  readonly vote?: Vote;
}

/** Signature (states). */
export interface SignatureSheet extends Talk {
  readonly phase: 'signature';
  readonly sign?: boolean;
}

/** Submitting the signed text to the domestic ratification process (signatory states). */
export interface RatificationSheet extends Talk {
  readonly phase: 'ratification';
  readonly submit?: boolean;
}

/** An implementation year's secret orders. */
export interface OperationsSheet extends Talk {
  readonly phase: 'operations';
  /** States: the states it runs a covert operation against this year. */
  readonly targets?: readonly string[];
  /** States: disclose the vulnerabilities it finds this year (else stockpile them). */
  readonly disclose?: boolean;
  /** States: ask its firms for backdoors. */
  readonly requestBackdoor?: boolean;
  /** Parties: withdraw from the convention. */
  readonly withdraw?: boolean;
  /** States that have not ratified: submit the text to the legislature (a non-signatory accedes). */
  readonly submit?: boolean;
  /** Firms: share threat intelligence with all defenders. */
  readonly share?: boolean;
  /** Firms: take down attacker infrastructure it finds. */
  readonly takedown?: boolean;
  /** Firms: defend customers everywhere (else only at home). */
  readonly defendAll?: boolean;
  /** Firms with a pending request: accept or refuse the backdoor. */
  readonly backdoor?: 'accept' | 'refuse';
  /** Civil society: states it campaigns in. */
  readonly lobby?: readonly string[];
}

/** A victim's public attribution of the incidents it detected this year. */
export interface BlameSheet extends Talk {
  readonly phase: 'blame';
  /** Per detection (request order): the accused state's id, or null to stay silent. */
  readonly blame?: readonly (string | null)[];
}

/** An accused state's answers. */
export interface ResponseSheet extends Talk {
  readonly phase: 'response';
  /** Per accusation (request order). */
  readonly answers?: readonly ('admit' | 'deny')[];
}

/** One seat's decision for one step. */
export type Sheet =
  | DraftingSheet
  | NegotiationSheet
  | VoteSheet
  | SignatureSheet
  | RatificationSheet
  | OperationsSheet
  | BlameSheet
  | ResponseSheet;

/** A sheet under construction (its slots assignable); strategies build one, then return it. */
export type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** The sheet type of a phase. */
export type SheetOf<P extends Sheet['phase']> = Extract<Sheet, { phase: P }>;

/**
 * A sheet with every slot left out: each takes its default (see fallbackSheet). Always legal.
 *
 * @example
 * blankSheet('vote'); // { phase: 'vote' }, an abstention
 */
export function blankSheet(phase: Sheet['phase']): Sheet {
  // Every slot is optional, so `{ phase }` is a member of the union for each phase.
  return { phase } as Sheet;
}
