/** heic-decode (libheif compiled to WebAssembly) ships no types: what evidence/heif.ts uses of it. */
declare module 'heic-decode' {
  interface DecodedHeic {
    width: number;
    height: number;
    data: Uint8ClampedArray;
  }
  function decode(input: { buffer: Buffer | Uint8Array | ArrayBuffer }): Promise<DecodedHeic>;
  export default decode;
}
