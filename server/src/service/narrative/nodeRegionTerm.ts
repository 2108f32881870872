/** A lymph node region as clinicians write it, with its row under "lymph, lymphatic channel / gland" (nodeLexicon.ts). */
export interface NodeRegionTerm {
  readonly words: string;
  /** The child of `lymph, lymphatic channel / gland`. */
  readonly region: string;
  /**
   * An organ's adjective ("hepatic", "pancreatic", "pulmonary"): a region only right before its node word, never as one of a
   * list of regions sharing a node word ("hepatic and nodal metastases" are the liver's and the nodes').
   */
  readonly beforeNodeWordOnly?: boolean;
}
