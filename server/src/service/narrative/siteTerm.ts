/** One entry of the reviewed site vocabulary (`siteLexicon.ts`) and the sides a site can carry. */
export type Laterality = 'right' | 'left' | 'bilateral';

export interface SiteTerm {
  /** The words as written, lower case, tokens separated by single spaces ("rul", "upper outer quadrant"). */
  readonly words: string;
  readonly path: readonly string[];
  /** Laterality the words carry themselves ("RUL" is right). */
  readonly laterality?: Laterality;
  /** Words after which the term names another organ's part ("hilar stricture" is the liver's hilum, not the lung's). */
  readonly notBefore?: readonly string[];
  /**
   * The only words after which the abbreviation is this site, unless a side stands before it ("RP mass" and "of L RP" are the
   * retroperitoneum; "s/p RP" is a prostatectomy, which has no side).
   */
  readonly onlyBefore?: readonly string[];
}
