/** A `Storage` in memory for store tests; set `full` to make writes fail like a full quota. */
export function memoryStorage(initial: Record<string, string> = {}): Storage & { full: boolean } {
  const data = new Map(Object.entries(initial));
  return {
    full: false,
    get length() {
      return data.size;
    },
    clear: () => data.clear(),
    getItem: (k) => data.get(k) ?? null,
    key: (i) => [...data.keys()][i] ?? null,
    removeItem: (k) => void data.delete(k),
    setItem(k, v) {
      if (this.full) throw new DOMException('full', 'QuotaExceededError');
      data.set(k, v);
    },
  };
}
