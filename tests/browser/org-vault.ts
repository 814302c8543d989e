import { parse } from "yaml";

/**
 * The org fixture vault (tests/fixtures/org) for the browser, where there is no file system:
 * Vite hands over each note's text, and the yaml package reads its properties as the CLI does
 * (dates stay strings).
 */
const texts = import.meta.glob("../fixtures/org/**/*.md", { query: "?raw", import: "default", eager: true });

/** ORG_VAULT is the fixture's notes by vault-relative path. */
export const ORG_VAULT: Record<string, Record<string, unknown>> = Object.fromEntries(
	Object.entries(texts).map(([file, text]) => {
		const match = /^---\n([\s\S]*?)\n---/.exec(String(text));
		const data: unknown = match ? parse(match[1] ?? "") : {};
		return [file.replace("../fixtures/org/", ""), typeof data === "object" && data !== null ? (data as Record<string, unknown>) : {}];
	}),
);
