// esbuild bundles .css files imported by the content script as text (for the card's shadow root).
declare module '*.css' {
  const text: string;
  export default text;
}
