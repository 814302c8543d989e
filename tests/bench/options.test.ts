import { describe, expect, it } from "vitest";
import { benchOptions, PARTS } from "../../bench/options";

describe("npm run bench's arguments", () => {
	it("defaults to the full run, which replaces the committed results", () => {
		const args = benchOptions([]);
		expect(args).toMatchObject({ options: { sizes: [1000, 10000, 50000], runs: { warmup: 2, runs: 7 }, seed: 1, full: true, out: "bench/results/latest" } });
		expect("options" in args && [...args.options.parts]).toEqual([...PARTS]);
	});

	it("writes a partial run beside the committed results", () => {
		const args = benchOptions(["--sizes", "1000", "--only", "cli,startup", "--runs", "3"]);
		expect(args).toMatchObject({ options: { sizes: [1000], runs: { warmup: 2, runs: 3 }, full: false, out: "bench/results/partial" } });
		expect("options" in args && [...args.options.parts]).toEqual(["cli", "startup"]);
	});

	it.each([["--help"], ["-h"]])("%s asks for the usage", (flag) => {
		expect(benchOptions([flag])).toEqual({ help: true });
	});

	it.each([
		[["--sizes", "1000,ten"], "--sizes: '1000,ten' is not a list of note counts, each a multiple of 5"],
		[["--sizes", "1001"], "--sizes: '1001' is not a list of note counts, each a multiple of 5"],
		[["--runs", "0"], "--runs: '0' is not a whole number of 1 or more"],
		[["--warmup=-1"], "--warmup: '-1' is not a whole number"],
		[["--only", "cli,speed"], "--only: 'speed' is not a part; the parts are core, index, cli, memory, bundle, plugin, dashboard, startup"],
		[["--fast"], "Unknown option '--fast'"],
	])("%j: the mistake in one line, not a stack trace", (args, mistake) => {
		expect(benchOptions(args)).toEqual({ mistake });
	});
});
