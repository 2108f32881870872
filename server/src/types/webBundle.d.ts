// Modules that only the web-worker bundle imports, declared for the type checker.

/** The bundled code index, embedded by esbuild's binary loader (scripts/build.mjs). */
declare module '*.bin' {
  const bytes: Uint8Array;
  export default bytes;
}

/** pako 1.x, the inflate half only: gunzip to a UTF-8 decoded string. */
declare module 'pako/lib/inflate' {
  export function ungzip(data: Uint8Array, options: { to: 'string' }): string;
}
