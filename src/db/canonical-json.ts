/**
 * JSON with object keys sorted at every level, and no undefined members: equal values give equal
 * text. A function (a model's computed property) is written as its source, so changing it changes the text.
 */
export function canonicalJson(value: unknown): string {
  if (typeof value === 'function') return JSON.stringify(value.toString());
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, item]) => item !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
