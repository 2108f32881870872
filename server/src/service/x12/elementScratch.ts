/** How many elements of one HI segment are read (half the capacity of {@link ElementScratch.hi}); the claim codes reader stops at the same place. */
export const MAX_HI_ELEMENTS_READ = 128;

/**
 * Where the readers of single segments write the element bounds `splitElements` finds, reused from
 * segment to segment so that reading a claim allocates no bounds. Each buffer is sized to the
 * elements its reader looks at, so splitting stops as soon as those are found.
 *
 * A parse makes one and hands it to the contexts of its interchanges; a context made later over the
 * same interchange (a claim's window, a moved context) shares it. The readers are synchronous and
 * none calls another that writes the same buffer, so sharing never mixes two segments' bounds.
 */
export class ElementScratch {
  /** CLM01–CLM05 (the claim head: claim id and facility code). */
  readonly claim = new Int32Array(10);
  /** SV101–SV102 or SV201–SV202 (the service line's procedure composite). */
  readonly serviceLine = new Int32Array(4);
  /** DTP01–DTP03 (qualifier, format and date). */
  readonly date = new Int32Array(6);
  /** SV101–SV107 (up to the diagnosis pointers). */
  readonly pointers = new Int32Array(14);
  /** HI01 onwards; an HI segment holds 12 composites, so the bound is ample. */
  readonly hi = new Int32Array(MAX_HI_ELEMENTS_READ * 2);
}
