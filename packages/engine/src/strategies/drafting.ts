/** How a chair bot tables the draft: toward its own ideal where it has one, within the latitude. */
import type { Request } from '../flow/requests.js';
import type { DraftingSheet } from '../flow/sheets.js';
import type { View } from '../view/view.js';
import { stateFacts } from './estimates.js';

/** Moves every article toward the chair's ideal (plus `tilt` per article), clamped to the bounds. */
export function draftTowardIdeal(view: View, request: Request, tilt: (article: number) => number = () => 0): DraftingSheet {
  const slot = request.slots.text;
  const me = stateFacts(view);
  if (!slot) return { phase: 'drafting' };
  const text = view.public.text.map((x, a) => {
    const goal = (me ? me.ideal[a]! : x) + tilt(a);
    return Math.min(slot.max[a]!, Math.max(slot.min[a]!, goal));
  });
  return { phase: 'drafting', text };
}
