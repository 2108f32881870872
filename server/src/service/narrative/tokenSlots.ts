/**
 * An array with one slot per token of a read (the sites starting or ending at each token), which the next
 * read on the same context empties and fills again. A 100 kB note is about 20,000 tokens: an array that
 * long is more than V8 places in its regular pages, so a new one per read was a large-object allocation
 * (fresh pages to map and clear) every time. The same rule as the token buffer's holds: an array handed
 * out is valid until the next read asks for it again. The service creates these with the reader context;
 * the array kept is as long as the last read's (an array longer than `BOUND` is not kept), so memory
 * stays flat whatever the size of a note.
 */
export class TokenSlots<T> {
  private static readonly BOUND = 1 << 18;
  private slots: (T | undefined)[] = [];

  /** An array of `length` empty slots (undefined, not holes: a sparse array falls back to slow dictionary elements). */
  empty(length: number): (T | undefined)[] {
    const slots = length > TokenSlots.BOUND ? [] : this.slots;
    if (slots.length > length) slots.length = length;
    slots.fill(undefined);
    while (slots.length < length) slots.push(undefined);
    return slots;
  }
}
