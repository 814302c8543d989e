import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { repoRoot } from "../cli/helpers";
import { SLOW_TIMEOUT } from "../slow";

/**
 * The release path, as Obsidian's sample plugin has it: `npm version` bumps manifest.json and
 * versions.json (version-bump.mjs) and tags without a `v`; a tag builds and uploads the release;
 * the community directory rebuilds main.js and compares it with the release's, byte for byte.
 */

const made: string[] = [];

afterEach(() => {
	for (const folder of made.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function tempFolder(): string {
	const folder = mkdtempSync(join(tmpdir(), "managing-up-release-"));
	made.push(folder);
	return folder;
}

function run(command: string, args: readonly string[], cwd: string): string {
	return execFileSync(command, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, npm_config_loglevel: "error" } });
}

/** The files `npm version` reads or writes: as they are on disk here, committed or not. */
const RELEASE_FILES = ["package.json", "package-lock.json", "manifest.json", "versions.json", ".npmrc", "version-bump.mjs"];

/**
 * releaseClone clones the repository into a temporary folder with its own git identity, and
 * commits there the release files as they are in this working tree, so the test checks what is
 * on disk, not only what was last committed.
 */
function releaseClone(): string {
	const clone = join(tempFolder(), "clone");
	run("git", ["clone", "--quiet", "--local", "--no-hardlinks", repoRoot, clone], repoRoot);
	run("git", ["config", "user.name", "Release test"], clone);
	run("git", ["config", "user.email", "release-test@example.invalid"], clone);
	run("git", ["config", "commit.gpgsign", "false"], clone);
	run("git", ["config", "tag.gpgsign", "false"], clone);
	for (const file of RELEASE_FILES) copyFileSync(join(repoRoot, file), join(clone, file));
	run("git", ["add", "--", ...RELEASE_FILES], clone);
	if (run("git", ["status", "--porcelain"], clone) !== "") run("git", ["commit", "--quiet", "-m", "Release files as in the working tree"], clone);
	return clone;
}

function readJson(folder: string, file: string): Record<string, unknown> {
	return JSON.parse(readFileSync(join(folder, file), "utf8")) as Record<string, unknown>;
}

/** npmVersion runs `npm version KIND` and gives the version it printed last (after the version script's banner). */
function npmVersion(kind: string, clone: string): string {
	return run("npm", ["version", kind], clone).trim().split("\n").at(-1) ?? "";
}

/** The next patch version of x.y.z. */
function nextPatch(version: string): string {
	const [major, minor, patch] = version.split(".").map(Number);
	return `${major}.${minor}.${(patch ?? 0) + 1}`;
}

describe("npm version", { timeout: SLOW_TIMEOUT }, () => {
	it("patch bumps package.json and manifest.json, adds the version's minAppVersion to versions.json, commits both and tags without a v", () => {
		const clone = releaseClone();
		const before = { manifest: readJson(clone, "manifest.json"), versions: readJson(clone, "versions.json") };
		const version = nextPatch(String(before.manifest.version));
		expect(npmVersion("patch", clone)).toBe(version);

		const manifest = readJson(clone, "manifest.json");
		expect(manifest).toEqual({ ...before.manifest, version });
		expect(readJson(clone, "package.json").version).toBe(version);
		expect(readJson(clone, "versions.json")).toEqual({ ...before.versions, [version]: before.manifest.minAppVersion });
		// The file keeps its layout: the only changed line is the version's.
		const diff = run("git", ["diff", "--unified=0", "HEAD~1", "HEAD", "--", "manifest.json"], clone);
		expect(diff.split("\n").filter((line) => /^[-+][^-+]/.test(line))).toEqual([
			`-  "version": "${String(before.manifest.version)}",`,
			`+  "version": "${version}",`,
		]);
		// npm committed manifest.json and versions.json with package.json, and left nothing behind.
		expect(run("git", ["show", "--name-only", "--format=%s", "HEAD"], clone).split("\n").filter((line) => line !== "")).toEqual([
			version,
			"manifest.json",
			"package-lock.json",
			"package.json",
			"versions.json",
		]);
		expect(run("git", ["status", "--porcelain"], clone)).toBe("");
		expect(run("git", ["tag", "--points-at", "HEAD"], clone).trim()).toBe(version);
	});

	it("records a raised minAppVersion for the new version only", () => {
		const clone = releaseClone();
		const before = readJson(clone, "versions.json");
		const manifest = readJson(clone, "manifest.json");
		writeFileSync(join(clone, "manifest.json"), `${JSON.stringify({ ...manifest, minAppVersion: "1.12.2" }, null, 2)}\n`);
		run("git", ["commit", "--quiet", "-am", "Needs Obsidian 1.12.2"], clone);
		const version = npmVersion("minor", clone);
		expect(version).toMatch(/^\d+\.\d+\.0$/);
		expect(readJson(clone, "versions.json")).toEqual({ ...before, [version]: "1.12.2" });
		expect(readJson(clone, "manifest.json").minAppVersion).toBe("1.12.2");
	});
});

describe("the release build", { timeout: SLOW_TIMEOUT }, () => {
	/** buildIn builds the plugin as `npm run build` does, in a fresh copy of the sources at another path. */
	function buildIn(folder: string): Buffer {
		const sources = run("git", ["ls-files", "--cached", "--others", "--exclude-standard", "--", "src", "esbuild.config.mjs", "package.json", "tsconfig.json", "manifest.json"], repoRoot);
		for (const file of sources.split("\n").filter((line) => line !== "")) {
			mkdirSync(dirname(join(folder, file)), { recursive: true });
			copyFileSync(join(repoRoot, file), join(folder, file));
		}
		symlinkSync(join(repoRoot, "node_modules"), join(folder, "node_modules"));
		run(process.execPath, ["esbuild.config.mjs", "production"], folder);
		return readFileSync(join(folder, "main.js"));
	}

	it("is reproducible: main.js built twice, in two folders, is the same bytes", () => {
		const first = buildIn(tempFolder());
		const second = buildIn(tempFolder());
		expect(first.length).toBeGreaterThan(0);
		expect(first.equals(second)).toBe(true);
		// Nothing of the machine it was built on: no absolute path, no source map, no build time.
		const text = first.toString("utf8");
		expect(text).not.toContain(tmpdir());
		expect(text).not.toContain("sourceMappingURL");
	});
});

describe("the release workflow", () => {
	const workflow = parse(readFileSync(join(repoRoot, ".github/workflows/release.yml"), "utf8")) as {
		on: { push: { tags: string[] } };
		jobs: Record<string, { needs?: string; permissions?: Record<string, string>; steps: { uses?: string; run?: string; with?: Record<string, string> }[] }>;
	};
	const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);

	it("runs on a pushed tag and checks the tag is manifest.json's version, without a v", () => {
		expect(workflow.on.push.tags).toEqual(["*"]);
		expect(steps.some((step) => step.run?.includes("manifest.json") && step.run.includes("GITHUB_REF_NAME"))).toBe(true);
	});

	it("runs every test before it releases, then builds, attests and uploads main.js, manifest.json and styles.css to a draft", () => {
		const release = workflow.jobs.release;
		expect(release?.needs).toBe("test");
		expect(workflow.jobs.test?.steps.some((step) => step.run?.includes(".ci/run"))).toBe(true);
		const runs = (release?.steps ?? []).map((step) => step.run ?? step.uses ?? "");
		const at = (text: string): number => runs.findIndex((r) => r.includes(text));
		expect(at("npm ci")).toBeGreaterThanOrEqual(0);
		expect(at("npm run build")).toBeGreaterThan(at("npm ci"));
		expect(at("actions/attest-build-provenance")).toBeGreaterThan(at("npm run build"));
		expect(at("gh release create")).toBeGreaterThan(at("actions/attest-build-provenance"));
		const attest = release?.steps.find((step) => step.uses?.startsWith("actions/attest-build-provenance"));
		expect(attest?.with?.["subject-path"]?.trim().split("\n")).toEqual(["main.js", "manifest.json", "styles.css"]);
		const create = runs[at("gh release create")] ?? "";
		expect(create).toMatch(/--draft/);
		expect(create).toMatch(/main\.js manifest\.json styles\.css/);
		expect(release?.permissions).toEqual({ contents: "write", "id-token": "write", attestations: "write" });
	});
});
