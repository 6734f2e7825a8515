/** A text file bundled into the browser test's page as a string (esbuild's text loader). */
declare module "*.txt" {
  const text: string;
  export default text;
}
