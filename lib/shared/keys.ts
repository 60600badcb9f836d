// A closed list of codes and their Chinese names, written once: the names' object is the source and
// the list (for zod enums and selects) is its keys, in the order written.
export const keysOf = <K extends string>(labels: Record<K, string>) => Object.keys(labels) as [K, ...K[]];
