import type { ComparisonSelection } from '@banfa/api-contract';

/**
 * What the page compares: several jurisdictions (each one's version on the comparison date), or one jurisdiction's
 * published versions over time (历次版本).
 */
export type ComparisonMode = 'places' | 'history';

export interface PageSelection {
  mode: ComparisonMode;
  /** The jurisdictions compared side by side (mode `places`). */
  codes: ReadonlyArray<string>;
  /** The jurisdiction whose versions are compared (mode `history`). */
  historyCode: string | null;
}

/** The selection as the api takes it in a body; null when nothing is chosen yet. */
export function selectionBody(selection: PageSelection): Pick<ComparisonSelection, 'jurisdictions' | 'history'> | null {
  if (selection.mode === 'history') return selection.historyCode ? { history: selection.historyCode } : null;
  return selection.codes.length > 0 ? { jurisdictions: [...selection.codes] } : null;
}

/** The selection and the date as a query string of GET /api/comparisons/matrix(.xlsx); null when nothing is chosen. */
export function selectionQuery(selection: PageSelection, at: string): string | null {
  const body = selectionBody(selection);
  if (!body) return null;
  const which = body.history !== undefined ? `history=${encodeURIComponent(body.history)}` : `jurisdictions=${(body.jurisdictions ?? []).map(encodeURIComponent).join(',')}`;
  return `${which}&at=${at}`;
}
