import { defineConfig } from "vitest/config";
import { playwright } from "@vitest/browser-playwright";
import { fileURLToPath } from "node:url";
import { propertySeed } from "./tests/property.ts";

const obsidianMock = fileURLToPath(new URL("./tests/mock/obsidian.ts", import.meta.url));

/** Core tests run once per time zone: the results must be identical in each. */
const timeZones = ["UTC", "America/Los_Angeles", "Pacific/Kiritimati"];

const browser = {
	enabled: true,
	headless: true,
	provider: playwright({
		launchOptions: {
			executablePath: "/usr/bin/chromium",
			args: [
				"--no-sandbox",
				"--disable-gpu",
				"--disable-quic",
				"--no-first-run",
				"--disable-background-networking",
				"--disable-component-update",
				"--disable-sync",
			],
		},
	}),
	viewport: { width: 800, height: 600 },
	instances: [{ browser: "chromium" as const }],
};

/** fast-check's seed: FC_SEED to replay a failure, a fixed one in CI, else a new one each run. */
const fcSeed = propertySeed(process.env);

/** Every project's setup: fast-check's seed (tests/property-setup.ts). */
const propertySetup = "tests/property-setup.ts";

/** `npm run screenshots` (SCREENSHOTS=1) rewrites the README's PNGs; `npm test` leaves them alone. */
const screenshots = process.env.SCREENSHOTS === "1";

export default defineConfig({
	resolve: { alias: { obsidian: obsidianMock } },
	// The mock parses frontmatter with gray-matter and yaml: pre-bundle them, or Vite discovers
	// them mid-run and reloads the browser test page.
	optimizeDeps: { include: ["gray-matter", "yaml"] },
	test: {
		provide: { fcSeed },
		// A floor under every test on a loaded 2-core CI machine (vitest's default is 5 s); tests
		// that do real work say their own budget (tests/slow.ts, tests/property.ts).
		testTimeout: 30_000,
		projects: [
			...timeZones.map((tz) => ({
				extends: true as const,
				test: {
					name: `core (${tz})`,
					include: ["tests/core/**/*.test.ts"],
					// test.env.TZ reaches the workers only with the forks pool.
					pool: "forks" as const,
					env: { TZ: tz },
					setupFiles: [propertySetup],
				},
			})),
			{
				extends: true,
				test: {
					name: "node",
					include: ["tests/{cli,obsidian,project,hostile,bench}/**/*.test.ts"],
					pool: "forks",
					setupFiles: [propertySetup],
				},
			},
			{
				extends: true,
				test: {
					name: "browser",
					include: ["tests/browser/**/*.test.ts"],
					exclude: ["tests/browser/screenshots.test.ts"],
					setupFiles: ["tests/browser/setup.ts", propertySetup],
					browser,
				},
			},
			...(screenshots
				? [
						{
							extends: true as const,
							test: {
								name: "screenshots",
								include: ["tests/browser/screenshots.test.ts"],
								setupFiles: ["tests/browser/setup.ts", propertySetup],
								browser,
							},
						},
					]
				: []),
		],
	},
});
