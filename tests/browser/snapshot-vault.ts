/** The commitments fixture vault (tests/fixtures/commitments) as path → text, for the mock app in the browser (Vite hands over the files' text). */
const FILES = import.meta.glob<string>("../fixtures/commitments/**/*.md", { query: "?raw", import: "default", eager: true });
const PREFIX = "../fixtures/commitments/";

export const VAULT_FILES: Record<string, string> = Object.fromEntries(Object.entries(FILES).map(([path, text]) => [path.slice(PREFIX.length), text]));
