import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

/**
 * No module in src/ imports itself back through others, type imports included: a cycle of
 * types (render.ts and the parts it draws, once) makes files that cannot be read one at a time.
 * The graph is read with the TypeScript compiler's own parser; ESLint's import-x/no-cycle
 * skips `import type`, which is where such cycles start.
 */

const ROOT = resolve(import.meta.dirname, "../..");
const SRC = join(ROOT, "src");

function sourceFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return sourceFiles(path);
		return entry.name.endsWith(".ts") ? [path] : [];
	});
}

/** importsOf lists the src/ files a file imports or re-exports from (static, type-only and dynamic). */
function importsOf(file: string, known: ReadonlySet<string>): string[] {
	const { importedFiles } = ts.preProcessFile(readFileSync(file, "utf8"), true, true);
	return importedFiles
		.map((ref) => ref.fileName)
		.filter((name) => name.startsWith("."))
		.map((name) => {
			const base = resolve(dirname(file), name);
			return [base, `${base}.ts`, join(base, "index.ts")].find((candidate) => known.has(candidate));
		})
		.filter((target): target is string => target !== undefined);
}

/** importGraph maps each file of a folder to the files of that folder it imports. */
function importGraph(dir: string): Map<string, string[]> {
	const files = sourceFiles(dir);
	const known = new Set(files);
	return new Map(files.map((file) => [file, importsOf(file, known)]));
}

/** findCycles returns each import cycle once, as the list of files around it. */
function findCycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
	const cycles: string[][] = [];
	const state = new Map<string, "open" | "done">();
	const stack: string[] = [];
	const visit = (file: string): void => {
		state.set(file, "open");
		stack.push(file);
		for (const next of graph.get(file) ?? []) {
			if (state.get(next) === "open") cycles.push([...stack.slice(stack.indexOf(next)), next]);
			else if (!state.has(next)) visit(next);
		}
		stack.pop();
		state.set(file, "done");
	};
	for (const file of graph.keys()) if (!state.has(file)) visit(file);
	return cycles;
}

describe("import cycles", () => {
	it("src/ has none, type imports included", () => {
		const cycles = findCycles(importGraph(SRC)).map((cycle) => cycle.map((file) => relative(ROOT, file)).join(" → "));
		expect(cycles).toEqual([]);
	});

	it("a cycle is found, through a type import too", () => {
		const graph = new Map([
			["render", ["dom"]],
			["dom", ["render"]],
			["view", ["render"]],
		]);
		expect(findCycles(graph)).toEqual([["render", "dom", "render"]]);
	});
});
