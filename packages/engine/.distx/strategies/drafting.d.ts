/** How a chair bot tables the draft: toward its own ideal where it has one, within the latitude. */
import type { Request } from '../flow/requests.js';
import type { DraftingSheet } from '../flow/sheets.js';
import type { View } from '../view/view.js';
/** Moves every article toward the chair's ideal (plus `tilt` per article), clamped to the bounds. */
export declare function draftTowardIdeal(view: View, request: Request, tilt?: (article: number) => number): DraftingSheet;
