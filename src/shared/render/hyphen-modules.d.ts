// `hyphen` has no exports map, so Node's ESM loader needs the file path; these are its types there.
declare module 'hyphen/*/index.js' {
  export function hyphenateSync(text: string, options?: { hyphenChar?: string; minWordLength?: number }): string
}
