import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { CliIo } from "../../src/cli/command";
import { run } from "../../src/cli/main";

/** The repository root: VAULT arguments in these tests are relative to it. */
export const repoRoot = fileURLToPath(new URL("../..", import.meta.url));

/** fixture is the path of a fixture vault, relative to the repository root. */
export function fixture(name: string): string {
	return `tests/fixtures/${name}`;
}

/** What one run of the CLI printed and returned. */
export interface CliResult {
	code: number;
	stdout: string;
	stderr: string;
}

/** cli runs the command line in-process, with a fixed clock (2026-11-23, local) and no terminal. */
export async function cli(args: readonly string[], io: Partial<CliIo> = {}): Promise<CliResult> {
	let stdout = "";
	let stderr = "";
	const code = await run(args, {
		stdout: (text) => {
			stdout += text;
		},
		stderr: (text) => {
			stderr += text;
		},
		cwd: repoRoot,
		now: () => new Date(2026, 10, 23, 12, 0),
		isTTY: false,
		env: {},
		...io,
	});
	return { code, stdout, stderr };
}

/** parseJson reads the CLI's JSON output. */
export function parseJson(text: string): Record<string, unknown> {
	return JSON.parse(text) as Record<string, unknown>;
}

const madeVaults: string[] = [];

/** makeVault writes a vault into a new temporary folder: vault-relative path → text or bytes. Remove them with removeVaults. */
export function makeVault(files: Readonly<Record<string, string | Uint8Array>>): string {
	const root = mkdtempSync(join(tmpdir(), "managing-up-"));
	madeVaults.push(root);
	for (const [path, content] of Object.entries(files)) {
		mkdirSync(dirname(join(root, path)), { recursive: true });
		writeFileSync(join(root, path), content);
	}
	return root;
}

/** makeCacheHome makes an empty cache folder for a run's XDG_CACHE_HOME; removeVaults removes it too. */
export function makeCacheHome(): string {
	const home = mkdtempSync(join(tmpdir(), "managing-up-cache-"));
	madeVaults.push(home);
	return home;
}

/** A time well in the past, so that a note is not "just written" (the cache keeps none of those). */
export const PAST = new Date("2026-01-01T00:00:00Z");

/** removeVaults deletes every vault makeVault wrote and every cache folder makeCacheHome made (call it in afterEach). */
export function removeVaults(): void {
	for (const root of madeVaults.splice(0)) rmSync(root, { recursive: true, force: true });
}
