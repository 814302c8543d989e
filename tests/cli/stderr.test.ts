import { afterEach, describe, expect, it } from "vitest";
import { shown, stderrText } from "../../src/cli/terminal";
import { cli, makeVault, removeVaults } from "./helpers";

afterEach(removeVaults);

const ESC = "\u001b";
const LONG = "x".repeat(10_000);

/** expectOneSafeLine checks that stderr is one line: no control character but its final newline, and not a screenful. */
function expectOneSafeLine(stderr: string, maxLength = 800): void {
	expect(stderr.endsWith("\n")).toBe(true);
	const line = stderr.slice(0, -1);
	// eslint-disable-next-line no-control-regex -- looking for control characters is the point
	expect(line).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202e]/);
	expect(Array.from(line).length).toBeLessThanOrEqual(maxLength);
}

describe("stderr", () => {
	it("lists odd names on one terminal-safe line when no stakeholder matches", async () => {
		const vault = makeVault({
			"People/Evil.md": `---\nperson: "${ESC}[2JEvil\\nName\\u202e"\n---\n`,
			"People/Long.md": `---\nperson: ${LONG}\n---\n`,
		});
		const { code, stdout, stderr } = await cli(["agenda", "nobody", vault]);
		expect(code).toBe(2);
		expect(stdout).toBe("");
		expectOneSafeLine(stderr);
		expect(stderr).toContain("no stakeholder named 'nobody' (known: \uFFFD[2JEvil\uFFFDName\uFFFD, xxxx");
		expect(stderr).toContain("x…");
	});

	it.each([
		["a PERSON", ["agenda", `${ESC}[2J\nJane${LONG}`, "tests/cli/agenda-vault"]],
		["a VAULT", ["report", `no\n${ESC}]0;title\u0007${LONG}`]],
		["a --today", ["report", "--today", `${ESC}[2J\n${LONG}`]],
		["an unknown command", [`${ESC}[2J\n${LONG}`]],
		["an unknown option", ["report", `--${ESC}[2J\n${LONG}`]],
		["an extra argument", ["report", ".", `${ESC}[2J\n${LONG}`]],
		["a --template", ["agenda", "Jane Doe", "tests/cli/agenda-vault", "--template", `${ESC}[2J\n${LONG}`]],
	])("quotes %s on one safe line, cut short", async (_name, args) => {
		const { code, stderr } = await cli(args);
		expect(code).toBe(2);
		// One line of message; only the usage may follow it.
		const [message, ...usage] = stderr.trimEnd().split("\n");
		expectOneSafeLine(`${message ?? ""}\n`);
		for (const line of usage) expect(line).toMatch(/^(usage: | {7})managing-up /);
		expect(stderr).toContain("…");
		expect(stderr).not.toContain(ESC);
	});

	it("shown cuts long text and keeps it on one line", () => {
		expect(shown(`a\nb${ESC}`)).toBe("a\uFFFDb\uFFFD");
		expect(shown("y".repeat(500))).toBe(`${"y".repeat(199)}…`);
		expect(stderrText(`one${ESC}\ntwo\n`)).toBe("one\uFFFD\ntwo\n");
	});
});
