import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

/** The npm scripts a contributor runs locally must fail where CI fails. */
const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { scripts: Record<string, string> };

describe("npm scripts", () => {
	it("npm run lint fails on a warning, as CI does", () => {
		expect(pkg.scripts.lint).toMatch(/(^|\s)--max-warnings[ =]0(\s|$)/);
	});
});
