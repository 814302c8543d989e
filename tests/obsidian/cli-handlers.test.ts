import { basename, join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import manifest from "../../manifest.json";
import ManagingUpPlugin from "../../src/main";
import { NOT_READY, cliAnswers } from "../../src/obsidian/cli-handlers";
import type { StakeholderIndex } from "../../src/obsidian/index";
import { App, notices, setApiVersion } from "../mock/obsidian";
import { cli, makeVault, parseJson, removeVaults, repoRoot } from "../cli/helpers";
import { makeApp, obsidianApp, TODAY, vaultFiles } from "./helpers";
import { SLOW_TIMEOUT, WAIT_TIMEOUT } from "../slow";

afterEach(() => {
	setApiVersion("1.13.1");
	notices.length = 0;
	removeVaults();
});

/** The example vault as the mock app takes it. */
function exampleVault(): Record<string, string> {
	return vaultFiles(join(repoRoot, "example-vault"));
}

/** The plugin loaded on the app, its index built. */
async function loadPlugin(app: App): Promise<ManagingUpPlugin> {
	const plugin = new ManagingUpPlugin(obsidianApp(app), manifest);
	plugin.load();
	await (plugin as unknown as { loading: Promise<void> }).loading;
	app.workspace.triggerLayoutReady();
	const index = (plugin as unknown as { index: StakeholderIndex }).index;
	await vi.waitFor(() => expect(index.isBuilt).toBe(true), { timeout: WAIT_TIMEOUT });
	return plugin;
}

/** What Obsidian's command line would print for `obsidian COMMAND key=value flag`. */
async function ask(app: App, command: string, params: Record<string, string> = {}): Promise<string> {
	const registered = app.cliHandlers.get(command);
	if (!registered) throw new Error(`${command} is not registered`);
	return registered.handler(params);
}

describe("Obsidian's command line", () => {
	it.each(["1.7.2", "1.12.0", "1.12.1"])("on an app reporting %s: no handler is registered, the plugin loads and shows no error", async (version) => {
		setApiVersion(version);
		const app = await makeApp({}, { layoutReady: false });
		const plugin = await loadPlugin(app);
		expect(app.cliHandlers.size).toBe(0);
		expect(notices).toEqual([]);
		expect(Object.keys(app.commands.commands)).toContain("managing-up:open-dashboard");
		plugin.unload();
	});

	it.each(["1.12.2", "1.13.1"])("on an app reporting %s: managing-up:report and managing-up:check, with the Node CLI's flags", async (version) => {
		setApiVersion(version);
		const app = await makeApp({}, { layoutReady: false });
		const plugin = await loadPlugin(app);
		expect([...app.cliHandlers.keys()]).toEqual(["managing-up:report", "managing-up:check"]);
		for (const { description } of app.cliHandlers.values()) expect(description).toMatch(/^[A-Z][^A-Z]*$/);
		const flags = (command: string) => app.cliHandlers.get(command)?.flags ?? {};
		// report [--today YYYY-MM-DD] [--json], check [--json]; a boolean flag has no value placeholder.
		expect(Object.keys(flags("managing-up:report"))).toEqual(["today", "json"]);
		expect(flags("managing-up:report").today?.value).toBe("<YYYY-MM-DD>");
		expect(flags("managing-up:report").json?.value).toBeUndefined();
		expect(Object.keys(flags("managing-up:check"))).toEqual(["json"]);
		plugin.unload();
		expect(app.cliHandlers.size).toBe(0);
	});

	// Each reads the example vault twice, through the plugin and the Node CLI: under a second on an idle machine.
	describe("on the example vault, as the Node CLI answers", { timeout: SLOW_TIMEOUT }, () => {
		/** An app over these notes (the example vault unless told), named as the CLI names the vault, its plugin loaded. */
		async function appOver(files: Record<string, string>, name: string): Promise<App> {
			const app = await makeApp(files, { layoutReady: false });
			app.vault.name = name;
			await loadPlugin(app);
			return app;
		}

		/**
		 * The one thing the two cannot share: Obsidian's cache drops properties that do not parse
		 * without saying why, so the plugin's message for such a note cannot quote the YAML error
		 * the Node CLI quotes. Everything else, key order and number formatting included, is the same.
		 */
		function withoutYamlReason(text: string): string {
			return text.replace(/"The properties at the top of this note are not valid YAML[^"]*"/g, '"(properties that do not parse)"');
		}

		it("report json is the Node CLI's report --json, byte for byte", async () => {
			const app = await appOver(exampleVault(), "example-vault");
			const { stdout } = await cli(["report", "example-vault", "--today", TODAY, "--json"]);
			const answer = await ask(app, "managing-up:report", { today: TODAY, json: "true" });
			expect(Object.keys(parseJson(answer))).toEqual(["today", "stakeholders", "followUps", "problems", "withoutNote", "commitments"]);
			expect(parseJson(answer).stakeholders).not.toEqual([]);
			expect(withoutYamlReason(answer)).toBe(withoutYamlReason(stdout));
		});

		it("check json is the Node CLI's check --json: { problems }", async () => {
			const app = await appOver(exampleVault(), "example-vault");
			const { stdout } = await cli(["check", "example-vault", "--json"]);
			const answer = await ask(app, "managing-up:check", { json: "true" });
			expect(Object.keys(parseJson(answer))).toEqual(["problems"]);
			expect(parseJson(answer).problems).not.toEqual([]);
			expect(withoutYamlReason(answer)).toBe(withoutYamlReason(stdout));
		});

		it("without json, the Node CLI's text (no colours, nothing cut)", async () => {
			// The example vault less its note whose properties do not parse (whose message differs, above).
			const { stdout } = await cli(["check", "example-vault", "--json"]);
			const broken = new Set(
				(parseJson(stdout).problems as { path: string; key: string | null; message: string }[])
					.filter((p) => p.key === null && p.message.includes("not valid YAML"))
					.map((p) => p.path),
			);
			expect(broken.size).toBeGreaterThan(0);
			const files = Object.fromEntries(Object.entries(exampleVault()).filter(([path]) => !broken.has(path)));
			const root = makeVault(files);
			const app = await appOver(files, basename(root));
			expect(await ask(app, "managing-up:report", { today: TODAY })).toBe((await cli(["report", root, "--today", TODAY])).stdout);
			expect(await ask(app, "managing-up:check")).toBe((await cli(["check", root])).stdout);
		});

		it("without today, reports on the machine's local date", async () => {
			vi.useFakeTimers({ toFake: ["Date"] });
			vi.setSystemTime(new Date(2026, 10, 23, 23, 30));
			try {
				const app = await appOver(exampleVault(), "example-vault");
				expect(parseJson(await ask(app, "managing-up:report", { json: "true" })).today).toBe("2026-11-23");
			} finally {
				vi.useRealTimers();
			}
		});
	});

	it.each(["2026-13-45", "tomorrow", "true-ish", ""])("a today that is no date (%j) is one line that says so", async (today) => {
		const app = await makeApp({}, { layoutReady: false });
		await loadPlugin(app);
		expect(await ask(app, "managing-up:report", { today, json: "true" })).toMatch(/^managing-up:report: today: '.*' is not a date; use YYYY-MM-DD\n$/);
	});

	it("before the index is built, says it is still reading the notes", () => {
		const answers = cliAnswers({
			index: { isBuilt: false, report: () => { throw new Error("not built"); }, readings: () => [].values() },
			dueSoonDays: () => 7,
			vaultName: () => "vault",
		});
		expect(answers.report({ json: "true" })).toBe(NOT_READY);
		expect(answers.check({})).toBe(NOT_READY);
	});
});
