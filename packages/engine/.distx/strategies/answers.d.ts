/** Answering accusations. */
import type { StatePrivate } from '../state/types.js';
import type { DeepReadonly, View } from '../view/view.js';
/** Admits an accusation exactly when the state did run an operation against that target that year. */
export declare function answerHonestly(view: View, me: DeepReadonly<StatePrivate>): ('admit' | 'deny')[];
/** Denies everything. */
export declare function denyAll(me: DeepReadonly<StatePrivate>): 'deny'[];
