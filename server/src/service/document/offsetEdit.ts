/** One text change by offset into the text before it: `length` characters at `offset` become `text`. */
export interface OffsetEdit {
  readonly offset: number;
  readonly length: number;
  readonly text: string;
}

/** One applied edit, as needed to move an offset of the earlier text into the later one. */
export interface EditStep {
  readonly start: number;
  /** End (exclusive) of the replaced range in the text before the edit. */
  readonly oldEnd: number;
  readonly delta: number;
}

/**
 * Moves an offset of an earlier text through the steps. Offsets inside a replaced range only occur in
 * changed claims, which are never moved; they are treated as lying before the edit.
 */
export function mapOffset(steps: readonly EditStep[], offset: number): number {
  let moved = offset;
  for (const step of steps) if (moved >= step.oldEnd) moved += step.delta;
  return moved;
}
