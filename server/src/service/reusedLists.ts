/**
 * Empties a list that is kept and refilled, claim after claim, by removing its entries one at a time.
 * Assigning `length = 0` goes through the array's length accessor, a call out of optimized code that
 * costs several times more than the few inlined `pop`s a list of a claim's diagnoses, procedures,
 * problems or reacting rules needs. Each entry is popped once after being pushed once, so the work stays
 * proportional to what the list was given.
 */
export function emptyList(list: unknown[]): void {
  while (list.length > 0) list.pop();
}
