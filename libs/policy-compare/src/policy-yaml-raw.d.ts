/** Policy files imported as text by specs (Vite's `?raw`), so that the domain lib itself reads no files. */
declare module '*.policy.yaml?raw' {
  const text: string;
  export default text;
}
