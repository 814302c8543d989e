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
