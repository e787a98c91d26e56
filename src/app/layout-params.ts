import { parseSiteKey } from '@/contract/site-key';
import { lastOfRepeats, queryValues, type ParamProblem } from '@/lib/search/search-params';

/**
 * Explorer layout parameters beside the filters: which panels show (`view=split|list|map`,
 * default split) and the site selected on the map or in the list (`sel={siteKey}`). Both are
 * shareable, so they live in the URL; a bad value falls back to the default and is reported.
 */
export const VIEWS = ['split', 'list', 'map'] as const;
export type ExplorerView = (typeof VIEWS)[number];
export const DEFAULT_VIEW: ExplorerView = 'split';
export const LAYOUT_PARAM_NAMES = ['view', 'sel'] as const;

export interface LayoutParams {
  view?: Exclude<ExplorerView, 'split'>;
  sel?: string;
}

/** A site key `{collectionId}/{featureId}` (contract/site-key.ts), of sensible length, no control characters. */
const isSiteKey = (v: string) =>
  v.length <= 300 && ![...v].some((c) => c.charCodeAt(0) < 0x20) && parseSiteKey(v) !== null;

export function decodeLayoutParams(raw: Record<string, unknown>): {
  layout: LayoutParams;
  problems: ParamProblem[];
} {
  const layout: LayoutParams = {};
  const problems: ParamProblem[] = [];
  const read = (param: string): string | undefined => {
    const values = queryValues(raw[param]);
    if (values.length === 0) return undefined;
    const { value, problem } = lastOfRepeats(param, values);
    if (problem) problems.push(problem);
    return value;
  };
  const view = read('view');
  if (view !== undefined) {
    if (view === 'list' || view === 'map') layout.view = view;
    else if (view !== DEFAULT_VIEW)
      problems.push({ param: 'view', value: view.slice(0, 80), reason: 'invalid' });
  }
  const sel = read('sel');
  if (sel !== undefined) {
    if (isSiteKey(sel)) layout.sel = sel;
    else problems.push({ param: 'sel', value: sel.slice(0, 80), reason: 'invalid' });
  }
  return { layout, problems };
}
