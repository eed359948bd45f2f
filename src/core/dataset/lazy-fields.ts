/**
 * Fields whose value is computed on first read, then kept as a plain data property. Consumers read
 * `model.sources` as before; the details file is only read when one of them does.
 */
export function defineLazyFields<K extends string>(target: object, keys: readonly K[], valueOf: (key: K) => unknown): void {
  for (const key of keys) {
    const settle = (value: unknown) => {
      Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
      return value;
    };
    Object.defineProperty(target, key, {
      enumerable: true,
      configurable: true,
      get: () => settle(valueOf(key)),
      set: settle,
    });
  }
}

/** True while `key` is a lazy field not read yet: asking this reads nothing. */
export function isLazyFieldPending(target: object, key: string): boolean {
  return typeof Object.getOwnPropertyDescriptor(target, key)?.get === 'function';
}
