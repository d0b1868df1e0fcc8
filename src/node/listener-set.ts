/** The listeners of one kind of event: `on` adds one and returns the function that removes it. */
export function listenerSet<T>(): { on(listener: (value: T) => void): () => void; emit(value: T): void; clear(): void } {
  const listeners = new Set<(value: T) => void>();
  return {
    on(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    emit: (value) => listeners.forEach((listener) => listener(value)),
    clear: () => listeners.clear(),
  };
}
