/** A difference between a corpus paragraph and the draft, as the diffs (diff.ts, guidedDiff.ts) report it. */
export interface Change {
  kind: 'added' | 'removed' | 'changed' | 'verb';
  /** Text in the corpus (removed/changed/verb). */
  from?: string;
  /** Text in the draft (added/changed/verb). */
  to?: string;
}
