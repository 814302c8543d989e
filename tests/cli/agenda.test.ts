import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { parseFrontmatter } from "../../src/cli/frontmatter";
import { agendaCommand, linkTextFor } from "../../src/cli/agenda";
import { findStakeholder } from "../../src/cli/person";
import type { CliIo, CommandInput } from "../../src/cli/command";
import { run } from "../../src/cli/main";
import { stakeholder } from "../core/agenda/fixtures";
import { cli, makeVault, parseJson, removeVaults } from "./helpers";

afterEach(removeVaults);

const VAULT = fileURLToPath(new URL("./agenda-vault", import.meta.url));

async function agenda(args: string[]): Promise<{ code: number; out: string; err: string }> {
	let out = "";
	let err = "";
	const io: CliIo = {
		stdout: (text) => (out += text),
		stderr: (text) => (err += text),
		cwd: VAULT,
		now: () => new Date(2026, 10, 23, 9, 30),
	};
	const code = await run(["agenda", ...args], io);
	return { code, out, err };
}

describe("managing-up agenda", () => {
	it("prints the note the plugin would create: with, date and the rendered agenda", async () => {
		const { code, out, err } = await agenda(["Jane Doe", VAULT, "--today", "2026-11-23"]);
		expect(err).toBe("");
		expect(code).toBe(0);
		expect(parseFrontmatter(out).data).toEqual({ with: "[[Jane Doe]]", date: "2026-11-23" });
		expect(out).toContain("## Skip-level with Jane Doe, November 23, 2026");
		expect(out).toContain("- [ ] Share the incident review (from [[2026-11-02 Jane Doe]]) 📅 2026-11-10");
		// A task carried over keeps its origin: carried again, still naming the note it was first written in.
		expect(out).toContain("- [ ] Review the on-call rota (from [[2026-10-19 Jane Doe]])");
		expect(out).toContain("> - Last contact: 2026-11-02, 21 days ago; overdue by 7 days");
		expect(out).toContain("- Revisit the promotion case: due 2026-12-01 ([[2026-11-02 Jane Doe]])");
		await expect(out).toMatchFileSnapshot("__snapshots__/agenda-jane.md");
	});

	it("carries the open items of the last 1:1, not of a later meeting of the team (jvallery/Notes' shape)", async () => {
		const vault = fileURLToPath(new URL("../fixtures/conventions/n-readme-folders", import.meta.url));
		const { code, out } = await agenda(["Dana Whitfield", vault, "--today", "2026-11-23"]);
		expect(code).toBe(0);
		expect(out).toContain("> - Open items: 2 from [[2026-11-16 - 1-1 with Dana Whitfield- roadmap, hiring plan and pricing memo]]");
		expect(out).toContain("- [ ] Send Dana the hiring plan for the cloud team. @Myself (from [[2026-11-16 - 1-1 with Dana Whitfield- roadmap, hiring plan and pricing memo]]) 📅 2026-11-20 #task");
		// The team meeting of 2026-11-19 is still her last contact, and Priya's task there is not Dana's.
		expect(out).toContain("> - Last contact: 2026-11-19, 4 days ago");
		expect(out).not.toContain("Confirm the beta customer list");
	});

	it("uses a template from the templates folder that names the relationship, with its properties", async () => {
		const { code, out } = await agenda(["maya okafor", ".", "--today", "2026-11-23"]);
		expect(code).toBe(0);
		expect(parseFrontmatter(out).data).toEqual({ with: "[[Maya Okafor]]", date: "2026-11-23", tags: ["one-on-one"] });
		expect(out).toContain("## Weekly sync with Maya Okafor (Mon 23 Nov)\n- {{unknown}} stays\n");
	});

	it.each([
		["career", "## Career conversation with Jane Doe"],
		["Manager 1:1", "## 1:1 with Jane Doe, Monday, November 23"],
		["weekly manager sync", "## Weekly sync with Jane Doe"],
	])("takes --template %s", async (name, heading) => {
		const { code, out } = await agenda(["Jane Doe", "--template", name, "--today", "2026-11-23"]);
		expect(code).toBe(0);
		expect(out).toContain(heading);
	});

	it.each([
		[["Nobody"], "no stakeholder named 'Nobody' (known: Jane Doe, Maya Okafor)"],
		[["Jane Doe", "--template", "nope"], "no template named 'nope' (known: Weekly manager sync, Manager 1:1, Skip-level 1:1, Peer and stakeholder check-in, Career conversation)"],
		[["Jane Doe", "--today", "2026-02-30"], "--today: '2026-02-30' is not a date; use YYYY-MM-DD"],
		[["Jane Doe", "missing-folder"], "vault folder not found: missing-folder"],
		[[], "missing PERSON"],
	])("explains %j in one line, exit code 2", async (args, message) => {
		const { code, out, err } = await agenda(args);
		expect(code).toBe(2);
		expect(out).toBe("");
		expect(err.split("\n")[0]).toContain(message);
	});

	it("is listed in --help", async () => {
		let out = "";
		await run(["--help"], { stdout: (t) => (out += t), stderr: () => undefined });
		expect(out).toContain("managing-up agenda PERSON [VAULT] [--today YYYY-MM-DD] [--template NAME]");
	});

	it("runs as a command object too", async () => {
		const input: CommandInput = { positionals: ["Jane Doe", VAULT], options: { today: "2026-11-23" } };
		let out = "";
		expect(await agendaCommand.run(input, { stdout: (t) => (out += t), stderr: () => undefined })).toBe(0);
		expect(out.startsWith("---\nwith: \"[[Jane Doe]]\"\ndate: 2026-11-23\n---\n> [!info] Prep brief\n")).toBe(true);
	});
});

