import type { StatePrivate } from '../state/types.js';
import type { DeepReadonly, View } from '../view/view.js';
/** Belief above which the reciprocator retaliates. */
export declare const RETALIATION_BELIEF = 0.5;
/** The states it believes attacked it during the last two years, and that no trusted pledge covers. */
export declare function believedAttackers(view: View, me: DeepReadonly<StatePrivate>): string[];
export declare const reciprocator: import("./strategy.js").Strategy;