describe("helpers", () => {
	it("link to a note by title unless another note has the same title", () => {
		const link = linkTextFor(["People/Jane.md", "Archive/Jane.md", "People/Sam.md"]);
		expect(link("People/Jane.md")).toBe("People/Jane");
		expect(link("People/Sam.md")).toBe("Sam");
	});

	it("refuse a name two people share", () => {
		const people = [
			stakeholder({ person: "Sam", title: "Sam A", path: "People/Sam A.md" }),
			stakeholder({ person: "Sam", title: "Sam B", path: "People/Sam B.md" }),
		];
		expect(() => findStakeholder(people, "sam")).toThrow("'sam' names 2 people (People/Sam A.md, People/Sam B.md); give the note's path instead");
		expect(findStakeholder(people, "People/Sam B").title).toBe("Sam B");
	});
});

describe("a person note whose name no wikilink can hold", () => {
	it("is named in with as plain text, which still counts the 1:1 for that person", async () => {
		const vault = makeVault({
			"People/Odd]]|Name#x.md": "---\ntype: person\nrole: VP\n---\n",
			"1-1s/2026-11-02 Odd]]|Name#x.md": "---\nwith: Odd]]|Name#x\ndate: 2026-11-02\n---\n- [ ] Send the numbers\n",
		});
		const { code, stdout, stderr } = await cli(["agenda", "Odd]]|Name#x", vault, "--today", "2026-11-23"]);
		expect(code).toBe(0);
		expect(stderr).toBe("warning: no [[link]] can name People/Odd]]|Name#x.md ([ ] | # ^ end or split one); with: names the person as plain text\n");
		expect(parseFrontmatter(stdout).data).toEqual({ with: "Odd]]|Name#x", date: "2026-11-23" });
		// The previous 1:1 note is linked in the text by its path, as Obsidian writes markdown links.
		expect(stdout).toContain("- [ ] Send the numbers (from [2026-11-02 Odd\\]\\]|Name#x](1-1s/2026-11-02%20Odd%5D%5D%7CName%23x.md))");

		// Saved as the plugin would save it, the new 1:1 note counts as a contact with that person.
		const saved = makeVault({
			"People/Odd]]|Name#x.md": "---\ntype: person\nrole: VP\n---\n",
			"1-1s/2026-11-23 Odd.md": stdout,
		});
		const report = parseJson((await cli(["report", saved, "--json", "--today", "2026-11-23"])).stdout);
		expect(report.problems).toEqual([]);
		expect(report.stakeholders).toEqual([expect.objectContaining({ person: "Odd]]|Name#x", lastContact: "2026-11-23" })]);
	});

	it("gets a wikilink when its name can be one", async () => {
		const vault = makeVault({ "People/Ann Lee.md": "---\ntype: person\n---\n" });
		const { stdout, stderr } = await cli(["agenda", "Ann Lee", vault, "--today", "2026-11-23"]);
		expect(stderr).toBe("");
		expect(parseFrontmatter(stdout).data).toEqual({ with: "[[Ann Lee]]", date: "2026-11-23" });
	});
});
